"""The reference file of France's départements and régions, and what territory.py makes of it."""

import datetime
import itertools
import zoneinfo

import phonenumbers
import pytest
from django.utils import translation

from observatoire.core import territory

LANGUAGES = ("fr", "en", "ar", "es", "pt", "tr", "uk")
OVERSEAS = ("971", "972", "973", "974", "976")
EXPECTED_CODES = (
    [f"{n:02d}" for n in range(1, 20)]
    + ["2A", "2B"]
    + [f"{n:02d}" for n in range(21, 96)]
    + list(OVERSEAS)
)
PHONE_REGIONS = {"FR", "GP", "MQ", "GF", "RE", "YT"}


def departements():
    return [territory.departement(code) for code in territory.codes()]


def every_names_object():
    data = territory.reference()
    for kind in ("departements", "regions"):
        for code, raw in data[kind].items():
            yield f"{kind} {code}", raw["names"]


def test_the_101_departements_in_insee_order():
    codes = territory.codes()
    assert len(codes) == 101
    assert codes == EXPECTED_CODES
    for present in ("01", "19", "2A", "2B", "21", "95", *OVERSEAS):
        assert present in codes
    for absent in ("20", "975", "977", "978", "984", "986", "987", "988", "989"):
        assert absent not in codes


def test_the_18_regions_and_every_departement_has_one():
    regions = territory.reference()["regions"]
    assert len(regions) == 18
    assert {"01", "02", "03", "04", "06", "11", "76", "94"} <= set(regions)
    for code, raw in territory.reference()["departements"].items():
        assert raw["region"] in regions, code
    # Every région holds at least one département.
    assert {raw["region"] for raw in territory.reference()["departements"].values()} == set(regions)


@pytest.mark.parametrize(("where", "names"), list(every_names_object()))
def test_every_place_is_named_in_the_seven_languages(where, names):
    assert set(names) == set(LANGUAGES), where
    for language, forms in names.items():
        assert set(forms) == {"name", "in", "of"}, (where, language)
        for key, value in forms.items():
            assert isinstance(value, str), (where, language, key)
            assert value.strip() == value != "", (where, language, key)


@pytest.mark.parametrize(("where", "names"), list(every_names_object()))
def test_french_forms_are_typographic_and_contain_the_name(where, names):
    french = names["fr"]
    for key, value in french.items():
        assert "'" not in value, (where, key, value)
    assert french["name"] in french["in"], where
    assert french["name"] in french["of"], where
    assert french["in"].split(" ")[0] in {"dans", "en", "à"}, where
    assert french["of"].startswith(("de ", "du ", "des ", "d’")), where


@pytest.mark.parametrize(
    ("code", "in_", "of"),
    [
        ("34", "dans l’Hérault", "de l’Hérault"),
        ("93", "en Seine-Saint-Denis", "de la Seine-Saint-Denis"),
        ("59", "dans le Nord", "du Nord"),
        ("13", "dans les Bouches-du-Rhône", "des Bouches-du-Rhône"),
        ("2A", "en Corse-du-Sud", "de Corse-du-Sud"),
        ("974", "à La Réunion", "de La Réunion"),
        ("75", "à Paris", "de Paris"),
        ("971", "en Guadeloupe", "de la Guadeloupe"),
        ("976", "à Mayotte", "de Mayotte"),
        ("973", "en Guyane", "de la Guyane"),
        ("972", "en Martinique", "de la Martinique"),
        ("01", "dans l’Ain", "de l’Ain"),
        ("07", "en Ardèche", "de l’Ardèche"),
        ("83", "dans le Var", "du Var"),
        ("31", "en Haute-Garonne", "de la Haute-Garonne"),
        ("90", "dans le Territoire de Belfort", "du Territoire de Belfort"),
        ("33", "en Gironde", "de la Gironde"),
        ("30", "dans le Gard", "du Gard"),
        ("02", "dans l’Aisne", "de l’Aisne"),
        ("40", "dans les Landes", "des Landes"),
        ("66", "dans les Pyrénées-Orientales", "des Pyrénées-Orientales"),
        ("21", "en Côte-d’Or", "de la Côte-d’Or"),
    ],
)
def test_exact_french_forms_of_departements(code, in_, of):
    names = territory.departement(code).names_in("fr")
    assert (names.in_, names.of) == (in_, of)


@pytest.mark.parametrize(
    ("code", "in_", "of"),
    [
        ("11", "en Île-de-France", "d’Île-de-France"),
        ("76", "en Occitanie", "d’Occitanie"),
        ("93", "en Provence-Alpes-Côte d’Azur", "de Provence-Alpes-Côte d’Azur"),
        ("04", "à La Réunion", "de La Réunion"),
        ("94", "en Corse", "de Corse"),
    ],
)
def test_exact_french_forms_of_regions(code, in_, of):
    forms = territory.reference()["regions"][code]["names"]["fr"]
    assert (forms["in"], forms["of"]) == (in_, of)


