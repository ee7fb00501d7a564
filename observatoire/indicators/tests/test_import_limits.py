"""SSMSI files and partners' figures within bounded memory, whatever they hold: pathological
files refused for the right reason, in French, with nothing written."""

import gzip
import tracemalloc

import pytest
from django.core.management import CommandError, call_command

from observatoire.core import import_files
from observatoire.core.imports import ImportRefused
from observatoire.core.tests.import_bombs import MB, write_gzip, write_plain
from observatoire.indicators import declarations
from observatoire.indicators.models import (
    Edition,
    Observation,
    PartnerFigure,
    Population,
    Territory,
)
from observatoire.indicators.sample import sample_text
from observatoire.indicators.ssmsi import import_file

HEADER = (
    b'"CODGEO_2025";"annee";"indicateur";"unite_de_compte";"nombre";"taux_pour_mille";'
    b'"est_diffuse";"insee_pop";"insee_pop_millesime";"insee_log";"insee_log_millesime"\n'
)
TOO_LONG = "ligne trop longue (plus de 1\u202f000\u202f000\u00a0caractères)."


def counts() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Edition, Observation, Population, Territory))


def refused(path, **options) -> str:
    before = counts()
    with pytest.raises(ImportRefused) as error:
        import_file(path=path, **options)
    assert counts() == before  # nothing written, no edition recorded
    return "\n".join(error.value.errors)


def test_a_gzip_bomb_of_one_huge_line_is_refused_as_too_long(tmp_path, db):
    path = write_gzip(tmp_path / "bomb.csv.gz", size=100 * MB, head=HEADER)
    assert path.stat().st_size < 200_000
    assert refused(path, departement=None) == f"Ligne 2 : {TOO_LONG}"
    with pytest.raises(CommandError, match="Ligne 2 : ligne trop longue"):
        call_command("import_ssmsi", str(path), "--all")


def test_a_file_with_no_line_break_is_refused_at_line_1(tmp_path, db):
    path = write_plain(tmp_path / "f.csv", size=3 * MB)
    assert refused(path) == f"Ligne 1 : {TOO_LONG}"


def test_memory_stays_bounded_on_a_20_mb_line(tmp_path, db):
    path = write_plain(tmp_path / "f.csv", size=20 * MB, head=HEADER)
    tracemalloc.start()
    try:
        message = refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message == f"Ligne 2 : {TOO_LONG}"
    assert peak < 100 * MB, peak


@pytest.mark.parametrize("name", ["f.csv", "f.csv.gz"])
def test_a_header_without_data_records_no_edition(tmp_path, db, name):
    path = tmp_path / name
    content = b"\xef\xbb\xbf" + HEADER + b"\r\n"
    path.write_bytes(gzip.compress(content) if name.endswith(".gz") else content)
    assert "aucune ligne de données" in refused(path)
    with pytest.raises(CommandError, match="aucune ligne de données"):
        call_command("import_ssmsi", str(path))


def test_an_empty_file_is_refused(tmp_path, db):
    path = tmp_path / "f.csv.gz"
    path.write_bytes(gzip.compress(b""))
    assert refused(path) == "Le fichier est vide : aucune ligne de données."


def test_a_parquet_file_with_no_row_records_no_edition(tmp_path, db):
    import pyarrow as pa
    from pyarrow import parquet

    names = HEADER.decode().strip().replace('"', "").split(";")
    parquet.write_table(
        pa.table({name: pa.array([], pa.string()) for name in names}), tmp_path / "f.parquet"
    )
    assert "aucune ligne de données" in refused(tmp_path / "f.parquet")


def test_a_file_beyond_the_maximum_is_refused_whatever_its_form(tmp_path, db, monkeypatch):
    from pyarrow import csv as pa_csv
    from pyarrow import parquet

    text = sample_text(communes=[("34172", 300_000)], years=range(2016, 2026), geography_year=2025)
    path = tmp_path / "f.csv.gz"
    path.write_bytes(gzip.compress(text.encode()))
    parquet.write_table(
        pa_csv.read_csv(path, parse_options=pa_csv.ParseOptions(delimiter=";")),
        tmp_path / "f.parquet",
    )
    monkeypatch.setattr(import_files, "MAX_UNCOMPRESSED_BYTES", 2048)
    assert refused(path) == "Fichier trop volumineux : plus de 2\u00a0Ko une fois décompressé."
    assert refused(tmp_path / "f.parquet").startswith("Fichier trop volumineux : plus de 2\u00a0Ko")
    monkeypatch.setattr(import_files, "MAX_UNCOMPRESSED_BYTES", 1024**3)
    assert import_file(path=path).observations == len(text.splitlines()) - 1


def test_partners_figures_refuse_a_bomb_and_a_header_alone(db):
    before = PartnerFigure.objects.count()
    bomb = gzip.compress(b"indicateur;periode;nombre\n" + b"0" * (50 * MB), 9)
    assert len(bomb) < declarations.MAX_BYTES
    with pytest.raises(ImportRefused) as error:
        declarations.read(data=bomb, user=None)
    assert error.value.errors == [f"Ligne 2 : {TOO_LONG}"]
    with pytest.raises(ImportRefused) as error:
        declarations.read(data=b"\xef\xbb\xbfindicateur;periode;nombre\n\n", user=None)
    assert "aucune ligne de données" in error.value.errors[0]
    with pytest.raises(ImportRefused, match="Le fichier est vide : aucune ligne de données"):
        declarations.read(data=b"", user=None)
    assert PartnerFigure.objects.count() == before
