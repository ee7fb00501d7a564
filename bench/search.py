"""Directory search latency, p50 and p95, against a bare indexed query of the same rows.

Two directories: the demo one (`make run`'s database) and a generated national-size one
(bench/national.py, built once under var/bench/). Each is measured in its own process.
"""

import json
import os
import subprocess
import sys

from .common import ROOT, VAR

# Built once by bench/national.py; bump the version when the generator changes.
NATIONAL = VAR / "bench" / "national-v2.sqlite3"
SAMPLES = 150


def _worker(database: str, *args: str) -> str:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "observatoire.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    return subprocess.run(
        [sys.executable, "-m", "bench.search_worker", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run() -> list[str]:
    if not NATIONAL.exists():
        NATIONAL.parent.mkdir(parents=True, exist_ok=True)
        partial = NATIONAL.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        _worker(str(partial), "--generate")
        partial.rename(NATIONAL)
    lines = []
    for label, database in (("démo", VAR / "db.sqlite3"), ("nationale", NATIONAL)):
        figures = json.loads(_worker(str(database), str(SAMPLES)))
        search = [1000 * t for t in figures["search"]]
        bare = [1000 * t for t in figures["bare"]]
        p50, p95 = _percentile(search, 0.5), _percentile(search, 0.95)
        b50, b95 = _percentile(bare, 0.5), _percentile(bare, 0.95)
        lines.append(
            f"Recherche dans l’annuaire, base {label} ({figures['services']} services, "
            f"{figures['communes']} communes, {_percentile(figures['found'], 0.5)} résultats "
            f"médians) : p50 {p50:.2f} ms, p95 {p95:.2f} ms ; requête indexée nue des mêmes "
            f"lignes p50 {b50:.2f} ms, p95 {b95:.2f} ms ; rapport p50 {p50 / b50:.1f}, "
            f"p95 {p95 / b95:.1f}"
        )
    return lines