def test_a_departement_knows_its_region():
    herault = territory.departement("34")
    assert herault.region.code == "76"
    assert herault.region.name_fr == "Occitanie"
    assert territory.departement("93").region.names_in("fr").in_ == "en Île-de-France"


def test_time_zones_are_valid_and_overseas_ones_their_own():
    for departement in departements():
        zoneinfo.ZoneInfo(departement.time_zone)
        if departement.zone == "metro":
            assert departement.time_zone == "Europe/Paris", departement.code
    assert {code: territory.departement(code).time_zone for code in OVERSEAS} == {
        "971": "America/Guadeloupe",
        "972": "America/Martinique",
        "973": "America/Cayenne",
        "974": "Indian/Reunion",
        "976": "Indian/Mayotte",
    }


def test_zones_and_phone_regions():
    for departement in departements():
        assert departement.zone in territory.ZONES, departement.code
        assert departement.phone_region in PHONE_REGIONS, departement.code
        assert departement.phone_region in phonenumbers.SUPPORTED_REGIONS
        assert (departement.zone == "drom") == (departement.phone_region != "FR"), departement.code
        assert (departement.zone == "drom") == (departement.code in OVERSEAS)
    assert [territory.departement(code).phone_region for code in OVERSEAS] == [
        "GP",
        "MQ",
        "GF",
        "RE",
        "YT",
    ]
    assert territory.departement("2A").phone_region == "FR"


def test_chefs_lieux_are_communes_of_their_departement():
    for code, raw in territory.reference()["departements"].items():
        chef_lieu = raw["chef_lieu"]
        assert len(chef_lieu) == 5, code
        assert chef_lieu.startswith(code), code
    assert territory.reference()["departements"]["34"]["chef_lieu"] == "34172"  # Montpellier
    assert territory.reference()["departements"]["75"]["chef_lieu"] == "75056"


def test_extra_holidays_are_well_formed():
    for departement in departements():
        for rule in departement.extra_holidays:
            if rule.startswith("easter"):
                int(rule[len("easter") :])
            else:
                datetime.datetime.strptime(f"2024-{rule}", "%Y-%m-%d")
        assert len(departement.holidays_in(2024)) == len(departement.extra_holidays)


def test_holidays_of_alsace_moselle_and_overseas():
    for code in ("57", "67", "68"):
        assert territory.departement(code).holidays_in(2026) == [
            datetime.date(2026, 4, 3),
            datetime.date(2026, 12, 26),
        ]
    assert territory.departement("974").holidays_in(2026) == [datetime.date(2026, 12, 20)]
    assert territory.departement("34").holidays_in(2026) == []
    assert territory.departement("2A").holidays_in(2026) == []
    abolition = {"971": (5, 27), "972": (5, 22), "973": (6, 10), "974": (12, 20), "976": (4, 27)}
    for code, (month, day) in abolition.items():
        assert territory.departement(code).holidays_in(2030) == [datetime.date(2030, month, day)]
    with_extras = {d.code for d in departements() if d.extra_holidays}
    assert with_extras == {"57", "67", "68", *OVERSEAS}


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (2024, datetime.date(2024, 3, 31)),
        (2025, datetime.date(2025, 4, 20)),
        (2026, datetime.date(2026, 4, 5)),
        (2038, datetime.date(2038, 4, 25)),
        (2008, datetime.date(2008, 3, 23)),
        (2000, datetime.date(2000, 4, 23)),
    ],
)
def test_easter(year, sunday):
    assert territory.easter(year) == sunday
    assert territory.easter(year).weekday() == 6


def test_radii_increase_strictly():
    for departement in departements():
        radii = departement.radii_km
        assert radii, departement.code
        assert all(isinstance(r, int) and r > 0 for r in radii), departement.code
        assert all(a < b for a, b in itertools.pairwise(radii)), departement.code
    assert territory.departement("34").radii_km == (10, 25, 50, 100, 200)
    # French Guiana is about 400 km from north to south.
    assert territory.departement("973").radii_km[-1] >= 400


def test_an_unknown_departement_is_refused():
    with pytest.raises(territory.TerritoryError):
        territory.departement("99")
    with pytest.raises(territory.TerritoryError):
        territory.departement("20")
    assert issubclass(territory.TerritoryError, ValueError)


def test_an_unknown_language_falls_back_to_french():
    herault = territory.departement("34")
    assert herault.names_in("de") == herault.names_in("fr")
    assert herault.names_in("en-gb") == herault.names_in("en")
    assert herault.names_in("fr").in_ == "dans l’Hérault"


def test_the_active_language_chooses_the_words():
    herault = territory.departement("34")
    with translation.override("en"):
        assert herault.in_name == "in the Hérault"
        assert herault.of_name == "of the Hérault"
        assert herault.region.name == "Occitania"
    with translation.override("fr"):
        assert herault.in_name == "dans l’Hérault"
        assert herault.name == "Hérault"
        assert str(herault) == "Hérault"
    with translation.override("uk"):
        assert herault.in_name == "у департаменті Еро"
    with translation.override("en"):
        assert herault.name_fr == "Hérault"
