"""A backup restores into an empty database (and media folder) as it was; nothing else."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.browser import server
from tests.databases import fresh_database_url

ROOT = Path(__file__).resolve().parents[3]


def _run(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _content(env: dict) -> list:
    result = _run(env, "dumpdata", "--indent", "0")
    assert result.returncode == 0, result.stderr
    return sorted(json.loads(result.stdout), key=lambda row: (row["model"], str(row["pk"])))


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_backup_restores_into_an_empty_database_as_it_was(tmp_path):
    base = os.environ.get("DATABASE_URL")
    # Pages, directory, barometers, logo images and documents (the figures add only rows).
    source = server.server_env(
        database_url=fresh_database_url(
            base, tmp_path, "backup_source", content="demo", media_root=tmp_path / "source/media"
        ),
        var_dir=tmp_path / "source",
    )
    target = server.server_env(
        database_url=fresh_database_url(base, tmp_path, "backup_target"),
        var_dir=tmp_path / "target",
    )
    result = _run(source, "backup", "--output", str(tmp_path / "archives"))
    assert result.returncode == 0 and "Sauvegarde écrite" in result.stdout, result.stderr
    archive = next((tmp_path / "archives").glob("ovff34-*.tar.gz"))

    refused = _run(source, "restore", str(archive))
    assert refused.returncode != 0
    assert "La base n’est pas vide : restaurez dans une base neuve." in refused.stderr

    restored = _run(target, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert _content(target) == _content(source)
    media = _files(tmp_path / "source" / "media")
    assert media and _files(tmp_path / "target" / "media") == media


def test_a_damaged_archive_is_refused_in_french(tmp_path):
    env = server.server_env(
        database_url=fresh_database_url(os.environ.get("DATABASE_URL"), tmp_path, "backup_damaged"),
        var_dir=tmp_path / "var",
    )
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(b"not an archive")
    result = _run(env, "restore", str(tmp_path / "absent.tar.gz"))
    assert "Archive introuvable" in result.stderr
    result = _run(env, "restore", str(bad))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "L’archive est illisible ou abîmée" in result.stderr
