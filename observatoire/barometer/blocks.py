"""The parts of a questionnaire version, as StreamField blocks (one JSON document per part)."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from observatoire.core.helplines import HELPLINES

ZONE_CHOICES = [("vert", "vert"), ("orange", "orange"), ("rouge", "rouge")]
HELPLINE_CHOICES = [(line.key, f"{line.number} – {line.name}") for line in HELPLINES]
KEY_HELP = "Identifiant court, sans espace (il relie les réponses aux situations)."


class PathBlock(blocks.StructBlock):
    key = blocks.CharBlock(label="identifiant", help_text=KEY_HELP)
    label = blocks.CharBlock(label="intitulé", help_text="Par exemple « Je suis enceinte ».")

    class Meta:
        icon = "user"
        label = "parcours"


class AnswerBlock(blocks.StructBlock):
    key = blocks.CharBlock(label="identifiant", help_text=KEY_HELP)
    label = blocks.CharBlock(label="intitulé")
    value = blocks.DecimalBlock(
        label="valeur de 0 à 1",
        required=False,
        min_value=0,
        max_value=1,
        decimal_places=2,
        help_text="Vide pour « je préfère ne pas répondre » (la réponse ne compte pas).",
    )

    class Meta:
        icon = "radio-full"
        label = "réponse"


class ZoneBlock(blocks.StructBlock):
    key = blocks.ChoiceBlock(label="zone", choices=ZONE_CHOICES)
    low = blocks.IntegerBlock(label="début de la bande (0-100)", min_value=0, max_value=100)
    high = blocks.IntegerBlock(label="fin de la bande (0-100)", min_value=0, max_value=100)
    heading = blocks.CharBlock(label="titre du résultat")
    message = blocks.TextBlock(label="message")
    next_steps = blocks.ListBlock(blocks.CharBlock(label="conseil"), label="que faire")
    helplines = blocks.ListBlock(
        blocks.ChoiceBlock(choices=HELPLINE_CHOICES), label="numéros à proposer"
    )
    services = blocks.ListBlock(
        SnippetChooserBlock("directory.Service"),
        label="aides de l’annuaire à proposer",
        default=[],
        help_text="Seuls les services publics et publiés s’affichent.",
    )

    class Meta:
        icon = "pick"
        label = "zone"


class WordingBlock(blocks.StructBlock):
    path = blocks.CharBlock(label="parcours (identifiant)")
    text = blocks.TextBlock(label="formulation")


class ItemBlock(blocks.StructBlock):
    key = blocks.CharBlock(label="identifiant", help_text=KEY_HELP)
    theme = blocks.CharBlock(label="thème")
    zone = blocks.ChoiceBlock(label="zone", choices=ZONE_CHOICES)
    weight = blocks.DecimalBlock(label="poids", min_value=0, decimal_places=2, default=1)
    protective = blocks.BooleanBlock(
        label="protecteur", required=False, help_text="Une situation qui fait du bien : inversée."
    )
    trigger = blocks.DecimalBlock(
        label="seuil",
        min_value=0,
        max_value=1,
        decimal_places=2,
        default=0.5,
        help_text="Valeur de réponse à partir de laquelle la situation fixe la zone plancher.",
    )
    wordings = blocks.ListBlock(WordingBlock(), label="formulations par parcours")

    class Meta:
        icon = "list-ul"
        label = "situation"
