"""Import services in data·inclusion v1 form (CSV as exported here, or JSON).

Everything is checked first; one bad line and nothing is written, and the message names the
line and the field. Secret addresses are not importable: they are entered in the back-office.
"""

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pydantic
from data_inclusion.schema.v1 import Service as DataInclusionService
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from observatoire.core.imports import ImportRefused

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
    "missing": "obligatoire",
    "too_short": "ne peut pas être vide",
    "string_too_short": "trop court",
    "enum": "valeur hors du référentiel data·inclusion",
    "list_type": "une liste est attendue",
    "set_type": "une liste est attendue",
    "date_from_datetime_parsing": "date invalide (AAAA-MM-JJ)",
    "date_parsing": "date invalide (AAAA-MM-JJ)",
    "url_parsing": "adresse web invalide",
    "value_error": "valeur invalide",
}


NOT_UTF8 = "Le fichier n’est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 »."


@dataclass(frozen=True)
class Row:
    line: int
    data: dict


def is_json(file_name: str) -> bool:
    return file_name.lower().endswith(".json")


def read_rows(*, text: str, json_format: bool) -> list[Row]:
    if json_format:
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            raise ImportRefused(
                [f"Fichier JSON illisible, ligne {error.lineno} : {error.msg}."]
            ) from error
        if not isinstance(items, list):
            raise ImportRefused(["Le fichier JSON doit contenir une liste de services."])
        for number, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise ImportRefused(
                    [f"Élément {number} : un service doit être un objet JSON (entre accolades)."]
                )
        return [Row(number, item) for number, item in enumerate(items, start=1)]
    rows = []
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        raws = list(reader)
    except csv.Error as error:
        raise ImportRefused(
            [
                f"Fichier CSV illisible vers la ligne {reader.line_num} : guillemets ou retours "
                "à la ligne mal placés."
            ]
        ) from error
    for number, raw in enumerate(raws, start=2):
        if None in raw:
            raise ImportRefused([f"Ligne {number} : plus de colonnes que l’en-tête."])
        data: dict = {}
        for name, value in raw.items():
            value = (value or "").strip()
            if name in ARRAY_FIELDS:
                data[name] = _array(value, number, name)
            elif name in BOOLEAN_FIELDS:
                data[name] = value.lower() in {"true", "1", "oui"}
            else:
                data[name] = value or None
        rows.append(Row(number, data))
    return rows


def _array(value: str, line: int, name: str):
    if not value:
        return None
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(parsed, list):
        raise ImportRefused([f"Ligne {line}, champ « {name} » : une liste est attendue."])
    return parsed


def check(rows: list[Row]) -> list[str]:
    errors = []
    communes = set(Commune.objects.values_list("code", flat=True))
    seen = {}
    for row in rows:
        where = f"Ligne {row.line}"
        try:
            DataInclusionService.model_validate(
                {k: v for k, v in row.data.items() if k in DI_FIELDS}
            )
        except pydantic.ValidationError as error:
            for problem in error.errors():
                field = ".".join(str(part) for part in problem["loc"][:1]) or "?"
                message = PYDANTIC_MESSAGES.get(problem["type"], "valeur invalide")
                errors.append(f"{where}, champ « {field} » : {message}.")
        key = (row.data.get("source"), row.data.get("id"))
        if key in seen:
            errors.append(f"{where} : même identifiant que la ligne {seen[key]}.")
        seen[key] = row.line
        code = row.data.get("code_insee")
        if code and code not in communes:
            errors.append(
                f"{where}, champ « code_insee » : {code} n’est pas une commune de l’Hérault."
            )
        for name, value in (
            ("telephone", normalize_phone),
            ("horaires_accueil", validate_opening_hours),
        ):
            try:
                if row.data.get(name):
                    value(row.data[name])
            except ValidationError as error:
                errors.append(f"{where}, champ « {name} » : {error.messages[0]}")
        for name, choices in OVFF_LISTS.items():
            allowed = {key for key, _ in choices}
            unknown = [v for v in row.data.get(name) or [] if v not in allowed]
            if unknown:
                errors.append(
                    f"{where}, champ « {name} » : valeur inconnue « {', '.join(unknown)} »."
                )
        if not row.data.get("structure_nom"):
            errors.append(f"{where}, champ « structure_nom » : obligatoire.")
    return errors


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
            "whole_departement": (data.get("zone_eligibilite") or []) == ["34"],
        }
        _, created = Service.objects.update_or_create(slug=slug, defaults=values)
        counts["created" if created else "updated"] += 1
    return counts


def import_file(path: Path) -> dict[str, int]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused([NOT_UTF8]) from error
    return import_text(text=text, file_name=path.name)


def import_text(*, text: str, file_name: str) -> dict[str, int]:
    """Check every row of a CSV or JSON text, then write all of them or none."""
    rows = read_rows(text=text.removeprefix("\ufeff"), json_format=is_json(file_name))
    if not rows:
        raise ImportRefused(["Le fichier ne contient aucun service."])
    errors = check(rows)
    if errors:
        raise ImportRefused(errors)
    return write(rows)


def import_job(job, progress) -> list[str]:
    """The background import of an uploaded file (core.imports.run): its French report."""
    try:
        text = job.path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused([NOT_UTF8]) from error
    counts = import_text(text=text, file_name=job.file_name)
    progress(rows_read=counts["created"] + counts["updated"], fraction=1.0)
    return [
        f"{job.file_name} importé : {counts['created']} services créés, "
        f"{counts['updated']} mis à jour. Ils sont publiés."
    ]
