"""Indicators at national size, on PostgreSQL.

1. A generated SSMSI commune file in the real format for all of France: the Hérault's 341 real
   communes among about 34,700 synthetic ones (361 per other département), 15 indicators,
   10 years: about 5.2 million rows, gzip. Kept under var/bench/ once generated (seeded).
2. `manage.py import_ssmsi --all` of that file into a fresh PostgreSQL database (wall time and
   peak memory of the process), against DuckDB merely reading the same file (count and sum of
   one column) in the same run. Then `--departement 34` (the Hérault part, about 51,000 rows
   kept) of the same file into a second fresh database.
3. With the national data loaded: `/indicateurs/<code>/<year>/`, `/indicateurs/` and
   `/territoires/<insee>/` rendered on every request (a query string bypasses the page cache;
   the protected tables stay cached), p50 and p95, against a static file of the same size
   served by the same server; and the very first render just after the import (the import
   leaves the protected tables computed).
"""

import os
import random
import statistics
import subprocess
import sys
import time
import urllib.request

from tests.browser import server
from tests.databases import fresh_database_url

from .common import ROOT, VAR
from .indicators import _timed

FOLDER = VAR / "bench" / "indicators-national"
NATIONAL = FOLDER / "france-15-indicateurs-2016-2025.csv.gz"
PER_DEPARTEMENT = 361
YEARS = (2016, 2026)
PAGES = [
    "/indicateurs/violences-intrafamiliales/2024/",
    "/indicateurs/",
    "/territoires/34172/",
]
REQUESTS = 30

DUCKDB_READ = """
import sys, duckdb
duckdb.sql("SET threads TO 2")
print(duckdb.sql(
    "SELECT count(*), sum(nombre) FROM read_csv(?, delim=';', header=true, nullstr='NA',"
    " decimal_separator=',')", params=[sys.argv[1]]).fetchall())
"""


def generate(path: str) -> None:
    """Called through `manage.py shell` (it needs the Hérault's geography)."""
    from pathlib import Path

    from observatoire.directory.models import Commune
    from observatoire.indicators.sample import OTHER_DEPARTEMENTS, write_sample

    rng = random.Random(2025)
    communes = list(Commune.objects.values_list("code", "population"))
    for departement in OTHER_DEPARTEMENTS:
        if departement == "34":
            continue
        for number in range(1, PER_DEPARTEMENT + 1):
            population = int(rng.lognormvariate(6.6, 1.4)) + 30
            communes.append((f"{departement}{number:03d}", population))
    write_sample(Path(path), communes=communes, years=range(*YEARS), geography_year=2025)


def database(name: str) -> dict:
    base = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    env = server.server_env(
        database_url=fresh_database_url(base, FOLDER, name, content="migrated"),
        var_dir=FOLDER,
        shared_static=False,
    )
    for command in (["load_geography", "-v0"], ["load_indicators", "-v0"]):
        server.manage(env, *command)
    # As in production: static files are collected before any import, so that the import and
    # the server name the same deployment in their cache keys.
    server.collect_static(env)
    return env


def _upper_files(env: dict) -> list[str]:
    """Département and région files consistent with the Hérault's communes."""
    code = (
        "from pathlib import Path\n"
        "from observatoire.directory.models import Commune\n"
        "from observatoire.indicators.sample import upper_sample_texts\n"
        "communes = list(Commune.objects.values_list('code', 'population'))\n"
        f"d, r = upper_sample_texts(communes=communes, years=range{YEARS})\n"
        f"Path({str(FOLDER / 'departements.csv')!r}).write_text(d)\n"
        f"Path({str(FOLDER / 'regions.csv')!r}).write_text(r)\n"
    )
    server.manage(env, "shell", "-c", code)
    return [str(FOLDER / "departements.csv"), str(FOLDER / "regions.csv")]


