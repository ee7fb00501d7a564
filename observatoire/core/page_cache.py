"""A shared full-page cache for public pages, cleared whenever content changes.

Public pages are the same for every visitor (no cookie, no personalisation), so a rendered page
can be served again until an editor changes something. Only anonymous GET requests without a
query string are cached, and only complete 200 HTML responses that set no cookie. The cache is
Django's "pages" cache (a file cache under var/ shared by the gunicorn workers of one server).
"""

import functools
import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse

CACHE_ALIAS = "pages"
# Headers that must be produced afresh for each response.
UNCACHED_HEADERS = {"date", "set-cookie", "content-length"}


@functools.cache
def deploy_fingerprint() -> str:
    """Changes whenever the code, templates or collected static files change.

    Part of every key, so pages rendered by a previous deployment (pointing at its static files)
    are never served by the next one. Workers of one deployment compute the same value.
    """
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".html", ".css", ".js", ".svg"}:
            stat = path.stat()
            digest.update(f"{path.relative_to(package)}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    if settings.STATIC_ROOT:
        manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
        if manifest.exists():
            digest.update(manifest.read_bytes())
    return digest.hexdigest()[:16]


def page_cache():
    return caches[CACHE_ALIAS]


def clear_page_cache(**kwargs) -> None:
    """Signal receiver: any content change may show on every page (footer, settings)."""
    page_cache().clear()


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded_prefixes = (
            settings.ADMIN_PATH,
            settings.STATIC_URL,
            settings.MEDIA_URL,
            "/documents/",
            "/healthz",
        )

    def _key(self, request) -> str | None:
        if request.method != "GET" or request.META.get("QUERY_STRING"):
            return None
        if request.path.startswith(self.excluded_prefixes):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        # Hashed: a path may hold any character, which some cache servers refuse in keys.
        address = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
        return f"page:{deploy_fingerprint()}:{address}"

    def __call__(self, request):
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        cached = page_cache().get(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content)
            for name, value in headers:
                response.headers[name] = value
            response.headers["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith("text/html")
        ):
            headers = [
                (name, value)
                for name, value in response.headers.items()
                if name.lower() not in UNCACHED_HEADERS
            ]
            page_cache().set(key, (response.content, headers))
            response.headers["X-Page-Cache"] = "miss"
        return response
