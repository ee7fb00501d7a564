"""The search widens through the radii of the département served (`core.territory`)."""

import dataclasses
import datetime

from django.test import override_settings

from observatoire.core import territory
from observatoire.directory import selectors
from observatoire.directory.models import Commune

NOW = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=datetime.UTC)
NO_FILTER = selectors.ServiceFilters()


def _radii_searched(monkeypatch, commune) -> list[float]:
    """The radii the search goes through when it never finds enough places nearby."""
    searched = []
    open_near = selectors._open_near

    def spy(commune, within_km):
        searched.append(within_km)
        return open_near(commune, within_km)

    monkeypatch.setattr(selectors, "NEARBY_WANTED", 10**6)
    monkeypatch.setattr(selectors, "_open_near", spy)
    selectors.search_services(commune=commune, filters=NO_FILTER, now=NOW)
    return searched


def test_the_search_widens_through_the_departements_radii(demo, monkeypatch):
    montpellier = Commune.objects.get(code="34172")
    assert _radii_searched(monkeypatch, montpellier) == list(territory.current().radii_km)
    with override_settings(DEPARTEMENT="974", TIME_ZONE="Indian/Reunion"):
        assert _radii_searched(monkeypatch, montpellier) == list(territory.current().radii_km)
        assert territory.current().radii_km == territory.departement("974").radii_km


def test_no_place_beyond_the_last_radius_is_offered(demo, monkeypatch):
    montpellier = Commune.objects.get(code="34172")
    monkeypatch.setattr(selectors, "NEARBY_WANTED", 10**6)
    served = territory.current()

    def nearby_within(radii):
        monkeypatch.setattr(
            territory, "current", lambda: dataclasses.replace(served, radii_km=radii)
        )
        nearby, _ = selectors.search_services(commune=montpellier, filters=NO_FILTER, now=NOW)
        return [result.distance_km for result in nearby]

    near = nearby_within((5,))
    far = nearby_within((5, 200))
    assert near and max(near) < 10  # a box of 5 km around the commune's point
    assert len(far) > len(near) and max(far) > 20
