"""The site's languages: French at `/`, every other one under its own prefix (`/en/`, `/ar/`, …).

The language comes from the address only: never from a cookie, web storage or the browser's
`Accept-Language` (`middleware.PathLanguageMiddleware`, with `i18n_patterns` and
`prefix_default_language=False` in urls.py). Slugs are the same in every
language, so a page's address in another language is its French address with that prefix: one
rule, used by the language menu, the `<link rel="alternate">` tags, the templates' fixed links
(`{% lang_path %}`) and Wagtail's page routing when a page has no translation yet.
"""

import contextlib
import functools
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, Value
from django.http import Http404
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site
from wagtail.views import serve as wagtail_serve


def default_language() -> str:
    return settings.LANGUAGE_CODE


def ensure_locales(**kwargs) -> None:
    """A Wagtail locale for each language of the site (idempotent; run after every migrate)."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def split_language(path: str) -> tuple[str, str]:
    """The language of an address and the address without its prefix."""
    language = translation.get_language_from_path(path)
    if not language or language == default_language():
        return default_language(), path
    return language, path[len(language) + 1 :] or "/"


def lang_path(path: str, *, language: str | None = None) -> str:
    """An absolute address of the site (`/annuaire/`) in a language (the active one by default)."""
    language = language or translation.get_language() or default_language()
    if language == default_language() or not path.startswith("/"):
        return path
    return f"/{language}{path}"


@functools.cache
def _locale_codes() -> dict[int, str]:
    return dict(Locale.objects.values_list("id", "language_code"))


def locale_code(locale_id: int) -> str:
    """A Wagtail locale's language, without a query per page (locales change at migrate)."""
    codes = _locale_codes()
    if locale_id not in codes:
        _locale_codes.cache_clear()
        codes = _locale_codes()
    return codes.get(locale_id, default_language())


def _locale_id(code: str) -> int | None:
    ids = {language: pk for pk, language in _locale_codes().items()}
    if code not in ids:
        _locale_codes.cache_clear()
        ids = {language: pk for pk, language in _locale_codes().items()}
    return ids.get(code)


def page_url(page) -> str:
    """A Wagtail page's address in the active language: its live translation's, or the French
    page's address under the language's prefix (served by `serve` below). One query at most,
    none for a page already in the active language or read by in_active_language()."""
    active = translation.get_language() or default_language()
    if locale_code(page.locale_id) == active:
        return page.url or ""
    active_id = _locale_id(active)
    if getattr(page, "no_live_translation", False):  # read by in_active_language()
        active_id = None
    translated = page.get_translation_or_none(active_id) if active_id else None
    if translated is not None and translated.live:
        return translated.url or ""
    if locale_code(page.locale_id) != default_language():
        return page.url or ""  # a translation with none in the active language: its own
    return lang_path(page.url or "")


def in_active_language(pages):
    """Of these pages, the active language's, and the French ones with no live translation in it
    (shown under the language's prefix): each page once, whatever the language. In French, the
    French pages."""
    # The locales' ids as Locale.get_default() and get_active() find them, without their queries.
    default = _locale_id(get_supported_content_language_variant(default_language()))
    try:
        active = _locale_id(
            get_supported_content_language_variant(translation.get_language() or default_language())
        )
    except LookupError:
        active = None
    active = active or default
    if active == default:
        return pages.filter(locale_id=default)
    translated = list(
        pages.filter(locale_id=active, live=True).values_list("translation_key", flat=True)
    )
    # Its French pages are known to have no live translation: page_url() need not look again.
    return pages.filter(
        Q(locale_id=active) | (Q(locale_id=default) & ~Q(translation_key__in=translated))
    ).annotate(no_live_translation=Value(True))


def content_language(page) -> str:
    """The language of a page's own text: its locale's, or the active language for a view that
    is not a Wagtail page (its database texts carry their own `lang`)."""
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        return translation.get_language() or default_language()
    return locale_code(locale_id)


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    bidi: bool


def language_links(*, path: str) -> list[LanguageLink]:
    """This address in every language of the site, each language named in itself (settings)."""
    current, rest = split_language(path)
    links = []
    for code, name in settings.LANGUAGES:
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=lang_path(rest, language=code),
                current=code == current,
                bidi=translation.get_language_info(code)["bidi"],
            )
        )
    return links


def serve(request, path):
    """Wagtail's page view, which shows the French page when it has no translation yet.

    A translated page is served from its own language's tree. When a page exists in French only,
    `/en/<its slug>/` serves the French page with the English interface (the template says the
    text is in French and marks it `lang="fr"`), rather than a 404.
    """
    if (
        Page.route_for_request(request, path) is None
        and translation.get_language() != default_language()
        and (site := Site.find_for_request(request)) is not None
    ):
        components = [component for component in path.split("/") if component]
        with contextlib.suppress(Http404):
            request._wagtail_route_for_request = site.root_page.specific.route(request, components)
    return wagtail_serve(request, path)
