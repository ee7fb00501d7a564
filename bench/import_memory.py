"""Imports in bounded memory, whatever the file (`observatoire/core/import_files.py`).

`manage.py import_ssmsi` and `manage.py import_directory`, each a fresh process over a fresh
SQLite database, on two pathological files generated once under var/bench/import-memory/
(written streaming, never held in memory):

(a) a gzip file of about 450 KB expanding to a single line of 450 MB (no line break at all);
(b) a plain file of 60 MB with no line break.

Each must be refused at once, for the right reason (« ligne trop longue »), and nothing
written. Measured: wall time and peak resident memory of the importing process (`_timed`).
References, same run: Python merely starting Django (`manage.py check`), and `manage.py
import_ssmsi` of the Hérault file (bench/indicators.py, about 51,000 rows). Target: every
refused file under 300 MB (before this work: 1 GB for (a), 435 MB for import_directory on (b)).
"""

import os
import sys
import zlib

from .common import ROOT, VAR
from .indicators import _timed, fresh_database, herault_file

FOLDER = VAR / "bench" / "import-memory"
MB = 1024 * 1024
BOMB_SIZE = 450 * MB
NO_NEWLINE_SIZE = 60 * MB
TARGET_MB = 300
REASON = "ligne trop longue"

# Runs an import that must be refused for REASON (argv[1]); any other outcome fails the bench.
REFUSED = """
import subprocess, sys
done = subprocess.run(sys.argv[2:], capture_output=True, text=True)
if done.returncode == 0 or sys.argv[1] not in done.stderr:
    sys.exit(f"Not refused for {sys.argv[1]!r} (code {done.returncode}): {done.stderr[-2000:]}")
"""


def _write(path, *, size: int, packed: bool) -> None:
    """`size` bytes of "0" and no line break, gzip or not, 1 MB in memory at a time."""
    if path.exists():
        return
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31) if packed else None  # 31: gzip
    block = b"0" * MB
    partial = path.with_suffix(".partial")
    with partial.open("wb") as out:
        for _ in range(size // MB):
            out.write(compressor.compress(block) if compressor else block)
        if compressor:
            out.write(compressor.flush())
    partial.rename(path)


def _files() -> list[tuple[str, str, str]]:
    """(description, SSMSI path, directory path) of each pathological file."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    bomb = FOLDER / "une-ligne-450-mo.csv.gz"
    flat = FOLDER / "sans-retour-60-mo.csv"
    _write(bomb, size=BOMB_SIZE, packed=True)
    _write(flat, size=NO_NEWLINE_SIZE, packed=False)
    return [
        (
            f"gzip piégé ({bomb.stat().st_size // 1024} Ko, une seule ligne de "
            f"{BOMB_SIZE // MB} Mo une fois décompressé)",
            str(bomb),
            str(bomb),
        ),
        (f"fichier de {NO_NEWLINE_SIZE // MB} Mo sans retour à la ligne", str(flat), str(flat)),
    ]


def run() -> list[str]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatoire.settings.dev")
    env = fresh_database(FOLDER)
    files = _files()
    _, django_memory = _timed([sys.executable, "manage.py", "check"], env)
    herault, rows = herault_file(env)
    herault_seconds, herault_memory = _timed(
        [sys.executable, "manage.py", "import_ssmsi", herault], env
    )
    lines = [
        f"Références de la mémoire des imports : Django seul (manage.py check) "
        f"{django_memory:.0f} Mo ; import SSMSI normal du fichier de l’Hérault ({rows} lignes, "
        f"gzip, SQLite) {herault_seconds:.1f} s, {herault_memory:.0f} Mo"
    ]
    for description, ssmsi_path, directory_path in files:
        for command, path in (("import_ssmsi", ssmsi_path), ("import_directory", directory_path)):
            seconds, memory = _timed(
                [sys.executable, "-c", REFUSED, REASON, sys.executable, "manage.py", command, path],
                env,
            )
            lines.append(
                f"{command}, {description} : refusé (« {REASON} ») en {seconds:.1f} s, "
                f"mémoire de pointe {memory:.0f} Mo (objectif < {TARGET_MB} Mo) ; rapport à "
                f"Django seul {memory / django_memory:.2f}, à l’import normal de l’Hérault "
                f"{memory / herault_memory:.2f}"
            )
    return lines


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for line in run():
        print(line)
