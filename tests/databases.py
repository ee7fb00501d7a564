"""Databases for the test suites: fresh ones, migrated ones, copied from one migrated template.

Migrating an empty database takes half a minute (Wagtail's and the other packages' 400
migrations beside ours), and the unit tests, the browser site, the backup test and each
territory's run each need a migrated database. So the first to need one migrates a template
under a lock, and every other copies it: a file copy for SQLite, `CREATE DATABASE … TEMPLATE`
for PostgreSQL, a second or so. The template is named after the migrations and the locked
dependencies it was built from: any change to either builds a new one.
"""

import fcntl
import functools
import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "var" / "test-databases"
TEMPLATE_PREFIX = "test_migrated_"


def fresh_database_url(
    base_url: str | None, workdir: Path, name: str, *, migrated: bool = False
) -> str:
    """The address of a new database of `base_url`'s engine (a SQLite file in `workdir`
    without one, else a PostgreSQL database beside it): empty, or migrated."""
    if _is_sqlite(base_url):
        url = f"sqlite:///{workdir / name}.sqlite3"
    else:
        url = postgres_url(base_url, f"{_postgres_name(base_url)}_{name}")
    if migrated:
        make_migrated(url)
    elif _is_sqlite(url):
        _sqlite_path(url).unlink(missing_ok=True)
    else:
        _create_postgres(url, template=None)
    return url


def make_migrated(url: str) -> None:
    """(Re)create the database at `url` as a copy of the migrated template."""
    template = _template(url)
    if _is_sqlite(url):
        target = _sqlite_path(url)
        target.unlink(missing_ok=True)
        # SQLite's online backup: complete whatever the journal mode (WAL keeps pages aside).
        with closing(sqlite3.connect(template)) as source, closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
    else:
        _create_postgres(url, template=template)


def _template(url: str) -> str:
    """The migrated template for `url`'s engine: a file's path, or a database's address."""
    key = _migrations_key()
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    with _locked(TEMPLATES / f"{key}.lock"):
        if _is_sqlite(url):
            path = TEMPLATES / f"migrated-{key}.sqlite3"
            if not path.exists():
                building = path.with_suffix(".building")
                building.unlink(missing_ok=True)
                _migrate(f"sqlite:///{building}")
                for former in TEMPLATES.glob("migrated-*.sqlite3"):
                    former.unlink()
                building.rename(path)
            return str(path)
        template = postgres_url(url, f"{TEMPLATE_PREFIX}{key}")
        if _postgres_name(template) not in _postgres_templates(url):
            # Built under a name of its own and renamed once complete: another clone of the
            # project on the same server may be building it too (the lock is this clone's).
            building = f"{template}_{os.getpid()}"
            _create_postgres(building, template=None)
            _migrate(building)
            built = _postgres_templates(url)
            if _postgres_name(template) in built:  # by the other clone, meanwhile
                _postgres_admin(f'DROP DATABASE "{_postgres_name(building)}"', url=url)
                return template
            for former in built:  # from other migrations
                _postgres_admin(f'DROP DATABASE "{former}" WITH (FORCE)', url=url)
            _postgres_admin(
                f'ALTER DATABASE "{_postgres_name(building)}" '
                f'RENAME TO "{_postgres_name(template)}"',
                url=url,
            )
        return template


def _migrate(database_url: str) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "observatoire.settings.test",
        "DATABASE_URL": database_url,
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=600,
    )


@functools.cache
def _migrations_key() -> str:
    """A digest of every migration the database goes through, and of the locked versions."""
    digest = hashlib.sha256((ROOT / "requirements.lock").read_bytes())
    roots = [ROOT / "observatoire", Path(sys.prefix)]
    for root in roots:
        for path in sorted(root.rglob("migrations/*.py")):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def _locked(path: Path):
    """One process at a time: the unit tests and the browser tests start side by side."""
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _is_sqlite(url: str | None) -> bool:
    return not url or url.startswith("sqlite")


def _sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _postgres_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or "test"


def postgres_url(url: str, name: str) -> str:
    """The address of the database `name` on `url`'s server."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _create_postgres(url: str, *, template: str | None) -> None:
    name = _postgres_name(url)
    _postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', url=url)
    source = f' TEMPLATE "{_postgres_name(template)}"' if template else ""
    _postgres_admin(f'CREATE DATABASE "{name}"{source}', url=url)


def _postgres_templates(url: str) -> list[str]:
    """The names of the migrated templates on `url`'s server (not those being built)."""
    names = _postgres_admin("SELECT datname FROM pg_database", url=url)
    return [name for (name,) in names if re.fullmatch(TEMPLATE_PREFIX + "[0-9a-f]{16}", name)]


def _postgres_admin(statement: str, parameters: list | None = None, *, url: str) -> list:
    """A statement run from the server's `postgres` database (a database cannot be created,
    copied or renamed from inside itself)."""
    import psycopg

    with psycopg.connect(postgres_url(url, "postgres"), autocommit=True) as conn:
        cursor = conn.execute(statement, parameters)
        return cursor.fetchall() if cursor.description else []
