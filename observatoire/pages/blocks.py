"""StreamField blocks shared by the page types."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from observatoire.core.formatting import UNIT_SUFFIXES

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]

UNIT_LABELS = {
    "none": _("sans unité (nombre)"),
    "eur": _("euros"),
    "eur_year": _("euros par an"),
    "percent": _("pourcentage"),
}
UNIT_CHOICES = [(unit, UNIT_LABELS[unit]) for unit in UNIT_SUFFIXES]


class FigureBlock(blocks.StructBlock):
    """A key figure: "plus de" 740 "familles accompagnées chaque année"."""

    qualifier = blocks.CharBlock(
        label=_("avant le nombre"),
        required=False,
        help_text=_("Par exemple « plus de »."),
    )
    value = blocks.DecimalBlock(label=_("nombre"), decimal_places=2)
    unit = blocks.ChoiceBlock(label=_("unité"), choices=UNIT_CHOICES, default="none")
    label = blocks.CharBlock(label=_("ce que le nombre compte"))

    class Meta:
        icon = "order"
        label = _("chiffre clé")
        template = "pages/blocks/figure.html"


class FiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FigureBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        label = _("chiffres clés")
        template = "pages/blocks/figures.html"


class CommitmentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_TEXT_FEATURES)
    figures = FiguresBlock(label=_("chiffres"), required=False, default=[])

    class Meta:
        icon = "tick"
        label = _("engagement")
        template = "pages/blocks/commitment.html"


class ContactBlock(blocks.StructBlock):
    """A contact given by role, never by a person's name."""

    role = blocks.CharBlock(label=_("fonction"))
    organisation = blocks.CharBlock(label=_("organisme"))
    email = blocks.EmailBlock(label=_("courriel"), required=False)
    phone = blocks.CharBlock(label=_("téléphone"), required=False)

    class Meta:
        icon = "user"
        label = _("contact")
        template = "pages/blocks/contact.html"


class ThemeBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(label=_("année"), min_value=2022)
    title = blocks.CharBlock(label=_("thème"))
    summary = blocks.TextBlock(label=_("résumé"))

    class Meta:
        icon = "folder-open-inverse"
        label = _("thème de travail")
        template = "pages/blocks/theme.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("encadré")
        template = "pages/blocks/callout.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("intertitre"),
        icon="title",
        form_classname="title",
        template="pages/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(label=_("texte"), features=RICH_TEXT_FEATURES)
    figures = FiguresBlock()
    callout = CalloutBlock()
    themes = blocks.ListBlock(ThemeBlock(), label=_("thèmes"), template="pages/blocks/themes.html")
