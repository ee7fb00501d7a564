"""Indicators: importing the Hérault's SSMSI commune file, and rendering an indicator page.

1. Import: a generated file in the real format for the Hérault (341 communes × 15 indicators ×
   10 years, about 51,000 rows, gzip), imported by `manage.py import_ssmsi` into a fresh SQLite
   database; wall time and peak memory of that process. Reference, same run: a process that only
   decompresses and parses the same file with Python's csv module.
2. Page: `/indicateurs/<code>/<year>/` rendered on every request (a query string bypasses the
   page cache) over `make run`'s database, p50 and p95 of 40 requests, against a static file
   served by the same server.
"""

import os
import statistics
import subprocess
import sys
import time
import urllib.request

from tests.browser import server

from .common import ROOT, VAR, running_site

READ_ONLY = """
import csv, gzip, io, sys
rows = sum(1 for _ in csv.reader(io.StringIO(gzip.decompress(open(sys.argv[1], "rb").read())
           .decode("utf-8-sig"), newline=""), delimiter=";"))
print(rows)
"""
PAGE = "/indicateurs/violences-intrafamiliales/2024/"
REQUESTS = 40
HERAULT_FILE = VAR / "bench" / "herault-15-indicateurs.csv.gz"


# Runs one command and reports its wall time and peak memory alone (a fresh parent process, so
# RUSAGE_CHILDREN covers that command only).
TIMER = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _timed(command: list[str], env: dict) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    output = subprocess.run(
        [sys.executable, "-c", TIMER, *command],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(output[0]), int(output[1]) / 1024


def fresh_database(folder) -> dict:
    """A new SQLite database under `folder` with the geography and the indicator catalogue."""
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "import.sqlite3"
    database.unlink(missing_ok=True)
    env = server.server_env(database_url=f"sqlite:///{database}", var_dir=folder)
    for command in (["migrate", "-v0"], ["load_geography", "-v0"], ["load_indicators", "-v0"]):
        server.manage(env, *command)
    return env


def herault_file(env: dict) -> tuple[str, int]:
    """The generated Hérault file (seeded, so the same every run) and its number of rows."""
    path = HERAULT_FILE
    generate = (
        "from observatoire.directory.models import Commune\n"
        "from observatoire.indicators.sample import write_sample\n"
        "from pathlib import Path\n"
        "communes = list(Commune.objects.values_list('code', 'population'))\n"
        f"write_sample(Path({str(path)!r}), communes=communes, years=range(2016, 2026), "
        "geography_year=2025)\n"
    )
    server.manage(env, "shell", "-c", generate)
    output = subprocess.run(
        [sys.executable, "-c", READ_ONLY, str(path)], capture_output=True, text=True, check=True
    ).stdout
    return str(path), int(output) - 1


def _import() -> str:
    env = fresh_database(VAR / "bench" / "indicators")
    path, rows = herault_file(env)
    read_seconds, read_memory = _timed([sys.executable, "-c", READ_ONLY, str(path)], env)
    import_seconds, import_memory = _timed(
        [sys.executable, "manage.py", "import_ssmsi", str(path)], env
    )
    return (
        f"Import SSMSI, Hérault ({rows} lignes, 15 indicateurs, 10 ans, gzip, SQLite) : "
        f"{import_seconds:.1f} s, mémoire de pointe {import_memory:.0f} Mo ; simple lecture du "
        f"même fichier (csv de Python) : {read_seconds:.2f} s, {read_memory:.0f} Mo ; "
        f"rapport des durées {import_seconds / read_seconds:.1f}"
    )


def _page() -> str:
    static = VAR / "static" / "bench" / "indicateur.html"
    static.parent.mkdir(parents=True, exist_ok=True)
    with running_site(workers=1) as base_url:
        size = len(urllib.request.urlopen(base_url + PAGE).read())
    static.write_bytes(b"x" * size)
    timings = {"page": [], "static": []}
    with running_site(workers=1) as base_url:
        for name, url in (
            ("page", f"{base_url}{PAGE}?bench"),
            ("static", f"{base_url}/static/bench/indicateur.html"),
        ):
            urllib.request.urlopen(url).read()  # warm-up
            for _ in range(REQUESTS):
                start = time.perf_counter()
                urllib.request.urlopen(url).read()
                timings[name].append(1000 * (time.perf_counter() - start))
    p = {
        name: (statistics.median(v), sorted(v)[round(0.95 * (len(v) - 1))])
        for name, v in timings.items()
    }
    return (
        f"Page d’indicateur rendue à chaque requête ({size // 1024} Ko, 341 communes, carte et "
        f"tableaux, base de démo) : p50 {p['page'][0]:.0f} ms, p95 {p['page'][1]:.0f} ms "
        f"(objectif < 300 ms) ; fichier statique de même taille : p50 {p['static'][0]:.1f} ms, "
        f"p95 {p['static'][1]:.1f} ms ; rapport des p95 {p['page'][1] / p['static'][1]:.0f}"
    )


def run() -> list[str]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatoire.settings.dev")
    return [_import(), _page()]
