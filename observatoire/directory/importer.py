"""Import services in data·inclusion v1 form (CSV as exported here, or JSON).

A CSV cell the export neutralised (`'=…`, `'+33…`: `core.csv_files`) is read back as the
original text: exactly one leading `'` comes off when a formula start follows it.

Everything is checked; one bad line and nothing is written, and the message names the line and
the field (in the active language: French unless a page in another language asks). Secret
addresses are not importable: they are entered in the back-office.

The file is streamed (`core.import_files`: bounded lines and records, gzip bombs refused): rows
are checked and written by batches of `BATCH` inside one transaction, rolled back at the first
refusal, so that a file of any size stays in bounded memory. A JSON file is parsed whole:
`MAX_JSON_BYTES` at most. A file with no service is refused.
"""

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pydantic
from data_inclusion.schema.v1 import Service as DataInclusionService
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from observatoire.core.csv_files import restore
from observatoire.core.import_files import NO_DATA, CsvFile, open_csv, read_json_text
from observatoire.core.imports import ImportRefused
from observatoire.core.territory import current as served_territory

from . import reference
from .exports import FIELDS
from .models import Commune, Place, Service, Structure
from .validators import normalize_phone, validate_opening_hours

ARRAY_FIELDS = {name for name, kind, _ in FIELDS if kind == "array"}
BOOLEAN_FIELDS = {name for name, kind, _ in FIELDS if kind == "boolean"}
DI_FIELDS = set(DataInclusionService.model_fields)
OVFF_LISTS = {
    "ovff_categories": reference.CATEGORIES,
    "ovff_pour_qui": reference.AUDIENCES,
    "ovff_langues": reference.LANGUAGES,
}
PYDANTIC_MESSAGES = {
    "missing": gettext_lazy("obligatoire"),
    "too_short": gettext_lazy("ne peut pas être vide"),
    "string_too_short": gettext_lazy("trop court"),
    "enum": gettext_lazy("valeur hors du référentiel data·inclusion"),
    "list_type": gettext_lazy("une liste est attendue"),
    "set_type": gettext_lazy("une liste est attendue"),
    "date_from_datetime_parsing": gettext_lazy("date invalide (AAAA-MM-JJ)"),
    "date_parsing": gettext_lazy("date invalide (AAAA-MM-JJ)"),
    "url_parsing": gettext_lazy("adresse web invalide"),
    "value_error": gettext_lazy("valeur invalide"),
}
BATCH = 500  # rows checked, then written, at a time
MAX_ERRORS = 100  # reading stops beyond: the page shows 20 of them
MAX_JSON_BYTES = 20 * 1024 * 1024  # as the back-office's upload (admin_views.MAX_BYTES)
NO_SERVICE = gettext_lazy("Le fichier ne contient aucun service.")


@dataclass(frozen=True)
class Row:
    line: int
    data: dict


def is_json(file_name: str) -> bool:
    return file_name.lower().endswith(".json")


def read_rows(*, text: str, json_format: bool) -> list[Row]:
    """Every row of a text, at once (small texts: tests, checks)."""
    data = _encoded(text)
    if json_format:
        return _json_rows(read_json_text(data=data, max_bytes=MAX_JSON_BYTES))
    with open_csv(data=data) as table:
        return list(_csv_rows(table))


def _encoded(text: str) -> bytes:
    # A lone surrogate cannot come from a file: it gives the « not UTF-8 » refusal.
    return text.encode("utf-8", "surrogatepass")


def _json_rows(text: str) -> list[Row]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRefused(
            [
                _("Fichier JSON illisible, ligne %(line)s : %(problem)s.")
                % {"line": error.lineno, "problem": error.msg}
            ]
        ) from error
    if not isinstance(items, list):
        raise ImportRefused([_("Le fichier JSON doit contenir une liste de services.")])
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ImportRefused(
                [
                    _("Élément %(number)s : un service doit être un objet JSON (entre accolades).")
                    % {"number": number}
                ]
            )
    return [Row(number, item) for number, item in enumerate(items, start=1)]


