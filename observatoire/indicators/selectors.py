"""Reads: what may be published of an indicator, always through disclosure control."""

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.cache import caches
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models import Sum as Total
from django.utils.translation import gettext as _

from observatoire.core.page_cache import deploy_fingerprint
from observatoire.core.territory import current as served_territory

from .disclosure import Sum, protect
from .models import Edition, Indicator, Observation, Population, Territory

# What a reader sees for each state of a figure.
SUPPRESSED = "secret"
SHOWN = {Observation.PUBLISHED, Observation.ZERO, Observation.PROVISIONAL}

TABLES_CACHE = "tables"  # computed tables, keyed by their data (settings.CACHES)


@dataclass(frozen=True)
class Figure:
    """One published cell: `value`/`rate` are None unless `state` is "publie" or "zero"."""

    territory: Territory
    period: str
    value: int | None
    rate: Decimal | None
    state: str  # publie, zero, provisoire, secret, indisponible

    @property
    def label(self) -> str:
        """The status of a hidden or missing figure in the CSV files and the API: a value of
        their schema, French in every language."""
        return {
            SUPPRESSED: "secret statistique",
            Observation.NOT_AVAILABLE: "non disponible",
        }.get(self.state, "")

    @property
    def shown_label(self) -> str:
        """The same status as the pages show it, in the reader's language."""
        return {
            SUPPRESSED: _("secret statistique"),
            Observation.NOT_AVAILABLE: _("non disponible"),
        }.get(self.state, "")


def threshold(indicator: Indicator) -> int:
    return settings.DISCLOSURE_K_PEOPLE if indicator.about_people else settings.DISCLOSURE_K


def served_territories() -> tuple[Territory | None, Territory | None]:
    """The département served (settings `DEPARTEMENT`) and its région, once `load_indicators`
    has created them."""
    served = served_territory()
    rows = Territory.objects.filter(
        Q(kind=Territory.DEPARTEMENT, code=served.code)
        | Q(kind=Territory.REGION, code=served.region.code)
    )
    found = {row.kind: row for row in rows}
    return found.get(Territory.DEPARTEMENT), found.get(Territory.REGION)


def tree_ids() -> list[int]:
    """The observatory's own territories: France › the région › the département › its EPCI ›
    its communes. What imports add for comparison (other départements and régions, communes of all
    France) has no parent: reads about the département never touch those rows."""
    return list(
        Territory.objects.filter(Q(parent__isnull=False) | Q(kind=Territory.COUNTRY)).values_list(
            "pk", flat=True
        )
    )


def _in_tree(indicator: Indicator, tree: list[int] | None = None):
    """`tree`: tree_ids() when the caller already has them (a loop over indicators)."""
    among = tree_ids() if tree is None else tree
    return Observation.objects.filter(indicator=indicator, territory_id__in=among)


def catalogue(*, tree: list[int] | None = None) -> list[dict]:
    # One index lookup per indicator: its latest period within the observatory's tree.
    latest = Observation.objects.filter(
        indicator=OuterRef("pk"), territory_id__in=tree_ids() if tree is None else tree
    ).order_by("-period")
    indicators = (
        Indicator.objects.filter(replaced_by=None)
        .select_related("source")
        .annotate(last_period=Subquery(latest.values("period")[:1]))
    )
    return [
        {"indicator": indicator, "last_period": indicator.last_period} for indicator in indicators
    ]


def latest_observations(
    *,
    indicator: Indicator,
    kind: str | None = None,
    among: list[int] | None = None,
    period: str | None = None,
) -> dict:
    """{(territory id, period): observation} from the most recent edition holding each, for
    the territories `among` (their ids) or else every territory of a `kind`."""
    queryset = Observation.objects.filter(indicator=indicator)
    if among is not None:
        queryset = queryset.filter(territory_id__in=among)
    else:
        queryset = queryset.filter(territory__kind=kind)
    if period is not None:
        queryset = queryset.filter(period=period)
    found = {}
    for observation in queryset.order_by("-edition_id"):
        found.setdefault((observation.territory_id, observation.period), observation)
    return found


def periods(*, indicator: Indicator, tree: list[int] | None = None) -> list[str]:
    queryset = _in_tree(indicator, tree).order_by("period")
    return list(queryset.values_list("period", flat=True).distinct())


def editions(*, indicator: Indicator) -> list[Edition]:
    ids = _in_tree(indicator).order_by().values("edition").distinct()
    return list(Edition.objects.filter(pk__in=ids).order_by("-imported_at"))


def commune_table(*, indicator: Indicator, period: str) -> list[Figure]:
    """The protected table of one indicator and year (see `_commune_table()`), in its order."""
    order, cells = protected_cells(indicator=indicator, period=period, stamp=data_stamp())
    territories = Territory.objects.in_bulk(order)
    return [Figure(territories[pk], period, *cells[pk]) for pk in order]


def territory_rows(*, place: Territory) -> list[dict]:
    """One commune's or EPCI's figures over the last 3 years of every indicator: each is read
    from the protected table it belongs to, never computed alone."""
    stamp, tree, rows = data_stamp(), tree_ids(), []
    for entry in catalogue(tree=tree):
        indicator = entry["indicator"]
        figures = []
        for period in periods(indicator=indicator, tree=tree)[-3:]:
            _order, cells = protected_cells(indicator=indicator, period=period, stamp=stamp)
            if place.pk in cells:
                figures.append(Figure(place, period, *cells[place.pk]))
        if figures:
            rows.append({"indicator": indicator, "figures": figures})
    return rows


