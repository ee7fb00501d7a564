"""Home, observatory and news pages. Facts from shared/FACTS.md: the Hérault's are in its
observatory file (`DemoTerritory.fact`); a département without one reads neutral sentences."""

import datetime

from .blocks import callout, figure, figures, heading, paragraph
from .grammar import NBSP, capital, fill, listing, long_date, lower_first
from .territory import DemoTerritory

# The home page's texts are translated (translations/<code>.po, keyed by these templates).
HOME_TITLE = "Observatoire départemental des violences faites aux femmes {of_departement}"
HOME_INTRO = (
    "Des numéros pour être aidée tout de suite, l’aide qui existe près de chez vous, et ce que "
    "l’on sait des violences sexistes et intrafamiliales {in_departement}."
)
_ABOUT_TAIL = (
    "Il rassemble l’information sur l’aide disponible dans le département, recueille des données "
    "pour comprendre les violences sur le territoire et recommande des actions adaptées."
)
# By the number of partners beyond the State, the Département and the Caf.
HOME_ABOUT = {
    0: "Lancé le {launch_date}, l’observatoire réunit l’État, {the_council} et la {caf}. "
    + _ABOUT_TAIL,
    1: "Lancé le {launch_date}, l’observatoire réunit l’État, {the_council}, la {caf} et "
    "{the_partner}. " + _ABOUT_TAIL,
}
HOME_DIRECTORY = (
    "L’annuaire des lieux d’écoute, d’hébergement, d’aide juridique et de soins {in_departement}."
)
HOME_FIGURES = (
    "Les indicateurs des violences {in_departement}, par territoire et par année, en données "
    "ouvertes."
)
THEMES_2023 = [
    (
        "Les enfants exposés aux violences",
        "Les enfants qui vivent les violences au sein du couple sont des victimes à part entière "
        "(covictimes).",
    ),
    (
        "Les premières relations amoureuses et sexuelles",
        "Les violences dans les premières relations des jeunes.",
    ),
    (
        "Alcool, drogues et violences conjugales",
        "La place des consommations d’alcool et de drogues dans les violences au sein du couple.",
    ),
]


def home(t: DemoTerritory) -> dict:
    words = t.words("fr")
    if len(t.extras) not in HOME_ABOUT:
        raise ValueError(
            "La page d’accueil de démonstration prévoit au plus un quatrième partenaire."
        )
    return {
        "title": fill(HOME_TITLE, words),
        "intro": fill(HOME_INTRO, words),
        "about": f"<p>{fill(HOME_ABOUT[len(t.extras)], words)}</p>",
        "entry_points": [
            _entry(
                "Trouver de l’aide près de chez vous",
                fill(HOME_DIRECTORY, words),
                path="/annuaire/",
            ),
            _entry(
                "Baromètre grossesse",
                "Pendant la grossesse, faire le point sur sa relation de couple, seule et en "
                "sécurité, et savoir vers qui se tourner.",
                pending="En cours de conception avec les partenaires.",
            ),
            _entry("Chiffres et données", fill(HOME_FIGURES, words), pending="Bientôt disponible."),
        ],
    }


def _entry(title: str, text: str, *, path: str = "", pending: str = "") -> dict:
    value = {"title": title, "text": text, "page": None}
    if path:
        value["path"] = path
    value["pending_note"] = pending
    return {"type": "entry", "value": value}


def observatory(t: DemoTerritory) -> dict:
    body = []
    if (t.launch_date.month, t.launch_date.day) == (11, 25):
        body.append(
            paragraph(
                f"<p>Sa date de lancement n’est pas un hasard{NBSP}: c’est la Journée "
                "internationale pour l’élimination de la violence à l’égard des femmes.</p>"
            )
        )
    body += [
        heading("Ce que fait l’observatoire"),
        paragraph(
            "<p>L’observatoire est un outil de veille, de compréhension et de production de "
            "nouvelles pratiques. Il diffuse l’information, publie des supports, mène des actions "
            "de prévention auprès du grand public et aide les partenaires à adapter leurs "
            "actions aux réalités du terrain.</p><p>Il prend deux engagements envers le "
            f"public{NBSP}:</p><ul><li>centraliser l’information sur l’aide disponible "
            f"{t.in_departement}, avec une cartographie des dispositifs{NBSP};</li><li>recueillir "
            "des données d’observation pour comprendre les mécanismes locaux des violences, puis "
            "recommander des actions adaptées.</li></ul>"
        ),
        heading("Qui le pilote"),
        paragraph(
            f"<p>{capital(t.count)} partenaires le pilotent ensemble{NBSP}: {_steering(t)}</p>"
        ),
        *_budget_figures(t),
        heading("Un comité coopératif"),
        paragraph(
            "<p>Les travaux s’appuient sur un comité coopératif qui croise trois regards"
            f"{NBSP}:</p>"
        ),
        _committee(t),
        heading("Des thèmes chaque année, des recommandations en fin d’année"),
        paragraph(
            "<p>Chaque année, l’observatoire étudie quelques thèmes propres au territoire. À la "
            "fin de l’année, il adresse des recommandations à ses partenaires.</p>"
        ),
        {
            "type": "themes",
            "value": [
                {"year": 2023, "title": title, "summary": summary} for title, summary in THEMES_2023
            ],
        },
    ]
    return {
        "title": "L’observatoire",
        "intro": "Un outil commun pour observer, comprendre et mieux agir contre les violences "
        f"faites aux femmes, sexistes et intrafamiliales {t.in_departement}.",
        "launch_date": t.launch_date,
        "body": body,
    }


