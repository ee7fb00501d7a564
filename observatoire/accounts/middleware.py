"""No back-office page opens before the account's second factor is checked."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from observatoire.core.csp import SIGN_IN_VIEW_NAMES

from .two_factor import has_second_factor

# The exact views an account signed in with its password alone may open: the sign-in steps
# (the ones that also keep the public Content-Security-Policy, core/csp.py), and what their
# pages load (the icons, the translations of the admin's scripts). Nothing is open by prefix:
# a view added later is closed until it is named here.
OPEN_BEFORE_SECOND_FACTOR = SIGN_IN_VIEW_NAMES | {
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}


class TwoFactorRequiredMiddleware:
    """A signed-in account without a verified second factor may only enrol, verify or leave.

    Decided per view, once the URL is resolved. Public pages are never touched (the path is
    checked first, so no session is read there).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_path = settings.ADMIN_PATH

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(self.admin_path):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if request.resolver_match.view_name in OPEN_BEFORE_SECOND_FACTOR:
            return None
        name = "two_factor_verify" if has_second_factor(user=user) else "two_factor_setup"
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse(name)}?{query}")
