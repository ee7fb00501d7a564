"""StreamField blocks shared by the page types."""

from wagtail import blocks

from observatoire.core.formatting import UNIT_SUFFIXES

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]

UNIT_LABELS = {
    "none": "sans unité (nombre)",
    "eur": "euros",
    "eur_year": "euros par an",
    "percent": "pourcentage",
}
UNIT_CHOICES = [(unit, UNIT_LABELS[unit]) for unit in UNIT_SUFFIXES]


class FigureBlock(blocks.StructBlock):
    """A key figure: "plus de" 740 "familles accompagnées chaque année"."""

    qualifier = blocks.CharBlock(
        label="avant le nombre", required=False, help_text="Par exemple «\u00a0plus de\u00a0»."
    )
    value = blocks.DecimalBlock(label="nombre", decimal_places=2)
    unit = blocks.ChoiceBlock(label="unité", choices=UNIT_CHOICES, default="none")
    label = blocks.CharBlock(label="ce que le nombre compte")

    class Meta:
        icon = "order"
        label = "chiffre clé"
        template = "pages/blocks/figure.html"


class FiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FigureBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        label = "chiffres clés"
        template = "pages/blocks/figures.html"


class CommitmentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titre")
    text = blocks.RichTextBlock(label="texte", features=RICH_TEXT_FEATURES)
    figures = FiguresBlock(label="chiffres", required=False, default=[])

    class Meta:
        icon = "tick"
        label = "engagement"
        template = "pages/blocks/commitment.html"


class ContactBlock(blocks.StructBlock):
    """A contact given by role, never by a person's name."""

    role = blocks.CharBlock(label="fonction")
    organisation = blocks.CharBlock(label="organisme")
    email = blocks.EmailBlock(label="courriel", required=False)
    phone = blocks.CharBlock(label="téléphone", required=False)

    class Meta:
        icon = "user"
        label = "contact"
        template = "pages/blocks/contact.html"


class ThemeBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(label="année", min_value=2022)
    title = blocks.CharBlock(label="thème")
    summary = blocks.TextBlock(label="résumé")

    class Meta:
        icon = "folder-open-inverse"
        label = "thème de travail"
        template = "pages/blocks/theme.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titre")
    text = blocks.RichTextBlock(label="texte", features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = "encadré"
        template = "pages/blocks/callout.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label="intertitre",
        icon="title",
        form_classname="title",
        template="pages/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(label="texte", features=RICH_TEXT_FEATURES)
    figures = FiguresBlock()
    callout = CalloutBlock()
    themes = blocks.ListBlock(ThemeBlock(), label="thèmes", template="pages/blocks/themes.html")
