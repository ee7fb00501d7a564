"""Databases for the test suites: fresh ones, migrated ones, demo ones, copied from templates.

Migrating an empty database takes half a minute (Wagtail's and the other packages' 400
migrations beside ours), and loading the demo site into it as long again; the unit tests, the
browser site, the backup test and each territory's run each need one. So the first to need one
builds a template under a lock, and every other copies it: a file copy for SQLite,
`CREATE DATABASE … TEMPLATE` for PostgreSQL, a second or so. There are two kinds:

- **migrated**: every migration applied, named after the migrations and the locked
  dependencies it was built from;
- **demo** (one per département): a copy of the migrated one with the geography, the
  indicator reference and the demo content without its generated figures (`load_demo
  --sans-chiffres`), and the media files it wrote (the partners' logos) in a folder beside it;
  named after the same, the département and every file of the application but its tests, so
  that any change to the code that writes it builds a new one.
"""

import fcntl
import functools
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "var" / "test-databases"
Content = Literal["empty", "migrated", "demo"]


def fresh_database_url(
    base_url: str | None,
    workdir: Path,
    name: str,
    *,
    content: Content = "empty",
    media_root: Path | None = None,
) -> str:
    """The address of a new database of `base_url`'s engine (a SQLite file in `workdir`
    without one, else a PostgreSQL database beside it): empty, migrated, or the demo site
    (whose media files are copied into `media_root`)."""
    if _is_sqlite(base_url):
        url = f"sqlite:///{workdir / name}.sqlite3"
    else:
        url = postgres_url(base_url, f"{_postgres_name(base_url)}_{name}")
    if content == "empty":
        if _is_sqlite(url):
            _sqlite_path(url).unlink(missing_ok=True)
        else:
            _create_postgres(url, template=None)
    else:
        make_copy(url, content=content, media_root=media_root)
    return url


def build_demo_template(url: str | None) -> str:
    """The demo template of the département served, on `url`'s engine, built if missing: `make
    test` builds it while its checks run, so that the suites, started side by side next, both
    find it made (the first to need it built it while the other waited)."""
    return _template(url, _demo())


def make_copy(url: str, *, content: Content, media_root: Path | None = None) -> None:
    """(Re)create the database at `url` as a copy of the migrated or the demo template; the
    demo's media files go into `media_root`."""
    kind = _MIGRATED if content == "migrated" else _demo()
    template = _template(url, kind)
    _copy_database(template, url)
    if kind.media:
        if media_root is None:
            raise ValueError("The demo's database names media files: give media_root.")
        shutil.copytree(_media_of(template), media_root, dirs_exist_ok=True)


def _copy_database(template: str, url: str) -> None:
    if _is_sqlite(url):
        target = _sqlite_path(url)
        target.unlink(missing_ok=True)
        # SQLite's online backup: complete whatever the journal mode (WAL keeps pages aside).
        source = template.removeprefix("sqlite:///")
        with closing(sqlite3.connect(source)) as origin, closing(sqlite3.connect(target)) as copy:
            origin.backup(copy)
    else:
        _create_postgres(url, template=template)


@dataclass(frozen=True)
class _Kind:
    """A kind of template: its name (which names its file or database), the digest of what it
    is built from, and how to build it into an empty database (and its media folder)."""

    name: str
    key: Callable[[], str]
    build: Callable[[str, Path], None]
    media: bool = False

    @property
    def prefix(self) -> str:
        return f"test_{self.name}_"