def _csv_rows(table: CsvFile) -> Iterator[Row]:
    """Rows one at a time, numbered as a spreadsheet does (the header is line 1)."""
    header = table.header
    for number, (_offset, cells) in enumerate(table.rows, start=2):
        if len(cells) > len(header):
            raise ImportRefused(
                [_("Ligne %(line)s : plus de colonnes que l’en-tête.") % {"line": number}]
            )
        raw = dict(zip(header, cells, strict=False))
        raw.update((name, "") for name in header[len(cells) :])
        data: dict = {}
        for name, value in raw.items():
            # The export puts a ' before a text starting like a formula: take it off again
            # (after trimming, so that "'\tx" comes back as it was exported).
            value = restore((value or "").strip())
            if name in ARRAY_FIELDS:
                data[name] = _array(value, number, name)
            elif name in BOOLEAN_FIELDS:
                data[name] = value.lower() in {"true", "1", "oui"}
            else:
                data[name] = value or None
        yield Row(number, data)


def _array(value: str, line: int, name: str):
    if not value:
        return None
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(parsed, list):
        raise ImportRefused(
            [
                _("Ligne %(line)s, champ « %(field)s » : une liste est attendue.")
                % {"line": line, "field": name}
            ]
        )
    return parsed


@dataclass
class Known:
    """What checking a file remembers from one batch to the next."""

    communes: set[str]
    ids: dict[tuple, int]  # (source, id) -> its line


def check(rows: list[Row], *, known: Known | None = None) -> list[str]:
    errors = []
    if known is None:
        known = Known(set(Commune.objects.values_list("code", flat=True)), {})
    communes, seen = known.communes, known.ids
    for row in rows:
        line = row.line
        try:
            DataInclusionService.model_validate(
                {k: v for k, v in row.data.items() if k in DI_FIELDS}
            )
        except pydantic.ValidationError as error:
            for problem in error.errors():
                field = ".".join(str(part) for part in problem["loc"][:1]) or "?"
                message = PYDANTIC_MESSAGES.get(problem["type"]) or _("valeur invalide")
                errors.append(_field_error(line, field, message))
        key = (row.data.get("source"), row.data.get("id"))
        if key in seen:
            errors.append(
                _("Ligne %(line)s : même identifiant que la ligne %(first)s.")
                % {"line": line, "first": seen[key]}
            )
        seen[key] = row.line
        code = row.data.get("code_insee")
        if code and code not in communes:
            errors.append(
                _field_error(
                    line,
                    "code_insee",
                    _("%(code)s n’est pas une commune %(of_departement)s")
                    % {**served_territory().words(), "code": code},
                )
            )
        for name, value in (
            ("telephone", normalize_phone),
            ("horaires_accueil", validate_opening_hours),
        ):
            try:
                if row.data.get(name):
                    value(row.data[name])
            except ValidationError as error:
                errors.append(_field_problem(line, name, error.messages[0]))
        for name, choices in OVFF_LISTS.items():
            allowed = {key for key, _label in choices}
            unknown = [v for v in row.data.get(name) or [] if v not in allowed]
            if unknown:
                errors.append(
                    _field_error(
                        line,
                        name,
                        _("valeur inconnue « %(values)s »") % {"values": ", ".join(unknown)},
                    )
                )
        if not row.data.get("structure_nom"):
            errors.append(_field_error(line, "structure_nom", _("obligatoire")))
    return errors


def _field_error(line: int, field: str, message: str) -> str:
    """« Ligne 3, champ « nom » : obligatoire. » (the field is the file's column name)."""
    return _("Ligne %(line)s, champ « %(field)s » : %(problem)s.") % {
        "line": line,
        "field": field,
        "problem": message,
    }


def _field_problem(line: int, field: str, sentence: str) -> str:
    """« Ligne 3, champ « telephone » : Numéro de téléphone non reconnu… » (a whole sentence)."""
    return _("Ligne %(line)s, champ « %(field)s » : %(sentence)s") % {
        "line": line,
        "field": field,
        "sentence": sentence,
    }


