"""The parts of a questionnaire version, as StreamField blocks (one JSON document per part)."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from observatoire.core.helplines import HELPLINES

# The zones' keys (stored, counted, in the open data) and their names as a person reads them.
ZONE_CHOICES = [("vert", _("vert")), ("orange", _("orange")), ("rouge", _("rouge"))]
HELPLINE_CHOICES = [
    (line.key, format_lazy("{} – {}", line.number, line.name)) for line in HELPLINES
]
KEY_HELP = _("Identifiant court, sans espace (il relie les réponses aux situations).")


class NotTranslated:
    """A text block wagtail-localize offers no segment for: an edition copies the French
    version's value, like numbers, booleans and choices (its hooks for custom blocks)."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class KeyBlock(NotTranslated, blocks.CharBlock):
    """An identifier (a path's, an answer's, a situation's): the same in every edition, so
    that an edition is scored exactly as the French one."""


class PathBlock(blocks.StructBlock):
    key = KeyBlock(label=_("identifiant"), help_text=KEY_HELP)
    label = blocks.CharBlock(label=_("intitulé"), help_text=_("Par exemple « Je suis enceinte »."))

    class Meta:
        icon = "user"
        label = _("parcours")


class AnswerBlock(blocks.StructBlock):
    key = KeyBlock(label=_("identifiant"), help_text=KEY_HELP)
    label = blocks.CharBlock(label=_("intitulé"))
    value = blocks.DecimalBlock(
        label=_("valeur de 0 à 1"),
        required=False,
        min_value=0,
        max_value=1,
        decimal_places=2,
        help_text=_("Vide pour « je préfère ne pas répondre » (la réponse ne compte pas)."),
    )

    class Meta:
        icon = "radio-full"
        label = _("réponse")


class ZoneBlock(blocks.StructBlock):
    key = blocks.ChoiceBlock(label=_("zone"), choices=ZONE_CHOICES)
    low = blocks.IntegerBlock(label=_("début de la bande (0-100)"), min_value=0, max_value=100)
    high = blocks.IntegerBlock(label=_("fin de la bande (0-100)"), min_value=0, max_value=100)
    heading = blocks.CharBlock(label=_("titre du résultat"))
    message = blocks.TextBlock(label=_("message"))
    next_steps = blocks.ListBlock(blocks.CharBlock(label=_("conseil")), label=_("que faire"))
    helplines = blocks.ListBlock(
        blocks.ChoiceBlock(choices=HELPLINE_CHOICES), label=_("numéros à proposer")
    )
    services = blocks.ListBlock(
        SnippetChooserBlock("directory.Service"),
        label=_("aides de l’annuaire à proposer"),
        default=[],
        help_text=_("Seuls les services publics et publiés s’affichent."),
    )

    class Meta:
        icon = "pick"
        label = _("zone")


class EasyTextBlock(NotTranslated, blocks.TextBlock):
    """A situation's easy-to-read wording (« facile à lire et à comprendre »): French only.

    The easy-to-read questions (`/barometre/<adresse>/facile-a-lire/`) are French in every
    language of the site, read from the French version. wagtail-localize offers no segment for
    them (a translated edition keeps the French version's copy, never shown), so that an
    edition's translation asks for the usual texts only: the catalogues of the demo editions
    and content/translations/barometer.pot list those, and a text without translation makes a
    translation fail.
    """


class WordingBlock(blocks.StructBlock):
    path = KeyBlock(label=_("parcours (identifiant)"))
    text = blocks.TextBlock(label=_("formulation"))
    easy_text = EasyTextBlock(
        label=_("formulation en facile à lire"),
        required=False,
        help_text=_(
            "Une seule idée par phrase, des mots courts et courants, « je » ou « vous » pour "
            "parler au lecteur. Vide : la formulation habituelle s’affiche."
        ),
    )


class ItemBlock(blocks.StructBlock):
    key = KeyBlock(label=_("identifiant"), help_text=KEY_HELP)
    theme = blocks.CharBlock(label=_("thème"))
    zone = blocks.ChoiceBlock(label=_("zone"), choices=ZONE_CHOICES)
    weight = blocks.DecimalBlock(label=_("poids"), min_value=0, decimal_places=2, default=1)
    protective = blocks.BooleanBlock(
        label=_("protecteur"),
        required=False,
        help_text=_("Une situation qui fait du bien : inversée."),
    )
    trigger = blocks.DecimalBlock(
        label=_("seuil"),
        min_value=0,
        max_value=1,
        decimal_places=2,
        default=0.5,
        help_text=_("Valeur de réponse à partir de laquelle la situation fixe la zone plancher."),
    )
    wordings = blocks.ListBlock(WordingBlock(), label=_("formulations par parcours"))

    class Meta:
        icon = "list-ul"
        label = _("situation")
