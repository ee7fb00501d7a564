from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .base import BodyPage, IntroPage


class NewsIndexPage(IntroPage):
    max_count = 1
    subpage_types = ["pages.NewsPage"]

    class Meta:
        verbose_name = _("liste des actualités")
        verbose_name_plural = _("listes des actualités")


class NewsPage(BodyPage):
    date = models.DateField(_("date de publication"), default=timezone.localdate)

    content_panels = [
        *BodyPage.content_panels[:1],
        FieldPanel("date"),
        *BodyPage.content_panels[1:],
    ]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("actualité")
        verbose_name_plural = _("actualités")