@transaction.atomic
def write(rows: list[Row]) -> dict[str, int]:
    counts = {"created": 0, "updated": 0}
    for row in rows:
        data = row.data
        structure, _ = Structure.objects.get_or_create(nom=data["structure_nom"])
        place = None
        if data.get("code_insee"):
            place, _ = Place.objects.get_or_create(
                structure=structure,
                commune_id=data["code_insee"],
                adresse=data.get("adresse") or "",
                defaults={
                    "kind": "fixe",
                    "code_postal": data.get("code_postal") or "",
                    "longitude": data.get("longitude"),
                    "latitude": data.get("latitude"),
                },
            )
        source, external_id = data["source"], data["id"]
        slug = slugify(external_id if source == "ovff34" else f"{source}-{external_id}")[:120]
        values = {
            "structure": structure,
            "place": place,
            "nom": data["nom"],
            "description": data["description"],
            "type": data.get("type") or "",
            "thematiques": data.get("thematiques") or [],
            "publics": data.get("publics") or [],
            "publics_precisions": data.get("publics_precisions") or "",
            "conditions_acces": data.get("conditions_acces") or "",
            "frais": data.get("frais") or "gratuit",
            "frais_precisions": data.get("frais_precisions") or "",
            "modes_accueil": data.get("modes_accueil") or [],
            "modes_mobilisation": data.get("modes_mobilisation") or [],
            "mobilisable_par": data.get("mobilisable_par") or [],
            "mobilisation_precisions": data.get("mobilisation_precisions") or "",
            "lien_mobilisation": data.get("lien_mobilisation") or "",
            "courriel": data.get("courriel") or "",
            "telephone": normalize_phone(data.get("telephone") or ""),
            "horaires_accueil": data.get("horaires_accueil") or "",
            "categories": data.get("ovff_categories") or [],
            "audiences": data.get("ovff_pour_qui") or [],
            "languages": data.get("ovff_langues") or [],
            "without_appointment": bool(data.get("ovff_sans_rendez_vous")),
            "anonymous": bool(data.get("ovff_anonyme")),
            "always_open": bool(data.get("ovff_24h_24")),
            "whole_departement": (data.get("zone_eligibilite") or []) == [served_territory().code],
        }
        _, created = Service.objects.update_or_create(slug=slug, defaults=values)
        counts["created" if created else "updated"] += 1
    return counts


def import_file(path: Path) -> dict[str, int]:
    return import_source(path=path, file_name=path.name)


def import_text(*, text: str, file_name: str) -> dict[str, int]:
    """Check every row of a CSV or JSON text, then write all of them or none."""
    return import_source(data=_encoded(text), file_name=file_name)


def import_source(
    *,
    path: Path | None = None,
    data: bytes | None = None,
    file_name: str,
    on_progress: Callable | None = None,
) -> dict[str, int]:
    """Import a file (a path, or bytes in memory; CSV or JSON as its name says): every row
    checked and written by batches in one transaction, all of them or none."""
    on_progress = on_progress or _no_progress
    if is_json(file_name):
        rows = _json_rows(read_json_text(path=path, data=data, max_bytes=MAX_JSON_BYTES))
        return _import(iter(rows), empty=NO_SERVICE, progress=lambda: 0.0, on_progress=on_progress)
    with open_csv(path=path, data=data) as table:
        return _import(
            _csv_rows(table), empty=NO_DATA, progress=table.progress, on_progress=on_progress
        )


def _no_progress(**state) -> None:
    pass


@transaction.atomic
def _import(rows: Iterator[Row], *, empty: str, progress, on_progress) -> dict[str, int]:
    known = Known(set(Commune.objects.values_list("code", flat=True)), {})
    counts, errors, batch, read = {"created": 0, "updated": 0}, [], [], 0

    def check_then_write():
        errors.extend(check(batch, known=known))
        if not errors:  # past the first error, keep checking but write nothing more
            for key, count in write(batch).items():
                counts[key] += count
        batch.clear()
        on_progress(rows_read=read, fraction=progress())

    try:
        for row in rows:
            read += 1
            batch.append(row)
            if len(batch) >= BATCH:
                check_then_write()
                if len(errors) > MAX_ERRORS:
                    break
        check_then_write()
    except ImportRefused as refusal:  # the file itself is unreadable from that row on
        raise ImportRefused([*errors, *refusal.errors]) from refusal
    if errors:
        raise ImportRefused(errors)
    if not read:
        raise ImportRefused([empty])
    return counts


def import_job(job, progress) -> list[str]:
    """The background import of an uploaded file (core.imports.run): its French report."""
    counts = import_source(path=job.path, file_name=job.file_name, on_progress=progress)
    progress(rows_read=counts["created"] + counts["updated"], fraction=1.0)
    report = ngettext(
        # Translators: French keeps « services créés » for one service too.
        "%(file)s importé : %(created)s services créés, %(updated)s mis à jour. Ils sont publiés.",
        "%(file)s importé : %(created)s services créés, %(updated)s mis à jour. Ils sont publiés.",
        counts["created"],
    )
    return [report % {"file": job.file_name, **counts}]
