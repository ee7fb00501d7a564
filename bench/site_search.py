"""Site search latency on PostgreSQL over 5,000 generated documents and pages, p50 and p95,
against a bare full-text query on the same index rows (bench/site_search_worker.py)."""

import json
import os
import subprocess
import sys

from tests.browser import server
from tests.databases import fresh_database_url

from .common import ROOT, VAR
from .search import _percentile

FOLDER = VAR / "bench" / "site-search"


def run() -> list[str]:
    FOLDER.mkdir(parents=True, exist_ok=True)
    base = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    # The demo site without its generated figures (tests/databases.py).
    database_url = fresh_database_url(
        base, FOLDER, "site_search", content="demo", media_root=FOLDER / "media"
    )
    env = server.server_env(database_url=database_url, var_dir=FOLDER)
    output = subprocess.run(
        [sys.executable, "-m", "bench.site_search_worker"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=1800,
    ).stdout
    result = json.loads(output)
    search, bare = result["search"], result["bare"]
    p = {
        name: (_percentile(values, 0.5), _percentile(values, 0.95))
        for name, values in (("search", search), ("bare", bare))
    }
    return [
        f"Recherche sur le site, PostgreSQL, {result['records']} enregistrements indexés "
        f"(dont {result['generated']} générés), {len(search)} requêtes en français : "
        f"p50 {p['search'][0]:.1f} ms, p95 {p['search'][1]:.1f} ms ; requête plein texte nue "
        f"sur les mêmes lignes : p50 {p['bare'][0]:.1f} ms, p95 {p['bare'][1]:.1f} ms ; "
        f"rapport des p95 {p['search'][1] / p['bare'][1]:.1f}"
    ]
