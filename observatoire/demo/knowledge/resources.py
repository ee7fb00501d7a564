"""Demo publications and events, written for this site."""

from django.utils.text import slugify

from ..territory import DemoTerritory
from .work import EXAMPLE

PUBLICATION_INDEX = {
    "slug": "ressources",
    "title": "Ressources",
    "intro": "Études, rapports, guides et fiches réflexes pour les professionnels ; affiches "
    "et dépliants pour le public. Chaque document a son résumé lisible en ligne.",
}
NUMBERS = (
    "Violences Femmes Info : 3919, gratuit et anonyme, 24 h/24. Police secours : 17. "
    "Par SMS pour les personnes sourdes ou malentendantes : 114. Enfance en danger : 119."
)


# (slug, title, kind, audience, theme slug or "", partner slug or "", language, kit, paragraphs)
def publications(t: DemoTerritory) -> list[tuple]:
    dep, caf, pref, research = (
        t.slug(key) for key in ("departement", "caf", "prefecture", "research")
    )
    in_en, in_es = (t.departement.names_in(code).in_ for code in ("en", "es"))
    return [
        (
            "etude-enfants-co-victimes",
            "Étude : les enfants exposés aux violences conjugales",
            "etude",
            "professionnels",
            "enfants-co-victimes",
            research,
            "fr",
            False,
            [
                "Cette étude rend compte des travaux du comité sur les enfants co-victimes.",
                EXAMPLE
                + "Elle décrit les moments où les enfants pourraient être repérés plus tôt.",
            ],
        ),
        (
            "rapport-annuel-2023",
            "Rapport d’activité 2023 de l’observatoire",
            "rapport",
            "professionnels",
            "",
            research,
            "fr",
            False,
            [
                "Le rapport présente les travaux de l’année, les recommandations et leur suivi.",
                EXAMPLE + "Il rassemble les chiffres clés publiés par l’observatoire.",
            ],
        ),
        (
            "guide-accueil-victimes",
            "Guide : accueillir une femme victime de violences",
            "guide",
            "professionnels",
            "",
            dep,
            "fr",
            False,
            [
                "Ce guide aide les professionnels de l’accueil à recevoir une femme victime.",
                "Il rappelle les mots à employer, les erreurs à éviter et les relais à proposer.",
            ],
        ),
        (
            "fiche-reflexe-enfant",
            "Fiche réflexe : un enfant se confie",
            "fiche-reflexe",
            "professionnels",
            "enfants-co-victimes",
            dep,
            "fr",
            False,
            [
                "Écouter sans questionner, noter ses mots, ne pas promettre le secret.",
                "Appeler le 119, ou transmettre une information préoccupante "
                f"{t.council.to_short}.",
            ],
        ),
        (
            "fiche-reflexe-grossesse",
            "Fiche réflexe : violences pendant la grossesse",
            "fiche-reflexe",
            "professionnels",
            "",
            caf,
            "fr",
            False,
            [
                "La grossesse est un moment où les violences commencent ou s’aggravent.",
                "Poser la question à chaque rendez-vous, en dehors de la présence du conjoint.",
            ],
        ),
        (
            "fiche-reflexe-addictions",
            "Fiche réflexe : violences et consommations",
            "fiche-reflexe",
            "professionnels",
            "alcool-et-drogues",
            pref,
            "fr",
            False,
            [
                "Une consommation d’alcool ou de drogues n’excuse jamais les violences.",
                "Interroger systématiquement sur les violences subies lors d’un suivi en "
                "addictologie.",
            ],
        ),
        (
            "affiche-3919",
            "Affiche : le 3919, pour en parler",
            "affiche",
            "public",
            "",
            pref,
            "fr",
            True,
            ["Une affiche A3 à poser dans les lieux d’accueil du public.", NUMBERS],
        ),
        (
            "visuel-reseaux-25-novembre",
            "Visuel du 25 novembre pour les réseaux",
            "visuel",
            "public",
            "",
            dep,
            "fr",
            True,
            ["Un visuel carré pour les réseaux des partenaires, le 25 novembre.", NUMBERS],
        ),
        (
            "depliant-premieres-relations",
            "Dépliant : l’amour, ce n’est pas le contrôle",
            "depliant",
            "jeunes",
            "premieres-relations",
            caf,
            "fr",
            True,
            ["Un dépliant pour les jeunes : reconnaître le contrôle et la jalousie.", NUMBERS],
        ),
        (
            "depliant-english",
            "Leaflet: domestic violence, where to find help",
            "depliant",
            "public",
            "",
            pref,
            "en",
            False,
            [
                f"A leaflet in English for women living {in_en}.",
                "Call 3919 (free and anonymous) or 17 in an emergency.",
            ],
        ),
        (
            "depliant-espanol",
            "Folleto: violencia de género, dónde encontrar ayuda",
            "depliant",
            "public",
            "",
            pref,
            "es",
            False,
            [
                f"Un folleto en español para las mujeres que viven {in_es}.",
                "Llame al 3919 (gratuito y anónimo) o al 17 en caso de urgencia.",
            ],
        ),
        (
            "rapport-premieres-relations",
            "Rapport : les premières relations amoureuses",
            "rapport",
            "professionnels",
            "premieres-relations",
            research,
            "fr",
            False,
            [
                "Le rapport du thème « premières relations » et ses recommandations.",
                EXAMPLE + "Il décrit les formes de contrôle que les jeunes rencontrent.",
            ],
        ),
    ]


