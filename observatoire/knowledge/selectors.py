"""Reads: what the public sees of the observatory's work, publications and agenda; the
recommendations and follow-up notes an account may see in the back-office."""

from collections import Counter

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from observatoire.accounts.selectors import is_coordinator, reads_every_partner
from observatoire.partners.selectors import scoped_to_partner

from .models import (
    EventPage,
    FollowUp,
    PublicationPage,
    Recommendation,
    ThemePage,
)


def _published_notes() -> Prefetch:
    """The notes as published (the rows hold the published version; drafts and submissions
    are revisions)."""
    return Prefetch(
        "follow_ups",
        queryset=FollowUp.objects.filter(live=True).select_related("partner"),
        to_attr="published_notes",
    )


def published_recommendations():
    """Recommendations of live themes, with their partners and published notes."""
    return (
        Recommendation.objects.filter(theme__live=True)
        .select_related("theme")
        .prefetch_related("partners", _published_notes())
    )


def theme_recommendations(*, theme: ThemePage) -> list[Recommendation]:
    return list(published_recommendations().filter(theme=theme))


def theme_publications(*, theme: ThemePage):
    return PublicationPage.objects.live().public().filter(theme=theme).order_by("-year", "title")


def recommendation_progress(*, recommendations: list[Recommendation]) -> dict:
    """Counts by status, overall and by year, theme and partner, for the public table."""
    statuses = [code for code, _ in Recommendation.STATUSES]

    def table(groups: dict) -> list[dict]:
        return [
            {"label": label, "total": sum(c.values()), "counts": [c[s] for s in statuses]}
            for label, c in groups.items()
        ]

    # A theme's year is its parent page: one lookup per theme, not per recommendation.
    years = {theme.pk: theme.get_parent().slug for theme in {r.theme for r in recommendations}}
    by_year, by_theme, by_partner = {}, {}, {}
    for item in recommendations:
        year = years[item.theme.pk]
        by_year.setdefault(year, Counter())[item.status] += 1
        by_theme.setdefault(item.theme.title, Counter())[item.status] += 1
        for partner in item.partners.all():
            by_partner.setdefault(partner.title, Counter())[item.status] += 1
    return {
        "statuses": Recommendation.STATUSES,
        "total": Counter(item.status for item in recommendations),
        "by_year": table(dict(sorted(by_year.items(), reverse=True))),
        "by_theme": table(by_theme),
        "by_partner": table(dict(sorted(by_partner.items()))),
    }


def filtered_publications(
    *,
    index,
    kind: str = "",
    audience: str = "",
    theme=None,
    year: int | None = None,
    language: str = "",
    kit: bool = False,
):
    publications = (
        PublicationPage.objects.child_of(index)
        .live()
        .public()
        .select_related("document", "partner", "theme")
        .order_by("-year", "title")
    )
    for field, value in (
        ("kind", kind),
        ("audience", audience),
        ("theme", theme),
        ("year", year),
        ("language", language),
    ):
        if value:
            publications = publications.filter(**{field: value})
    if kit:
        publications = publications.filter(prevention_kit=True)
    return publications


def agenda(*, index) -> tuple[list[EventPage], list[EventPage]]:
    events = EventPage.objects.child_of(index).live().public()
    now = timezone.now()
    upcoming = list(events.filter(end__gte=now).order_by("start"))
    past = list(events.filter(end__lt=now).order_by("-start"))
    return upcoming, past


def live_events():
    return EventPage.objects.live().public().order_by("start")


def scoped_recommendations(*, user) -> QuerySet:
    """The coordination and researchers read them all; a partner editor those addressed to it."""
    return scoped_to_partner(
        Recommendation.objects.select_related("theme").prefetch_related("partners"),
        user=user,
        lookup="partners",
        sees_all=reads_every_partner(user=user),
    )


def scoped_follow_ups(*, user, follow_ups: QuerySet | None = None) -> QuerySet:
    """The coordination reads every follow-up note; a partner editor its partner's only."""
    if follow_ups is None:
        follow_ups = FollowUp.objects.all()
    return scoped_to_partner(
        follow_ups.select_related("recommendation", "partner"),
        user=user,
        lookup="partner",
        sees_all=is_coordinator(user=user),
    )
