"""Back-office: recommendations (the coordination edits them; a partner sees those addressed to
it and reports on them), and the follow-up notes the coordination validates."""

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from observatoire.accounts.roles import RESEARCHER
from observatoire.accounts.selectors import is_coordinator, partner_id_of, role_names

from . import services
from .models import AgendaPage, FollowUp, PublicationIndexPage, Recommendation

LIST = "wagtailsnippets_knowledge_recommendation:list"


def scoped_recommendations(user):
    """The coordination and researchers read them all; a partner editor those addressed to it."""
    recommendations = Recommendation.objects.select_related("theme").prefetch_related("partners")
    if is_coordinator(user=user) or RESEARCHER in role_names(user=user):
        return recommendations
    partner_id = partner_id_of(user=user)
    if partner_id is None:
        return recommendations.none()
    return recommendations.filter(partners=partner_id)


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
        return scoped_recommendations(request.user)


register_snippet(RecommendationViewSet)


class FollowUpForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Nouveau statut"),
        choices=Recommendation.STATUSES,
        error_messages={
            "required": gettext_lazy("Choisissez un statut."),
            "invalid_choice": gettext_lazy("Choisissez un statut dans la liste."),
        },
    )
    note = forms.CharField(
        label=gettext_lazy("Note de suivi"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={
            "required": gettext_lazy("La note est obligatoire : dites ce qui a été fait.")
        },
        help_text=gettext_lazy(
            "Ce qui a été fait, daté d’aujourd’hui. Jamais de nom ni de détail sur une personne."
        ),
    )


@require_admin_access
@require_http_methods(["GET", "POST"])
def report(request, pk: int):
    recommendation = get_object_or_404(scoped_recommendations(request.user), pk=pk)
    form = FollowUpForm(request.POST or None, initial={"status": recommendation.status})
    if request.method == "POST" and form.is_valid():
        try:
            services.propose_follow_up(
                user=request.user, recommendation=recommendation, **form.cleaned_data
            )
        except services.FollowUpError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Note enregistrée.")
                if is_coordinator(user=request.user)
                else _("Note envoyée : elle paraîtra une fois validée par la coordination."),
            )
            return redirect(reverse(LIST))
    return render(
        request, "knowledge/admin/report.html", {"recommendation": recommendation, "form": form}
    )


@require_admin_access
def pending(request):
    if not is_coordinator(user=request.user):
        raise Http404
    notes = FollowUp.objects.filter(state=FollowUp.PENDING).select_related(
        "recommendation", "partner", "written_by"
    )
    return render(request, "knowledge/admin/pending.html", {"notes": notes})


@require_admin_access
@require_POST
def decide(request, pk: int, decision: str):
    if not is_coordinator(user=request.user):
        raise Http404
    follow_up = get_object_or_404(FollowUp, pk=pk)
    action = {"valider": services.validate_follow_up, "refuser": services.refuse_follow_up}.get(
        decision
    )
    if action is None:
        raise Http404
    try:
        action(user=request.user, follow_up=follow_up)
    except services.FollowUpError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("C’est fait."))
    return redirect(reverse("knowledge_follow_ups"))


@hooks.register("register_admin_urls")
def knowledge_urls():
    return [
        path("recommandations/<int:pk>/suivi/", report, name="knowledge_report"),
        path("recommandations/suivis/", pending, name="knowledge_follow_ups"),
        path(
            "recommandations/suivis/<int:pk>/<str:decision>/",
            decide,
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