AGENDA = {
    "slug": "agenda",
    "title": "Agenda",
    "intro": "Formations, réunions des réseaux VIF et conférences de l’observatoire et de ses "
    "partenaires.",
}


# (slug, title, kind, days from today, hour, hours long, place, online, audience, text)
def events(t: DemoTerritory) -> list[tuple]:
    chef_lieu, city, other_city = t.cities
    network = t.towns[0]  # the second VIF network's town (see directory)
    venue = t.organisation("venue", f"{chef_lieu}, préfecture")
    return [
        (
            f"reseau-vif-{slugify(city)}",
            f"Réunion du réseau VIF {t.area_of(city)}",
            "reseau",
            -40,
            14,
            2,
            f"{city}, salle municipale",
            False,
            "Membres du réseau",
            "Point sur les situations d’enfants co-victimes et présentation des recommandations.",
        ),
        (
            "formation-reperage-pmi",
            "Formation au repérage des violences pendant la grossesse",
            "formation",
            -12,
            9,
            7,
            f"{chef_lieu}, maison départementale des solidarités",
            False,
            "Sages-femmes et puéricultrices de PMI",
            "Une journée pour savoir poser la question et orienter, avec des mises en situation.",
        ),
        (
            "conference-25-novembre",
            "Conférence du 25 novembre",
            "conference",
            -3,
            18,
            2,
            venue,
            True,
            "Tout public",
            "Présentation des chiffres de l’année et des travaux de l’observatoire.",
        ),
        (
            f"reseau-vif-{slugify(network)}",
            f"Réunion du réseau VIF {t.area_of(network)}",
            "reseau",
            15,
            14,
            2,
            f"{network}, espace associatif",
            False,
            "Membres du réseau",
            "Organisation des interventions dans les lycées.",
        ),
        (
            "formation-jeunes",
            "Formation : parler des violences avec les jeunes",
            "formation",
            30,
            9,
            6,
            f"{other_city}, centre social",
            False,
            "Animateurs et professionnels de la jeunesse",
            "Repères pour aborder les premières relations amoureuses avec des jeunes.",
        ),
        (
            "comite-observatoire",
            "Comité de l’observatoire",
            "autre",
            45,
            10,
            3,
            venue,
            True,
            "Membres du comité",
            "Choix des thèmes de l’année prochaine.",
        ),
    ]
