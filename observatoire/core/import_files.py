"""Reading an imported text file in bounded memory, whatever it holds.

Every text import (the SSMSI CSV, the directory's CSV and JSON, the partners' figures) reads its
file here: plain or gzip (told by its first two bytes), UTF-8 with or without a BOM, decoded by
chunks and handed over one line at a time (`open_text`), or one CSV record at a time
(`open_csv`, Python's csv module fed with those lines). Whatever the file holds, no more than
one line, or one record, is held here; the importer adds its own batch. The file is refused
with `ImportRefused` (French, nothing written) as soon as:

- a line is longer than `MAX_LINE_CHARS` (1,000,000 characters, its ending included): an SSMSI
  line is about 120, a directory service a few thousand;
- a CSV record (a quoted field may span lines) is longer than `MAX_RECORD_CHARS` (the same), or
  one of its fields longer than the csv module's own limit (131,072 unless a library raised
  it: that limit is process-wide, and left as it is);
- it expands beyond `MAX_UNCOMPRESSED_BYTES` (2 GiB: about four times the national SSMSI file,
  ten times the largest upload, `settings.IMPORT_MAX_BYTES`);
- once `RATIO_FLOOR` (16 MiB) has come out of a gzip file, it has expanded more than
  `MAX_RATIO` (100) times the compressed bytes read so far: a gzip bomb. Real CSV files expand
  10 to 20 times (the Hérault SSMSI file 17).

`read_json_text` reads a whole file under the same guards, within a maximum of its caller's (the
directory's JSON, which is parsed whole). The limits are module constants, read when a file is
opened (tests patch them).
"""

import codecs
import csv
import gzip
import io
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .formatting import format_number
from .imports import ImportRefused

MAX_LINE_CHARS = 1_000_000
MAX_RECORD_CHARS = 1_000_000
MAX_UNCOMPRESSED_BYTES = 2 * 1024**3
MAX_RATIO = 100
RATIO_FLOOR = 16 * 1024**2
CHUNK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b"
# The no-break spaces (U+00A0) of the marked texts are typed as such: xgettext reads no \u
# escape, and an escaped msgid would never match its catalogue entry.

EMPTY = gettext_lazy("Le fichier est vide : aucune ligne de données.")
NO_DATA = gettext_lazy("Le fichier ne contient aucune ligne de données, seulement l’en-tête.")
NOT_UTF8 = gettext_lazy(
    "Ligne %(line)s : le fichier n’est pas encodé en UTF-8 (enregistrez-le en « CSV UTF-8 »)."
)
BROKEN_GZIP = gettext_lazy("Le fichier compressé est incomplet ou illisible.")


def _size_text(size: int) -> str:
    """A size in French units: 2 Go, 20 Mo, 512 Ko."""
    units = (
        # Translators: a size in gigaoctets (gigabytes).
        (_("%(size)s Go"), 1024**3),
        # Translators: a size in mégaoctets (megabytes).
        (_("%(size)s Mo"), 1024**2),
        # Translators: a size in kilooctets (kilobytes).
        (_("%(size)s Ko"), 1024),
    )
    for text, factor in units:
        if size >= factor:
            return text % {"size": format_number(round(size / factor, 1))}
    return _("%(size)s octets") % {"size": format_number(size)}


def check_expansion(*, expanded: int, stored: int | None) -> None:
    """Refuse a file that has expanded to `expanded` bytes from `stored` bytes read so far
    (None: the file is not compressed)."""
    if expanded > MAX_UNCOMPRESSED_BYTES:
        size = _size_text(MAX_UNCOMPRESSED_BYTES)
        if stored is not None:
            message = _("Fichier trop volumineux : plus de %(size)s une fois décompressé.")
        else:
            message = _("Fichier trop volumineux : plus de %(size)s.")
        raise ImportRefused([message % {"size": size}])
    if stored is not None and expanded > RATIO_FLOOR and expanded > MAX_RATIO * max(stored, 1):
        raise ImportRefused(
            [
                _(
                    "Fichier trop volumineux une fois décompressé : plus de "
                    "%(ratio)s fois sa taille compressée (fichier piégé ?)."
                )
                % {"ratio": MAX_RATIO}
            ]
        )


class _Guard(io.RawIOBase):
    """The file's bytes once decompressed, counted as they are read, within the limits."""

    def __init__(self, binary, *, raw, compressed: bool):
        self._binary, self._raw, self._compressed = binary, raw, compressed
        self.expanded = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            count = self._binary.readinto(buffer)
        except (EOFError, zlib.error, OSError) as error:
            if not self._compressed:
                raise
            raise ImportRefused([BROKEN_GZIP]) from error
        self.expanded += count
        check_expansion(
            expanded=self.expanded, stored=self._raw.tell() if self._compressed else None
        )
        return count


@contextmanager
def _decompressed(*, path: Path | None, data: bytes | None) -> Iterator[tuple[_Guard, Callable]]:
    """The decompressed bytes (guarded) and the share of the stored file read so far."""
    if (path is None) == (data is None):
        raise TypeError("Give either path or data.")
    with path.open("rb") if path is not None else io.BytesIO(data) as raw:
        compressed = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        size = max(path.stat().st_size if path is not None else len(data), 1)
        binary = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
        yield _Guard(binary, raw=raw, compressed=compressed), lambda: min(raw.tell() / size, 1.0)


