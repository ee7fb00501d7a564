from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .base import BodyPage


class ObservatoryPage(BodyPage):
    """/observatoire/: launch, governance, committee, yearly themes and recommendations."""

    launch_date = models.DateField(_("date de lancement"))

    content_panels = [
        *BodyPage.content_panels[:2],
        FieldPanel("launch_date"),
        *BodyPage.content_panels[2:],
    ]
    max_count = 1

    class Meta:
        verbose_name = _("présentation de l’observatoire")
        verbose_name_plural = _("présentations de l’observatoire")