def _steering(t: DemoTerritory) -> str:
    """« l’État (préfecture de …, avec …), le Département de …, … et l’Université …, où est
    rattaché le poste de coordination (Mission Égalité). »"""
    state = (
        f"l’État ({lower_first(t.prefecture)}, avec la déléguée départementale aux droits des "
        f"femmes et à l’égalité et la {t.state_services})"
    )
    items = [state] + [partner.the for partner in t.partners[1:]]
    host = t.coordination_host
    unit = t.coordination.get("unit")
    if host in t.extras and unit:
        items[-1] = f"{items[-1]}, où est rattaché le poste de coordination ({unit})"
        return f"{listing(items)}."
    return f"{listing(items)}. Le poste de coordination est rattaché {t.coordination['attached']}."


def _budget_figures(t: DemoTerritory) -> list[dict]:
    budget = t.fact("budget")
    if not budget:
        return []
    shares = budget["shares"]
    items = [figure(budget["total"], lower_first(budget["label"]), unit="eur")]
    funders = listing([t.partner(key).short_the for key in shares])
    if len(set(shares.values())) == 1:
        label = f"apportés chacun par {funders}"
        items.append(figure(next(iter(shares.values())), label, unit="eur"))
    else:
        for key, amount in shares.items():
            items.append(figure(amount, f"apportés par {t.partner(key).short_the}", unit="eur"))
    return [figures(*items)]


def _committee(t: DemoTerritory) -> dict:
    labels = (
        "femmes victimes ou anciennes victimes de violences",
        "professionnelles et professionnels de terrain",
        "chercheuses et chercheurs en sciences sociales",
    )
    counts = t.fact("committee")
    if not counts:
        items = "".join(f"<li>des {label}{NBSP};</li>" for label in labels[:-1])
        return paragraph(f"<ul>{items}<li>des {labels[-1]}.</li></ul>")
    return figures(
        figure(counts["women"], labels[0], qualifier="environ"),
        figure(counts["professionals"], labels[1], qualifier="environ"),
        figure(counts["researchers"], labels[2]),
    )


def news(t: DemoTerritory) -> list[dict]:
    return [
        {
            "slug": "lancement-de-l-observatoire",
            "title": "L’observatoire est lancé",
            "date": t.launch_date,
            "intro": f"Le {long_date(t.launch_date)}, {t.steering_short()} lancent l’observatoire "
            "départemental.",
            "body": [
                paragraph(
                    "<p>Pour la Journée internationale pour l’élimination de la violence à "
                    f"l’égard des femmes, {t.count} partenaires s’unissent pour mieux connaître "
                    f"les violences sexistes et intrafamiliales {t.in_departement} et mieux "
                    "orienter les victimes.</p>"
                ),
                callout("Quelques repères", f"<p>{_context(t)}</p>"),
            ],
        },
        {
            "slug": "barometre-grossesse-en-preparation",
            "title": "Un baromètre des violences pendant la grossesse en préparation",
            "date": datetime.date(2026, 11, 25),
            "intro": "Conçu avec les partenaires de terrain, il aidera les futurs parents à faire "
            "le point sur leur relation de couple.",
            "body": [
                paragraph(
                    f"<p>Entre 40 et 60{NBSP}% des violences conjugales commenceraient autour de "
                    "la grossesse, selon le rapport sur la périnatalité. L’atelier partenarial "
                    f"animé par la {t.caf} prépare un baromètre qui permettra de situer sa "
                    "relation et de trouver de l’aide. Il sera proposé sur les sites des "
                    "partenaires.</p>"
                ),
            ],
        },
    ]


def _context(t: DemoTerritory) -> str:
    """The national figure of 2021, with the département's own when its file gives them."""
    facts = t.fact("context") or {}
    local = (
        f", dont {facts['homicides_2021']} {t.in_departement}" if "homicides_2021" in facts else ""
    )
    source = facts.get("homicides_source", "presse régionale, novembre 2022")
    text = (
        f"En France, 143{NBSP}personnes ont été tuées par leur partenaire ou ex-partenaire en "
        f"2021{local} ({source})."
    )
    if "prosecutor" in facts:
        text += (
            f" Selon le parquet de {facts['prosecutor']}, en {facts['prosecutor_year']}, "
            f"{facts['under_influence_percent']}{NBSP}% des auteurs de violences faites aux "
            "femmes étaient sous l’emprise de drogues ou d’alcool "
            f"({facts['under_influence_source']})."
        )
    return text
