"""Back-office: recommendations (the coordination edits them; a partner sees those addressed to
it and reports on them) and their follow-up notes, which go through the « Suivi des
recommandations » workflow."""

from django import forms
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from observatoire.core.admin_ui import ScopedObjectsMixin

from . import selectors, services
from .admin_views import RECOMMENDATION_PARAMETER, FollowUpCreateView
from .forms import FollowUpAdminForm
from .models import AgendaPage, FollowUp, PublicationIndexPage, Recommendation

ADD_FOLLOW_UP = "knowledge.add_followup"
# Entries written by the hand-made follow-up steps this app had before Wagtail's workflow:
# no code writes them any more, the audit trail still names them.
FORMER_FOLLOW_UP_ACTIONS = {
    "ovff.followup.propose": gettext_lazy("Suivi de recommandation proposé"),
    "ovff.followup.validate": gettext_lazy("Suivi de recommandation validé"),
    "ovff.followup.refuse": gettext_lazy("Suivi de recommandation refusé"),
}


class RecommendationViewSet(ScopedObjectsMixin, SnippetViewSet):
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

    def scope(self, queryset, user):
        addressed = selectors.scoped_recommendations(user=user).values("pk")
        return queryset.filter(pk__in=addressed).select_related("theme")


class FollowUpViewSet(ScopedObjectsMixin, SnippetViewSet):
    """A partner editor lists, opens and writes its partner's notes only; the coordination
    every note. Approving or requesting changes is Wagtail's workflow."""

    model = FollowUp
    add_view_class = FollowUpCreateView
    icon = "tick"
    menu_label = gettext_lazy("Notes de suivi")
    add_to_admin_menu = True
    menu_order = 265
    list_display = ["__str__", "partner", "status", LiveStatusTagColumn()]
    list_filter = ["status", "live"]
    edit_handler = ObjectList(
        [
            # A few recommendations per partner: a list, not a chooser.
            FieldPanel("recommendation", widget=forms.Select),
            FieldPanel("date"),
            FieldPanel("status"),
            FieldPanel("note"),
        ],
        base_form_class=FollowUpAdminForm,
    )

    def scope(self, queryset, user):
        return selectors.scoped_follow_ups(user=user, follow_ups=queryset)


register_snippet(RecommendationViewSet)
register_snippet(FollowUpViewSet)


@hooks.register("register_snippet_listing_buttons")
def report_button(snippet, user, next_url=None):
    """« Rendre compte » on each recommendation the account lists (the listing is scoped):
    Wagtail's form for a new note, that recommendation chosen."""
    if isinstance(snippet, Recommendation) and user.has_perm(ADD_FOLLOW_UP):
        url = reverse(FollowUp.snippet_viewset.get_url_name("add"))
        yield ListingButton(
            _("Rendre compte"),
            f"{url}?{urlencode({RECOMMENDATION_PARAMETER: snippet.pk})}",
            priority=5,
        )


@hooks.register("after_create_page")
def open_new_index_to_partners(request, page):
    if isinstance(page.specific, PublicationIndexPage | AgendaPage):
        services.open_to_partners(page=page)


@hooks.register("register_log_actions")
def former_follow_up_log_actions(actions):
    for action, label in FORMER_FOLLOW_UP_ACTIONS.items():
        actions.register_action(action, label, label)
