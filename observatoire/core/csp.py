"""The Content-Security-Policy of every response, written by django-csp.

The public policy is `settings.CONTENT_SECURITY_POLICY`. `SitePolicyMiddleware` adds to it for
the back-office of accounts past their second factor only, lets Wagtail's previews be framed by
the site itself, and lets a view name the origins that may frame its response
(`allow_framing_by`, the embeddable barometer). The back-office's choices and their risk are
written in accounts/README.md.
"""

import base64
import functools
import hashlib
from contextvars import ContextVar
from dataclasses import asdict

from csp.constants import HEADER, NONCE, NONE, SELF, UNSAFE_HASHES
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import URLPattern, URLResolver, get_resolver

# What the back-office adds to the public policy. Scripts stay as strict as on public pages:
# Wagtail's inline start-up calls are served as data (core/admin_scripts.py). Beyond that:
# - `blob:` images: Wagtail previews an image being uploaded before sending it;
# - <style> elements carrying this response's nonce: Draftail (the rich-text editor) and the
#   accessibility checker create them from script, with rules that follow the cursor (no hash
#   can match them). `static/js/style-nonce.js`, one of the site's own scripts, gives the
#   nonce to each <style> that a script creates; a <style> written in the HTML has none and
#   is refused, and style attributes stay refused;
# - one inline handler, exactly `return;`: the focal-point picker (Jcrop) probes touch support
#   by setting `ontouchstart="return;"`; no other handler matches this hash.
JCROP_TOUCH_PROBE = f"'sha256-{base64.b64encode(hashlib.sha256(b'return;').digest()).decode()}'"
BACK_OFFICE_ADDITIONS = {
    "img-src": ["blob:"],
    "style-src-elem": [SELF, NONCE],
    "script-src-attr": [UNSAFE_HASHES, JCROP_TOUCH_PROBE],
}
# The preview of a page or snippet, framed by the editor's side panel on the same site.
PREVIEW_REPLACEMENTS = {"frame-ancestors": [SELF]}
PREVIEW_VIEW_SUFFIXES = (":preview_on_add", ":preview_on_edit")

# The back-office pages that keep the public policy whoever opens them: signing in and out,
# resetting a password, enrolling and checking the second factor (accounts/urls.py). Exact
# view names; a back-office response whose view is unknown (an error before the URL was
# resolved) keeps the public policy too.
SIGN_IN_VIEW_NAMES = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        "two_factor_setup",
        "two_factor_verify",
    }
)

# The response attributes through which a view changes its own policy (django-csp's decorators
# set them); the page cache keeps them with a page (core/page_cache.py).
VIEW_POLICY_ATTRIBUTES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt_ro",
)

# The nonce of the back-office response being made (read by `style_nonce_script`, as Wagtail's
# hooks for global scripts take no request). A preview's inner request keeps its editor's.
style_nonce: ContextVar[str] = ContextVar("style_nonce", default="")


@functools.cache
def preview_view_names() -> frozenset[str]:
    """The exact names of Wagtail's preview views (pages, and each previewable snippet)."""

    def walk(patterns, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                yield from walk(entry.url_patterns, inner)
            elif isinstance(entry, URLPattern) and entry.name:
                yield f"{namespace}{entry.name}"

    return frozenset(
        name
        for name in walk(get_resolver().url_patterns, "")
        if name.endswith(PREVIEW_VIEW_SUFFIXES)
    )


def allow_framing_by(response, origins: list[str]):
    """The response may be framed by these origins only (by none if the list is empty)."""
    replace = dict(getattr(response, "_csp_replace", None) or {})
    replace["frame-ancestors"] = list(origins) or [NONE]
    response._csp_replace = replace
    return response


def view_policy(response) -> dict:
    """The changes a view made to its response's policy, to be given to another response."""
    return {
        name: getattr(response, name) for name in VIEW_POLICY_ATTRIBUTES if hasattr(response, name)
    }


def _merged(additions: dict, update: dict | None) -> dict:
    """`additions`, with the sources a view added itself after them."""
    merged = {name: list(sources) for name, sources in additions.items()}
    for name, sources in (update or {}).items():
        merged[name] = [*merged.get(name, []), *sources]
    return merged


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the back-office's and the previews' policies.

    Every response gets a policy, written here last, whatever it already carries: django-csp
    would leave Django's 404 and 500 pages without one under DEBUG, and a response exempted
    with its `csp_exempt` too; a preview's response, made by a request of its own that went
    through this middleware as a public one, would keep the public policy.
    """

    # Synchronous only: the style nonce is set around the view, in the same thread.
    async_capable = False

    def __init__(self, get_response):
        super().__init__(get_response)
        if not getattr(settings, "CONTENT_SECURITY_POLICY", {}).get("DIRECTIVES"):
            raise ImproperlyConfigured("settings.CONTENT_SECURITY_POLICY has no DIRECTIVES.")
        self.admin_path = settings.ADMIN_PATH

    def __call__(self, request):
        if not request.path.startswith(self.admin_path):
            return super().__call__(request)
        self.process_request(request)
        token = style_nonce.set(str(request.csp_nonce))  # generated now, in the policy later
        try:
            response = self.get_response(request)
        finally:
            style_nonce.reset(token)
        return self.process_response(request, response)

    def process_response(self, request, response):
        parts = self.get_policy_parts(request=request, response=response)
        response[HEADER] = build_policy(**asdict(parts))
        if self._is_preview(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        # The header is written: django-csp leaves it, and adds what follows it (report-only).
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or not self._past_second_factor(request):
            return parts
        parts.update = _merged(BACK_OFFICE_ADDITIONS, parts.update)
        if self._is_preview(request):
            parts.replace = {**(parts.replace or {}), **PREVIEW_REPLACEMENTS}
        return parts

    def _past_second_factor(self, request) -> bool:
        """A back-office page, other than the sign-in ones, for an account past its second
        factor. Anything else keeps the public policy."""
        if not request.path.startswith(self.admin_path):
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or match.view_name in SIGN_IN_VIEW_NAMES:
            return False
        is_verified = getattr(getattr(request, "user", None), "is_verified", None)
        return callable(is_verified) and bool(is_verified())

    def _is_preview(self, request) -> bool:
        match = getattr(request, "resolver_match", None)
        return (
            self._past_second_factor(request)
            and match is not None
            and match.view_name in preview_view_names()
        )
