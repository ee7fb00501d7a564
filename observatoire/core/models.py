"""Site-wide settings that editors change in the back-office (Paramètres)."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .helplines import HELPLINES


def default_exit_url() -> str:
    return settings.OVFF_DEFAULT_EXIT_URL


@register_setting(icon="warning")
class SafetySettings(BaseGenericSetting):
    """The quick exit and the opening hours of the help lines."""

    exit_url = models.URLField(
        "adresse de sortie rapide",
        default=default_exit_url,
        help_text="Page neutre, sans compte ni personnalisation, ouverte par «\u00a0Effacer mes "
        "traces\u00a0» (par exemple une page de météo).",
    )
    chat_3919_hours = models.CharField(
        "horaires du tchat 3919",
        max_length=200,
        default="Tchat en ligne du lundi au vendredi, de 13\u00a0h à 20\u00a0h.",
        help_text="À vérifier régulièrement\u00a0: ces horaires changent.",
    )
    france_victimes_hours = models.CharField(
        "horaires du 116 006",
        max_length=200,
        default="7\u00a0jours sur 7, de 9\u00a0h à 19\u00a0h.",
        help_text="À vérifier régulièrement\u00a0: ces horaires changent.",
    )

    panels = [
        FieldPanel("exit_url"),
        MultiFieldPanel(
            [FieldPanel("chat_3919_hours"), FieldPanel("france_victimes_hours")],
            heading="Horaires des numéros d’aide",
        ),
    ]

    class Meta:
        verbose_name = "sécurité et numéros d’aide"
        verbose_name_plural = "sécurité et numéros d’aide"

    def helplines(self) -> list[dict]:
        """The help lines with their editable hours filled in."""
        return [
            {"line": line, "hours": getattr(self, line.hours_setting) if line.hours_setting else ""}
            for line in HELPLINES
        ]
