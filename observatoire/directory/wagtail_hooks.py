"""The directory in the back-office: structures, places and services under « Annuaire »."""

import django_filters
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ErrorReport, Place, Service, Structure
from .models.entries import STALE_AFTER


class ServiceFilterSet(WagtailFilterSet):
    stale = django_filters.BooleanFilter(label="Non vérifié depuis 6 mois", method="filter_stale")

    class Meta:
        model = Service
        fields = ["visibility", "structure"]

    def filter_stale(self, queryset, name, value):
        limit = timezone.localdate() - STALE_AFTER
        if value is None:
            return queryset
        return (
            queryset.filter(last_verified__lt=limit)
            if value
            else queryset.exclude(last_verified__lt=limit)
        )


class StructureViewSet(SnippetViewSet):
    model = Structure
    icon = "group"
    menu_label = "Structures"
    list_display = ["nom", "partner", "date_maj"]
    search_fields = ["nom", "description"]
    panels = [
        FieldPanel("nom"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("telephone"), FieldPanel("courriel")]),
        FieldRowPanel([FieldPanel("site_web"), FieldPanel("siret")]),
        FieldPanel("partner"),
        FieldPanel("is_example"),
    ]


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = "Lieux"
    list_display = ["__str__", "kind", "secret_address"]
    panels = [
        FieldPanel("structure"),
        FieldRowPanel([FieldPanel("nom"), FieldPanel("kind")]),
        MultiFieldPanel(
            [
                FieldPanel("secret_address"),
                FieldPanel("adresse"),
                FieldPanel("complement_adresse"),
                FieldRowPanel([FieldPanel("code_postal"), FieldPanel("commune")]),
                FieldRowPanel([FieldPanel("longitude"), FieldPanel("latitude")]),
            ],
            heading="Adresse",
        ),
        FieldPanel("telephone"),
        FieldRowPanel([FieldPanel("wheelchair_access"), FieldPanel("accessibilite_lieu")]),
    ]


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "help"
    menu_label = "Services"
    list_display = ["nom", "structure", "visibility", "last_verified"]
    search_fields = ["nom", "description"]
    filterset_class = ServiceFilterSet
    panels = [
        FieldRowPanel([FieldPanel("structure"), FieldPanel("place")]),
        FieldPanel("nom"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("categories"), FieldPanel("audiences"), FieldPanel("type")],
            heading="Ce que c’est, pour qui",
        ),
        MultiFieldPanel(
            [
                FieldPanel("telephone"),
                FieldPanel("courriel"),
                FieldPanel("lien_mobilisation"),
                FieldPanel("modes_accueil"),
                FieldPanel("modes_mobilisation"),
                FieldPanel("mobilisable_par"),
                FieldPanel("mobilisation_precisions"),
            ],
            heading="Comment le joindre",
        ),
        MultiFieldPanel(
            [
                FieldPanel("horaires_accueil"),
                FieldRowPanel(
                    [
                        FieldPanel("always_open"),
                        FieldPanel("without_appointment"),
                        FieldPanel("anonymous"),
                    ]
                ),
                FieldRowPanel([FieldPanel("frais"), FieldPanel("frais_precisions")]),
                FieldPanel("languages"),
                FieldPanel("conditions_acces"),
            ],
            heading="Accueil",
        ),
        MultiFieldPanel(
            [
                FieldPanel("whole_departement"),
                FieldPanel("zone_epcis"),
                FieldPanel("zone_communes"),
            ],
            heading="Territoire couvert",
        ),
        MultiFieldPanel(
            [
                FieldPanel("thematiques"),
                FieldPanel("publics"),
                FieldPanel("publics_precisions"),
            ],
            heading="Référentiels data·inclusion",
        ),
        FieldRowPanel([FieldPanel("visibility"), FieldPanel("last_verified")]),
    ]


class ErrorReportViewSet(SnippetViewSet):
    model = ErrorReport
    icon = "warning"
    menu_label = "Signalements"
    list_display = ["service", "created", "handled"]
    list_filter = ["handled"]
    panels = [
        FieldPanel("service", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("handled"),
    ]


class DirectoryGroup(SnippetViewSetGroup):
    items = (ServiceViewSet, StructureViewSet, PlaceViewSet, ErrorReportViewSet)
    menu_icon = "list-ul"
    menu_label = "Annuaire"
    menu_name = "annuaire"


register_snippet(DirectoryGroup)
