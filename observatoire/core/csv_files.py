"""The one CSV writer of the project: every CSV the site and the back-office produce goes here.

Dialects. One dialect for the whole site, `SITE`: UTF-8, `;` between cells, decimal comma,
`\\n` at the end of lines, cells quoted only when they must be (`"` doubled). It is what a
French spreadsheet opens without asking, and what the indicators' open data publish (the
`/donnees/` page, the download links and `indicators.opendata.DIALECT`, which is read from
here). The back-office exports (Wagtail's site history...) use it too. One published format
requires another: the directory export (`/annuaire/export.csv`, data·inclusion form) declares
`,`, a decimal point and `\\r\\n` in its Table Schema (`directory.exports.table_schema`), so it
keeps them under the name `DATA_INCLUSION`. Each dialect gives its own `descriptor()` to the
schema that publishes it, so a declaration and its files cannot drift apart.

Spreadsheet formulas (CSV injection, as OWASP advises). A text cell that begins with `=`,
`+`, `-`, `@`, a tab or a carriage return is written with a single quote `'` before it: a
spreadsheet shows it as text and never runs it (`=HYPERLINK(...)` leaves as `'=HYPERLINK(...)`).
Only text is neutralised: a number given as a number (`int`, `float`, `Decimal`) is written as
a number, in the dialect's decimal notation, and keeps its sign (-3 stays -3). A number given
as text ("-3") is text, and is neutralised; so is a telephone number "+33…" (the directory's
schema says so): no exception, so that no cell a spreadsheet would compute leaves. `None` is
an empty cell, `True`/`False` are `true`/`false`. Header cells are text like any other. What
reads such a file back (the directory importer) calls `restore()`, which takes exactly one `'`
off a cell when the next character is one of those six: an export re-imported gives back the
original text. (A text that already begins with quotes before one of those six, "'=x", gets
one more quote, so that it too comes back as it was.)

`indicators/sample.py` keeps a `csv.writer` of its own on purpose: it imitates the SSMSI's
files (a third party's input format, byte for byte) and must not be neutralised.

`install()` puts every Wagtail `SpreadsheetExportMixin` view (reports, listings with
`list_export`) on this writer for their CSV; their XLSX is Wagtail's, which already stores
what looks like a formula as a plain string cell.
"""

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TextIO

from django.http import HttpResponse, StreamingHttpResponse

# What a spreadsheet may read as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
CONTENT_TYPE = "text/csv; charset=utf-8"


@dataclass(frozen=True, kw_only=True)
class Dialect:
    name: str
    delimiter: str
    decimal_char: str
    line_terminator: str

    def descriptor(self) -> dict:
        """The CSV dialect as a Table Schema / Data Package declares it."""
        return {"delimiter": self.delimiter, "header": True, "doubleQuote": True}


SITE = Dialect(name="site", delimiter=";", decimal_char=",", line_terminator="\n")
DATA_INCLUSION = Dialect(
    name="data-inclusion", delimiter=",", decimal_char=".", line_terminator="\r\n"
)


def _quoted_formula(text: str) -> bool:
    """A formula start, after any quotes already there ("'=x" gets one more, so that
    `restore()` gives it back as it was)."""
    return text.lstrip(QUOTE).startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """A text cell as a spreadsheet will show it, never run it."""
    return QUOTE + text if _quoted_formula(text) else text


def restore(text: str) -> str:
    """The text of a cell written by `neutralise()`: one `'` off when a formula start follows
    (after any other quotes). `restore(neutralise(text)) == text` for every text."""
    return text[1:] if text.startswith(QUOTE) and _quoted_formula(text) else text


