"""Requests per second of two pages against a static file of the same size, same server, same run.

Pages are measured as visitors get them (from the page cache once rendered) and, separately,
rendered on every request (a query string bypasses the cache), so both figures are visible.

The static file is written into STATIC_ROOT before gunicorn starts, so WhiteNoise serves it
exactly as it serves the site's CSS. wrk drives the load: same connections, same duration.
"""

import re
import subprocess
import urllib.request

from .common import VAR, running_site

PAGES = {"accueil": "/", "page partenaire": "/partenaires/caf-herault/"}
CONNECTIONS = 8
SECONDS = 8


def _wrk(url: str) -> float:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        raise RuntimeError(f"{url}: {non_2xx.group(1)} failed responses")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def _write_references(sizes: dict[str, int]) -> dict[str, str]:
    folder = VAR / "static" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, size in sizes.items():
        slug = re.sub(r"\W+", "-", name)
        (folder / f"{slug}.html").write_bytes(b"x" * size)
        paths[name] = f"/static/bench/{slug}.html"
    return paths


def run() -> list[str]:
    # Page sizes first (a short-lived server), then the reference files, then the measured server.
    with running_site(workers=1) as base_url:
        sizes = {
            name: len(urllib.request.urlopen(base_url + path).read())
            for name, path in PAGES.items()
        }
    references = _write_references(sizes)
    lines = []
    with running_site() as base_url:
        for name, path in PAGES.items():
            _wrk(base_url + path)  # warm-up: workers import templates, the cache fills
            page = _wrk(base_url + path)
            rendered = _wrk(base_url + path + "?sans-cache")
            static = _wrk(base_url + references[name])
            lines.append(
                f"Débit {name} ({sizes[name]} octets) : {page:.0f} req/s ; fichier statique de "
                f"même taille : {static:.0f} req/s ; ratio {page / static:.2f} (objectif ≥ 0,5). "
                f"Rendu à chaque requête, sans cache : {rendered:.0f} req/s, ratio "
                f"{rendered / static:.2f}"
            )
    return lines
