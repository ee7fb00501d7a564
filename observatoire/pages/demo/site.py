"""Home, observatory, news and the site's information pages. Facts from shared/FACTS.md."""

import datetime

from .blocks import callout, figure, figures, heading, paragraph

LAUNCH_DATE = datetime.date(2022, 11, 25)

HOME = {
    "title": "Observatoire départemental des violences faites aux femmes de l’Hérault",
    "intro": "Des numéros pour être aidée tout de suite, l’aide qui existe près de chez vous, et "
    "ce que l’on sait des violences sexistes et intrafamiliales dans l’Hérault.",
    "about": "<p>Lancé le 25\u00a0novembre\u00a02022, l’observatoire réunit l’État, le "
    "Département de l’Hérault, la Caf de l’Hérault et l’Université Paul-Valéry "
    "Montpellier\u00a03. Il rassemble l’information sur l’aide disponible dans le département, "
    "recueille des données pour comprendre les violences sur le territoire et recommande des "
    "actions adaptées.</p>",
    "entry_points": [
        {
            "type": "entry",
            "value": {
                "title": "Trouver de l’aide près de chez vous",
                "text": "L’annuaire des lieux d’écoute, d’hébergement, d’aide juridique et de "
                "soins dans l’Hérault.",
                "page": None,
                "path": "/annuaire/",
                "pending_note": "",
            },
        },
        {
            "type": "entry",
            "value": {
                "title": "Baromètre grossesse",
                "text": "Pendant la grossesse, faire le point sur sa relation de couple, seule "
                "et en sécurité, et savoir vers qui se tourner.",
                "page": None,
                "pending_note": "En cours de conception avec les partenaires.",
            },
        },
        {
            "type": "entry",
            "value": {
                "title": "Chiffres et données",
                "text": "Les indicateurs des violences dans l’Hérault, par territoire et par "
                "année, en données ouvertes.",
                "page": None,
                "pending_note": "Bientôt disponible.",
            },
        },
    ],
}

OBSERVATORY = {
    "title": "L’observatoire",
    "intro": "Un outil commun pour observer, comprendre et mieux agir contre les violences faites "
    "aux femmes, sexistes et intrafamiliales dans l’Hérault.",
    "launch_date": LAUNCH_DATE,
    "body": [
        paragraph(
            "<p>Sa date de lancement n’est pas un hasard\u00a0: c’est la Journée internationale "
            "pour l’élimination de la violence à l’égard des femmes.</p>"
        ),
        heading("Ce que fait l’observatoire"),
        paragraph(
            "<p>L’observatoire est un outil de veille, de compréhension et de production de "
            "nouvelles pratiques. Il diffuse l’information, publie des supports, mène des actions "
            "de prévention auprès du grand public et aide les partenaires à adapter leurs "
            "actions aux réalités du terrain.</p><p>Il prend deux engagements envers le "
            "public\u00a0:</p><ul><li>centraliser l’information sur l’aide disponible dans "
            "l’Hérault, avec une cartographie des dispositifs\u00a0;</li><li>recueillir des "
            "données d’observation pour comprendre les mécanismes locaux des violences, puis "
            "recommander des actions adaptées.</li></ul>"
        ),
        heading("Qui le pilote"),
        paragraph(
            "<p>Quatre partenaires le pilotent ensemble\u00a0: l’État (préfecture de l’Hérault, "
            "avec la déléguée départementale aux droits des femmes et à l’égalité et la DDETS), "
            "le Département de l’Hérault, la Caf de l’Hérault et l’Université Paul-Valéry "
            "Montpellier\u00a03, où est rattaché le poste de coordination (Mission Égalité).</p>"
        ),
        figures(
            figure(54900, "budget de la première étape", unit="eur"),
            figure(18300, "apportés chacun par l’État, le Département et la Caf", unit="eur"),
        ),
        heading("Un comité coopératif"),
        paragraph(
            "<p>Les travaux s’appuient sur un comité coopératif qui croise trois regards\u00a0:</p>"
        ),
        figures(
            figure(20, "femmes victimes ou anciennes victimes de violences", qualifier="environ"),
            figure(20, "professionnelles et professionnels de terrain", qualifier="environ"),
            figure(5, "chercheuses et chercheurs en sciences sociales"),
        ),
        heading("Des thèmes chaque année, des recommandations en fin d’année"),
        paragraph(
            "<p>Chaque année, l’observatoire étudie quelques thèmes propres au territoire. À la "
            "fin de l’année, il adresse des recommandations à ses partenaires.</p>"
        ),
        {
            "type": "themes",
            "value": [
                {
                    "year": 2023,
                    "title": "Les enfants exposés aux violences",
                    "summary": "Les enfants qui vivent les violences au sein du couple sont des "
                    "victimes à part entière (covictimes).",
                },
                {
                    "year": 2023,
                    "title": "Les premières relations amoureuses et sexuelles",
                    "summary": "Les violences dans les premières relations des jeunes.",
                },
                {
                    "year": 2023,
                    "title": "Alcool, drogues et violences conjugales",
                    "summary": "La place des consommations d’alcool et de drogues dans les "
                    "violences au sein du couple.",
                },
            ],
        },
    ],
}

NEWS = [
    {
        "slug": "lancement-de-l-observatoire",
        "title": "L’observatoire est lancé",
        "date": LAUNCH_DATE,
        "intro": "Le 25\u00a0novembre\u00a02022, l’État, le Département, la Caf et l’Université "
        "Paul-Valéry lancent l’observatoire départemental.",
        "body": [
            paragraph(
                "<p>Pour la Journée internationale pour l’élimination de la violence à l’égard "
                "des femmes, quatre partenaires s’unissent pour mieux connaître les violences "
                "sexistes et intrafamiliales dans l’Hérault et mieux orienter les victimes.</p>"
            ),
            callout(
                "Quelques repères",
                "<p>En France, 143\u00a0personnes ont été tuées par leur partenaire ou "
                "ex-partenaire en 2021, dont 3 dans l’Hérault (presse régionale, novembre 2022). "
                "Selon le parquet de Béziers, en 2022, 86\u00a0% des auteurs de violences faites "
                "aux femmes étaient sous l’emprise de drogues ou d’alcool (Département de "
                "l’Hérault, novembre 2022).</p>",
            ),
        ],
    },
    {
        "slug": "barometre-grossesse-en-preparation",
        "title": "Un baromètre des violences pendant la grossesse en préparation",
        "date": datetime.date(2026, 11, 25),
        "intro": "Conçu avec les partenaires de terrain, il aidera les futurs parents à faire le "
        "point sur leur relation de couple.",
        "body": [
            paragraph(
                "<p>Entre 40 et 60\u00a0% des violences conjugales commenceraient autour de la "
                "grossesse, selon le rapport sur la périnatalité. L’atelier partenarial animé par "
                "la Caf de l’Hérault prépare un baromètre qui permettra de situer sa relation et "
                "de trouver de l’aide. Il sera proposé sur les sites des partenaires.</p>"
            ),
        ],
    },
]
