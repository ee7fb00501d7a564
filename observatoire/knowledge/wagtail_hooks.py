"""Back-office: recommendations (the coordination edits them; a partner sees those addressed to
it and reports on them), and the follow-up notes the coordination validates."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from observatoire.accounts.selectors import is_coordinator

from . import admin_views, selectors, services
from .models import AgendaPage, PublicationIndexPage, Recommendation


class RecommendationViewSet(SnippetViewSet):
    model = Recommendation
    icon = "tasks"
    menu_label = gettext_lazy("Recommandations")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["__str__", "theme", "status"]
    list_filter = ["status"]
    search_backend_name = None
    panels = [
        FieldPanel("theme"),
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("text"),
        # Four partners: boxes to tick, not a multiple list to ctrl-click.
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("status", read_only=True),
    ]

    def get_queryset(self, request):
        return selectors.scoped_recommendations(user=request.user)


register_snippet(RecommendationViewSet)


@hooks.register("register_admin_urls")
def knowledge_urls():
    return [
        path("recommandations/<int:pk>/suivi/", admin_views.report, name="knowledge_report"),
        path("recommandations/suivis/", admin_views.pending, name="knowledge_follow_ups"),
        path(
            "recommandations/suivis/<int:pk>/<str:decision>/",
            admin_views.decide,
            name="knowledge_decide",
        ),
    ]


class CoordinationMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(user=request.user)


@hooks.register("register_admin_menu_item")
def follow_up_menu():
    return CoordinationMenuItem(
        gettext_lazy("Suivis à valider"),
        reverse("knowledge_follow_ups"),
        icon_name="tick",
        order=265,
    )


@hooks.register("register_snippet_listing_buttons")
def report_button(snippet, user, next_url=None):
    if isinstance(snippet, Recommendation) and services.may_report(
        user=user, recommendation=snippet
    ):
        yield ListingButton(
            _("Rendre compte"), reverse("knowledge_report", args=[snippet.pk]), priority=5
        )


@hooks.register("after_create_page")
def open_new_index_to_partners(request, page):
    if isinstance(page.specific, PublicationIndexPage | AgendaPage):
        services.open_to_partners(page=page)


@hooks.register("register_log_actions")
def follow_up_log_actions(actions):
    for action, label in services.FOLLOW_UP_ACTIONS.items():
        actions.register_action(action, label, label)
