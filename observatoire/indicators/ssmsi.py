"""Import of the SSMSI commune file (délinquance enregistrée, data.gouv.fr).

The file: CSV separated by `;`, quoted strings, decimal comma, `NA` for missing, optional BOM,
gzip or not, or the Parquet edition with the same columns. Long format, one row per commune,
year and indicator. The code column is `CODGEO_<geography year>`. Indicators carry no code:
they are matched by label, and unknown labels are reported (their rows are skipped). Rows with
`est_diffuse = ndiff` are kept as "secret statistique (source)": their `complement_info_*`
columns hold a département average of the suppressed communes, never the commune's own figure,
so they are not read at all.

The file is streamed: rows are checked and written by batches inside one transaction, so a
national file never sits in memory. A CSV file is read by `core.import_files` (bounded lines
and records, gzip bombs refused), a Parquet file by batches (`ssmsi_files.open_parquet`) once
its declared uncompressed size passed the same guards. All or nothing: one bad line gives a
French message naming the line and the column, the transaction is rolled back and nothing is
recorded; a file with no data row is refused too (no empty edition). Importing the same file
again (same SHA-256) adds nothing.
"""

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from observatoire.core import territory
from observatoire.core.import_files import NO_DATA, check_expansion, open_csv
from observatoire.core.imports import PROGRESS_EVERY, ImportRefused
from observatoire.core.page_cache import clear_page_cache

from .comparison import warm_protected_tables
from .models import Edition, Source, Territory
from .reference import SSMSI_SOURCE
from .ssmsi_files import PARQUET_MAGIC, Table, UnreadableFile, open_parquet, sha256
from .ssmsi_writer import ObservationWriter, Row, refresh_statistics

REQUIRED = [
    "annee",
    "indicateur",
    "unite_de_compte",
    "nombre",
    "taux_pour_mille",
    "insee_pop",
    "insee_pop_millesime",
    "insee_log",
    "insee_log_millesime",
]
CODE_COLUMN = re.compile(r"CODGEO_(\d{4})$")
# The département and région files carry the same columns, with these codes instead (and no
# secrecy at those levels: `est_diffuse` is optional there).
# `import_file(departement=SERVED)`: the communes of the département served (settings), read
# when the import runs; None: every commune of France.
SERVED = "served"
UPPER_COLUMNS = [("Code_departement", Territory.DEPARTEMENT), ("Code_region", Territory.REGION)]
CODE_PATTERNS = {
    Territory.COMMUNE: re.compile(r"\d{5}|2[AB]\d{3}"),
    Territory.DEPARTEMENT: re.compile(r"\d{2,3}|2[AB]"),
    Territory.REGION: re.compile(r"\d{2}"),
}
MAX_ERRORS = 20


@dataclass
class Report:
    edition: Edition | None
    already_imported: bool = False
    rows_read: int = 0
    observations: int = 0
    outside: int = 0
    unknown_labels: dict[str, int] = field(default_factory=dict)


def import_file(
    *,
    path: Path,
    departement: str | None = SERVED,
    user=None,
    file_name: str | None = None,
    on_progress: Callable | None = None,
) -> Report:
    """Import one file (`file_name` is its name as uploaded; `on_progress(rows_read=...,
    fraction=...)` is told how far it has got, every 20,000 rows)."""
    if departement == SERVED:
        departement = territory.current().code
    digest = sha256(path)
    previous = imported_edition(digest=digest)
    if previous is not None:
        return Report(edition=previous, already_imported=True)
    try:
        with _open_table(path) as table:
            return _import(
                table,
                file_name=file_name or path.name,
                digest=digest,
                departement=departement,
                user=user,
                on_progress=on_progress or _no_progress,
            )
    except UnreadableFile as error:
        raise ImportRefused([str(error)]) from error
    except IntegrityError as error:
        if "observation" in str(error):  # the unique constraint of observations
            raise ImportRefused([_first_repeated_row(path, departement)]) from error
        # The same file imported at the same time by someone else: theirs went through first.
        previous = imported_edition(digest=digest)
        if previous is None:
            raise
        return Report(edition=previous, already_imported=True)


def imported_edition(*, digest: str) -> Edition | None:
    """The edition already imported from a file with this digest (a withdrawn one aside)."""
    return (
        Edition.objects.filter(sha256=digest, withdrawn_at=None)
        .select_related("imported_by")
        .first()
    )


