"""Headers that keep every response safe to open (its Content-Security-Policy: core/csp.py);
cookies stay in the back-office; requests the site cannot read safely are refused, and every
refusal is in French."""

import logging
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _

from .views import api_error, error_response, is_api

logger = logging.getLogger(__name__)

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
        response.headers["Permissions-Policy"] = PERMISSIONS_POLICY
        if not request.path.startswith(self.static_url):
            # Nothing of a visit stays in the browser's cache; hashed static files may.
            response.headers["Cache-Control"] = "no-store"
        if request.path.startswith(self.admin_path):
            # With no-referrer, Chromium sends "Origin: null" on POST and Django's CSRF check
            # rejects every back-office form. same-origin still sends nothing to other hosts.
            response.headers["Referrer-Policy"] = "same-origin"
        elif response.cookies:
            # A preview renders the page through a copy of the editor's request, whose session
            # is saved on every request: expected there, and the editor's own response keeps it.
            if not getattr(request, "is_preview", False):
                logger.warning(
                    "Removed cookies %s from public response %s",
                    sorted(response.cookies),
                    request.path,
                )
            response.cookies.clear()
        return response


class FrenchErrorsMiddleware:
    """Errors answered by code that is not the site's own get a French body.

    - Under /api/, every error is JSON (`{"detail": "…"}`, core.views.ERROR_MESSAGES): Django's
      404 for an unknown address, the 500 and 503 pages, django-ninja's English 405, the
      refusals of the middleware below. JSON errors (the API's own handlers, observatoire/api.py)
      are left as they are.
    - Elsewhere, a 405 (Django's `require_http_methods` and `require_safe` send an empty body)
      becomes the 405 page, with the safety bar.
    The `Allow` and `Retry-After` headers are kept.
    """

    KEPT_HEADERS = ("Allow", "Retry-After")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        status = response.status_code
        if status < 400:
            return response
        if is_api(request):
            if response.get("Content-Type", "").startswith("application/json"):
                return response
            replacement = api_error(status)
        elif status == 405 and not response.streaming and not response.content:
            replacement = error_response(request, status)
        else:
            return response
        for header in self.KEPT_HEADERS:
            if header in response:
                replacement[header] = response[header]
        return replacement


def _wsgi_bytes(text: str) -> bytes:
    """The bytes a WSGI server received, which it passes as a latin-1 string (PEP 3333)."""
    return text.encode("iso-8859-1", errors="replace")


def _readable(raw: bytes) -> bool:
    """No NUL, and valid UTF-8."""
    if b"\x00" in raw:
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class BadInputMiddleware:
    """A request the site cannot read safely is refused before any view or query sees it.

    - An address longer than REQUEST_LIMITS["url"], a header longer than
      REQUEST_LIMITS["header"] or all of them longer than REQUEST_LIMITS["headers"] get a 400
      page that says so (what gunicorn would answer with an English 414 or 431). gunicorn's and
      nginx's own limits are set above these (deploy/README.md), so that Django answers first.
    - A NUL character or invalid UTF-8 in the path or the query string, percent-encoded or
      not, gets the 400 page. No database accepts a NUL in a text value (PostgreSQL raises
      an error), and Django would decode invalid UTF-8 into replacement characters: refused
      here, once, rather than by each form, filter and path converter.
    Under /api/, the same refusals are JSON (core.views.error_response).
    """

    # The page of each refusal; all are 400s. The messages: no-break spaces typed as such
    # (U+00A0), as xgettext reads no \u escape.
    REFUSALS = {
        "address": "400_long_address.html",
        "headers": "400_long_headers.html",
        "unreadable": "400.html",
    }

    def __init__(self, get_response):
        self.get_response = get_response
        self.limits = settings.REQUEST_LIMITS

    def __call__(self, request):
        refusal = self.refusal(request)
        if refusal is not None:
            return error_response(
                request, 400, detail=self.detail(refusal), template=self.REFUSALS[refusal]
            )
        return self.get_response(request)

    @staticmethod
    def detail(refusal: str) -> str:
        """The API's message of a refusal, in the request's language."""
        return {
            "address": _("Adresse trop longue."),
            "headers": _("En-têtes de la requête trop longs."),
            "unreadable": _("Requête incorrecte : caractère nul ou UTF-8 invalide."),
        }[refusal]

    def refusal(self, request) -> str | None:
        if len(request.get_full_path()) > self.limits["url"]:
            return "address"
        sizes = [
            len(name) + len(value)
            for name, value in request.META.items()
            if name.startswith("HTTP_") and isinstance(value, str)
        ]
        if sizes and (max(sizes) > self.limits["header"] or sum(sizes) > self.limits["headers"]):
            return "headers"
        # The server decodes the path's escapes; Django writes invalid UTF-8 back as escapes
        # (`%FF`), indistinguishable from a `%` the client escaped (`%25FF`): both are refused.
        if not _readable(unquote_to_bytes(request.path)):
            return "unreadable"
        # The query string as sent, its escapes decoded (`%00`, `%ff`), as QueryDict will.
        query = unquote_to_bytes(_wsgi_bytes(request.META.get("QUERY_STRING", "")))
        if not _readable(query):
            return "unreadable"
        return None


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


class PathLanguageMiddleware:
    """The language of a request comes from its address alone: `/en/…` is English, an address
    without a language prefix is French (core/i18n.py). Unlike Django's LocaleMiddleware, it
    never reads a cookie or the browser's Accept-Language, and so adds no `Vary` on them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
