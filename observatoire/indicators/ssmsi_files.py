"""Reading an SSMSI file row by row, whatever its form, without holding it in memory.

A `Table` is what the SSMSI parser reads: its header and its rows, each a list of strings in
header order, missing values as `NA`, so that one parser checks both forms; `place` names a row
the way a person finds it in that form. A CSV (`;`, optional BOM, gzip or not) comes from the
bounded reader every import shares (`core.import_files`, see `ssmsi._open_table`); a Parquet
file (the same columns, typed) from `open_parquet`, by batches.
"""

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

PARQUET_MAGIC = b"PAR1"
CHUNK = 1 << 20
PARQUET_BATCH = 50_000


class UnreadableFile(ValueError):
    """The file cannot be read at all; the message (in the active language) says where."""


@dataclass
class Table:
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (row number as `place` expects it, cells)
    # "Ligne" (CSV, the header is line 1) or "Enregistrement" (Parquet, from 1): an identifier,
    # written in the reader's language by `ssmsi.where()`.
    place: str
    progress: Callable[[], float] = lambda: 0.0  # the share of the file read so far


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def open_parquet(path: Path) -> Iterator[Table]:
    yield _parquet(path)


def _parquet(path: Path) -> Table:
    import pyarrow as pa  # heavy: loaded only for Parquet files
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as error:
        raise UnreadableFile(_("Le fichier Parquet est illisible.")) from error
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
            _("Enregistrement %(number)s : le fichier Parquet est illisible.")
            % {"number": number + 1}
        ) from error
