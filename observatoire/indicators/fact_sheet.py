"""The fact sheet of a commune or an EPCI (`/territoires/<code>/`): what a mayor, a social worker
or a journalist prints. Reads only: every figure comes from the protected tables and series of
`selectors`, every service from the directory's public search (never a secret address).
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Page

from observatoire.directory import selectors as directory
from observatoire.directory.models import Commune, Epci

from . import comparison, selectors
from .models import Indicator, Observation, Territory

NEARBY_SHOWN = 10


@dataclass(frozen=True)
class Comparison:
    """The place's latest figure of one indicator, beside the département's and France's."""

    indicator: Indicator
    figures: list[selectors.Figure]  # the place, last three periods, oldest first
    departement: Observation | None  # same period as the place's latest figure
    departement_secret: bool
    france_rate: Decimal | None

    @property
    def latest(self) -> selectors.Figure:
        return self.figures[-1]


@dataclass(frozen=True)
class Sheet:
    place: Territory
    epci: Epci | None  # the directory's intercommunality, when the place is one
    population: int | None
    communes: list[Commune]  # the place itself, or the EPCI's communes
    reference: Commune | None  # where « nearest » is measured from
    comparisons: list[Comparison]
    nearby: list[directory.ServiceResult]
    departement_wide: list[directory.ServiceResult]
    partners: list[tuple[str, list[directory.ServiceResult]]]  # partner name, its services


def comparisons(*, place: Territory) -> list[Comparison]:
    found, rows = [], selectors.territory_rows(place=place)
    all_series = comparison.series_of(indicators=[row["indicator"] for row in rows])
    for row in rows:
        latest = row["figures"][-1]
        series = {r["period"]: r for r in all_series[row["indicator"].pk]}
        same = series.get(latest.period)
        found.append(
            Comparison(
                indicator=row["indicator"],
                figures=row["figures"],
                departement=same["departement"] if same else None,
                departement_secret=bool(same) and "departement" in same["secret"],
                france_rate=same["france_rate"] if same else None,
            )
        )
    return found


def fact_sheet(*, place: Territory, now: datetime.datetime | None = None) -> Sheet:
    if place.kind == Territory.COMMUNE:
        communes = list(Commune.objects.filter(code=place.code))
    else:
        communes = list(Commune.objects.filter(epci_id=place.code).order_by("name"))
    reference = max(communes, key=lambda c: c.population or 0, default=None)
    nearby, wide = [], []
    if reference is not None:
        nearby, wide = directory.search_services(
            commune=reference, filters=directory.ServiceFilters(), now=now or timezone.now()
        )
    nearby = nearby[:NEARBY_SHOWN]
    by_partner: dict[int, list[directory.ServiceResult]] = {}
    for result in [*nearby, *wide]:
        if result.service.structure.partner_id is not None:
            by_partner.setdefault(result.service.structure.partner_id, []).append(result)
    titles = dict(Page.objects.filter(pk__in=by_partner).values_list("pk", "title"))
    return Sheet(
        place=place,
        epci=Epci.objects.filter(code=place.code).first() if place.kind == Territory.EPCI else None,
        population=sum(c.population or 0 for c in communes) or None,
        communes=communes,
        reference=reference,
        comparisons=comparisons(place=place),
        nearby=nearby,
        departement_wide=wide,
        partners=sorted(
            ((titles[pk], results) for pk, results in by_partner.items() if pk in titles),
            key=lambda item: item[0],
        ),
    )
