"""The bounded reader of every text import: lines, CSV records and whole files within limits,
gzip bombs refused early, each refusal in French."""

import csv
import gzip
import tracemalloc

import pytest

from observatoire.core import import_files
from observatoire.core.import_files import open_csv, open_text, read_json_text
from observatoire.core.imports import ImportRefused

from .import_bombs import MB, write_gzip, write_plain


def refusal(error: pytest.ExceptionInfo) -> str:
    return "\n".join(error.value.errors)


def records(data: bytes, delimiter: str = ";") -> tuple[list[str], list[tuple[int, list[str]]]]:
    with open_csv(data=data, delimiter=delimiter) as table:
        return table.header, list(table.rows)


def test_plain_and_gzip_read_the_same_with_or_without_bom(tmp_path):
    text = b'a;b\r\n1;"deux\nlignes"\r\n\r\n3;4\n5;6\r7;8'
    expected = (["a", "b"], [(3, ["1", "deux\nlignes"]), (5, ["3", "4"]), (6, ["5", "6"]),
                             (7, ["7", "8"])])  # fmt: skip
    assert records(text) == expected
    assert records(b"\xef\xbb\xbf" + text) == expected
    path = tmp_path / "f.csv.gz"
    path.write_bytes(gzip.compress(b"\xef\xbb\xbf" + text))
    with open_csv(path=path, delimiter=";") as table:
        assert (table.header, list(table.rows)) == expected
        assert table.progress() == 1.0
    with open_text(data=text) as lines:
        assert list(lines)[:2] == ["a;b\r\n", '1;"deux\n']


def test_a_file_with_no_line_break_longer_than_the_limit_is_refused(tmp_path):
    path = write_plain(tmp_path / "f.csv", size=3 * MB)
    with pytest.raises(ImportRefused) as error, open_csv(path=path):
        pass
    assert refusal(error) == (
        "Ligne 1 : ligne trop longue (plus de 1\u202f000\u202f000\u00a0caractères)."
    )
    data = b"a;b\n1;2\n" + b"x" * (2 * MB)
    with pytest.raises(ImportRefused) as error:
        records(data)
    assert refusal(error).startswith("Ligne 3 : ligne trop longue")


def test_a_gzip_bomb_of_one_line_stops_at_the_limit(tmp_path):
    """100 MB of zeros in 100 KB: refused after 1 MB is decoded, in little memory."""
    path = write_gzip(tmp_path / "bomb.csv.gz", size=100 * MB, head=b"a;b\n")
    assert path.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(ImportRefused) as error, open_csv(path=path) as table:
            list(table.rows)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert refusal(error).startswith("Ligne 2 : ligne trop longue (plus de 1\u202f000\u202f000")
    assert peak < 20 * MB, peak


def test_a_gzip_bomb_of_short_lines_is_refused_by_its_ratio(tmp_path):
    path = write_gzip(tmp_path / "bomb.gz", size=40 * MB, block=b"x" * 999 + b"\n")
    with pytest.raises(ImportRefused) as error, open_text(path=path) as lines:
        for _ in lines:
            pass
    assert refusal(error) == (
        "Fichier trop volumineux une fois décompressé : plus de 100\u00a0fois sa taille "
        "compressée (fichier piégé ?)."
    )


def test_a_file_larger_than_the_maximum_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(import_files, "MAX_UNCOMPRESSED_BYTES", 1 * MB)
    row = b"1;" + b"2" * 1000 + b"\n"
    plain = write_plain(tmp_path / "f.csv", size=2 * MB, block=row, head=b"a;b\n")
    with pytest.raises(ImportRefused) as error, open_csv(path=plain, delimiter=";") as table:
        list(table.rows)
    assert refusal(error) == "Fichier trop volumineux : plus de 1\u00a0Mo."
    packed = write_gzip(tmp_path / "f.csv.gz", size=2 * MB, block=row, head=b"a;b\n")
    with pytest.raises(ImportRefused) as error, open_csv(path=packed, delimiter=";") as table:
        list(table.rows)
    assert refusal(error) == "Fichier trop volumineux : plus de 1\u00a0Mo une fois décompressé."


@pytest.fixture
def csv_field_limit():
    """The csv module's default limit (a library, frictionless, raises it for the process)."""
    before = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(before)


def test_a_record_or_a_field_too_long_is_refused(monkeypatch, csv_field_limit):
    with pytest.raises(ImportRefused) as error:
        records(b'a;b\n1;"' + b"x" * 200_000 + b'"\n')
    assert refusal(error) == "Ligne 2 : champ trop long (plus de 131\u202f072\u00a0caractères)."
    monkeypatch.setattr(import_files, "MAX_RECORD_CHARS", 1000)
    many_lines = b"".join(b'"x\n";' for _ in range(300))  # short lines, one record
    with pytest.raises(ImportRefused) as error:
        records(b"a;b\n1;2\n" + many_lines + b"\n")
    assert refusal(error).startswith(
        "Ligne 3 : enregistrement trop long (plus de 1\u202f000\u00a0caractères jusqu’à la ligne"
    )


def test_quotes_left_open_name_the_line_where_the_record_began():
    with pytest.raises(ImportRefused) as error:
        records(b'a;b\n1;2\n3;"quatre\n5;6\n')
    assert refusal(error) == "Ligne 3 : guillemets ou retours à la ligne mal placés."


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_a_byte_that_is_not_utf8_names_its_line(tmp_path, ending):
    lines = [f"ligne {n};é".encode() for n in range(20_000)]  # far past the first chunk
    lines[15_000] = "ligne;é".encode("latin-1")
    path = tmp_path / "f.csv.gz"
    path.write_bytes(gzip.compress(ending.join(lines)))
    with pytest.raises(ImportRefused) as error, open_csv(path=path, delimiter=";") as table:
        list(table.rows)
    assert refusal(error) == (
        "Ligne 15001 : le fichier n’est pas encodé en UTF-8 (enregistrez-le en « CSV UTF-8 »)."
    )


def test_empty_truncated_and_header_only_files():
    with pytest.raises(ImportRefused) as error:
        records(b"")
    assert refusal(error) == "Le fichier est vide : aucune ligne de données."
    with pytest.raises(ImportRefused, match="aucune ligne de données"):
        records(b"\n\r\n\n")
    assert records(b"\xef\xbb\xbfa;b\n\n") == (["a", "b"], [])  # the importer refuses it
    with pytest.raises(ImportRefused) as error:
        records(gzip.compress(b"a;b\n1;2\n" * 1000)[:-20])
    assert refusal(error) == "Le fichier compressé est incomplet ou illisible."


def test_a_whole_json_text_is_read_within_its_maximum(tmp_path):
    assert read_json_text(data=b'\xef\xbb\xbf[{"a": 1}]', max_bytes=100) == '[{"a": 1}]'
    path = write_gzip(tmp_path / "f.json", size=2 * MB, block=b" ", head=b"[")
    with pytest.raises(ImportRefused) as error:
        read_json_text(path=path, max_bytes=1 * MB)
    assert refusal(error).startswith("Fichier trop volumineux : plus de 1\u00a0Mo (un fichier JSON")
    with pytest.raises(ImportRefused, match="Ligne 2 : le fichier n’est pas encodé en UTF-8"):
        read_json_text(data=b'[\n"\xe9"]', max_bytes=100)


def test_memory_stays_bounded_on_a_20_mb_line(tmp_path):
    path = write_plain(tmp_path / "f.csv", size=20 * MB)
    tracemalloc.start()
    try:
        with pytest.raises(ImportRefused, match="ligne trop longue"), open_csv(path=path):
            pass
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * MB, peak
