"""Example entries for the directory: 40 services across the Hérault, every category.

Organisations are named from public knowledge; no contact is invented: only national numbers
known to all are filled in, other phone numbers are left empty. Every structure is flagged as
an example and shown as such to the public. Communes are given by their official name.
"""

from .reference import VIOLENCE_THEMATIQUE

SHELTER_DEMO_ADDRESS = "Adresse confidentielle de démonstration, 1 rue du Refuge"

OFFICE_HOURS = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"


def service(nom, description, categories, audiences, **extra) -> dict:
    values = {
        "nom": nom,
        "description": description,
        "categories": categories,
        "audiences": audiences,
        "thematiques": [VIOLENCE_THEMATIQUE],
        "publics": ["femmes", "personnes-en-situation-durgence"],
        "mobilisable_par": ["usagers", "professionnels"],
        "modes_mobilisation": ["telephoner"] if extra.get("telephone") else ["se-presenter"],
        "modes_accueil": ["a-distance"] if extra.get("whole_departement") else ["en-presentiel"],
    }
    values.update(extra)
    return values


def structure(
    nom, description, *services, commune=None, secret=False, kind="fixe", partner=None
) -> dict:
    """`partner` is the slug of the partner page whose editors keep the entry current."""
    data = {"nom": nom, "description": description, "services": list(services)}
    if partner:
        data["partner"] = partner
    if commune:
        data["place"] = {"commune": commune, "kind": kind, "secret": secret}
    return data


def pmi(commune: str) -> dict:
    return structure(
        f"Centre de PMI de {commune} (Département de l’Hérault)",
        "Protection maternelle et infantile du Département.",
        service(
            "Suivi de grossesse et entretien prénatal précoce",
            "Sages-femmes et médecins de PMI : suivi de grossesse, entretien prénatal précoce "
            "(le partenaire peut y venir), consultations des jeunes enfants. Un lieu où parler "
            "des violences pendant la grossesse.",
            ["sante"],
            ["femmes", "familles", "enfants"],
            horaires_accueil=OFFICE_HOURS,
        ),
        commune=commune,
        partner="departement-herault",
    )


def iscg(commune: str, where: str) -> dict:
    return structure(
        f"Intervenante sociale en {where} de {commune}",
        "Poste d’intervenant social en commissariat et gendarmerie (ISCG), cofinancé par "
        "l’État et le Département.",
        service(
            "Accompagnement social lors d’une plainte",
            "Accueil des victimes lors d’une plainte ou d’une intervention, évaluation de la "
            "situation et orientation vers les services sociaux.",
            ["plainte"],
            ["femmes", "familles"],
            visibility="professionnels",
        ),
        commune=commune,
    )


def point_justice(commune: str, hours: str) -> dict:
    return structure(
        f"Point-justice de {commune}",
        "Lieu d’accès au droit du Conseil départemental de l’accès au droit.",
        service(
            "Consultations juridiques gratuites",
            "Avocats et juristes répondent aux questions de droit de la famille et informent "
            "les victimes de leurs droits.",
            ["droit"],
            ["femmes", "familles"],
            horaires_accueil=hours,
        ),
        commune=commune,
    )


def gendarmerie(commune: str) -> dict:
    return structure(
        f"Gendarmerie – brigade de {commune}",
        "Gendarmerie nationale.",
        service(
            f"Déposer plainte à {commune}",
            "Accueil des victimes. En danger immédiat, appelez le 17.",
            ["plainte"],
            ["femmes", "hommes"],
            horaires_accueil="Mo-Sa 08:00-12:00,14:00-18:00",
        ),
        commune=commune,
    )


def vif_network(area: str, commune: str) -> dict:
    return structure(
        f"Réseau VIF {area} (exemple)",
        "Réseau interprofessionnel violences intrafamiliales, soutenu par la Caf.",
        service(
            "Réunions et ressources pour les professionnels",
            "Rencontres entre professionnels du territoire, fiches réflexes et orientation "
            "des situations complexes.",
            ["professionnels"],
            ["professionnels"],
            mobilisable_par=["professionnels"],
            publics=["tous-publics"],
        ),
        commune=commune,
    )