def where(place: str, number: int) -> str:
    """« Ligne 8 » of a CSV file or « Enregistrement 8 » of a Parquet file (`Table.place`)."""
    if place == "Enregistrement":
        return _("Enregistrement %(number)s") % {"number": number}
    return _("Ligne %(number)s") % {"number": number}


def _no_progress(**state) -> None:
    pass


@contextmanager
def _open_table(path: Path) -> Iterator[Table]:
    """The file's rows: Parquet by batches, CSV (gzip or not) by bounded lines."""
    with path.open("rb") as stream:
        parquet = stream.read(4) == PARQUET_MAGIC
    if parquet:
        _check_parquet_size(path)
        with open_parquet(path) as table:
            yield table
        return
    with open_csv(path=path, delimiter=";") as csv_file:
        yield Table(
            header=csv_file.header, rows=csv_file.rows, place="Ligne", progress=csv_file.progress
        )


def _check_parquet_size(path: Path) -> None:
    """A Parquet file says how large its data is once decompressed: the same guards as gzip."""
    import pyarrow as pa  # heavy: loaded only for Parquet files
    import pyarrow.parquet as pq

    try:
        metadata = pq.read_metadata(path)
    except (pa.ArrowException, OSError):
        return  # open_parquet says it in French
    expanded = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    check_expansion(expanded=expanded, stored=path.stat().st_size)


def _first_repeated_row(path: Path, departement: str | None) -> str:
    """A second reading, on this error only: rows are not remembered while importing."""
    seen: dict[int, int] = {}
    with _open_table(path) as table:
        level, code_at, _year = _level(table.header)
        year_at, label_at = table.header.index("annee"), table.header.index("indicateur")
        for number, cells in table.rows:
            code = cells[code_at].strip()
            if level == Territory.COMMUNE and departement and not code.startswith(departement):
                continue
            key = hash((code, cells[year_at].strip(), cells[label_at].strip()))
            if key in seen:
                return _(
                    "%(where)s : même territoire, même année et même indicateur qu’à la ligne "
                    "%(first)s (« %(code)s », %(year)s)."
                ) % {
                    "where": where(table.place, number),
                    "first": seen[key],
                    "code": code,
                    "year": cells[year_at].strip(),
                }
            seen[key] = number
    return _(
        "Le fichier contient deux fois le même chiffre (même territoire, année et indicateur)."
    )


@transaction.atomic
def _import(table: Table, *, file_name, digest, departement, user, on_progress) -> Report:
    header = table.header
    level, code_index, geography_year = _level(header)
    missing = [name for name in REQUIRED if name not in header]
    if level == Territory.COMMUNE and "est_diffuse" not in header:
        missing.append("est_diffuse")
    if code_index is None:
        missing.insert(0, "CODGEO_<année>")
    if missing:
        names = ", ".join(f"« {name} »" for name in missing)
        raise ImportRefused([_("Ligne 1 : colonnes manquantes : %(names)s.") % {"names": names}])
    if level != Territory.COMMUNE:
        departement = None  # every département (or région): France is their sum
    source = Source.objects.get_or_create(name=SSMSI_SOURCE["name"], defaults=SSMSI_SOURCE)[0]
    edition = Edition.objects.create(
        source=source,
        file_name=file_name,
        sha256=digest,
        geography_year=geography_year or 0,
        imported_by=user,
    )
    log(instance=edition, action="ovff.edition.import", user=user)  # kept only if committed
    writer = ObservationWriter(edition=edition, level=level, create_territories=not departement)
    parser = _Parser(header, level=level, place=table.place)
    report = Report(edition=edition)
    width, errors, last_year = len(header), parser.errors, 0
    for number, cells in table.rows:
        report.rows_read += 1
        if report.rows_read % PROGRESS_EVERY == 0:
            on_progress(rows_read=report.rows_read, fraction=table.progress())
        if len(cells) != width:
            errors.append(
                _("%(where)s : %(count)s colonnes au lieu de %(expected)s.")
                % {"where": where(table.place, number), "count": len(cells), "expected": width}
            )
            if len(errors) > MAX_ERRORS:
                break
            continue
        code = cells[code_index].strip()
        if departement and not code.startswith(departement):
            report.outside += 1
            continue
        row = parser.parse(cells, code, number)
        if errors:  # keep reading to report more, but write nothing more
            if len(errors) > MAX_ERRORS:
                break
        elif row is not None:
            writer.add(row)
            if row.year > last_year:
                last_year = row.year
    if errors:
        raise ImportRefused(errors)
    if not report.rows_read:
        raise ImportRefused([NO_DATA])
    writer.flush()
    edition.geography_year = geography_year or last_year
    edition.rows_read, edition.observations = report.rows_read, writer.written
    edition.save(update_fields=["geography_year", "rows_read", "observations"])
    report.observations, report.unknown_labels = writer.written, writer.unknown_labels
    report.outside += writer.outside
    transaction.on_commit(clear_page_cache)  # bulk writes send no signal
    transaction.on_commit(refresh_statistics)
    transaction.on_commit(warm_protected_tables)  # after the cache was cleared
    return report


