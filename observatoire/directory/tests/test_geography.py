import json
import unicodedata

import pytest
from django.core.management import CommandError, call_command

from observatoire.directory import services
from observatoire.directory.models import Commune, Epci, Postcode
from observatoire.directory.selectors import find_communes


@pytest.fixture
def geography(db):
    """Loaded once per session (the root conftest)."""


def _typed(name: str) -> str:
    """How a hurried person types a name: lower case, no accents."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_the_official_geography_is_loaded(geography):
    assert Commune.objects.count() == 341
    assert Epci.objects.count() == 17
    assert sum(Commune.objects.values_list("population", flat=True)) == 1_230_289
    assert Postcode.objects.values("code").distinct().count() == 80
    assert not Commune.objects.filter(epci=None).exists()


def test_loading_twice_changes_nothing(geography):
    before = (Commune.objects.count(), Postcode.objects.count(), Epci.objects.count())
    call_command("load_geography", verbosity=0)
    assert (Commune.objects.count(), Postcode.objects.count(), Epci.objects.count()) == before


def test_every_commune_is_found_first_by_its_name_typed_plainly(geography):
    for commune in Commune.objects.all():
        results = find_communes(query=_typed(commune.name))
        assert results and results[0].code == commune.code, commune.name


def test_every_commune_is_found_by_each_of_its_postcodes(geography):
    for postcode in Postcode.objects.select_related("commune"):
        codes = [c.code for c in find_communes(query=postcode.code)]
        assert postcode.commune.code in codes, (postcode.code, postcode.commune.name)


def test_a_shared_postcode_offers_the_choice(geography):
    shared = [
        code
        for code in Postcode.objects.values_list("code", flat=True).distinct()
        if Postcode.objects.filter(code=code).count() > 1
    ]
    assert len(shared) == 47
    assert all(len(find_communes(query=code)) > 1 for code in shared)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("beziers", "Béziers"),
        ("BÉZIERS", "Béziers"),
        ("st pons", "Saint-Pons-de-Thomières"),
        ("montpellier", "Montpellier"),
        ("  sete ", "Sète"),
    ],
)
def test_search_forgives_case_accents_and_abbreviations(geography, query, expected):
    assert find_communes(query=query)[0].name == expected


def test_nothing_to_search_gives_nothing(geography):
    assert find_communes(query=" - ") == []
    assert find_communes(query="zzzz") == []


def test_a_damaged_fixture_is_refused_before_anything_is_written(db, tmp_path):
    data = json.loads(services.GEOGRAPHY_FILE.read_text(encoding="utf-8"))
    data["communes"] = data["communes"][:-1]
    broken = tmp_path / "geography-34.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    Commune.objects.filter(code="34172").update(population=1)  # to see whether it is rewritten
    before = list(Commune.objects.order_by("code").values_list("code", "name", "population"))
    with pytest.raises(CommandError, match="340 communes au lieu de 341"):
        call_command("load_geography", file=broken, verbosity=0)
    assert (
        list(Commune.objects.order_by("code").values_list("code", "name", "population")) == before
    )


def test_every_reference_point_lies_on_its_commune():
    # The source misplaces a few town halls (Montagnac's was in another département).
    for commune in services.read_geography()["communes"]:
        points = [point for polygon in commune["outline"] for ring in polygon for point in ring]
        x, y = commune["point"]
        assert min(p[0] for p in points) - 0.01 <= x <= max(p[0] for p in points) + 0.01
        assert min(p[1] for p in points) - 0.01 <= y <= max(p[1] for p in points) + 0.01
