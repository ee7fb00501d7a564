"""The agenda (`/agenda/`): trainings, network meetings, conferences; each event also as an
iCalendar file, and the whole agenda as one."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from observatoire.pages.blocks import RICH_TEXT_FEATURES
from observatoire.pages.models.base import IntroPage

KINDS = [
    ("formation", _("formation")),
    ("reseau", _("réunion de réseau")),
    ("conference", _("conférence")),
    ("autre", _("autre rendez-vous")),
]


class AgendaPage(IntroPage):
    max_count = 1
    subpage_types = ["knowledge.EventPage"]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")


class EventPage(IntroPage):
    kind = models.CharField(_("type"), max_length=20, choices=KINDS)
    start = models.DateTimeField(_("début"))
    end = models.DateTimeField(_("fin"))
    place = models.CharField(
        _("lieu"),
        max_length=200,
        help_text=_("Une salle publique, jamais l’adresse d’un hébergement."),
    )
    online = models.BooleanField(_("aussi à distance"), default=False)
    audience = models.CharField(_("public"), max_length=200, blank=True)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *IntroPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("start"),
                FieldPanel("end"),
                FieldPanel("place"),
                FieldPanel("online"),
                FieldPanel("audience"),
            ],
            heading=_("Quand et où"),
        ),
        FieldPanel("description"),
    ]
    parent_page_types = ["knowledge.AgendaPage"]
    subpage_types = []
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("description"),
    ]

    class Meta:
        verbose_name = _("événement")
        verbose_name_plural = _("événements")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("La fin doit venir après le début.")})

    def search_texts(self) -> list[str]:
        return [self.place, self.description, self.get_kind_display()]

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()
