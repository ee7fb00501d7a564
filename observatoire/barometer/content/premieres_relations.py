"""A second barometer, for young people's first relationships (a 2023 theme of the observatory):
it shows that the engine is general. Version 1, a working version as well."""

from .common import SCALE, fr, item, zone

SLUG = "premieres-relations"


def situation(key, theme, zone_key, me, other, **options):
    return item(key, theme, zone_key, {"moi": me, "proche": other}, **options)


ITEMS = [
    situation(
        "respect",
        "respect",
        "vert",
        "Mon copain ou ma copine respecte mes goûts, mes amis et mes choix.",
        "Son copain ou sa copine respecte ses goûts, ses amis et ses choix.",
        protective=True,
        trigger=1,
    ),
    situation(
        "liberte",
        "liberté",
        "vert",
        "Je peux dire non sans avoir peur de sa réaction.",
        "Elle ou il peut dire non sans avoir peur de la réaction de l'autre.",
        protective=True,
        trigger=1,
    ),
    situation(
        "telephone",
        "contrôle numérique",
        "orange",
        "Mon copain ou ma copine lit mes messages ou me demande mes codes.",
        "Son copain ou sa copine lit ses messages ou lui demande ses codes.",
    ),
    situation(
        "reponse",
        "contrôle numérique",
        "orange",
        "Il ou elle s'énerve si je ne réponds pas tout de suite à ses messages.",
        "L'autre s'énerve si elle ou il ne répond pas tout de suite à ses messages.",
    ),
    situation(
        "habits",
        "contrôle",
        "orange",
        "Il ou elle décide de mes vêtements ou de qui je peux voir.",
        "L'autre décide de ses vêtements ou de qui elle ou il peut voir.",
    ),
    situation(
        "rabaisser",
        "paroles",
        "orange",
        "Il ou elle se moque de moi ou me rabaisse, devant les autres ou en ligne.",
        "L'autre se moque d'elle ou de lui, ou le ou la rabaisse, devant les autres ou en ligne.",
    ),
    situation(
        "images",
        "violences en ligne",
        "rouge",
        "Il ou elle menace de partager des photos ou des vidéos intimes de moi.",
        "L'autre menace de partager des photos ou des vidéos intimes d'elle ou de lui.",
        weight=2,
    ),
    situation(
        "force",
        "violences sexuelles",
        "rouge",
        "Il ou elle insiste ou me force pour des gestes sexuels que je ne veux pas.",
        "L'autre insiste ou la ou le force pour des gestes sexuels qu'elle ou il ne veut pas.",
        weight=2,
    ),
    situation(
        "coups",
        "violences physiques",
        "rouge",
        "Il ou elle me pousse, me tire les cheveux, me gifle ou me frappe.",
        "L'autre la ou le pousse, lui tire les cheveux, la ou le gifle ou la ou le frappe.",
        weight=2,
    ),
    situation(
        "peur",
        "peur",
        "rouge",
        "J'ai peur de lui ou d'elle.",
        "Elle ou il a peur de l'autre.",
        weight=2,
    ),
]

ZONES = [
    zone(
        "vert",
        "Une relation qui vous respecte",
        "Dans une relation, on a le droit d'être soi, de voir ses amis et de dire non. C'est ce "
        "que vous décrivez.",
        ["Si un jour quelque chose change, vous pouvez en parler à un adulte de confiance."],
        ["3919"],
    ),
    zone(
        "orange",
        "Attention : ce n'est pas de l'amour",
        "Surveiller, contrôler, rabaisser : ce sont des violences, même sans coups. Elles ont "
        "tendance à s'aggraver.",
        [
            "Parlez-en à une personne de confiance : infirmière scolaire, adulte proche, "
            "association.",
            "Le 3919 écoute aussi les jeunes et leurs proches, gratuitement.",
        ],
        ["3919", "114"],
    ),
    zone(
        "rouge",
        "Danger : vous avez besoin d'aide",
        "Ce que vous décrivez est interdit par la loi. Ce n'est jamais de votre faute.",
        [
            "En cas de danger immédiat, appelez le 17 ou envoyez un SMS au 114.",
            "Appelez le 3919 pour être écouté·e et conseillé·e.",
        ],
        ["17", "114", "3919", "112"],
    ),
]

QUESTIONNAIRE = {
    "slug": SLUG,
    "title": "Baromètre des premières relations",
    "summary": fr(
        "Pour les jeunes en couple, ou qui se posent des questions sur la relation d'un ou "
        "d'une amie. Ce n'est pas un diagnostic, et vos réponses ne sont pas enregistrées."
    ),
    "easy_read": fr(
        "Des questions sur ton couple. À la fin, une couleur. Personne ne voit tes réponses."
    ),
}

VERSION = {
    "number": 1,
    "working_note": fr("Version de travail, issue du thème 2023 sur les premières relations."),
    "min_answers": 4,
    "paths": [
        {"key": "moi", "label": "Je parle de ma relation"},
        {"key": "proche", "label": "Je parle de la relation d'un ou d'une amie"},
    ],
    "scale": SCALE,
    "zones": ZONES,
    "items": ITEMS,
}
