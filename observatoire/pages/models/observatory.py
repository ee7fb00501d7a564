from django.db import models
from wagtail.admin.panels import FieldPanel

from .base import BodyPage


class ObservatoryPage(BodyPage):
    """/observatoire/: launch, governance, committee, yearly themes and recommendations."""

    launch_date = models.DateField("date de lancement")

    content_panels = [
        *BodyPage.content_panels[:2],
        FieldPanel("launch_date"),
        *BodyPage.content_panels[2:],
    ]
    max_count = 1

    class Meta:
        verbose_name = "présentation de l’observatoire"
        verbose_name_plural = "présentations de l’observatoire"