def cell(value: Any, *, dialect: Dialect) -> str:
    """One value as the text of its cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", dialect.decimal_char)
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", dialect.decimal_char)
    return neutralise(str(value))


class _Line:
    """One record as text. The `csv` module quotes a cell holding a line break only when that
    character is in its line terminator: it writes CRLF here, so that a cell with a CR or an LF
    is always quoted, and the record then ends as the dialect says."""

    def __init__(self, dialect: Dialect):
        self.dialect = dialect
        self.buffer = io.StringIO(newline="")
        self.writer = csv.writer(
            self.buffer,
            delimiter=dialect.delimiter,
            lineterminator="\r\n",
            quotechar='"',
            doublequote=True,
            quoting=csv.QUOTE_MINIMAL,
        )

    def __call__(self, values: Sequence[Any]) -> str:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow([cell(value, dialect=self.dialect) for value in values])
        return self.buffer.getvalue().removesuffix("\r\n") + self.dialect.line_terminator


def csv_lines(
    *, rows: Iterable[Sequence[Any]], header: Sequence[str], dialect: Dialect
) -> Iterator[str]:
    """The file record by record (a record with a line break in a cell is one item)."""
    line = _Line(dialect)
    yield line(header)
    for row in rows:
        yield line(row)


def write_csv(
    *, rows: Iterable[Sequence[Any]], header: Sequence[str], out: TextIO, dialect: Dialect
) -> None:
    """The header then every row, into `out` (a file opened with `newline=""`)."""
    for text in csv_lines(rows=rows, header=header, dialect=dialect):
        out.write(text)


def csv_text(*, rows: Iterable[Sequence[Any]], header: Sequence[str], dialect: Dialect) -> str:
    return "".join(csv_lines(rows=rows, header=header, dialect=dialect))


def _attachment(response, filename: str):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(
    *, rows: Iterable[Sequence[Any]], header: Sequence[str], filename: str, dialect: Dialect
) -> HttpResponse:
    """A downloaded file, UTF-8."""
    body = csv_text(rows=rows, header=header, dialect=dialect)
    return _attachment(HttpResponse(body, content_type=CONTENT_TYPE), filename)


def streaming_csv_response(
    *, rows: Iterable[Sequence[Any]], header: Sequence[str], filename: str, dialect: Dialect
) -> StreamingHttpResponse:
    """A downloaded file written while it is sent (a long listing), UTF-8."""
    lines = (line.encode() for line in csv_lines(rows=rows, header=header, dialect=dialect))
    return _attachment(StreamingHttpResponse(lines, content_type=CONTENT_TYPE), filename)


class SpreadsheetCsvMixin:
    """Wagtail's `SpreadsheetExportMixin` (every report and listing export of the back-office:
    site history, locked pages, ageing pages, workflows...) writing its CSV through this writer
    (`SITE` dialect, neutralised cells): `install()` gives it these methods. Wagtail's
    preprocessing still applies (labels, dates, lists); numbers it leaves as numbers stay
    numbers."""

    csv_dialect: Dialect = SITE

    def csv_values(self, row_dict: dict) -> list:
        return [
            self.preprocess_field_value(field, row_dict.get(field), self.FORMAT_CSV)
            for field in self.list_export
        ]

    def write_csv_row(self, writer, row_dict):
        """Wagtail's hook for one row of its `csv.DictWriter`, kept safe for any caller."""
        values = self.csv_values(row_dict)
        return writer.writerow(
            {
                field: cell(value, dialect=self.csv_dialect)
                for field, value in zip(self.list_export, values, strict=True)
            }
        )

    def stream_csv(self, queryset):
        header = [self.get_heading(queryset, field) for field in self.list_export]
        rows = (self.csv_values(self.to_row_dict(item)) for item in queryset)
        for line in csv_lines(rows=rows, header=header, dialect=self.csv_dialect):
            yield line.encode()

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(self.stream_csv(queryset), content_type=CONTENT_TYPE)
        return _attachment(response, f"{self.get_filename()}.csv")


def install() -> None:
    """From CoreConfig.ready: every Wagtail spreadsheet export writes its CSV here."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    for name in ("csv_dialect", "csv_values", "write_csv_row", "stream_csv", "write_csv_response"):
        setattr(SpreadsheetExportMixin, name, SpreadsheetCsvMixin.__dict__[name])
