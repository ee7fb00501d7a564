"""What the benchmarks share: the site served by gunicorn from the `make run` database."""

import statistics
from contextlib import contextmanager
from pathlib import Path

from tests.browser import server

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var"


@contextmanager
def running_site(workers: int = 3):
    """gunicorn as `make run` starts it, on a free port, over var/db.sqlite3 and the static
    files `make setup` collected (var/static/, where the references are written)."""
    env = server.server_env(
        database_url=f"sqlite:///{VAR / 'db.sqlite3'}", var_dir=VAR, shared_static=False
    )
    with server.gunicorn(env, server.free_port(), workers=workers) as base_url:
        yield base_url


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):.2f}, p95 {p95:.2f}"