def rows_of(path) -> int:
    output = subprocess.run(
        [sys.executable, "-c", DUCKDB_READ, str(path)], capture_output=True, text=True, check=True
    ).stdout
    return int(output.strip("[]()\n").split(",")[0])


def national_file(env: dict) -> None:
    """The national file, generated once (seeded) and kept under var/bench/."""
    if NATIONAL.exists():
        return
    started = time.perf_counter()
    code = f"from bench.indicators_national import generate; generate({str(NATIONAL)!r})"
    server.manage(env, "shell", "-c", code)
    print(f"(fichier national généré en {time.perf_counter() - started:.0f} s)", flush=True)


def _imports() -> tuple[list[str], dict]:
    FOLDER.mkdir(parents=True, exist_ok=True)
    env = database("national")
    national_file(env)
    rows = rows_of(NATIONAL)
    size = NATIONAL.stat().st_size / 1e6
    read_seconds, read_memory = _timed([sys.executable, "-c", DUCKDB_READ, str(NATIONAL)], env)
    for upper in _upper_files(env):
        server.manage(env, "import_ssmsi", upper)
    seconds, memory = _timed(
        [sys.executable, "manage.py", "import_ssmsi", "--all", str(NATIONAL)], env
    )
    herault_env = database("herault")
    herault_seconds, herault_memory = _timed(
        [sys.executable, "manage.py", "import_ssmsi", "--departement", "34", str(NATIONAL)],
        herault_env,
    )
    lines = [
        f"Import SSMSI national ({thousands(rows)} lignes, {size:.0f} Mo gzip, --all, "
        f"PostgreSQL) : {seconds:.0f} s, mémoire de pointe {memory:.0f} Mo (objectifs < 120 s, "
        f"< 1 024 Mo) ; DuckDB lisant le même fichier : {read_seconds:.1f} s, "
        f"{read_memory:.0f} Mo ; rapport des durées {seconds / read_seconds:.0f}",
        f"Import de la partie Hérault du même fichier (--departement 34, PostgreSQL) : "
        f"{herault_seconds:.1f} s, mémoire de pointe {herault_memory:.0f} Mo ; rapport à "
        f"la lecture DuckDB {herault_seconds / read_seconds:.1f}",
    ]
    return lines, env


def thousands(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


def _pages(env: dict) -> list[str]:
    static_folder = FOLDER / "static" / "bench"
    lines = []
    port = server.free_port()
    with server.gunicorn(env, port, workers=1) as base_url:
        for path in PAGES:
            started = time.perf_counter()
            size = len(urllib.request.urlopen(base_url + path).read())
            first = 1000 * (time.perf_counter() - started)
            static_folder.mkdir(parents=True, exist_ok=True)
            (static_folder / f"{len(lines)}.html").write_bytes(b"x" * size)
            lines.append((path, size, first))
    results = []
    with server.gunicorn(env, server.free_port(), workers=1) as base_url:
        for number, (path, size, first) in enumerate(lines):
            page = _timings(f"{base_url}{path}?bench")
            static = _timings(f"{base_url}/static/bench/{number}.html")
            results.append(
                f"{path} avec les données nationales ({size // 1024} Ko, rendue à chaque "
                f"requête) : p50 {page[0]:.0f} ms, p95 {page[1]:.0f} ms (objectif < 300 ms) ; "
                f"fichier statique de même taille : p95 {static[1]:.1f} ms ; rapport des p95 "
                f"{page[1] / static[1]:.0f} ; toute première visite juste après l’import : "
                f"{first:.0f} ms"
            )
    return results


def _timings(url: str) -> tuple[float, float]:
    urllib.request.urlopen(url).read()  # warm-up
    values = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        urllib.request.urlopen(url).read()
        values.append(1000 * (time.perf_counter() - start))
    return statistics.median(values), sorted(values)[round(0.95 * (len(values) - 1))]


def run() -> list[str]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatoire.settings.dev")
    lines, env = _imports()
    return [*lines, *_pages(env)]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for line in run():
        print(line)
