"""Reads: the département beside its région and France, period by period (`series`), and the
key figures of a letter drawn from them. Each series goes through disclosure control and is kept
in the shared "tables" cache, like the protected tables of `selectors`.
"""

from decimal import Decimal

from django.core.cache import caches
from django.db.models import Sum as Total

from .disclosure import protect
from .models import Indicator, Observation, Population, Territory
from .selectors import (
    SHOWN,
    TABLES_CACHE,
    catalogue,
    data_stamp,
    latest_observations,
    periods,
    protected_cells,
    served_territories,
    tables_key,
    threshold,
    tree_ids,
)


def warm_protected_tables() -> int:
    """Compute and cache every protected table and series the pages may read (after an
    import), so that no visitor waits for them; returns how many tables."""
    stamp, tree, count = data_stamp(), tree_ids(), 0
    entries = catalogue(tree=tree)
    for entry in entries:
        for period in periods(indicator=entry["indicator"], tree=tree):
            protected_cells(indicator=entry["indicator"], period=period, stamp=stamp)
            count += 1
    series_of(indicators=[entry["indicator"] for entry in entries])
    return count


def series(*, indicator: Indicator) -> list[dict]:
    """The département, its région and France by period (France: the sum of every département).
    Each figure goes through the same primary suppression as any published count."""
    return series_of(indicators=[indicator])[indicator.pk]


def series_of(*, indicators: list[Indicator]) -> dict[int, list[dict]]:
    """`series()` of each indicator, by its id, kept in the shared "tables" cache like the
    protected tables (`protected_cells`): each is the same for every page that reads it (the
    indicator's page, and every fact sheet, which reads them all), and reading France's
    figures means reading every département's."""
    stamp, cache = data_stamp(), caches[TABLES_CACHE]
    keys = {
        indicator.pk: tables_key("series", indicator=indicator, stamp=stamp)
        for indicator in indicators
    }
    cached = cache.get_many(list(keys.values()))
    found = {}
    for indicator in indicators:
        rows = cached.get(keys[indicator.pk])
        if rows is None:
            rows = _protected_series(indicator=indicator)
            cache.set(keys[indicator.pk], rows)
        found[indicator.pk] = rows
    return found


def _protected_series(*, indicator: Indicator) -> list[dict]:
    rows = _raw_series(indicator=indicator)
    k = threshold(indicator)
    for row in rows:
        row["secret"] = set()
        values = {
            "departement": row["departement"].value if row["departement"] else None,
            "region": row["region"].value if row["region"] else None,
            "france": row["france_value"],
        }
        hidden = protect({n: v for n, v in values.items() if v is not None}, [], k=k).hidden
        for name in hidden:
            if name == "france":
                row["france_value"] = row["france_rate"] = None
            else:
                row[name] = None
            row["secret"].add(name)
    return rows


def _raw_series(*, indicator: Indicator) -> list[dict]:
    departements = latest_observations(indicator=indicator, kind=Territory.DEPARTEMENT)
    regions = latest_observations(indicator=indicator, kind=Territory.REGION)
    departement, region = served_territories()
    department_count = Territory.objects.filter(kind=Territory.DEPARTEMENT).count()
    france_populations, rows = _france_populations(), []
    for period in periods(indicator=indicator):
        in_period = [o for (_, p), o in departements.items() if p == period]
        complete = len(in_period) == department_count and department_count >= 96
        france_value = sum(o.value or 0 for o in in_period) if complete else None
        france_population = france_populations.get(period) if complete else None
        rows.append(
            {
                "period": period,
                "departement": _figure(departements, departement, period),
                "region": _figure(regions, region, period),
                "france_value": france_value,
                "france_rate": (
                    Decimal(1000 * france_value) / france_population
                    if france_value is not None and france_population
                    else None
                ),
            }
        )
    return rows


def _figure(observed: dict, territory: Territory | None, period: str) -> Observation | None:
    if territory is None:
        return None
    observation = observed.get((territory.pk, period))
    return observation if observation is not None and observation.status in SHOWN else None


def _france_populations() -> dict[str, int]:
    """France's population by year (the sum of its départements'), as periods are written."""
    totals = (
        Population.objects.filter(territory__kind=Territory.DEPARTEMENT)
        .exclude(population=None)
        .values("year")
        .annotate(total=Total("population"))
    )
    return {str(row["year"]): row["total"] for row in totals if row["total"]}


def key_figures(*, codes: list[tuple[str, str]], year: str) -> list[dict]:
    """The département's figure of each chosen indicator for one year, with the year before
    and the rates of its région and France; everything from `series()`, already protected."""
    indicators = Indicator.objects.in_bulk([code for code, _ in codes], field_name="code")
    all_series = series_of(indicators=list(indicators.values()))
    figures = []
    for code, note in codes:
        indicator = indicators.get(code)
        if indicator is None:
            continue
        rows = {row["period"]: row for row in all_series[indicator.pk]}
        row, before = rows.get(year), rows.get(str(int(year) - 1))
        departement = row["departement"] if row else None
        previous = before["departement"] if before else None
        change = None
        if departement is not None and previous is not None and previous.value:
            change = (
                Decimal(100 * (departement.value - previous.value)) / previous.value
            ).quantize(Decimal("1"))
        figures.append(
            {
                "indicator": indicator,
                "note": note,
                "departement": departement,
                "secret": bool(row) and "departement" in row["secret"],
                "previous": previous,
                "change": change,
                "change_size": abs(change) if change is not None else None,
                "region_rate": row["region"].rate if row and row["region"] else None,
                "france_rate": row["france_rate"] if row else None,
            }
        )
    return figures
