"""Import of the SSMSI commune file (délinquance enregistrée, data.gouv.fr).

The file: CSV separated by `;`, quoted strings, decimal comma, `NA` for missing, optional BOM,
gzip or not. Long format, one row per commune, year and indicator. The code column is
`CODGEO_<geography year>`. Indicators carry no code: they are matched by label, and unknown
labels are reported (their rows are skipped). Rows with `est_diffuse = ndiff` are kept as
"secret statistique (source)": their `complement_info_*` columns hold a département average of
the suppressed communes, never the commune's own figure, so they are not read at all.

All or nothing: the whole file is read and checked before anything is written; one bad line
gives a French message naming the line and the column, and nothing is recorded. Importing the
same file again (same SHA-256) adds nothing.
"""

import csv
import gzip
import hashlib
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction

from observatoire.core.page_cache import clear_page_cache

from .models import Edition, Indicator, Observation, Population, Source, Territory
from .reference import SSMSI_SOURCE

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
UPPER_COLUMNS = [("Code_departement", Territory.DEPARTEMENT), ("Code_region", Territory.REGION)]
CODE_PATTERNS = {
    Territory.COMMUNE: re.compile(r"\d{5}|2[AB]\d{3}"),
    Territory.DEPARTEMENT: re.compile(r"\d{2,3}|2[AB]"),
    Territory.REGION: re.compile(r"\d{2}"),
}
KNOWN_NAMES = {(Territory.DEPARTEMENT, "34"): "Hérault", (Territory.REGION, "76"): "Occitanie"}
MAX_ERRORS = 20


class SsmsiImportError(ValueError):
    def __init__(self, errors: list[str]):
        self.errors = errors
        shown = errors[:MAX_ERRORS]
        if len(errors) > MAX_ERRORS:
            shown.append(f"… et {len(errors) - MAX_ERRORS} autres erreurs.")
        super().__init__("Import refusé, rien n’a été enregistré :\n" + "\n".join(shown))


@dataclass
class Report:
    edition: Edition | None
    already_imported: bool = False
    rows_read: int = 0
    observations: int = 0
    outside: int = 0
    unknown_labels: dict[str, int] = field(default_factory=dict)


def import_file(*, path: Path, departement: str | None = "34", user=None) -> Report:
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    previous = Edition.objects.filter(sha256=digest).first()
    if previous is not None:
        return Report(edition=previous, already_imported=True)
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SsmsiImportError(["Le fichier n’est pas encodé en UTF-8."]) from error
    return _import_text(
        text=text, file_name=path.name, digest=digest, departement=departement, user=user
    )


@dataclass
class _Row:
    code: str
    year: int
    label: str
    unit: str
    value: int | None
    rate: Decimal | None
    secret: bool
    population: tuple[int | None, int | None, int | None, int | None]


def _import_text(*, text, file_name, digest, departement, user) -> Report:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as error:
        raise SsmsiImportError(["Le fichier est vide ou illisible."]) from error
    level, code_index, geography_year = _level(header)
    missing = [name for name in REQUIRED if name not in header]
    if level == Territory.COMMUNE and "est_diffuse" not in header:
        missing.append("est_diffuse")
    if code_index is None:
        missing.insert(0, "CODGEO_<année>")
    if missing:
        names = ", ".join(f"« {name} »" for name in missing)
        raise SsmsiImportError([f"Ligne 1 : colonnes manquantes : {names}."])
    index = {name: header.index(name) for name in [*REQUIRED, "est_diffuse"] if name in header}
    if level != Territory.COMMUNE:
        departement = None  # every département (or région): France is their sum
    rows, errors = [], []
    report = Report(edition=None)
    try:
        for line, cells in enumerate(reader, start=2):
            if not cells:
                continue
            report.rows_read += 1
            if len(cells) != len(header):
                errors.append(f"Ligne {line} : {len(cells)} colonnes au lieu de {len(header)}.")
                continue
            code = cells[code_index].strip()
            if departement and not code.startswith(departement):
                report.outside += 1
                continue
            row = _parse(cells, index=index, code=code, level=level, line=line, errors=errors)
            if row is not None:
                rows.append(row)
            if len(errors) > MAX_ERRORS:
                break
    except csv.Error as error:
        errors.append(f"Ligne {reader.line_num} : guillemets mal placés.")
        raise SsmsiImportError(errors) from error
    if errors:
        raise SsmsiImportError(errors)
    if geography_year is None:
        geography_year = max((row.year for row in rows), default=0)
    return _write(
        rows,
        report=report,
        level=level,
        file_name=file_name,
        digest=digest,
        geography_year=geography_year,
        departement=departement,
        user=user,
    )


def _level(header: list[str]) -> tuple[str, int | None, int | None]:
    for i, name in enumerate(header):
        if match := CODE_COLUMN.match(name):
            return Territory.COMMUNE, i, int(match.group(1))
    for name, level in UPPER_COLUMNS:
        if name in header:
            return level, header.index(name), None
    return Territory.COMMUNE, None, None


