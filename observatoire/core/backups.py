"""Backups of the database and the media, and their restoration into an empty database.

An archive is a .tar.gz holding `manifest.json`, the database (`database.pgdump` made by
pg_dump in custom format, or `database.sqlite3` copied with SQLite's online backup) and the
`media/` folder. Restoring is allowed into an empty database only, so that a mistake cannot
overwrite the data in service.

`subprocess` runs only pg_dump and pg_restore, with arguments built from the settings (hence
the `nosec` marks for bandit's B404 and B603).
"""

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess  # nosec B404
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils.translation import gettext as _

FORMAT = 1


class BackupError(Exception):
    """A French message for the person running the command."""


def _engine() -> str:
    engine = connection.vendor
    if engine not in ("postgresql", "sqlite"):
        raise BackupError(_("Moteur de base non pris en charge : %(engine)s.") % {"engine": engine})
    return engine


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = settings.DATABASES["default"]
    args = ["--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _run_pg_client(tool: str, *options: str) -> None:
    """pg_dump or pg_restore on the configured database; a French error if it fails."""
    args, env = _pg_env()
    # Fixed arguments from the settings; the PostgreSQL client from the system's PATH.
    result = subprocess.run(  # noqa: S603  # nosec B603
        [tool, *options, *args], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(
            _("%(tool)s a échoué : %(error)s") % {"tool": tool, "error": result.stderr.strip()}
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def create_backup(*, output_dir: Path, now: datetime.datetime) -> Path:
    """Write an archive into `output_dir` and return its path."""
    engine = _engine()
    output_dir.mkdir(parents=True, exist_ok=True)
    archive = output_dir / f"ovff34-{now:%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if engine == "postgresql":
            dump = work / "database.pgdump"
            _run_pg_client("pg_dump", "--format=custom", "--no-owner", "--file", str(dump))
        else:
            dump = work / "database.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(dump)
            with target:
                connection.connection.backup(target)
            target.close()
        manifest = {
            "format": FORMAT,
            "created": now.isoformat(),
            "engine": engine,
            "database": {"file": dump.name, "sha256": _sha256(dump)},
        }
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(work / "manifest.json", arcname="manifest.json")
            tar.add(dump, arcname=dump.name)
            media = Path(settings.MEDIA_ROOT)
            if media.exists():
                tar.add(media, arcname="media")
    return archive


def _database_is_empty() -> bool:
    return not connection.introspection.table_names()


def _read_manifest(archive: Path, work: Path) -> dict:
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")
        manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    except (tarfile.TarError, OSError, ValueError) as error:
        raise BackupError(
            _("L’archive est illisible ou abîmée : %(archive)s.") % {"archive": archive}
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(_("Format d’archive inconnu."))
    return manifest


def restore_backup(*, archive: Path) -> dict:
    """Restore an archive into the (empty) configured database and media folder."""
    engine = _engine()
    if not archive.is_file():
        raise BackupError(_("Archive introuvable : %(archive)s.") % {"archive": archive})
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        manifest = _read_manifest(archive, work)
        if manifest["engine"] != engine:
            raise BackupError(
                _(
                    "Cette archive vient d’une base %(archived)s ; la base configurée est "
                    "%(engine)s."
                )
                % {"archived": manifest["engine"], "engine": engine}
            )
        dump = work / manifest["database"]["file"]
        if _sha256(dump) != manifest["database"]["sha256"]:
            raise BackupError(_("L’archive est abîmée : l’empreinte de la base ne correspond pas."))
        if not _database_is_empty():
            raise BackupError(_("La base n’est pas vide : restaurez dans une base neuve."))
        if engine == "postgresql":
            connection.close()
            _run_pg_client("pg_restore", "--no-owner", "--exit-on-error", str(dump))
        else:
            connection.ensure_connection()
            source = sqlite3.connect(dump)
            with source:
                source.backup(connection.connection)
            source.close()
        media = Path(settings.MEDIA_ROOT)
        files = 0
        if (work / "media").exists():
            for path in (work / "media").rglob("*"):
                if path.is_file():
                    target = media / path.relative_to(work / "media")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(path, target)
                    files += 1
    return {"engine": engine, "media_files": files, "created": manifest["created"]}