def _level(header: list[str]) -> tuple[str, int | None, int | None]:
    for i, name in enumerate(header):
        if match := CODE_COLUMN.match(name):
            return Territory.COMMUNE, i, int(match.group(1))
    for name, level in UPPER_COLUMNS:
        if name in header:
            return level, header.index(name), None
    return Territory.COMMUNE, None, None


class _Parser:
    """Checks one row's cells; each problem is appended to `errors` in French. Millions of rows
    go through `parse()`: the common case takes the shortest path."""

    POPULATION = ("insee_pop", "insee_pop_millesime", "insee_log", "insee_log_millesime")

    def __init__(self, header: list[str], *, level: str, place: str):
        index = {name: header.index(name) for name in [*REQUIRED, "est_diffuse"] if name in header}
        self.index = index
        self.diffusion_at = index.get("est_diffuse")
        self.year_at, self.label_at = index["annee"], index["indicateur"]
        self.value_at, self.rate_at = index["nombre"], index["taux_pour_mille"]
        self.population_at = [index[name] for name in self.POPULATION]
        self.code_pattern = CODE_PATTERNS[level]
        self.kind = dict(Territory.KINDS)[level]
        self.place = place
        self.last_code = None  # rows come grouped by commune: its code is checked once
        self.errors: list[str] = []

    def parse(self, cells: list[str], code: str, number: int) -> Row | None:
        errors = self.errors
        diffusion = "diff" if self.diffusion_at is None else cells[self.diffusion_at].strip()
        if diffusion != "diff" and diffusion != "ndiff":  # hot path
            errors.append(
                _("%(where)s, colonne « est_diffuse » : « %(value)s » (attendu diff ou ndiff).")
                % {"where": self._where(number), "value": diffusion}
            )
            return None
        if code != self.last_code:
            if not self.code_pattern.fullmatch(code):
                errors.append(
                    _("%(where)s : « %(code)s » n’est pas un code de %(kind)s.")
                    % {"where": self._where(number), "code": code, "kind": self.kind}
                )
                return None
            self.last_code = code
        year = self._integer(cells, self.year_at, number)
        if year is None:
            errors.append(
                _("%(where)s, colonne « annee » : obligatoire.") % {"where": self._where(number)}
            )
            return None
        if not 1990 <= year <= 2100:
            errors.append(
                _("%(where)s, colonne « annee » : « %(year)s » hors de portée.")
                % {"where": self._where(number), "year": year}
            )
        return Row(
            code,
            year,
            cells[self.label_at].strip(),
            self._integer(cells, self.value_at, number),
            self._rate(cells[self.rate_at], number),
            diffusion == "ndiff",
            tuple([self._integer(cells, at, number) for at in self.population_at]),
        )

    def _where(self, number: int) -> str:
        return where(self.place, number)

    def _integer(self, cells: list[str], at: int, number: int) -> int | None:
        value = cells[at]
        if value.isdigit() and value.isascii():
            return int(value)
        value = value.strip()
        if value in ("NA", ""):
            return None
        if value.isdigit() and value.isascii():
            return int(value)
        name = next(name for name, i in self.index.items() if i == at)
        self.errors.append(
            _("%(where)s, colonne « %(column)s » : « %(value)s » n’est pas un entier.")
            % {"where": self._where(number), "column": name, "value": value}
        )
        return None

    def _rate(self, text: str, number: int) -> Decimal | None:
        text = text.strip()
        if text == "NA" or not text:
            return None
        try:
            rate = Decimal(text.replace(",", "."))
        except InvalidOperation:
            message = _(
                "%(where)s, colonne « taux_pour_mille » : « %(value)s » n’est pas un nombre."
            )
        else:
            if rate.is_finite() and rate >= 0:
                return rate
            message = _("%(where)s, colonne « taux_pour_mille » : « %(value)s » n’est pas un taux.")
        self.errors.append(message % {"where": self._where(number), "value": text})
        return None
