"""« La lettre de l'observatoire »: once a year, the year's key figures and its work.

The coordination writes the text (the year's themes, what changed); the key figures are chosen
from the catalogue and computed when the page is shown, through the same selectors as every
other page, hence the same disclosure control. The page prints on paper as it reads on screen.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from observatoire.pages.models.base import BodyPage, IntroPage


def indicator_choices() -> list[tuple[str, str]]:
    from .indicators import Indicator

    return list(Indicator.objects.filter(replaced_by=None).values_list("code", "label"))


class KeyFigureBlock(blocks.StructBlock):
    indicator = blocks.ChoiceBlock(choices=indicator_choices, label=_("indicateur"))
    note = blocks.TextBlock(
        label=_("commentaire"),
        required=False,
        help_text=_("Ce que ce chiffre dit, ou ne dit pas (une ou deux phrases)."),
    )

    class Meta:
        icon = "table"
        label = _("chiffre clé")


class LetterIndexPage(IntroPage):
    max_count = 1
    subpage_types = ["indicators.LetterPage"]

    class Meta:
        verbose_name = _("liste des lettres de l’observatoire")
        verbose_name_plural = _("listes des lettres de l’observatoire")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letters"] = LetterPage.objects.child_of(self).live().order_by("-year")
        return context


class LetterPage(BodyPage):
    year = models.PositiveSmallIntegerField(
        _("année"),
        validators=[MinValueValidator(2016), MaxValueValidator(2100)],
        help_text=_("L’année dont la lettre rend compte."),
    )
    key_figures = StreamField(
        [("figure", KeyFigureBlock())], verbose_name=_("chiffres clés"), blank=True
    )

    content_panels = [
        *IntroPage.content_panels,
        FieldPanel("year"),
        FieldPanel("key_figures"),
        FieldPanel("body", heading=_("Les travaux de l’année")),
    ]
    parent_page_types = ["indicators.LetterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lettre de l’observatoire")
        verbose_name_plural = _("lettres de l’observatoire")

    def clean(self):
        super().clean()
        others = LetterPage.objects.filter(year=self.year).exclude(pk=self.pk)
        if self.year and others.exists():
            raise ValidationError({"year": gettext("Une lettre existe déjà pour cette année.")})
