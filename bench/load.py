"""Load: 50 clients for 30 s over four public pages, production server and PostgreSQL.

The site runs as deployed: production settings, gunicorn with `deploy/gunicorn.conf.py`,
PostgreSQL (BENCH_DATABASE_URL, by default the local server's `test` database, next to which a
fresh `test_load` database is made), the shared cache on Redis (BENCH_REDIS_URL, by default the
local one), and requests carrying `X-Forwarded-Proto: https` as the
reverse proxy sends them. wrk's 50 connections cycle through the home page, a partner page, the
directory and the pregnancy barometer; then the same load on a static file of the pages' mean
size, served by the same server in the same run. Any socket error or non-2xx answer fails.
"""

import os
import re
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.browser import server
from tests.databases import fresh_database_url

from .common import ROOT, VAR

CLIENTS = 50
SECONDS = 30
PATHS = ["/", "/partenaires/caf-herault/", "/annuaire/", "/barometre/grossesse/"]
HTTPS = {"X-Forwarded-Proto": "https"}


def _env(database_url: str, var_dir: Path) -> dict[str, str]:
    env = server.server_env(database_url=database_url, var_dir=var_dir, shared_static=False)
    env.update(
        DJANGO_SETTINGS_MODULE="observatoire.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        CSRF_TRUSTED_ORIGINS="https://127.0.0.1",
        EMAIL_URL="dummymail://",
        # Production's shared cache: the local Redis unless BENCH_REDIS_URL names another.
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0"),
        CACHE_KEY_PREFIX=f"bench-{var_dir.name}-{os.getpid()}",
    )
    return env


def _wrk(url: str, *script: str, clients: int = CLIENTS, seconds: int = SECONDS) -> dict:
    output = subprocess.run(
        [
            *("wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--latency", "--timeout", "10s"),
            *("-H", "X-Forwarded-Proto: https", *script, url),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}

    def percentile(label: str) -> float:
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)\b", output).groups()
        return float(value) * scale[unit]

    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "errors": sum(int(n) for n in errors.groups()) if errors else 0,
        "socket errors": errors.group(0) if errors else "",
        "failed": int(failed.group(1)) if failed else 0,
        "p50": percentile("50"),
        "p99": percentile("99"),
    }


def _gunicorn(env: dict[str, str], port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"]
    process = subprocess.Popen(
        [*command, "--bind", f"127.0.0.1:{port}", "observatoire.wsgi"], cwd=ROOT, env=env
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("gunicorn did not start") from None
            time.sleep(0.3)


def _get(url: str) -> bytes:
    return urllib.request.urlopen(urllib.request.Request(url, headers=HTTPS)).read()


def run() -> list[str]:
    base = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    var_dir = VAR / "bench" / "load"
    var_dir.mkdir(parents=True, exist_ok=True)
    database_url = fresh_database_url(
        base, var_dir, "load", content="demo", media_root=var_dir / "media"
    )
    env = _env(database_url, var_dir)
    port = server.free_port()
    server.prepare(env, port)
    site = f"http://127.0.0.1:{port}"
    # Page sizes first: WhiteNoise only serves what STATIC_ROOT held when the server started.
    process = _gunicorn(env, port)
    try:
        sizes = [len(_get(site + path)) for path in PATHS]
    finally:
        process.terminate()
        process.wait(timeout=30)
    reference = var_dir / "static" / "bench-load.html"
    reference.write_bytes(b"x" * (sum(sizes) // len(sizes)))
    script = ["-s", str(ROOT / "bench" / "load.lua")]
    process = _gunicorn(env, port)
    try:
        _wrk(site + "/", *script)  # warm-up: workers load templates, the page cache fills
        pages = _wrk(site + "/", *script)
        static = _wrk(site + "/static/bench-load.html")
    finally:
        process.terminate()
        process.wait(timeout=30)
    for name, result in (("pages", pages), ("fichier statique", static)):
        if result["errors"] or result["failed"]:
            raise RuntimeError(f"Charge, {name} : {result}")
    return [
        f"Charge {CLIENTS} clients pendant {SECONDS} s (production, gunicorn "
        f"deploy/gunicorn.conf.py, PostgreSQL), accueil + page partenaire + annuaire + "
        f"baromètre : {pages['requests']} requêtes, 0 erreur, {pages['rps']:.0f} req/s, "
        f"p50 {pages['p50']:.1f} ms, p99 {pages['p99']:.1f} ms ; fichier statique de "
        f"{reference.stat().st_size} octets, même serveur : {static['rps']:.0f} req/s, "
        f"p50 {static['p50']:.1f} ms, p99 {static['p99']:.1f} ms ; ratio débit "
        f"{pages['rps'] / static['rps']:.2f}, ratio p99 {pages['p99'] / static['p99']:.2f}"
    ]
