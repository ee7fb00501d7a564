"""Easy-to-read pages (« facile à lire et à comprendre », FALC).

A page is a list of steps: a pictogram from a fixed list, its text alternative, and one to three
short sentences, with at most one action (a number to call or text, or a link on this site).
The pictograms are SVG files drawn for this site, in `pages/static/pages/pictos/<key>.svg`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.fields import StreamField

from .base import IntroPage

# The pictograms an editor may choose from, with what each one shows. The key is the file name.
PICTOGRAMS = {
    "telephone": _("téléphone"),
    "sms": _("message sur un téléphone (SMS)"),
    "danger": _("danger"),
    "maison": _("maison"),
    "porte-sortie": _("porte de sortie"),
    "effacer": _("gomme qui efface"),
    "personne-aide": _("personne qui écoute et aide"),
    "carte-lieu": _("lieu sur une carte"),
    "question": _("question"),
    "coeur-brise": _("cœur brisé"),
    "main-tendue": _("main tendue"),
    "main-stop": _("main levée qui dit stop"),
    "police": _("police ou gendarmerie"),
    "medecin": _("médecin, soins"),
    "enfant": _("enfant"),
    "argent": _("argent"),
    "ordinateur": _("ordinateur"),
    "touche-maj": _("touche Maj du clavier"),
    "loupe": _("loupe, chercher"),
    "horloge": _("horloge, à toute heure"),
    "bulle": _("bulle de parole, parler"),
    "fenetre-privee": _("fenêtre de navigation privée"),
    "meteo": _("météo"),
    "balance": _("balance de la justice, la loi"),
    "livre": _("livre ouvert, lire"),
}
PICTOGRAM_CHOICES = list(PICTOGRAMS.items())


def pictogram_path(key: str) -> str:
    """The pictogram's static file, for `{% static %}`."""
    return f"pages/pictos/{key}.svg"


class EasyReadStepValue(blocks.StructValue):
    def pictogram_path(self) -> str:
        return pictogram_path(self["pictogram"])


class EasyReadStepBlock(blocks.StructBlock):
    pictogram = blocks.ChoiceBlock(label=_("pictogramme"), choices=PICTOGRAM_CHOICES)
    alt = blocks.CharBlock(
        label=_("texte de remplacement du pictogramme"),
        max_length=120,
        help_text=_(
            "Ce que montre le pictogramme, en quelques mots, pour les personnes qui ne le voient "
            "pas. Par exemple « Un téléphone »."
        ),
    )
    sentences = blocks.ListBlock(
        blocks.CharBlock(label=_("phrase"), max_length=160),
        label=_("phrases"),
        min_num=1,
        max_num=3,
        help_text=_(
            "Une à trois phrases courtes. Une seule idée par phrase, des mots simples, "
            "« vous » pour parler au lecteur, pas d’abréviation."
        ),
    )
    phone = blocks.RegexBlock(
        regex=r"^[0-9]{2,10}$",
        label=_("numéro à appeler"),
        required=False,
        help_text=_("Facultatif. Un bouton pour appeler ce numéro, par exemple 3919."),
        error_messages={"invalid": _("Saisissez le numéro en chiffres, sans espace.")},
    )
    by_sms = blocks.BooleanBlock(
        label=_("par SMS"),
        required=False,
        help_text=_("Cochez pour un bouton « Envoyer un SMS » au lieu d’un appel."),
    )
    link_text = blocks.CharBlock(label=_("texte du lien"), required=False, max_length=80)
    link_path = blocks.RegexBlock(
        regex=r"^/[a-z0-9/_-]*$",
        label=_("adresse du lien sur ce site"),
        required=False,
        help_text=_("Facultatif. Par exemple /annuaire/."),
        error_messages={"invalid": _("Saisissez une adresse qui commence par /.")},
    )

    class Meta:
        icon = "list-ul"
        label = _("étape")
        template = "pages/blocks/easy_read_step.html"
        value_class = EasyReadStepValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value["link_text"]) != bool(value["link_path"]):
            field = "link_path" if value["link_text"] else "link_text"
            errors[field] = ValidationError(
                gettext("Un lien a besoin d’un texte et d’une adresse.")
            )
        if value["by_sms"] and not value["phone"]:
            errors["phone"] = ValidationError(gettext("Saisissez le numéro du SMS."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class EasyReadPage(IntroPage):
    """A page in easy-to-read French; the one with children lists them (« Facile à lire »)."""

    pictogram = models.CharField(
        _("pictogramme de la page"),
        max_length=40,
        choices=PICTOGRAM_CHOICES,
        default="livre",
        help_text=_("Montré à côté du titre de la page dans la liste des pages faciles à lire."),
    )
    pictogram_alt = models.CharField(
        _("texte de remplacement du pictogramme"),
        max_length=120,
        help_text=_("Ce que montre le pictogramme, en quelques mots."),
    )
    body = StreamField([("step", EasyReadStepBlock())], verbose_name=_("étapes"), blank=True)

    content_panels = [
        *IntroPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("pictogram"), FieldPanel("pictogram_alt")],
            heading=_("Pictogramme de la page"),
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["pages.HomePage", "pages.EasyReadPage"]
    subpage_types = ["pages.EasyReadPage"]

    class Meta:
        verbose_name = _("page facile à lire")
        verbose_name_plural = _("pages faciles à lire")

    @property
    def pictogram_path(self) -> str:
        return pictogram_path(self.pictogram)

    def search_texts(self) -> list[str]:
        texts = []
        for step in self.body:
            texts.extend([step.value["alt"], *step.value["sentences"], step.value["link_text"]])
        return texts
