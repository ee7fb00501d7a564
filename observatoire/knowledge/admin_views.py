"""Back-office views of the knowledge app: a partner reports on a recommendation addressed to
it; the coordination validates or refuses the follow-up notes. Registered in wagtail_hooks.py."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.admin.auth import require_admin_access

from observatoire.accounts.selectors import is_coordinator

from . import selectors, services
from .forms import FollowUpForm
from .models import FollowUp

LIST = "wagtailsnippets_knowledge_recommendation:list"


@require_admin_access
@require_http_methods(["GET", "POST"])
def report(request, pk: int):
    recommendation = get_object_or_404(selectors.scoped_recommendations(user=request.user), pk=pk)
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
