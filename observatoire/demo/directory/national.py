"""The national lines every département's directory lists: numbers known to all, whole
département, no place."""

from .builders import service, structure

NATIONAL = [
    structure(
        "Violences Femmes Info (3919)",
        "Ligne nationale d’écoute, gérée par la Fédération nationale Solidarité Femmes.",
        service(
            "Écoute et orientation par téléphone",
            "Écoute, information et orientation des femmes victimes de violences, de leur "
            "entourage et des professionnels. L’appel n’apparaît pas sur la facture.",
            ["ecoute"],
            ["femmes", "familles", "professionnels"],
            telephone="3919",
            always_open=True,
            anonymous=True,
            whole_departement=True,
            languages=["fr", "fsl"],
        ),
    ),
    structure(
        "Allô enfance en danger (119)",
        "Service national d’accueil téléphonique de l’enfance en danger.",
        service(
            "Écoute des enfants et des adultes inquiets pour un enfant",
            "Pour un enfant ou un jeune jusqu’à 21 ans en danger, ou qui risque de l’être. "
            "L’appel n’apparaît pas sur la facture.",
            ["ecoute", "enfants"],
            ["enfants", "jeunes", "familles"],
            telephone="119",
            always_open=True,
            anonymous=True,
            whole_departement=True,
        ),
    ),
    structure(
        "France Victimes (116 006)",
        "Numéro national d’aide aux victimes d’infractions.",
        service(
            "Écoute et information des victimes",
            "Écoute, information sur les droits et orientation vers l’association d’aide aux "
            "victimes la plus proche.",
            ["ecoute", "droit"],
            ["femmes", "hommes", "familles"],
            telephone="116006",
            whole_departement=True,
        ),
    ),
    structure(
        "Urgence 114",
        "Numéro national d’urgence par SMS, tchat ou visio.",
        service(
            "Alerter les secours sans parler",
            "Par SMS, tchat, visio ou avec l’application « Urgence 114 », pour qui ne peut pas "
            "parler, notamment une victime de violences conjugales. Pas d’appel vocal.",
            ["plainte", "ecoute"],
            ["femmes", "hommes", "familles"],
            telephone="114",
            always_open=True,
            whole_departement=True,
            languages=["fr", "fsl"],
            modes_mobilisation=["telephoner"],
        ),
    ),
    structure(
        "Écoute Violences Femmes Handicapées (FDFA)",
        "Association Femmes pour le dire, femmes pour agir.",
        service(
            "Écoute des femmes handicapées victimes de violences",
            "Écoute, information et orientation des femmes en situation de handicap victimes "
            "de violences, et de leurs proches.",
            ["ecoute"],
            ["femmes", "familles"],
            telephone="01 40 47 06 06",
            whole_departement=True,
            publics=["femmes", "personnes-en-situation-de-handicap"],
        ),
    ),
]
