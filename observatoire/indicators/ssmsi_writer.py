"""Writing parsed SSMSI rows by batches, inside the import's transaction.

Its SQL is built from model metadata only (table and column names), never from a file.

A national file holds millions of rows: they are never all in memory. Each batch resolves its
territories (creating, when the import covers all of France, those met for the first time),
then goes to the database with PostgreSQL's COPY, or one prepared INSERT elsewhere. Populations
are written once per territory and year.
"""

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from django.db import connection

from observatoire.core import territory

from .models import Indicator, Observation, Population, Territory

BATCH = 20_000


@cache
def known_names() -> dict[tuple[str, str], str]:
    """French names of every département and région, which the files give by code only."""
    data = territory.reference()
    return {
        **{
            (Territory.DEPARTEMENT, code): d["names"]["fr"]["name"]
            for code, d in data["departements"].items()
        },
        **{
            (Territory.REGION, code): r["names"]["fr"]["name"]
            for code, r in data["regions"].items()
        },
    }


COLUMNS = ("indicator_id", "territory_id", "period", "edition_id", "value", "rate", "status")


@dataclass(slots=True)
class Row:
    code: str
    year: int
    label: str
    value: int | None
    rate: Decimal | None
    secret: bool
    population: tuple[int | None, int | None, int | None, int | None]

    @property
    def status(self) -> str:
        if self.secret:
            return Observation.SOURCE_SUPPRESSED
        if self.value is None:
            return Observation.NOT_AVAILABLE
        return Observation.ZERO if self.value == 0 else Observation.PUBLISHED


class ObservationWriter:
    def __init__(self, *, edition, level: str, create_territories: bool):
        self.edition = edition
        self.level = level
        self.create_territories = create_territories
        self.indicators = dict(
            Indicator.objects.filter(source=edition.source).values_list("source_label", "pk")
        )
        self.territories = dict(Territory.objects.filter(kind=level).values_list("code", "pk"))
        self.pending: list[Row] = []
        self.populations_seen: set[tuple[int, int]] = set()
        self.written = 0
        self.outside = 0
        self.unknown_labels: dict[str, int] = {}

    def add(self, row: Row) -> None:
        self.pending.append(row)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        rows, self.pending = self.pending, []
        if self.create_territories:
            self._create_territories({row.code for row in rows} - self.territories.keys())
        records, populations = [], {}
        edition_id = self.edition.pk
        for row in rows:
            indicator_id = self.indicators.get(row.label)
            if indicator_id is None:
                self.unknown_labels[row.label] = self.unknown_labels.get(row.label, 0) + 1
                continue
            territory_id = self.territories.get(row.code)
            if territory_id is None:
                self.outside += 1
                continue
            shown = not row.secret
            records.append(
                (
                    indicator_id,
                    territory_id,
                    str(row.year),
                    edition_id,
                    row.value if shown else None,
                    row.rate if shown else None,
                    row.status,
                )
            )
            key = (territory_id, row.year)
            if key not in self.populations_seen:
                self.populations_seen.add(key)
                populations[key] = row.population
        _insert(records)
        _store_populations(populations)
        self.written += len(records)

    def _create_territories(self, codes: set[str]) -> None:
        if not codes:
            return
        created = Territory.objects.bulk_create(
            Territory(kind=self.level, code=code, name=known_names().get((self.level, code), code))
            for code in sorted(codes)
        )
        self.territories.update((t.code, t.pk) for t in created)


def _insert(records: list[tuple]) -> None:
    if not records:
        return
    table = Observation._meta.db_table
    columns = ", ".join(COLUMNS)
    # COPY goes to psycopg directly: its errors become Django's (IntegrityError) here.
    with connection.cursor() as cursor, connection.wrap_database_errors:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for record in records:
                    copy.write_row(record)
        else:
            marks = ", ".join(["%s"] * len(COLUMNS))
            cursor.executemany(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # nosec B608
                records,
            )


def refresh_statistics() -> None:
    """After a large import, PostgreSQL's planner must know the tables grew (autovacuum comes
    later): without it, reads about the département may scan every commune of France."""
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(m._meta.db_table for m in (Observation, Territory, Population))
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


POPULATION_COLUMNS = (
    "territory_id",
    "year",
    "population",
    "population_vintage",
    "dwellings",
    "dwellings_vintage",
)


def _store_populations(populations: dict[tuple[int, int], tuple]) -> None:
    """New (territory, year) pairs are created; a pair already known takes the file's figures."""
    if not populations:
        return
    records = [(*key, *figures) for key, figures in populations.items()]
    table = Population._meta.db_table
    columns = ", ".join(POPULATION_COLUMNS)
    updates = ", ".join(f"{name} = excluded.{name}" for name in POPULATION_COLUMNS[2:])
    upsert = (
        f"INSERT INTO {table} ({columns}) {{rows}} "  # nosec B608
        f"ON CONFLICT (territory_id, year) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor, connection.wrap_database_errors:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE TEMPORARY TABLE IF NOT EXISTS population_load ON COMMIT DROP AS "  # nosec B608
                f"SELECT {columns} FROM {table} WITH NO DATA"
            )
            with cursor.copy(f"COPY population_load ({columns}) FROM STDIN") as copy:
                for record in records:
                    copy.write_row(record)
            rows = f"SELECT {columns} FROM population_load"  # nosec B608
            cursor.execute(upsert.format(rows=rows))
            cursor.execute("TRUNCATE population_load")
        else:
            marks = ", ".join(["%s"] * len(POPULATION_COLUMNS))
            cursor.executemany(upsert.format(rows=f"VALUES ({marks})"), records)
