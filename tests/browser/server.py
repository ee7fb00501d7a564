"""Start the real stack for browser tests: collect static, finish the demo, run gunicorn.

Each test session gets its own copy of the demo database (a SQLite file, or a PostgreSQL
database next to the one DATABASE_URL names, tests/databases.py) so that browser tests never
share state with the unit tests.
"""

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, timeout=300)


def _static_digest() -> str:
    """What collected static files depend on: the project's own and the locked packages'."""
    digest = hashlib.sha256((ROOT / "requirements.lock").read_bytes())
    digest.update((ROOT / "observatoire/settings/base.py").read_bytes())  # STORAGES
    for path in sorted((ROOT / "observatoire").glob("*/static/**/*")):
        if path.is_file():
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


STATIC_ROOT = ROOT / "var" / "test-static" / _static_digest()


def collect_static(env: dict[str, str]) -> None:
    """Collect static files (and WhiteNoise's compressed copies) into the site's STATIC_ROOT.
    The test sites' is one folder per version of the code, shared by every test session
    (`server_env`): collected once, beside it, then renamed into place, so that two sessions
    collecting at once each find a whole folder. A site with a folder of its own (a benchmark's,
    where its reference files are written) has it brought up to date in place."""
    if env.get("STATIC_ROOT") != str(STATIC_ROOT):
        manage(env, "collectstatic", "--noinput", "-v0")
        return
    if STATIC_ROOT.is_dir():
        return
    building = STATIC_ROOT.with_name(f"{STATIC_ROOT.name}.{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    manage(dict(env, STATIC_ROOT=str(building)), "collectstatic", "--noinput", "-v0")
    try:
        building.rename(STATIC_ROOT)
    except OSError:  # another session's came first: the same files
        shutil.rmtree(building)
    for older in STATIC_ROOT.parent.iterdir():  # an earlier version of the code's
        if "." not in older.name and older != STATIC_ROOT:
            shutil.rmtree(older, ignore_errors=True)


def prepare(env: dict[str, str], port: int) -> None:
    """The site's content, in a copy of the demo template (`databases.fresh_database_url(…,
    content="demo")`): static files collected, then the demo's generated figures, the site's
    address and one account per role (tests/browser/site_content.py)."""
    collect_static(env)
    subprocess.run(
        [sys.executable, "-m", "tests.browser.site_content", "127.0.0.1", str(port)],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )


@contextmanager
def gunicorn(env: dict[str, str], port: int, *, workers: int = 2, threads: int = 4):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "observatoire.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            # Threads: a browser's idle keep-alive connections never hold a whole worker.
            "--worker-class",
            "gthread",
            "--threads",
            str(threads),
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            "-",
            "--no-control-socket",
            # As deploy/gunicorn.conf.py: long addresses and headers reach Django (French pages).
            "--limit-request-line",
            "8190",
            "--limit-request-field_size",
            "16384",
            # As `make run`: Django is set up once, then each worker forks from it.
            "--preload",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base_url}/healthz", timeout=2)
                break
            except urllib.error.HTTPError:
                break  # it answers (503 when its database is unreachable, as it should)
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=20)


@contextmanager
def worker(env: dict[str, str]):
    """The background worker that runs imports, as `make run` and production start it."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--backend", "imports", "--interval", "0.5"],
        cwd=ROOT,
        env=env,
    )
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def server_env(*, database_url: str, var_dir: Path, shared_static: bool = True) -> dict[str, str]:
    """The environment of a site over `database_url`, its files under `var_dir`; its static
    files in the test sessions' shared folder, or (`shared_static=False`, the benchmarks, which
    write reference files beside them) in `var_dir`/static."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="observatoire.settings.dev",
        DATABASE_URL=database_url,
        OVFF_VAR_DIR=str(var_dir),
        MEDIA_ROOT=str(var_dir / "media"),
        STATIC_ROOT=str(STATIC_ROOT if shared_static else var_dir / "static"),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        # The servers of one database share their cache (Redis when REDIS_URL is set), apart
        # from those of any other site or test run.
        CACHE_KEY_PREFIX="site-" + hashlib.sha256(str(var_dir).encode()).hexdigest()[:12],
        # Every test client is 127.0.0.1: the limits are tested in core/tests/test_ratelimit.py.
        RATE_LIMIT_POSTS_PER_MINUTE="100000",
        RATE_LIMIT_API_PER_MINUTE="100000",
    )
    env.pop("DJANGO_DEBUG", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env
