import json
import re
import unicodedata

import pytest
from django.core.management import CommandError, call_command

from observatoire.core.imports import ImportRefused
from observatoire.directory import geography as services
from observatoire.directory.geography import geography_file, load_geography
from observatoire.directory.models import Commune, Epci, Postcode
from observatoire.directory.selectors import eligible_services, find_communes, services_map

from .geography_world import World


@pytest.fixture
def geography(db):
    """Loaded once per session (the root conftest)."""


def _typed(name: str) -> str:
    """How a hurried person types a name: lower case, no accents."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _file() -> dict:
    return json.loads(services.GEOGRAPHY_FILE.read_text(encoding="utf-8"))


def test_the_official_geography_is_loaded(geography):
    data = _file()
    assert data["departement"] == "34"
    assert Commune.objects.count() == len(data["communes"])
    assert Epci.objects.count() == len(data["epcis"])
    assert sum(Commune.objects.values_list("population", flat=True)) == sum(
        c["population"] for c in data["communes"]
    )
    assert Postcode.objects.values("code").distinct().count() == len(
        {code for c in data["communes"] for code in c["postcodes"]}
    )
    assert Commune.objects.filter(epci=None).count() == sum(
        c["epci"] is None for c in data["communes"]
    )
    for epci in data["epcis"]:
        stored = Epci.objects.get(code=epci["code"])
        assert (stored.kind, stored.crosses_border, stored.members_total) == (
            epci["kind"],
            epci["crosses_border"],
            epci["members_total"],
        )
        assert stored.communes.count() == len(epci["members"])


def test_the_heraults_file_keeps_its_numbers():
    """The Hérault's site must not change when the file is rebuilt for every département."""
    data = _file()
    assert (len(data["communes"]), len(data["epcis"])) == (341, 17)
    assert sum(c["population"] for c in data["communes"]) == 1_230_289
    assert all(c["epci"] for c in data["communes"])


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
    postcodes = [code for c in _file()["communes"] for code in c["postcodes"]]
    assert len(shared) == len({code for code in postcodes if postcodes.count(code) > 1})
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
    data = _file()
    data["communes"][-1]["outline"] = []
    broken = tmp_path / "geography-34.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    Commune.objects.filter(code="34172").update(population=1)  # to see whether it is rewritten
    before = list(Commune.objects.order_by("code").values_list("code", "name", "population"))
    last = data["communes"][-1]["code"]
    with pytest.raises(
        CommandError, match=rf"n°\xa0{len(data['communes'])} \({last}\)\xa0: contour"
    ):
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


# --- Any département: the synthetic France of geography_world.py -----------------------------


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return World(tmp_path_factory.mktemp("sources"))


def test_the_file_of_the_departement_served_is_found(settings, tmp_path):
    settings.GEOGRAPHY_DIR = tmp_path
    assert geography_file("34") == services.GEOGRAPHY_FILE  # committed
    assert geography_file("93") == tmp_path / "geography-93.json"
    settings.DEPARTEMENT = "93"
    with pytest.raises(ImportRefused, match=r"scripts/build_geography.py --departement 93"):
        services.read_geography()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda d: d.update(departement="93"),
            "du département 93, or ce site sert le département 34",
        ),
        (lambda d: d.update(communes=[]), "aucune commune"),
        (lambda d: d["communes"].append(d["communes"][0]), "n°\xa05 (34001)\xa0: en double"),
        (lambda d: d["communes"][0].update(epci="999"), "(34001)\xa0: EPCI inconnu"),
        (lambda d: d["communes"][1].update(postcodes=[]), "(34002)\xa0: données incomplètes"),
        (lambda d: d["communes"][0].update(outline=[]), "(34001)\xa0: contour manquant"),
        (lambda d: d["communes"][0].update(point=None), "point de référence manquant"),
        (lambda d: d["epcis"].append(d["epcis"][0]), "EPCI 200000001 en double"),
        (lambda d: d["epcis"][0]["members"].pop(), "ses communes ne correspondent pas"),
        (lambda d: d.pop("epcis"), "structure inattendue"),
    ],
)
def test_a_damaged_file_is_refused_with_a_clear_message(world, tmp_path, damage, message):
    path = world.written("34", tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    damage(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportRefused, match=re.escape(message)):
        services.read_geography(path=path)


def test_the_seine_saint_denis_loads_twice_the_same(world, tmp_path, settings, db):
    settings.DEPARTEMENT, settings.GEOGRAPHY_DIR = "93", tmp_path
    with pytest.raises(CommandError, match="--departement 93"):
        call_command("load_geography", verbosity=0)
    world.written("93", tmp_path)
    call_command("load_geography", verbosity=0)
    snapshot = list(Commune.objects.filter(code__startswith="93").values_list("code", "epci"))
    call_command("load_geography", verbosity=0)
    again = list(Commune.objects.filter(code__startswith="93").values_list("code", "epci"))
    assert snapshot == again == [("93001", "200057867"), ("93002", "200057867")]
    assert Epci.objects.get(code="200057867").kind == Epci.EPT
    assert not Epci.objects.filter(code="200054781").exists()  # the MGP


@pytest.mark.parametrize("code", ["2A", "974", "75"])
def test_corsica_la_reunion_and_paris_load(world, tmp_path, settings, db, code):
    settings.DEPARTEMENT, settings.GEOGRAPHY_DIR = code, tmp_path
    data = json.loads(world.written(code, tmp_path).read_text(encoding="utf-8"))
    load_geography(data=services.read_geography())
    for commune in data["communes"]:
        stored = Commune.objects.get(code=commune["code"])
        assert [p.code for p in stored.postcodes.order_by("code")] == commune["postcodes"]
        assert [stored.longitude, stored.latitude] == commune["point"]
        assert stored.epci_id == commune["epci"]
    if code == "75":
        assert Commune.objects.get(code="75101").epci.kind == Epci.CITY


def test_an_epci_across_the_border_is_named_honestly(world, settings, db):
    load_geography(data=world.built("34")[0])
    epci = Epci.objects.get(code="200000001")
    assert (epci.crosses_border, epci.members_total, epci.communes.count()) == (True, 3, 2)
    assert epci.display_name == "CC Alpha-Beta (partie dans l’Hérault)"
    settings.DEPARTEMENT = "93"
    assert epci.display_name == "CC Alpha-Beta (partie en Seine-Saint-Denis)"
    assert Epci.objects.get(code="200000002").display_name == "CC Gamma-Delta"


def test_a_commune_in_no_epci_loads_and_its_pages_work(world, client, db):
    load_geography(data=world.built("22")[0])
    island = Commune.objects.get(code="22016")
    assert island.epci is None
    assert eligible_services(commune=island).filter(zone_epcis__isnull=False).count() == 0
    assert "22016" in {c["code"] for c in services_map().communes}
    assert client.get("/annuaire/?commune=22016").status_code == 200
    assert client.get("/annuaire/carte/").status_code == 200
    load_geography(data=world.built("34")[0])
    assert client.get("/annuaire/carte/?epci=200000001").status_code == 200
