"""The search reads only what is near, and finds the same services as the plain eligibility."""

import datetime

from observatoire.directory import selectors
from observatoire.directory.models import Commune, Place, Service, Structure

NOW = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=datetime.UTC)
NO_FILTER = selectors.ServiceFilters()


def _found(commune, filters=NO_FILTER) -> set[int]:
    nearby, wide = selectors.search_services(commune=commune, filters=filters, now=NOW)
    return {result.service.pk for result in nearby + wide}


def test_the_search_finds_eligible_services_only_and_all_of_them_once_widened(demo, monkeypatch):
    communes = list(Commune.objects.all())
    eligible = {
        commune.code: set(selectors.eligible_services(commune=commune).values_list("pk", flat=True))
        for commune in communes
    }
    for commune in communes:
        assert _found(commune) <= eligible[commune.code], commune.name
    # Widened to the last radius, every place in the Hérault is within reach of every commune.
    monkeypatch.setattr(selectors, "NEARBY_WANTED", 10**6)
    for commune in communes:
        assert _found(commune) == eligible[commune.code], commune.name


def test_the_search_stops_widening_once_enough_places_are_near(demo, monkeypatch):
    montpellier = Commune.objects.get(code="34172")
    everything = _found(montpellier)
    monkeypatch.setattr(selectors, "NEARBY_WANTED", 1)
    near = _found(montpellier)
    assert near < everything
    nearby, _ = selectors.search_services(commune=montpellier, filters=NO_FILTER, now=NOW)
    assert nearby and max(result.distance_km for result in nearby) < 15


def test_a_place_beyond_the_last_radius_is_not_offered(demo):
    structure = Structure.objects.create(nom="Structure lointaine (exemple)")
    far = Commune.objects.create(
        code="99001", name="Très loin", search_name="tres loin", longitude=8.0, latitude=49.0
    )
    place = Place.objects.create(structure=structure, kind="fixe", commune=far)
    service = Service.objects.create(
        structure=structure, place=place, nom="Service lointain", description="x"
    )
    beziers = Commune.objects.get(code="34032")
    assert service.pk in set(
        selectors.eligible_services(commune=beziers).values_list("pk", flat=True)
    )
    assert service.pk not in _found(beziers)
