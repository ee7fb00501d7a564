"""The geography of every département (`scripts/build_geography.py`), and loading one.

Measured in this run, each a fresh process (wall time, peak resident memory):
- building the 101 départements' files (`--all`) against building the Hérault's alone, both
  from the packages' cache under var/geography/sources/ (filled first, not timed: the download
  depends on the network);
- `manage.py load_geography` of La Réunion (24 communes), Seine-Saint-Denis (39) and the
  Pas-de-Calais (the largest file) into a fresh SQLite database, against the Hérault's (341).
Also: the files' total and per-département sizes.
"""

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.browser import server

from .common import ROOT
from .indicators import _timed

BUILD = [sys.executable, "scripts/build_geography.py"]
LOADED = ["974", "93", "62"]


def _build(arguments: list[str], output: Path) -> tuple[float, float]:
    return _timed([*BUILD, *arguments, "--output-dir", str(output)], dict(os.environ))


def _load(code: str, folder: Path, geography: Path) -> tuple[float, float]:
    database = folder / f"{code}.sqlite3"
    env = server.server_env(database_url=f"sqlite:///{database}", var_dir=folder)
    env |= {"DEPARTEMENT": code, "OVFF_GEOGRAPHY_DIR": str(geography)}
    server.manage(env, "migrate", "-v0")
    return _timed([sys.executable, "manage.py", "load_geography", "-v0"], env)


def run():
    subprocess.run(
        [*BUILD, "--departement", "34", "--output-dir", tempfile.mkdtemp()],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one_dir, all_dir = folder / "one", folder / "all"
        one_time, one_memory = _build(["--departement", "34"], one_dir)
        all_time, all_memory = _build(["--all"], all_dir)
        files = sorted(all_dir.glob("geography-*.json"))
        sizes = sorted(path.stat().st_size / 1024 for path in files)
        yield "Geography: building the files from the cached packages (scripts/build_geography.py)"
        yield f"  the Hérault alone   {one_time:6.1f} s  {one_memory:5.0f} MB"
        yield (
            f"  all {len(files)} départements {all_time:6.1f} s  {all_memory:5.0f} MB"
            f"  ratio to the Hérault alone {all_time / one_time:.1f} (time), "
            f"{all_memory / one_memory:.1f} (memory)"
        )
        yield (
            f"  sizes: {sum(sizes) / 1024:.1f} MiB in all; per département "
            f"{sizes[0]:.0f} KiB (smallest), {statistics.median(sizes):.0f} KiB (median), "
            f"{sizes[-1]:.0f} KiB (largest)"
        )
        reference, _ = _load("34", folder, all_dir)
        yield "Geography: manage.py load_geography into a fresh SQLite database"
        yield f"  the Hérault (341 communes)  {reference:5.1f} s  (reference)"
        for code in LOADED:
            seconds, _memory = _load(code, folder, all_dir)
            yield f"  {code:<26} {seconds:5.1f} s  ratio {seconds / reference:.2f}"
