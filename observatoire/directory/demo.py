"""A first set of example entries for the directory (issue 3 asks for 40; to be completed).

Organisations are named from public knowledge; no contact is invented: an empty phone number
means "not known here". Every structure is flagged as an example, shown as such to the public.
"""

SHELTER_DEMO_ADDRESS = "Adresse confidentielle de démonstration, 1 rue du Refuge"

STRUCTURES = [
    {
        "nom": "Violences Femmes Info (3919)",
        "description": "Ligne nationale d’écoute.",
        "services": [
            {
                "nom": "Écoute et orientation par téléphone",
                "description": "Écoute, information et orientation des femmes victimes de "
                "violences, de leur entourage et des professionnels.",
                "telephone": "3919",
                "categories": ["ecoute"],
                "audiences": ["femmes", "familles", "professionnels"],
                "always_open": True,
                "anonymous": True,
                "whole_departement": True,
                "modes_accueil": ["a-distance"],
                "languages": ["fr", "fsl"],
            }
        ],
    },
    {
        "nom": "CIDFF de l’Hérault",
        "description": "Centre d’information sur les droits des femmes et des familles.",
        "place": {"commune": "34172", "kind": "fixe"},
        "services": [
            {
                "nom": "Permanence juridique pour les femmes victimes",
                "description": "Information sur les droits : plainte, séparation, "
                "ordonnance de protection, autorité parentale.",
                "categories": ["droit"],
                "audiences": ["femmes", "familles"],
                "horaires_accueil": "Mo-Fr 09:00-12:30,13:30-17:00; PH off",
                "modes_accueil": ["en-presentiel", "a-distance"],
            }
        ],
    },
    {
        "nom": "France Victimes 34",
        "description": "Association d’aide aux victimes d’infractions.",
        "place": {"commune": "34032", "kind": "fixe"},
        "services": [
            {
                "nom": "Aide aux victimes",
                "description": "Écoute, information sur les droits, accompagnement dans les "
                "démarches, soutien psychologique.",
                "categories": ["droit", "psychologique"],
                "audiences": ["femmes", "hommes", "familles"],
                "horaires_accueil": "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
            }
        ],
    },
    {
        "nom": "Via Voltaire",
        "description": "Association d’accueil et d’accompagnement des femmes victimes de "
        "violences conjugales.",
        "place": {"commune": "34172", "kind": "fixe", "secret": True},
        "services": [
            {
                "nom": "Mise à l’abri et hébergement",
                "description": "Hébergement en urgence et accompagnement des femmes et de "
                "leurs enfants. L’adresse est communiquée par téléphone.",
                "categories": ["hebergement", "enfants"],
                "audiences": ["femmes", "enfants"],
                "always_open": True,
            }
        ],
    },
    {
        "nom": "Département de l’Hérault – PMI",
        "description": "Protection maternelle et infantile.",
        "place": {"commune": "34301", "kind": "fixe"},
        "services": [
            {
                "nom": "Consultations de PMI et entretien prénatal précoce",
                "description": "Suivi de grossesse, entretien prénatal précoce avec une "
                "sage-femme, consultations pour les jeunes enfants.",
                "categories": ["sante"],
                "audiences": ["femmes", "familles", "enfants"],
                "horaires_accueil": "Mo-Fr 08:30-12:00,13:30-17:00; PH off",
            }
        ],
    },
    {
        "nom": "Intervenante sociale en gendarmerie (ISCG)",
        "description": "Poste cofinancé par l’État et le Département.",
        "place": {"commune": "34032", "kind": "fixe"},
        "services": [
            {
                "nom": "Accompagnement social en gendarmerie",
                "description": "Accueil des victimes lors d’une plainte ou d’une intervention, "
                "et orientation vers les services sociaux.",
                "categories": ["plainte"],
                "audiences": ["femmes", "familles"],
                "visibility": "professionnels",
            }
        ],
    },
]
