"""The directory import streams its file in bounded memory, all or nothing: pathological files
refused for the right reason, in French, with nothing written."""

import csv
import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from observatoire.core.tests.import_bombs import MB, write_gzip, write_plain
from observatoire.directory import importer
from observatoire.directory.models import Place, Service, Structure

TOO_LONG = "ligne trop longue (plus de 1\u202f000\u202f000\u00a0caractères)."


@pytest.fixture
def exported(demo, client, tmp_path) -> Path:
    """The export, as other sources' services (so that importing it creates them)."""
    rows = list(csv.DictReader(io.StringIO(client.get("/annuaire/export.csv").content.decode())))
    for row in rows:
        row["source"], row["id"] = "soliguide", "x-" + row["id"]
    path = tmp_path / "annuaire.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def records(path: Path) -> int:
    """Data rows, as a spreadsheet numbers them (a quoted cell may hold line breaks)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def counts() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Service, Structure, Place))


def command_refusal(path: Path) -> str:
    before = counts()
    with pytest.raises(CommandError) as error:
        call_command("import_directory", path, verbosity=0)
    assert counts() == before
    assert "Import refusé, rien n’a été enregistré" in str(error.value)
    return str(error.value)


def test_a_file_with_no_line_break_is_refused_without_being_read_whole(demo, tmp_path, monkeypatch):
    path = write_plain(tmp_path / "annuaire.csv", size=20 * MB)
    for method in ("read_text", "read_bytes"):
        monkeypatch.setattr(Path, method, lambda *a, **k: pytest.fail("read whole"))
    tracemalloc.start()
    try:
        message = command_refusal(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f"Ligne 1 : {TOO_LONG}" in message
    assert peak < 100 * MB, peak


def test_a_gzip_bomb_is_refused(demo, tmp_path):
    path = write_gzip(tmp_path / "annuaire.csv", size=100 * MB, head=b"source,id,nom\n")
    assert path.stat().st_size < 200_000
    assert f"Ligne 2 : {TOO_LONG}" in command_refusal(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xef\xbb\xbfsource,id,nom,structure_nom\r\n\r\n", "aucune ligne de données"),
        (b"", "Le fichier est vide : aucune ligne de données."),
        (gzip.compress(b"source,id,nom\n", mtime=0), "aucune ligne de données"),
    ],
    ids=["header", "empty", "gzip-header"],
)
def test_a_header_alone_or_an_empty_file_is_refused(demo, tmp_path, content, message):
    path = tmp_path / "annuaire.csv"
    path.write_bytes(content)
    assert message in command_refusal(path)


def test_a_bad_line_after_batches_were_written_imports_nothing(exported, monkeypatch):
    monkeypatch.setattr(importer, "BATCH", 2)
    rows = records(exported)
    assert rows > 4  # several batches went to the database before the bad line
    with exported.open("a", encoding="utf-8", newline="") as handle:
        handle.write("soliguide,x-late,Nom\r\n")
    message = command_refusal(exported)
    assert f"Ligne {rows + 2}, champ « " in message


def test_a_good_file_imports_by_batches(exported, monkeypatch):
    monkeypatch.setattr(importer, "BATCH", 2)
    before = Service.objects.count()
    rows = records(exported)
    seen = []
    counts = importer.import_source(
        path=exported, file_name="annuaire.csv", on_progress=lambda **state: seen.append(state)
    )
    assert counts == {"created": rows, "updated": 0}
    assert Service.objects.count() == before + rows
    assert seen[-1]["rows_read"] == rows and seen[-1]["fraction"] == 1.0


def test_a_json_file_beyond_its_maximum_is_refused(demo, client, tmp_path, monkeypatch):
    path = tmp_path / "annuaire.json"
    path.write_text(json.dumps(client.get("/annuaire/export.json").json()), encoding="utf-8")
    monkeypatch.setattr(importer, "MAX_JSON_BYTES", 1024)
    message = command_refusal(path)
    assert "Fichier trop volumineux : plus de 1\u00a0Ko (un fichier JSON est lu" in message
    path.write_text("[]", encoding="utf-8")
    assert "Le fichier ne contient aucun service." in command_refusal(path)
