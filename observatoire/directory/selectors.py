"""Reads of the directory: communes, and services as the public may see them."""

import datetime
import math
from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, Q, Value, When

from . import hours, map
from .models import Commune, Epci, Service
from .search_keys import looks_like_postcode, search_key


def find_communes(*, query: str, limit: int = 10) -> list[Commune]:
    """Communes matching a name (any case, accents or "st" abbreviation) or a postcode.

    Exact names come first, then names starting with the query, then names containing it;
    within each group, the most populated first. A postcode gives every commune it serves,
    whatever the limit, so that the person can choose hers.
    """
    if looks_like_postcode(query):
        return list(
            Commune.objects.filter(postcodes__code=query.strip())
            .order_by("-population", "name")
            .distinct()
        )
    key = search_key(query)
    if not key:
        return []
    rank = Case(
        When(search_name=key, then=Value(0)),
        When(search_name__startswith=key, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return list(
        Commune.objects.filter(search_name__contains=key)
        .annotate(rank=rank)
        .order_by("rank", "-population", "name")[:limit]
    )


@dataclass(frozen=True)
class ServiceResult:
    service: Service
    location: dict | None  # Place.public_location(), never the secret address
    distance_km: float | None
    hours_today: hours.HoursToday | None


@dataclass(frozen=True)
class ServiceFilters:
    categories: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    language: str = ""
    open_now: bool = False
    without_appointment: bool = False
    free: bool = False


def _distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _json_list_contains(field: str, value: str) -> Q:
    # JSON lists of slugs: matching the quoted value works on SQLite and PostgreSQL alike.
    return Q(**{f"{field}__icontains": f'"{value}"'})


def public_services():
    return Service.objects.filter(visibility="public").select_related("structure", "place__commune")


def eligible_services(*, commune: Commune):
    """Public services a person living in `commune` may use (by their zone)."""
    return public_services().filter(
        Q(whole_departement=True)
        | Q(zone_communes=commune)
        | Q(zone_epcis=commune.epci_id)
        | (Q(zone_communes=None) & Q(zone_epcis=None))
    )


def search_services(
    *, commune: Commune, filters: ServiceFilters, now: datetime.datetime
) -> tuple[list[ServiceResult], list[ServiceResult]]:
    """Public services a person living in `commune` can use, nearest first.

    Returns (nearby, departement_wide): services tied to a place, ordered by distance from the
    commune's reference point; and services for the whole département or reached remotely.
    """
    services = eligible_services(commune=commune)
    for category in filters.categories:
        services = services.filter(_json_list_contains("categories", category))
    for audience in filters.audiences:
        services = services.filter(_json_list_contains("audiences", audience))
    if filters.language:
        services = services.filter(_json_list_contains("languages", filters.language))
    if filters.without_appointment:
        services = services.filter(without_appointment=True)
    if filters.free:
        services = services.filter(frais="gratuit")
    nearby, wide = [], []
    for service in services.distinct():
        today = hours.today(service.horaires_accueil, now=now) if service.horaires_accueil else None
        if filters.open_now and not (service.always_open or (today and today.open_now)):
            continue
        location = service.place.public_location() if service.place else None
        if location is None or service.whole_departement:
            wide.append(ServiceResult(service, location, None, today))
            continue
        distance = _distance_km(
            commune.longitude, commune.latitude, location["longitude"], location["latitude"]
        )
        nearby.append(ServiceResult(service, location, distance, today))
    nearby.sort(key=lambda result: (result.distance_km, result.service.nom))
    wide.sort(key=lambda result: result.service.nom)
    return nearby, wide


@dataclass(frozen=True)
class MapView:
    width: int
    height: int
    communes: list[dict]  # code, name, path, count; every commune of the view
    epci: Epci | None


def services_map(*, epci: Epci | None = None) -> MapView:
    """The communes of the département (or of one EPCI) with their number of public services."""
    communes = Commune.objects.order_by("code")
    if epci is not None:
        communes = communes.filter(epci=epci)
    counts = dict(
        public_services()
        .filter(place__isnull=False)
        .values_list("place__commune_id")
        .annotate(n=Count("id", distinct=True))
    )
    rows = list(communes.values_list("code", "name", "outline"))
    frame, shapes = map.draw(rows)
    return MapView(
        width=map.WIDTH,
        height=frame.height,
        communes=[
            {"code": s.code, "name": s.name, "path": s.path, "count": counts.get(s.code, 0)}
            for s in shapes
        ],
        epci=epci,
    )
