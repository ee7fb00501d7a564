"""Reading an SSMSI file row by row, whatever its form, without holding it in memory.

CSV (`;`, optional BOM, gzip or not) or Parquet (the same columns, typed). Every row comes out
as a list of strings in header order, missing values as `NA`, so that one parser checks both
forms; `place(n)` names a row the way a person finds it in that form.
"""

import csv
import gzip
import hashlib
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

GZIP_MAGIC = b"\x1f\x8b"
PARQUET_MAGIC = b"PAR1"
CHUNK = 1 << 20
PARQUET_BATCH = 50_000


class UnreadableFile(ValueError):
    """The file cannot be read at all; the message is French and says where."""


@dataclass
class Table:
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (row number as `place` expects it, cells)
    place: str  # "Ligne" (CSV, the header is line 1) or "Enregistrement" (Parquet, from 1)
    progress: Callable[[], float] = lambda: 0.0  # the share of the file read so far


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def open_table(path: Path) -> Iterator[Table]:
    with path.open("rb") as stream:
        magic = stream.read(4)
    if magic == PARQUET_MAGIC:
        yield _parquet(path)
        return
    size = max(path.stat().st_size, 1)
    with path.open("rb") as raw:
        binary = gzip.GzipFile(fileobj=raw, mode="rb") if magic[:2] == GZIP_MAGIC else raw
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        reader = csv.reader(text, delimiter=";", quotechar='"', strict=True)
        try:
            header = next(reader)
        except StopIteration as error:
            raise UnreadableFile("Le fichier est vide.") from error
        except (csv.Error, UnicodeDecodeError, OSError, EOFError) as error:
            raise _explain(error, path=path, line=1) from error
        yield Table(
            header=header,
            rows=_csv_rows(reader, path),
            place="Ligne",
            progress=lambda: raw.tell() / size,  # bytes of the file itself, compressed or not
        )


def _csv_rows(reader, path: Path) -> Iterator[tuple[int, list[str]]]:
    line = 1
    try:
        for cells in reader:
            line = reader.line_num
            if cells:
                yield line, cells
    except (csv.Error, UnicodeDecodeError, OSError, EOFError) as error:
        raise _explain(error, path=path, line=line + 1) from error


def _explain(error: Exception, *, path: Path, line: int) -> UnreadableFile:
    if isinstance(error, UnicodeDecodeError):
        return UnreadableFile(
            f"Ligne {_first_undecodable_line(path)} : le fichier n’est pas encodé en UTF-8."
        )
    if isinstance(error, csv.Error):
        return UnreadableFile(f"Ligne {line} : guillemets mal placés.")
    return UnreadableFile("Le fichier compressé est incomplet ou illisible.")


def _first_undecodable_line(path: Path) -> int:
    """Text is decoded by chunks: read again, line by line, to name the right one."""
    with path.open("rb") as stream:
        gzipped = stream.read(2) == GZIP_MAGIC
    with gzip.open(path, "rb") if gzipped else path.open("rb") as binary:
        for number, raw in enumerate(binary, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def _parquet(path: Path) -> Table:
    import pyarrow as pa  # heavy: loaded only for Parquet files
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as error:
        raise UnreadableFile("Le fichier Parquet est illisible.") from error
    read = [0]
    total = max(parquet.metadata.num_rows, 1)
    return Table(
        header=list(parquet.schema_arrow.names),
        rows=_parquet_rows(parquet, pa, read),
        place="Enregistrement",
        progress=lambda: read[0] / total,
    )


def _parquet_rows(parquet, pa, read: list[int]) -> Iterator[tuple[int, list[str]]]:
    number = 0
    try:
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH):
            columns = [column.to_pylist() for column in batch.columns]
            for values in zip(*columns, strict=True):
                number += 1
                read[0] = number
                yield number, ["NA" if v is None else str(v) for v in values]
    except (pa.ArrowException, OSError) as error:
        raise UnreadableFile(
            f"Enregistrement {number + 1} : le fichier Parquet est illisible."
        ) from error
