"""Headers that keep every response safe to open; cookies stay in the back-office."""

import logging

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def policy_allowing_frames_from(origins: list[str]) -> str:
    """The same policy, framable by the given origins only (none if the list is empty)."""
    ancestors = " ".join(origins) or "'none'"
    return CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", f"frame-ancestors {ancestors}")


PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


class PublicSafetyMiddleware:
    """Sets the privacy headers on every response and strips cookies outside the back-office.

    Session and CSRF cookies are scoped to the back-office path by the settings; anything that
    still tries to set a cookie on a public page is removed here and logged, so a future
    feature cannot silently start tracking visitors.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_path = settings.ADMIN_PATH
        self.static_url = settings.STATIC_URL

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers["Permissions-Policy"] = PERMISSIONS_POLICY
        if not request.path.startswith(self.static_url):
            # Nothing of a visit stays in the browser's cache; hashed static files may.
            response.headers["Cache-Control"] = "no-store"
        if request.path.startswith(self.admin_path):
            # With no-referrer, Chromium sends "Origin: null" on POST and Django's CSRF check
            # rejects every back-office form. same-origin still sends nothing to other hosts.
            response.headers["Referrer-Policy"] = "same-origin"
        elif response.cookies:
            logger.warning(
                "Removed cookies %s from public response %s",
                sorted(response.cookies),
                request.path,
            )
            response.cookies.clear()
        return response


class DatabaseUnavailableMiddleware:
    """With the database unreachable, answer 503 with the safety bar and the emergency numbers.

    The page is rendered without a request, so without context processors: nothing in it needs
    the database. Pages already in the page cache are still served (before this is reached).
    """

    RETRY_AFTER_SECONDS = "120"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("Database unreachable while serving %s: %s", request.path, type(exception))
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = self.RETRY_AFTER_SECONDS
        return response
