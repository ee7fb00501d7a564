"""Enrolling and checking the second factor, between Wagtail's sign-in and its dashboard."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page

from . import two_factor
from .forms import CodeForm

WRONG_CODE = gettext_lazy(
    "Ce code n’est pas valide. Vérifiez l’heure de votre téléphone et réessayez."
)
TOO_MANY = gettext_lazy("Trop de codes erronés : attendez quelques instants avant de réessayer.")


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")


@login_required(login_url="wagtailadmin_login")
@require_http_methods(["GET", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    if two_factor.has_second_factor(user=request.user):
        return redirect(f"{reverse('two_factor_verify')}?next={_next_url(request)}")
    enrollment = two_factor.start_enrollment(user=request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if not enrollment.device.verify_is_allowed()[0]:
            form.add_error("code", TOO_MANY)
        elif codes := two_factor.confirm_enrollment(
            request=request, device=enrollment.device, token=form.cleaned_data["code"]
        ):
            return _show_codes(request, codes, first_time=True)
        else:
            form.add_error("code", WRONG_CODE)
    context = {"form": form, "enrollment": enrollment, "next": _next_url(request)}
    return render(request, "accounts/two_factor_setup.html", context)


@login_required(login_url="wagtailadmin_login")
@require_http_methods(["GET", "POST"])
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    if not two_factor.has_second_factor(user=request.user):
        return redirect(f"{reverse('two_factor_setup')}?next={_next_url(request)}")
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if two_factor.is_throttled(user=request.user):
            form.add_error("code", TOO_MANY)
        elif two_factor.verify_second_factor(request=request, token=form.cleaned_data["code"]):
            return redirect(_next_url(request))
        else:
            form.add_error("code", WRONG_CODE)
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


@login_required(login_url="wagtailadmin_login")
@require_http_methods(["GET", "POST"])
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """New recovery codes (the old ones stop working), for a fully signed-in account."""
    if not request.user.is_verified():
        return redirect("two_factor_verify")
    if request.method == "POST":
        return _show_codes(request, two_factor.renew_recovery_codes(user=request.user))
    return render(request, "accounts/renew_recovery_codes.html")


@require_admin_access
@require_http_methods(["GET", "POST"])
def reset_for_account(request: HttpRequest, pk: int) -> HttpResponse:
    """An administrator forgets another account's second factor (a lost phone).

    Only from a session that passed its own second factor (the middleware sees to it, and this
    view checks again), and never for the administrator's own account: a stolen password must
    not be enough to enrol a new phone. A lost phone of one's own goes through a recovery code
    or another administrator."""
    if not (request.user.is_verified() and request.user.has_perm("auth.change_user")):
        raise PermissionDenied
    if pk == request.user.pk:
        raise PermissionDenied
    account = get_object_or_404(get_user_model(), pk=pk)
    if request.method == "POST":
        two_factor.reset_second_factor(user=account, by=request.user)
        messages.success(
            request,
            _("« %(username)s » activera de nouveau sa double authentification.")
            % {"username": account.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return render(request, "accounts/reset_two_factor.html", {"account": account})


def _show_codes(request: HttpRequest, codes: list[str], *, first_time: bool = False):
    context = {"codes": codes, "first_time": first_time, "next": _next_url(request)}
    return render(request, "accounts/recovery_codes.html", context)


def audit_trail_only(view):
    """Wagtail's site history, for the accounts allowed to read the audit trail only."""

    @require_admin_access
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not request.user.has_perm("accounts.view_audit_trail"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


# Its CSV export is written by the project's one writer (core.csv_files.install).
site_history = audit_trail_only(LogEntriesView.as_view())
site_history_results = audit_trail_only(LogEntriesView.as_view(results_only=True))


def publishers_only(view):
    """A page view of Wagtail's, for the accounts that may publish that page."""

    @require_admin_access
    @wraps(view)
    def guarded(request, page_id: int, **kwargs):
        page = get_object_or_404(Page, pk=page_id)
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return view(request, page_id=page_id, **kwargs)

    return guarded


confirm_workflow_cancellation = publishers_only(
    page_viewset_registry.as_view("confirm_workflow_cancellation", page_id_kwarg="page_id")
)
