"""Reads of the directory: communes, and services as the public may see them."""

import datetime
import math
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Value, When

from observatoire.core import territory

from . import hours, map, reference
from .models import Commune, Epci, Place, Service
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


NEARBY_WANTED = 25  # services with a place, before the search stops widening
# The search radii are the département's: `territory.current().radii_km`, read at each search.


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


def territorial_establishment_codes() -> frozenset[str]:
    """The SIREN codes of the groupings that are EPT (Grand Paris's « établissements publics
    territoriaux »), not EPCI: pages name each for what it is."""
    return frozenset(Epci.objects.filter(kind=Epci.EPT).values_list("code", flat=True))


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
    """Published public services of published structures, at a published place or none."""
    return (
        Service.objects.filter(visibility="public", live=True, structure__live=True)
        .filter(Q(place__isnull=True) | Q(place__live=True))
        .select_related("structure", "place__commune")
        .defer("place__commune__outline")
    )


def _around(commune: Commune, km: float) -> Q:
    """Communes whose point lies in a box of `km` around the commune's point (indexed)."""
    dlat = km / 111.2
    dlon = km / (111.2 * max(math.cos(math.radians(commune.latitude)), 0.1))
    return Q(
        latitude__range=(commune.latitude - dlat, commune.latitude + dlat),
        longitude__range=(commune.longitude - dlon, commune.longitude + dlon),
    )


def _has_zone():
    by_commune = Service.zone_communes.through.objects
    by_epci = Service.zone_epcis.through.objects
    return Exists(by_commune.filter(service=OuterRef("pk"))) | Exists(
        by_epci.filter(service=OuterRef("pk"))
    )


def _covering(commune: Commune) -> set[int]:
    """Services whose zone names the commune or its EPCI, or the whole département."""
    by_commune = Service.zone_communes.through.objects
    by_epci = Service.zone_epcis.through.objects
    return (
        set(by_commune.filter(commune=commune).values_list("service_id", flat=True))
        | set(by_epci.filter(epci=commune.epci_id).values_list("service_id", flat=True))
        | set(
            Service.objects.filter(whole_departement=True).order_by().values_list("pk", flat=True)
        )
    )


def _open_near(commune: Commune, within_km: float) -> Q:
    """Services with no zone at a place within about `within_km`, or reached remotely."""
    near = Place.objects.filter(commune__in=Commune.objects.filter(_around(commune, within_km)))
    return (Q(place__in=near.values("pk")) | Q(place__isnull=True)) & ~_has_zone()


def eligible_services(*, commune: Commune, within_km: float | None = None):
    """Public services a person living in `commune` may use.

    Those covering the whole département or naming her commune or EPCI in their zone, and
    those with no zone (open to anyone who comes): these only at a place within about
    `within_km` of the commune's point when it is given; remote ones (no place) always.
    """
    open_to_all = ~_has_zone() if within_km is None else _open_near(commune, within_km)
    return public_services().filter(Q(pk__in=list(_covering(commune))) | open_to_all)


def _filtered(services, filters: ServiceFilters):
    for category in filters.categories:
        services = services.filter(_json_list_contains("categories", category))
    for audience in filters.audiences:
        services = services.filter(_json_list_contains("audiences", audience))
    if filters.language:
        # Places that declare the language; services reached at a distance or for the whole
        # département (help lines, which may call on interpreters) always stay.
        services = services.filter(
            _json_list_contains("languages", filters.language)
            | Q(place__isnull=True)
            | Q(whole_departement=True)
        )
    if filters.without_appointment:
        services = services.filter(without_appointment=True)
    if filters.free:
        services = services.filter(frais="gratuit")
    return services


@dataclass(frozen=True)
class LanguageFilter:
    """The search's « Langue parlée » filter for one visitor."""

    choices: list[tuple[str, str]]  # (code, name) of the languages public services declare
    default: str  # when the address names none: the visitor's language, or "" (every service)
    visitor: str  # the visitor's language when the page is not in French, else ""


def spoken_languages() -> list[tuple[str, str]]:
    """The languages that public services declare, as (code, name) in the reference order; each
    name is written out in the language of the page."""
    declared: set[str] = set()
    for languages in public_services().order_by().values_list("languages", flat=True).distinct():
        if isinstance(languages, list):
            declared.update(languages)
    return [(code, name) for code, name in reference.LANGUAGES if code in declared]


def language_filter(*, interface_language: str | None) -> LanguageFilter:
    """On a page in another language than French, the filter starts on the visitor's language
    when some public service declares it; otherwise on every service."""
    choices = spoken_languages()
    visitor = (interface_language or "").split("-")[0].lower()
    if visitor == settings.LANGUAGE_CODE:  # French, the site's own language
        visitor = ""
    default = visitor if visitor in {code for code, _ in choices} else ""
    return LanguageFilter(choices=choices, default=default, visitor=visitor)


def _nearby_enough(*, commune: Commune, filters: ServiceFilters):
    """The matching services within the smallest radius that holds enough places nearby.

    The search widens through the département's radii (`radii_km`) until NEARBY_WANTED services
    with a place are found; places farther than the last one (about the département's width)
    are not offered. Every step is an indexed lookup that returns ids: a national-size directory
    is not scanned.
    """
    matching = _filtered(public_services(), filters).order_by()
    for radius in territory.current().radii_km:
        near = dict(matching.filter(_open_near(commune, radius)).values_list("pk", "place_id"))
        if sum(place is not None for place in near.values()) >= NEARBY_WANTED:
            break
    return _filtered(public_services().filter(pk__in=_covering(commune) | set(near)), filters)


def search_services(
    *, commune: Commune, filters: ServiceFilters, now: datetime.datetime
) -> tuple[list[ServiceResult], list[ServiceResult]]:
    """Public services a person living in `commune` can use, nearest first.

    Returns (nearby, departement_wide): services tied to a place, ordered by distance from the
    commune's reference point; and services for the whole département or reached remotely.
    """
    services = _nearby_enough(commune=commune, filters=filters)
    nearby, wide = [], []
    for service in services:
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
