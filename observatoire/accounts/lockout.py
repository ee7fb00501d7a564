"""Login throttling hooks for django-axes: no client address kept, a French lockout page."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from .audit import log_account_event


def no_client_address(request: HttpRequest) -> None:
    """Attempts are counted per account name; nobody's address is stored."""
    return None


def locked_out(request: HttpRequest, original_response, credentials: dict | None) -> HttpResponse:
    """The page shown instead of the login form while an account name is locked."""
    username = (credentials or {}).get("username", "")
    log_account_event(username=username, action="ovff.login_locked")
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    body = render_to_string(
        "accounts/locked_out.html",
        {"minutes": minutes, "limit": settings.AXES_FAILURE_LIMIT},
        request=request,
    )
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
