"""The site search: pages, recommendations and directory services, in French.

Wagtail's database backend: PostgreSQL full-text search with its French configuration in
production, SQLite's FTS5 otherwise. Both read each record's `search_plain` text (accents and
common French endings removed, core/search_text.py) besides its own fields, and the query goes
through the same reduction. Nothing here logs, stores or caches a query.

Pages: those of the active language's locale, and the French pages that have no live
translation in it (the French page is then served under the language's prefix); each result
links to the page's address in the active language (core/i18n.py).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from observatoire.core.i18n import in_active_language, lang_path, page_url
from observatoire.core.search_text import plain_query
from observatoire.directory.models import Service
from observatoire.directory.selectors import public_services

from .models import Recommendation
from .selectors import published_recommendations

PER_KIND = 20


@dataclass(frozen=True)
class Result:
    kind: str
    title: str
    url: str
    excerpt: str
    lang: str = "fr"  # the language of the title and excerpt (database text)


def site_search(*, query: str) -> list[Result]:
    terms = plain_query(query)
    if not terms:
        return []
    return [*_pages(terms), *_recommendations(terms), *_services(terms)]


def _pages(terms: str) -> list[Result]:
    pages = Page.objects.live().public().exclude(depth__lte=1)
    pages = in_active_language(pages).specific()
    results = []
    for page in pages.search(terms, operator="and")[:PER_KIND]:
        kind = page.specific_class._meta.verbose_name
        results.append(
            Result(
                kind.capitalize(),
                page.title,
                page_url(page),
                _excerpt(page),
                page.locale.language_code,
            )
        )
    return results


def _recommendations(terms: str) -> list[Result]:
    found = _found(Recommendation, terms)
    live = published_recommendations().in_bulk(found)
    return [
        Result(
            _("Recommandation"),
            str(live[pk]),
            f"{reverse('knowledge:recommendations')}#recommandation-{pk}",
            Truncator(live[pk].text).words(30),
        )
        for pk in found
        if pk in live
    ]


def _services(terms: str) -> list[Result]:
    found = _found(Service, terms)
    public = public_services().in_bulk(found)
    return [
        Result(
            _("Service de l’annuaire"),
            f"{public[pk].nom} – {public[pk].structure.nom}",
            lang_path(f"/annuaire/{public[pk].slug}/"),
            Truncator(public[pk].description).words(30),
        )
        for pk in found
        if pk in public
    ]


def _found(model, terms: str) -> list[int]:
    backend = get_search_backend()
    return [item.pk for item in backend.search(terms, model, operator="and")[:PER_KIND]]


def _excerpt(page) -> str:
    text = getattr(page, "intro", "") or strip_tags(getattr(page, "summary", "") or "")
    return Truncator(text).words(30)
