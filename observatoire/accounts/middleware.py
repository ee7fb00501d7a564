"""No back-office page opens before the account's second factor is checked."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from .two_factor import has_second_factor


class TwoFactorRequiredMiddleware:
    """A signed-in account without a verified second factor may only enrol, verify or leave.

    Public pages are never touched (the path is checked first, so no session is read there).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        admin = settings.ADMIN_PATH
        self.admin_path = admin
        self.open_paths = tuple(
            admin + suffix
            # The sign-in steps themselves, and the admin's icons and translations they load.
            for suffix in (
                "login/",
                "logout/",
                "password_reset/",
                "securite/",
                "sprite/",
                "jsi18n/",
            )
        )

    def __call__(self, request):
        if (
            request.path.startswith(self.admin_path)
            and not request.path.startswith(self.open_paths)
            and request.user.is_authenticated
            and not request.user.is_verified()
        ):
            name = (
                "two_factor_verify" if has_second_factor(user=request.user) else "two_factor_setup"
            )
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse(name)}?{query}")
        return self.get_response(request)
