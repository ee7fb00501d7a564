"""The observatory's yearly work: each year a few local themes, studied with its committee.

`/travaux/` (WorkIndexPage) › `/travaux/<année>/` (WorkYearPage) › `/travaux/<année>/<slug>/`
(ThemePage). Who took part is told in numbers, never by name.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from observatoire.pages.blocks import RICH_TEXT_FEATURES
from observatoire.pages.models.base import IntroPage

HEADCOUNT = [MaxValueValidator(10_000)]


class WorkIndexPage(IntroPage):
    max_count = 1
    subpage_types = ["knowledge.WorkYearPage"]

    class Meta:
        verbose_name = _("travaux de l’observatoire")
        verbose_name_plural = _("travaux de l’observatoire")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["years"] = [
            (year, ThemePage.objects.child_of(year).live().order_by("path"))
            for year in WorkYearPage.objects.child_of(self).live().order_by("-slug")
        ]
        return context


class WorkYearPage(IntroPage):
    parent_page_types = ["knowledge.WorkIndexPage"]
    subpage_types = ["knowledge.ThemePage"]

    class Meta:
        verbose_name = _("année de travaux")
        verbose_name_plural = _("années de travaux")

    def clean(self):
        super().clean()
        if not (self.slug.isdigit() and len(self.slug) == 4):
            raise ValidationError(
                {"slug": _("L’adresse d’une année est l’année elle-même : 2023.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = ThemePage.objects.child_of(self).live().order_by("path")
        return context


class ThemePage(IntroPage):
    question = models.TextField(_("question de départ"))
    method = RichTextField(_("méthode"), features=RICH_TEXT_FEATURES, blank=True)
    women_committee = models.PositiveSmallIntegerField(
        _("femmes ayant vécu des violences (nombre)"), default=0, validators=HEADCOUNT
    )
    professionals = models.PositiveSmallIntegerField(
        _("professionnelles et professionnels (nombre)"), default=0, validators=HEADCOUNT
    )
    researchers = models.PositiveSmallIntegerField(
        _("chercheuses et chercheurs (nombre)"), default=0, validators=HEADCOUNT
    )
    findings = RichTextField(_("constats"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *IntroPage.content_panels,
        FieldPanel("question"),
        FieldPanel("method"),
        MultiFieldPanel(
            [FieldPanel("women_committee"), FieldPanel("professionals"), FieldPanel("researchers")],
            heading=_("Qui a participé (en nombre, jamais de nom)"),
        ),
        FieldPanel("findings"),
    ]
    parent_page_types = ["knowledge.WorkYearPage"]
    subpage_types = []
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("question"),
        index.SearchField("findings"),
    ]

    class Meta:
        verbose_name = _("thème de travail")
        verbose_name_plural = _("thèmes de travail")

    def search_texts(self) -> list[str]:
        return [self.question, self.method, self.findings]