STRUCTURES = [
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
    structure(
        "Caf de l’Hérault",
        "Caisse d’allocations familiales.",
        service(
            "Accompagnement social des familles qui se séparent",
            "Une équipe de travailleurs sociaux de la Caf accompagne les familles qui se "
            "séparent, situations où les violences sont fréquentes.",
            ["autonomie", "enfants"],
            ["femmes", "familles"],
            whole_departement=True,
            publics=["familles", "femmes"],
        ),
        service(
            "ARIPA : pensions alimentaires",
            "L’agence de recouvrement et d’intermédiation des pensions alimentaires verse et "
            "recouvre la pension : plus besoin de contact avec l’ex-conjoint pour la payer.",
            ["autonomie"],
            ["femmes", "familles"],
            whole_departement=True,
            publics=["familles", "femmes"],
        ),
        partner="caf-herault",
    ),
    structure(
        "CIDFF de l’Hérault",
        "Centre d’information sur les droits des femmes et des familles.",
        service(
            "Permanence juridique pour les femmes victimes",
            "Information sur les droits : plainte, séparation, ordonnance de protection, "
            "autorité parentale.",
            ["droit"],
            ["femmes", "familles"],
            horaires_accueil="Mo-Fr 09:00-12:30,13:30-17:00; PH off",
            modes_accueil=["en-presentiel", "a-distance"],
            languages=["fr", "ar", "en"],
        ),
        service(
            "Accompagnement vers l’emploi des femmes victimes",
            "Bilan, projet professionnel et accompagnement vers l’emploi ou la formation.",
            ["autonomie"],
            ["femmes"],
            horaires_accueil=OFFICE_HOURS,
        ),
        commune="Montpellier",
    ),
    structure(
        "CIDFF de l’Hérault – permanence de Béziers",
        "Permanence du CIDFF dans le Biterrois.",
        service(
            "Permanence juridique à Béziers",
            "Information sur les droits des femmes victimes de violences, sur rendez-vous.",
            ["droit"],
            ["femmes", "familles"],
            horaires_accueil="Tu,Th 09:00-12:00; PH off",
        ),
        commune="Béziers",
    ),
    structure(
        "France Victimes 34",
        "Association d’aide aux victimes d’infractions.",
        service(
            "Aide aux victimes",
            "Écoute, information sur les droits, accompagnement dans les démarches, soutien "
            "psychologique.",
            ["droit", "psychologique"],
            ["femmes", "hommes", "familles"],
            horaires_accueil=OFFICE_HOURS,
            languages=["fr", "en", "es"],
        ),
        commune="Béziers",
    ),
    structure(
        "France Victimes 34 – permanence de Sète",
        "Permanence d’aide aux victimes dans le bassin de Thau.",
        service(
            "Permanence d’aide aux victimes à Sète",
            "Information sur les droits et accompagnement après une plainte.",
            ["droit"],
            ["femmes", "hommes"],
            horaires_accueil="We 09:00-12:00; PH off",
        ),
        commune="Sète",
    ),
    structure(
        "Via Voltaire",
        "Association d’accueil et d’accompagnement des femmes victimes de violences conjugales.",
        service(
            "Mise à l’abri et hébergement",
            "Hébergement en urgence et accompagnement des femmes et de leurs enfants. "
            "L’adresse est communiquée par téléphone.",
            ["hebergement", "enfants"],
            ["femmes", "enfants"],
            always_open=True,
        ),
        service(
            "Accueil de jour",
            "Accueil sans rendez-vous, écoute et accompagnement dans les démarches.",
            ["ecoute", "autonomie"],
            ["femmes"],
            without_appointment=True,
            horaires_accueil=OFFICE_HOURS,
        ),
        commune="Montpellier",
        secret=True,
    ),
    structure(
        "Centre d’hébergement d’urgence du Biterrois (exemple)",
        "Hébergement protégé pour les femmes et leurs enfants.",
        service(
            "Hébergement d’urgence à Béziers",
            "Mise à l’abri immédiate. L’adresse est donnée par téléphone, après une première "
            "écoute.",
            ["hebergement"],
            ["femmes", "enfants"],
            always_open=True,
        ),
        commune="Béziers",
        secret=True,
    ),
    structure(
        "CHU de Montpellier – unité médico-judiciaire",
        "Médecine légale du centre hospitalier universitaire.",
        service(
            "Constat des violences par un médecin légiste",
            "Examen et certificat médical, sur réquisition ou sur orientation, pour faire "
            "valoir ses droits.",
            ["sante", "plainte"],
            ["femmes", "hommes", "enfants"],
            always_open=True,
        ),
        commune="Montpellier",
    ),
    structure(
        "Centre hospitalier de Béziers",
        "Hôpital du Biterrois.",
        service(
            "Urgences et consultation de victimologie",
            "Soins urgents et constat des blessures, orientation vers l’aide aux victimes.",
            ["sante"],
            ["femmes", "hommes", "enfants"],
            always_open=True,
        ),
        commune="Béziers",
    ),
    structure(
        "Planning familial 34",
        "Association d’éducation à la sexualité et de santé sexuelle.",
        service(
            "Écoute et santé sexuelle",
            "Contraception, IVG, information sur les violences dans le couple et les violences "
            "sexuelles, accueil des jeunes.",
            ["sante", "ecoute"],
            ["femmes", "jeunes"],
            anonymous=True,
            horaires_accueil=OFFICE_HOURS,
            languages=["fr", "en", "es"],
        ),
        commune="Montpellier",
    ),
    structure(
        "Maison des adolescents de l’Hérault",
        "Lieu d’accueil et d’écoute des 11-25 ans et de leurs parents.",
        service(
            "Écoute des adolescents et des jeunes",
            "Accueil gratuit et confidentiel des jeunes, notamment exposés aux violences dans "
            "leur famille ou dans leurs premières relations amoureuses.",
            ["enfants", "psychologique"],
            ["enfants", "jeunes", "familles"],
            anonymous=True,
            horaires_accueil=OFFICE_HOURS,
        ),
        commune="Montpellier",
    ),
    structure(
        "Centre régional du psychotraumatisme (exemple)",
        "Consultations spécialisées dans le traumatisme psychique.",
        service(
            "Soins du psychotraumatisme",
            "Évaluation et soins des troubles liés aux violences, pour les adultes et les enfants.",
            ["psychologique", "enfants"],
            ["femmes", "enfants"],
        ),
        commune="Montpellier",
    ),
    structure(
        "Maison de justice et du droit de Lodève (exemple)",
        "Lieu d’accès au droit du Lodévois.",
        service(
            "Accès au droit et aide aux victimes",
            "Permanences de juristes et d’associations d’aide aux victimes.",
            ["droit"],
            ["femmes", "familles"],
            horaires_accueil="Tu 09:00-12:00,14:00-17:00; PH off",
        ),
        commune="Lodève",
    ),
    structure(
        "Commissariat de police de Montpellier",
        "Police nationale.",
        service(
            "Déposer plainte",
            "Accueil des victimes 24 h/24 ; la plainte peut être préparée en ligne. En "
            "danger immédiat, appelez le 17.",
            ["plainte"],
            ["femmes", "hommes"],
            always_open=True,
        ),
        commune="Montpellier",
    ),
    point_justice("Lunel", "Mo,We 14:00-17:00; PH off"),
    point_justice("Agde", "Th 09:00-12:00; PH off"),
    gendarmerie("Ganges"),
    gendarmerie("Saint-Pons-de-Thomières"),
    vif_network("du Biterrois", "Béziers"),
    vif_network("du Lunellois", "Lunel"),
    iscg("Montpellier", "commissariat"),
    iscg("Béziers", "gendarmerie"),
    iscg("Sète", "commissariat"),
    pmi("Montpellier"),
    pmi("Béziers"),
    pmi("Sète"),
    pmi("Lunel"),
    pmi("Pézenas"),
    pmi("Clermont-l'Hérault"),
    pmi("Bédarieux"),
    structure(
        "Mission locale des jeunes (exemple)",
        "Accompagnement des 16-25 ans.",
        service(
            "Accompagnement des jeunes vers l’autonomie",
            "Emploi, formation, logement et santé pour les jeunes, y compris après des violences.",
            ["autonomie"],
            ["jeunes"],
            horaires_accueil=OFFICE_HOURS,
            publics=["jeunes"],
        ),
        commune="Frontignan",
    ),
    structure(
        "Programme de responsabilisation des auteurs (exemple)",
        "Prise en charge des auteurs de violences conjugales pour prévenir la récidive.",
        service(
            "Groupes de parole et suivi des auteurs",
            "Stages et suivis, sur orientation de la justice ou volontaires, pour mettre fin "
            "aux violences.",
            ["auteurs"],
            ["auteurs"],
            publics=["tous-publics"],
        ),
        commune="Montpellier",
    ),
    structure(
        "Espace rencontre parents-enfants (exemple)",
        "Lieu neutre pour maintenir le lien entre un enfant et un parent, en sécurité.",
        service(
            "Visites médiatisées et remises d’enfants",
            "Rencontres encadrées par des professionnels, notamment quand il y a eu des "
            "violences dans le couple.",
            ["enfants"],
            ["enfants", "familles"],
            horaires_accueil="We,Sa 10:00-18:00; PH off",
        ),
        commune="Castelnau-le-Lez",
    ),
    structure(
        "Centre communal d’action sociale de Mauguio (exemple)",
        "Action sociale de la commune.",
        service(
            "Accueil social et aides d’urgence",
            "Écoute, aides financières d’urgence, orientation vers l’hébergement et le droit.",
            ["autonomie", "ecoute"],
            ["femmes", "familles"],
            horaires_accueil=OFFICE_HOURS,
        ),
        commune="Mauguio",
    ),
]
