"""The directory in the back-office: structures, places and services under « Annuaire »."""

import django_filters
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, LiveStatusTagColumn
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from observatoire.core.admin_ui import ScopedObjectsMixin

from .admin_search import EntryChooserViewSet, EntryIndexView
from .admin_views import ImportView, can_import
from .models import ErrorReport, Place, Service, Structure
from .models.entries import STALE_AFTER
from .permissions import EntryForm, PartnerScopedPolicy, scoped

# « Accueil » as in the search's filters (how a service receives people), not the home page.
RECEPTION_CONTEXT = "conditions d’accueil d’un service : ouvert, sans rendez-vous, gratuit"

for _model in (Structure, Place, Service):
    register_permission_policy(_model, PartnerScopedPolicy(_model), exact_class=True)


class ServiceFilterSet(WagtailFilterSet):
    stale = django_filters.BooleanFilter(
        label=_("Non vérifié depuis 6 mois"), method="filter_stale"
    )

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


class EntryViewSet(ScopedObjectsMixin, SnippetViewSet):
    """Lists only the entries the account may edit; forms offer only its own links; listings and
    choosers search names, structures and communes whatever the accents."""

    panels: list = []
    index_view_class = EntryIndexView
    chooser_viewset_class = EntryChooserViewSet
    search_fields = ["admin_search"]  # read by admin_search.matching(), not by Wagtail

    def scope(self, queryset, user):
        return scoped(queryset, user=user)

    @property
    def edit_handler(self):
        return ObjectList(self.panels, base_form_class=EntryForm)


class StructureViewSet(EntryViewSet):
    model = Structure
    icon = "group"
    menu_label = _("Structures")
    list_display = ["nom", "partner", LiveStatusTagColumn(), "date_maj"]
    panels = [
        FieldPanel("nom"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("telephone"), FieldPanel("courriel")]),
        FieldRowPanel([FieldPanel("site_web"), FieldPanel("siret")]),
        FieldPanel("partner"),
        FieldPanel("is_example"),
    ]


class PlaceViewSet(EntryViewSet):
    model = Place
    icon = "site"
    menu_label = _("Lieux")
    list_display = ["__str__", "kind", BooleanColumn("secret_address", label=_("Adresse secrète"))]
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
            heading=_("Adresse"),
        ),
        FieldPanel("telephone"),
        FieldRowPanel([FieldPanel("wheelchair_access"), FieldPanel("accessibilite_lieu")]),
    ]


class ServiceViewSet(EntryViewSet):
    model = Service
    icon = "help"
    menu_label = _("Services")
    list_display = ["nom", "structure", "visibility", LiveStatusTagColumn(), "last_verified"]
    filterset_class = ServiceFilterSet
    panels = [
        FieldRowPanel([FieldPanel("structure"), FieldPanel("place")]),
        FieldPanel("nom"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("categories"), FieldPanel("audiences"), FieldPanel("type")],
            heading=_("Ce que c’est, pour qui"),
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
            heading=_("Comment le joindre"),
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
            heading=pgettext_lazy(RECEPTION_CONTEXT, "Accueil"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("whole_departement"),
                FieldPanel("zone_epcis"),
                FieldPanel("zone_communes"),
            ],
            heading=_("Territoire couvert"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("thematiques"),
                FieldPanel("publics"),
                FieldPanel("publics_precisions"),
            ],
            heading=_("Référentiels data·inclusion"),
        ),
        FieldRowPanel([FieldPanel("visibility"), FieldPanel("last_verified")]),
    ]


class ErrorReportViewSet(SnippetViewSet):
    model = ErrorReport
    icon = "warning"
    menu_label = _("Signalements")
    list_display = ["service", "created", BooleanColumn("handled", label=_("Traité"))]
    list_filter = ["handled"]
    panels = [
        FieldPanel("service", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("handled"),
    ]


class DirectoryGroup(SnippetViewSetGroup):
    items = (ServiceViewSet, StructureViewSet, PlaceViewSet, ErrorReportViewSet)
    menu_icon = "list-ul"
    menu_label = _("Annuaire")
    menu_name = "annuaire"
    submenu_hook = "register_directory_menu_item"


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def import_urls():
    return [path("annuaire/import/", ImportView.as_view(), name="directory_import")]


@hooks.register("register_directory_menu_item")
def import_menu_item():
    return ImportMenuItem(_("Importer"), reverse("directory_import"), icon_name="upload", order=900)


register_snippet(DirectoryGroup)
