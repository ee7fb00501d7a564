"""A shared full-page cache for public pages, renewed whenever public content changes.

Public pages are the same for every visitor (no cookie, no personalisation), so a rendered page
can be served again until an editor changes something. Only anonymous GET requests without a
query string are cached, and only complete 200 HTML responses that set no cookie. The cache is
Django's "pages" cache: Redis shared by every server in production, a file cache under var/
shared by the workers of `make run`.

Nothing is ever deleted: every key holds the cache's current generation, a random value kept
in the cache itself, and a content change gives it a new one (`clear_page_cache`). Every worker
of every server then misses the old pages at once; they expire on their own. A generation lost
(evicted, Redis restarted) is replaced by a new one: pages are rendered afresh, never stale.
Which writes are content changes is listed in `apps.py`.
"""

import functools
import hashlib
import secrets
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.translation import get_language

from .csp import view_policy

CACHE_ALIAS = "pages"
# Headers that must be produced afresh for each response. The Content-Security-Policy is written
# outside this cache (core/csp.py), from the changes a view made to it, kept with its page.
UNCACHED_HEADERS = {"date", "set-cookie", "content-length"}


@functools.cache
def deploy_fingerprint() -> str:
    """Changes whenever the code, templates, translations or collected static files change.

    Part of every key, so pages rendered by a previous deployment (pointing at its static files)
    are never served by the next one. Workers of one deployment compute the same value.
    """
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".html", ".css", ".js", ".svg", ".mo"}:
            stat = path.stat()
            digest.update(f"{path.relative_to(package)}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    if settings.STATIC_ROOT:
        manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
        if manifest.exists():
            digest.update(manifest.read_bytes())
    return digest.hexdigest()[:16]


def page_cache():
    return caches[CACHE_ALIAS]


GENERATION_KEY = "generation"


def generation() -> str:
    """The current generation of the page cache (a new one when none is known)."""
    cache = page_cache()
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        current = cache.get(GENERATION_KEY)
    return current


def cached_fragment(name: str, render: Callable[[], str]) -> str:
    """A part of public pages that depends only on public content, the language and the
    département (the footer: the partners, the site's links): rendered once per generation,
    then read from the cache. Pages the cache never keeps (a 404, a search with its filters)
    read it too, instead of reading the partners and their addresses each time."""
    key = ":".join(
        ("fragment", name, deploy_fingerprint(), generation(), settings.DEPARTEMENT, get_language())
    )
    content = page_cache().get(key)
    if content is None:
        content = render()
        page_cache().set(key, content)
    return content


def clear_page_cache(**kwargs) -> None:
    """Every cached page is out of date (also a signal receiver): a content change may show on
    every page (the footer, the settings). The old pages stay until they expire."""
    page_cache().set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


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
        return f"page:{deploy_fingerprint()}:{generation()}:{address}"

    def __call__(self, request):
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        cached = page_cache().get(key)
        if cached is not None:
            content, headers, policy = cached
            response = HttpResponse(content)
            for name, value in headers:
                response.headers[name] = value
            for name, value in policy.items():
                setattr(response, name, value)
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
            page_cache().set(key, (response.content, headers, view_policy(response)))
            response.headers["X-Page-Cache"] = "miss"
        return response


# --- What is content ----------------------------------------------------------------------------
# Deny by default: only the writes listed here renew the page cache. Each app registers its
# public models in its AppConfig.ready(); pages are renewed by Wagtail's publishing signals
# (core/apps.py). Sign-ins, lockouts, sessions, editing sessions, revisions, error reports,
# counts, audit rows, renditions and jobs are not listed, so they leave the cache warm.

Changed = Callable[..., bool]
_public_models: dict[type[Model], Changed | None] = {}


def register_public_content(*models: type[Model], changed: Changed | None = None) -> None:
    """Saving or deleting a row of these models renews the page cache; with `changed`, a save
    does so only when `changed(instance, update_fields=...)` is true (a draft is not shown)."""
    for model in models:
        _public_models[model] = changed
        uid = f"page-cache-{model._meta.label_lower}"
        post_save.connect(_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(_deleted, sender=model, dispatch_uid=uid)
        for field in model._meta.many_to_many:
            m2m_changed.connect(_linked, sender=field.remote_field.through, dispatch_uid=uid)


def _saved(sender, instance, update_fields=None, **kwargs) -> None:
    changed = _public_models.get(sender)
    if changed is None or changed(instance, update_fields=update_fields):
        clear_page_cache()


def _deleted(sender, **kwargs) -> None:
    clear_page_cache()


def _linked(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        _saved(type(instance), instance)