class TextLines:
    """The lines of a text file, each with its ending, one at a time (iterate over it).

    With `record_max`, `record` is shared with the CSV reader's side: the characters read since
    it last completed a record, and the line that record began on; it sets both when it
    completes one."""

    def __init__(
        self, *, text: io.TextIOWrapper, progress: Callable, reopen: Callable, record_max: int
    ):
        self.progress: Callable[[], float] = progress
        self.record = [0, 1]
        self._text, self._reopen, self._record_max = text, reopen, record_max
        self._lines = self._read()

    def __iter__(self) -> Iterator[str]:
        return self._lines  # the generator itself: the csv reader calls it without a detour

    def _read(self) -> Iterator[str]:
        # Millions of lines go through here: locals only, and one list shared with the reader.
        readline, longest, record_max = self._text.readline, MAX_LINE_CHARS, self._record_max
        record, number = self.record, 0
        while True:
            try:
                line = readline(longest + 1)
            except UnicodeDecodeError as error:
                raise ImportRefused([NOT_UTF8 % {"line": self._undecodable_line()}]) from error
            if not line:
                return
            number += 1
            length = len(line)
            if length > longest:
                raise ImportRefused(
                    [
                        _("Ligne %(line)s : ligne trop longue (plus de %(count)s caractères).")
                        % {"line": number, "count": format_number(longest)}
                    ]
                )
            chars = record[0] + length
            if chars > record_max:
                raise ImportRefused(
                    [
                        _(
                            "Ligne %(line)s : enregistrement trop long (plus de "
                            "%(count)s caractères jusqu’à la ligne %(last)s) : un "
                            "guillemet n’a-t-il pas été refermé ?"
                        )
                        % {"line": record[1], "count": format_number(record_max), "last": number}
                    ]
                )
            record[0] = chars
            yield line

    def _undecodable_line(self) -> int:
        """Text is decoded by chunks: read the bytes again to name the line of the first
        undecodable one (never further than the first reading went)."""
        line, pending, after_cr = 1, b"", False
        with self._reopen() as (binary, _read_share):
            while chunk := binary.read(CHUNK):
                data = pending + chunk
                try:
                    _decoded, consumed = codecs.utf_8_decode(data, "strict", False)
                except UnicodeDecodeError as error:
                    return line + _line_breaks(data[: error.start], after_cr=after_cr)
                line += _line_breaks(data[:consumed], after_cr=after_cr)
                after_cr = data[:consumed].endswith(b"\r")
                pending = data[consumed:]
        return line


def _line_breaks(data: bytes, *, after_cr: bool) -> int:
    """Line endings as the text reader sees them: \\n, \\r\\n or \\r alone."""
    breaks = data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
    return breaks - 1 if after_cr and data.startswith(b"\n") else breaks


@contextmanager
def open_text(*, path: Path | None = None, data: bytes | None = None) -> Iterator[TextLines]:
    """The lines of a file (a path, or bytes already in memory), plain or gzip, UTF-8."""
    with _open_lines(path=path, data=data, record_max=sys.maxsize) as lines:
        yield lines


@contextmanager
def _open_lines(*, path: Path | None, data: bytes | None, record_max: int):

    def reopen():
        return _decompressed(path=path, data=data)

    with reopen() as (binary, progress):
        buffered = io.BufferedReader(binary, CHUNK)
        text = io.TextIOWrapper(buffered, encoding="utf-8-sig", newline="")
        yield TextLines(
            text=text,
            progress=progress,
            reopen=reopen,
            record_max=record_max,
        )


@dataclass
class CsvFile:
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (line number of the record's last line, cells)
    progress: Callable[[], float]  # the share of the stored file read so far


@contextmanager
def open_csv(
    *, path: Path | None = None, data: bytes | None = None, delimiter: str = ","
) -> Iterator[CsvFile]:
    """A CSV file read one record at a time, its header first. Blank lines are skipped; an
    empty file is refused. The importer refuses a file with no record after the header
    (`NO_DATA`)."""
    with _open_lines(path=path, data=data, record_max=MAX_RECORD_CHARS) as lines:
        reader = csv.reader(lines, delimiter=delimiter, quotechar='"', strict=True)
        records = _records(reader, lines.record)
        header = next(records, None)
        if header is None:
            raise ImportRefused([EMPTY])
        yield CsvFile(header=header[1], rows=records, progress=lines.progress)


def _records(reader, record: list[int]) -> Iterator[tuple[int, list[str]]]:
    try:
        for cells in reader:
            number = reader.line_num
            record[0], record[1] = 0, number + 1  # the next record starts afresh
            if cells:
                yield number, cells
    except csv.Error as error:
        raise ImportRefused([_csv_problem(error, line=record[1])]) from error


def _csv_problem(error: csv.Error, *, line: int) -> str:
    if "field larger than field limit" in str(error):
        return _("Ligne %(line)s : champ trop long (plus de %(count)s caractères).") % {
            "line": line,
            "count": format_number(csv.field_size_limit()),
        }
    return _("Ligne %(line)s : guillemets ou retours à la ligne mal placés.") % {"line": line}


def read_json_text(*, path: Path | None = None, data: bytes | None = None, max_bytes: int) -> str:
    """The whole text of a JSON file (parsed whole), refused beyond `max_bytes` once
    decompressed."""
    with _decompressed(path=path, data=data) as (binary, _read_share):
        content = io.BufferedReader(binary, CHUNK).read(max_bytes + 1)
    if len(content) > max_bytes:
        raise ImportRefused(
            [
                _(
                    "Fichier trop volumineux : plus de %(size)s "
                    "(un fichier JSON est lu en entier : importez plutôt un CSV)."
                )
                % {"size": _size_text(max_bytes)}
            ]
        )
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = _line_breaks(content[: error.start], after_cr=False) + 1
        raise ImportRefused([NOT_UTF8 % {"line": line}]) from error