def tables_key(kind: str, *, indicator: Indicator, stamp: str, period: str = "") -> str:
    """The key of one computed table or series in the "tables" cache: everything it depends on
    (the deployment, the département served, the indicator and its threshold, the data)."""
    parts = (kind, deploy_fingerprint(), settings.DEPARTEMENT, indicator.pk, period)
    return ":".join(str(part) for part in (*parts, threshold(indicator), stamp))


def protected_cells(*, indicator: Indicator, period: str, stamp: str) -> tuple[list, dict]:
    """([territory ids in order], {territory id: (value, rate, state)}), kept in the shared
    "tables" cache: a territory page reads 3 years of every indicator, and each table is the same
    for the 341 communes. The key holds everything the table depends on (`tables_key`: the
    code, the editions, the territories and their parents, the threshold, the deployment, the
    département served): new data means new keys, so the cache is never cleared and old tables
    expire on their own."""
    key = tables_key("cells", indicator=indicator, period=period, stamp=stamp)
    cache = caches[TABLES_CACHE]
    cached = cache.get(key)
    if cached is None:
        figures = _commune_table(indicator=indicator, period=period)
        cached = (
            [f.territory.pk for f in figures],
            {f.territory.pk: (f.value, f.rate, f.state) for f in figures},
        )
        cache.set(key, cached)
    return cached


def data_stamp() -> str:
    editions = Edition.objects.filter(withdrawn_at=None).aggregate(
        last=Max("pk"), count=Count("pk")
    )
    territories = Territory.objects.aggregate(
        last=Max("pk"), count=Count("pk"), parents=Total("parent_id")
    )
    return hashlib.sha256(repr((editions, territories)).encode()).hexdigest()[:16]


def _commune_table(*, indicator: Indicator, period: str) -> list[Figure]:
    """The département's communes, their EPCI and the département for one period, under
    disclosure control.

    An EPCI's count is the sum of its communes, published only when every commune's count is
    known; the département's count comes from the département file. Every count is then one value of
    one table whose sums (EPCI = its communes, département = its EPCI and the communes in no
    EPCI, such as Bréhat or Ouessant) protect() enforces.
    """
    departement, _region = served_territories()
    in_tree = Q(parent__kind=Territory.EPCI)
    if departement is not None:
        in_tree |= Q(parent=departement)
    communes = list(Territory.objects.filter(in_tree, kind=Territory.COMMUNE).order_by("name"))
    commune_ids = [commune.pk for commune in communes]
    epcis = Territory.objects.filter(kind=Territory.EPCI).order_by("name")
    observed = latest_observations(
        indicator=indicator,
        among=commune_ids + ([departement.pk] if departement is not None else []),
        period=period,
    )
    members: dict[int, list[Territory]] = {}
    for commune in communes:
        members.setdefault(commune.parent_id, []).append(commune)
    populations = _populations(period, among=commune_ids)

    known, states, rates = {}, {}, {}
    for territory_list in members.values():
        for commune in territory_list:
            observation = observed.get((commune.pk, period))
            states[commune.pk] = _state(observation)
            if observation is not None and observation.status in SHOWN:
                known[commune.pk] = observation.value
                rates[commune.pk] = observation.rate
    sums = []
    for epci in epcis:
        parts = members.get(epci.pk, [])
        if parts and all(c.pk in known for c in parts):
            known[epci.pk] = sum(known[c.pk] for c in parts)
            sums.append(Sum(epci.pk, tuple(c.pk for c in parts)))
            states[epci.pk] = Observation.PUBLISHED
            rates[epci.pk] = _rate(known[epci.pk], [c.pk for c in parts], populations)
        else:
            states[epci.pk] = Observation.NOT_AVAILABLE
    lone = members.get(departement.pk, []) if departement is not None else []
    if departement is not None:
        observation = observed.get((departement.pk, period))
        states[departement.pk] = _state(observation)
        if observation is not None and observation.status in SHOWN:
            known[departement.pk] = observation.value
            rates[departement.pk] = observation.rate
            parts = [*(e.pk for e in epcis), *(c.pk for c in lone)]
            if all(pk in known for pk in parts):
                sums.append(Sum(departement.pk, tuple(parts)))

    result = protect(known, sums, k=threshold(indicator))
    figures = []
    ordered = [departement] if departement is not None else []
    ordered += [*epcis, *(commune for epci in epcis for commune in members.get(epci.pk, []))]
    ordered += lone
    for territory in ordered:
        state = states.get(territory.pk, Observation.NOT_AVAILABLE)
        if territory.pk in result.hidden or state == Observation.SOURCE_SUPPRESSED:
            state = SUPPRESSED
        if state in SHOWN and known.get(territory.pk) == 0:
            state = Observation.ZERO
        shown = state in SHOWN
        figures.append(
            Figure(
                territory=territory,
                period=period,
                value=known.get(territory.pk) if shown else None,
                rate=rates.get(territory.pk) if shown else None,
                state=state,
            )
        )
    return figures


def _state(observation: Observation | None) -> str:
    return observation.status if observation is not None else Observation.NOT_AVAILABLE


def _populations(period: str, *, among: list[int]) -> dict[int, int]:
    if not period.isdigit():
        return {}
    return dict(
        Population.objects.filter(year=int(period), territory_id__in=among)
        .exclude(population=None)
        .values_list("territory_id", "population")
    )


def _rate(value: int, territory_ids: list[int], populations: dict[int, int]) -> Decimal | None:
    population = sum(populations.get(pk, 0) for pk in territory_ids)
    if not population or any(pk not in populations for pk in territory_ids):
        return None
    return (Decimal(1000 * value) / population).quantize(Decimal("0.01"))
