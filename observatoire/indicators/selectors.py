"""Reads: what may be published of an indicator, always through disclosure control."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import Max

from .disclosure import Sum, protect
from .models import Edition, Indicator, Observation, Population, Territory

# What a reader sees for each state of a figure.
SUPPRESSED = "secret"
SHOWN = {Observation.PUBLISHED, Observation.ZERO, Observation.PROVISIONAL}


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
        return {
            SUPPRESSED: "secret statistique",
            Observation.NOT_AVAILABLE: "non disponible",
        }.get(self.state, "")


def threshold(indicator: Indicator) -> int:
    return settings.DISCLOSURE_K_PEOPLE if indicator.about_people else settings.DISCLOSURE_K


def catalogue() -> list[dict]:
    latest = dict(Observation.objects.values_list("indicator").annotate(last=Max("period")))
    return [
        {"indicator": indicator, "last_period": latest.get(indicator.pk)}
        for indicator in Indicator.objects.filter(replaced_by=None).select_related("source")
    ]


def latest_observations(*, indicator: Indicator, kind: str, period: str | None = None) -> dict:
    """{(territory id, period): observation} from the most recent edition holding each."""
    queryset = Observation.objects.filter(indicator=indicator, territory__kind=kind)
    if period is not None:
        queryset = queryset.filter(period=period)
    found = {}
    for observation in queryset.select_related("territory").order_by("-edition_id"):
        found.setdefault((observation.territory_id, observation.period), observation)
    return found


def periods(*, indicator: Indicator) -> list[str]:
    return sorted(
        set(Observation.objects.filter(indicator=indicator).values_list("period", flat=True))
    )


def editions(*, indicator: Indicator) -> list[Edition]:
    ids = Observation.objects.filter(indicator=indicator).values("edition").distinct()
    return list(Edition.objects.filter(pk__in=ids).order_by("-imported_at"))


def commune_table(*, indicator: Indicator, period: str) -> list[Figure]:
    """The Hérault's communes, their EPCI and the Hérault for one period, disclosure-controlled.

    An EPCI's count is the sum of its communes, published only when every commune's count is
    known; the Hérault's count comes from the département file. Every count is then one value of
    one table whose sums (EPCI = its communes, Hérault = its EPCI) protect() enforces.
    """
    communes = Territory.objects.filter(kind=Territory.COMMUNE, parent__kind=Territory.EPCI)
    epcis = Territory.objects.filter(kind=Territory.EPCI).order_by("name")
    herault = Territory.objects.filter(kind=Territory.DEPARTEMENT, code="34").first()
    observed = latest_observations(indicator=indicator, kind=Territory.COMMUNE, period=period)
    if herault is not None:
        observed |= latest_observations(
            indicator=indicator, kind=Territory.DEPARTEMENT, period=period
        )
    members: dict[int, list[Territory]] = {}
    for commune in communes.order_by("name"):
        members.setdefault(commune.parent_id, []).append(commune)
    populations = _populations(period)

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
    if herault is not None:
        observation = observed.get((herault.pk, period))
        states[herault.pk] = _state(observation)
        if observation is not None and observation.status in SHOWN:
            known[herault.pk] = observation.value
            rates[herault.pk] = observation.rate
            if all(e.pk in known for e in epcis):
                sums.append(Sum(herault.pk, tuple(e.pk for e in epcis)))

    result = protect(known, sums, k=threshold(indicator))
    figures = []
    ordered = [herault] if herault is not None else []
    ordered += [*epcis, *(commune for epci in epcis for commune in members.get(epci.pk, []))]
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


def series(*, indicator: Indicator) -> list[dict]:
    """The Hérault, Occitanie and France by period (France: the sum of every département).
    Each figure goes through the same primary suppression as any published count."""
    rows = _raw_series(indicator=indicator)
    k = threshold(indicator)
    for row in rows:
        row["secret"] = set()
        values = {
            "herault": row["herault"].value if row["herault"] else None,
            "occitanie": row["occitanie"].value if row["occitanie"] else None,
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
    herault = Territory.objects.filter(kind=Territory.DEPARTEMENT, code="34").first()
    occitanie = Territory.objects.filter(kind=Territory.REGION, code="76").first()
    department_count = Territory.objects.filter(kind=Territory.DEPARTEMENT).count()
    rows = []
    for period in periods(indicator=indicator):
        in_period = [o for (_, p), o in departements.items() if p == period]
        complete = len(in_period) == department_count and department_count >= 96
        france_value = sum(o.value or 0 for o in in_period) if complete else None
        france_population = _france_population(period) if complete else None
        rows.append(
            {
                "period": period,
                "herault": _figure(departements, herault, period),
                "occitanie": _figure(regions, occitanie, period),
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


def _state(observation: Observation | None) -> str:
    return observation.status if observation is not None else Observation.NOT_AVAILABLE


def _populations(period: str) -> dict[int, int]:
    if not period.isdigit():
        return {}
    return dict(
        Population.objects.filter(year=int(period), territory__kind=Territory.COMMUNE)
        .exclude(population=None)
        .values_list("territory_id", "population")
    )


def _rate(value: int, territory_ids: list[int], populations: dict[int, int]) -> Decimal | None:
    population = sum(populations.get(pk, 0) for pk in territory_ids)
    if not population or any(pk not in populations for pk in territory_ids):
        return None
    return (Decimal(1000 * value) / population).quantize(Decimal("0.01"))


def _france_population(period: str) -> int | None:
    if not period.isdigit():
        return None
    total = sum(
        Population.objects.filter(year=int(period), territory__kind=Territory.DEPARTEMENT)
        .exclude(population=None)
        .values_list("population", flat=True)
    )
    return total or None
