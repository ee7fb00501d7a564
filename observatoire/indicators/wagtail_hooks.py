"""Back-office: partners declare their figures and submit them; another person of the
coordination validates them in Wagtail's workflow, which publishes them."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from observatoire.core.admin_ui import ScopedObjectsMixin
from observatoire.core.workflows import PublishedByWorkflowOnlyPolicy

from . import admin_views, submissions
from .admin_views import VIEW, EditionListView, EditionWithdrawView, SsmsiImportView
from .models import PartnerFigure
from .services import EDITION_ACTIONS


class FigureIndexView(SnippetViewSet.index_view_class):
    @cached_property
    def header_buttons(self):
        # Researchers read, declare nothing.
        if not submissions.declarable_indicators(user=self.request.user).exists():
            return super().header_buttons
        return [
            *super().header_buttons,
            HeaderButton(
                _("Importer un fichier CSV"),
                url=reverse("indicators_figure_import"),
                icon_name="upload",
            ),
        ]


class PartnerFigureViewSet(ScopedObjectsMixin, SnippetViewSet):
    index_view_class = FigureIndexView
    model = PartnerFigure
    icon = "table"
    menu_label = gettext_lazy("Chiffres des partenaires")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["indicator", "period", "value", LiveStatusTagColumn()]
    list_filter = ["live"]
    edit_handler = ObjectList(
        [
            FieldPanel("indicator"),
            FieldPanel("period"),
            FieldPanel("value"),
            FieldPanel("comment"),
        ],
        base_form_class=admin_views.PartnerFigureForm,
    )

    def scope(self, queryset, user):
        return submissions.scoped_figures(user=user, figures=queryset)


register_permission_policy(
    PartnerFigure, PublishedByWorkflowOnlyPolicy(PartnerFigure), exact_class=True
)
register_snippet(PartnerFigureViewSet)


@hooks.register("register_admin_urls")
def edition_urls():
    return [
        path("indicateurs/editions/", EditionListView.as_view(), name="indicators_editions"),
        path("indicateurs/importer/", SsmsiImportView.as_view(), name="indicators_ssmsi_import"),
        path(
            "indicateurs/editions/<int:pk>/retirer/",
            EditionWithdrawView.as_view(),
            name="indicators_edition_withdraw",
        ),
    ]


class EditionsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW)


@hooks.register("register_admin_menu_item")
def editions_menu_item():
    return EditionsMenuItem(
        gettext_lazy("Indicateurs"), reverse("indicators_editions"), icon_name="table", order=240
    )


@hooks.register("register_admin_urls")
def figure_urls():
    return [
        path(
            "chiffres-partenaires/importer/",
            admin_views.import_figures,
            name="indicators_figure_import",
        ),
    ]


@hooks.register("before_edit_snippet")
def published_figures_are_final(request, instance):
    if isinstance(instance, PartnerFigure) and instance.live:
        messages.warning(request, _("Un chiffre publié ne se modifie plus."))
        return redirect(reverse("wagtailsnippets_indicators_partnerfigure:list"))
    return None


@hooks.register("register_log_actions")
def figure_log_actions(actions):
    for action, label in {**submissions.FIGURE_ACTIONS, **EDITION_ACTIONS}.items():
        actions.register_action(action, label, label)