def _template(url: str | None, kind: _Kind) -> str:
    """The template of this kind for `url`'s engine, built if missing: the address of a SQLite
    file or of a PostgreSQL database."""
    key = kind.key()
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    with _locked(TEMPLATES / f"{kind.name}-{key}.lock"):
        if _is_sqlite(url):
            path = TEMPLATES / f"{kind.name}-{key}.sqlite3"
            if not path.exists():
                for former in TEMPLATES.glob(f"{kind.name}-*"):  # from other sources
                    if former.suffix != ".lock":
                        shutil.rmtree(former) if former.is_dir() else former.unlink()
                building = f"sqlite:///{path.with_suffix('.building')}"
                _media_of(building).mkdir(parents=True)
                kind.build(building, _media_of(building))
                _media_of(building).rename(_media_of(f"sqlite:///{path}"))
                _sqlite_path(building).rename(path)
            return f"sqlite:///{path}"
        template = postgres_url(url, f"{kind.prefix}{key}")
        if kind.media and not _media_of(template).is_dir():
            # Built by another clone of the project on this server: its media are there.
            _postgres_admin(
                f'DROP DATABASE IF EXISTS "{_postgres_name(template)}" WITH (FORCE)', url=url
            )
        if _postgres_name(template) not in _postgres_templates(url, kind):
            # Built under a name of its own and renamed once complete: another clone of the
            # project on the same server may be building it too (the lock is this clone's).
            building = f"{template}_{os.getpid()}"
            _create_postgres(building, template=None)
            shutil.rmtree(_media_of(building), ignore_errors=True)
            _media_of(building).mkdir(parents=True)
            kind.build(building, _media_of(building))
            built = _postgres_templates(url, kind)
            if _postgres_name(template) in built and not kind.media:  # by another clone
                _postgres_admin(f'DROP DATABASE "{_postgres_name(building)}"', url=url)
                return template
            for former in built:  # from other sources
                _postgres_admin(f'DROP DATABASE "{former}" WITH (FORCE)', url=url)
                shutil.rmtree(_media_of(postgres_url(url, former)), ignore_errors=True)
            _postgres_admin(
                f'ALTER DATABASE "{_postgres_name(building)}" '
                f'RENAME TO "{_postgres_name(template)}"',
                url=url,
            )
            shutil.rmtree(_media_of(template), ignore_errors=True)
            _media_of(building).rename(_media_of(template))
        return template


def _media_of(template: str) -> Path:
    """The folder of the media files a template's database names."""
    if _is_sqlite(template):
        return Path(f"{_sqlite_path(template)}.media")
    return TEMPLATES / f"{_postgres_name(template)}.media"


def _manage_python(database_url: str, code: str, *, media_root: Path | None = None) -> None:
    """Python code run with Django set up on the test settings, against `database_url`."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "observatoire.settings.test",
        "DATABASE_URL": database_url,
    }
    if media_root is not None:
        env["MEDIA_ROOT"] = str(media_root)
    subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=600,
    )


def _migrate(database_url: str, media_root: Path) -> None:
    _manage_python(
        database_url,
        "from django.core.management import call_command\n"
        "call_command('migrate', interactive=False, verbosity=0)",
    )


def _load_demo(database_url: str, media_root: Path) -> None:
    _copy_database(_template(database_url, _MIGRATED), database_url)
    _manage_python(
        database_url,
        "from django.core.management import call_command\n"
        "call_command('load_geography', verbosity=0)\n"
        "call_command('load_indicators', verbosity=0)\n"
        "call_command('load_demo', verbosity=0, figures=False)",
        media_root=media_root,
    )


def _departement() -> str:
    return os.environ.get("DEPARTEMENT", "34").lower()


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


@functools.cache
def _demo_key(departement: str) -> str:
    """A digest of the migrations, the département, its geography and every file of the
    application but its tests: what the demo content is written from."""
    digest = hashlib.sha256(f"{_migrations_key()} {departement}".encode())
    geography = ROOT / "var" / "geography" / f"geography-{departement}.json"
    sources = sorted(
        path
        for path in (ROOT / "observatoire").rglob("*")
        if path.is_file()
        and "tests" not in path.parts
        and "__pycache__" not in path.parts
        and path.suffix not in (".pyc", ".mo")
    )
    for path in [*sources, geography]:
        if path.exists():
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_MIGRATED = _Kind(name="migrated", key=_migrations_key, build=_migrate)


def _demo() -> _Kind:
    """The demo template of the département served (DEPARTEMENT)."""
    departement = _departement()
    return _Kind(
        name=f"demo_{departement}",
        key=functools.partial(_demo_key, departement),
        build=_load_demo,
        media=True,
    )


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


def _postgres_templates(url: str, kind: _Kind) -> list[str]:
    """The names of the templates of this kind on `url`'s server (not those being built)."""
    names = _postgres_admin("SELECT datname FROM pg_database", url=url)
    pattern = re.escape(kind.prefix) + "[0-9a-f]{16}"
    return [name for (name,) in names if re.fullmatch(pattern, name)]


def _postgres_admin(statement: str, parameters: list | None = None, *, url: str) -> list:
    """A statement run from the server's `postgres` database (a database cannot be created,
    copied or renamed from inside itself)."""
    import psycopg

    with psycopg.connect(postgres_url(url, "postgres"), autocommit=True) as conn:
        cursor = conn.execute(statement, parameters)
        return cursor.fetchall() if cursor.description else []


if __name__ == "__main__":
    print(build_demo_template(os.environ.get("DATABASE_URL")))