def _parse(cells, *, index, code, level, line, errors) -> _Row | None:
    def integer(name: str) -> int | None:
        value = cells[index[name]].strip()
        if value in ("NA", ""):
            return None
        if not value.isdigit():
            errors.append(f"Ligne {line}, colonne « {name} » : « {value} » n’est pas un entier.")
            return None
        return int(value)

    diffusion = cells[index["est_diffuse"]].strip() if "est_diffuse" in index else "diff"
    if diffusion not in ("diff", "ndiff"):
        errors.append(
            f"Ligne {line}, colonne « est_diffuse » : « {diffusion} » (attendu diff ou ndiff)."
        )
        return None
    if not CODE_PATTERNS[level].fullmatch(code):
        kind = dict(Territory.KINDS)[level]
        errors.append(f"Ligne {line} : « {code} » n’est pas un code de {kind}.")
        return None
    year = integer("annee")
    if year is not None and not 1990 <= year <= 2100:
        errors.append(f"Ligne {line}, colonne « annee » : « {year} » hors de portée.")
    rate_text = cells[index["taux_pour_mille"]].strip()
    rate = None
    if rate_text not in ("NA", ""):
        try:
            rate = Decimal(rate_text.replace(",", "."))
        except InvalidOperation:
            errors.append(
                f"Ligne {line}, colonne « taux_pour_mille » : « {rate_text} » n’est pas un nombre."
            )
    value = integer("nombre")
    population = tuple(
        integer(name)
        for name in ("insee_pop", "insee_pop_millesime", "insee_log", "insee_log_millesime")
    )
    if year is None:
        errors.append(f"Ligne {line}, colonne « annee » : obligatoire.")
        return None
    return _Row(
        code=code,
        year=year,
        label=cells[index["indicateur"]].strip(),
        unit=cells[index["unite_de_compte"]].strip(),
        value=value,
        rate=rate,
        secret=diffusion == "ndiff",
        population=population,
    )


def _status(row: _Row) -> str:
    if row.secret:
        return Observation.SOURCE_SUPPRESSED
    if row.value is None:
        return Observation.NOT_AVAILABLE
    return Observation.ZERO if row.value == 0 else Observation.PUBLISHED


@transaction.atomic
def _write(rows, *, report, level, file_name, digest, geography_year, departement, user):
    source, _ = Source.objects.get_or_create(name=SSMSI_SOURCE["name"], defaults=SSMSI_SOURCE)
    indicators = {i.source_label: i for i in Indicator.objects.filter(source=source)}
    territories = {t.code: t for t in Territory.objects.filter(kind=level)}
    edition = Edition.objects.create(
        source=source,
        file_name=file_name,
        sha256=digest,
        geography_year=geography_year,
        imported_by=user,
        rows_read=report.rows_read,
    )
    observations, populations = [], {}
    for row in rows:
        indicator = indicators.get(row.label)
        if indicator is None:
            report.unknown_labels[row.label] = report.unknown_labels.get(row.label, 0) + 1
            continue
        territory = territories.get(row.code)
        if territory is None:
            if departement:
                report.outside += 1
                continue
            name = KNOWN_NAMES.get((level, row.code), row.code)
            territory = territories[row.code] = Territory.objects.create(
                kind=level, code=row.code, name=name
            )
        observations.append(
            Observation(
                indicator=indicator,
                territory=territory,
                period=str(row.year),
                edition=edition,
                value=None if row.secret else row.value,
                rate=None if row.secret else row.rate,
                status=_status(row),
            )
        )
        populations[(territory.pk, row.year)] = row.population
    Observation.objects.bulk_create(observations, batch_size=5000)
    _store_populations(populations)
    edition.observations = len(observations)
    edition.save(update_fields=["observations"])
    report.edition, report.observations = edition, len(observations)
    transaction.on_commit(clear_page_cache)  # bulk writes send no signal
    return report


def _store_populations(populations: dict) -> None:
    existing = {
        (p.territory_id, p.year): p
        for p in Population.objects.filter(territory_id__in={t for t, _ in populations})
    }
    new = []
    for (territory_id, year), (pop, pop_year, dwellings, dwellings_year) in populations.items():
        record = existing.get((territory_id, year))
        if record is None:
            new.append(
                Population(
                    territory_id=territory_id,
                    year=year,
                    population=pop,
                    population_vintage=pop_year,
                    dwellings=dwellings,
                    dwellings_vintage=dwellings_year,
                )
            )
        elif (record.population, record.dwellings) != (pop, dwellings):
            record.population, record.population_vintage = pop, pop_year
            record.dwellings, record.dwellings_vintage = dwellings, dwellings_year
            record.save()
    Population.objects.bulk_create(new, batch_size=5000)
