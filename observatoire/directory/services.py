"""Writes of the directory: the reference geography and the demo entries."""

import json
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from observatoire.pages.models import PartnerPage

from .models import Commune, Epci, Place, Postcode, Service, Structure
from .search_keys import search_key

GEOGRAPHY_FILE = Path(__file__).resolve().parent / "data" / "geography-34.json"
EXPECTED = {"communes": 341, "epcis": 17}


class GeographyError(ValueError):
    pass


def read_geography(*, path: Path = GEOGRAPHY_FILE) -> dict:
    """Read and check the fixture before anything is written."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, count in EXPECTED.items():
        if len(data.get(key, [])) != count:
            raise GeographyError(
                # Translators: "kind" is "communes" or "epcis", the key of the file's list.
                _("%(file)s : %(found)s %(kind)s au lieu de %(expected)s.")
                % {
                    "file": path.name,
                    "found": len(data.get(key, [])),
                    "kind": key,
                    "expected": count,
                }
            )
    epci_codes = {epci["code"] for epci in data["epcis"]}
    for line, commune in enumerate(data["communes"], start=1):
        if commune["epci"] not in epci_codes:
            raise GeographyError(
                _("Commune n° %(line)s (%(code)s) : EPCI inconnu.")
                % {"line": line, "code": commune["code"]}
            )
        if not commune["postcodes"] or not commune["outline"]:
            raise GeographyError(
                _("Commune n° %(line)s (%(code)s) : données incomplètes.")
                % {"line": line, "code": commune["code"]}
            )
    return data


@transaction.atomic
def load_geography(*, data: dict) -> dict[str, int]:
    """Create or update every EPCI, commune and postcode; remove postcodes no longer listed."""
    for epci in data["epcis"]:
        Epci.objects.update_or_create(code=epci["code"], defaults={"name": epci["name"]})
    for commune in data["communes"]:
        longitude, latitude = commune["point"]
        Commune.objects.update_or_create(
            code=commune["code"],
            defaults={
                "name": commune["name"],
                "search_name": search_key(commune["name"]),
                "population": commune["population"],
                "epci_id": commune["epci"],
                "longitude": longitude,
                "latitude": latitude,
                "outline": commune["outline"],
            },
        )
    wanted = {(code, c["code"]) for c in data["communes"] for code in c["postcodes"]}
    existing = set(Postcode.objects.values_list("code", "commune_id"))
    Postcode.objects.bulk_create(
        [Postcode(code=code, commune_id=commune) for code, commune in sorted(wanted - existing)]
    )
    for code, commune in existing - wanted:
        Postcode.objects.filter(code=code, commune_id=commune).delete()
    return {
        "communes": Commune.objects.count(),
        "epcis": Epci.objects.count(),
        "postcodes": Postcode.objects.count(),
    }


@transaction.atomic
def ensure_demo_entries(*, structures: list[dict], shelter_address: str) -> int:
    """Create the example structures that do not exist yet (matched by name), each entry
    validated like a back-office form (phone numbers normalised, lists checked)."""
    created = 0
    for data in structures:
        if Structure.objects.filter(nom=data["nom"]).exists():
            continue
        partner = PartnerPage.objects.filter(
            slug=data.get("partner", ""), locale=Locale.get_default()
        ).first()
        structure = _validated(
            Structure(
                nom=data["nom"], description=data["description"], partner=partner, is_example=True
            )
        )
        place = None
        if "place" in data:
            spec = data["place"]
            commune = Commune.objects.get(name=spec["commune"])
            secret = spec.get("secret", False)
            place = _validated(
                Place(
                    structure=structure,
                    kind=spec["kind"],
                    commune=commune,
                    secret_address=secret,
                    adresse=shelter_address if secret else "",
                    longitude=commune.longitude + 0.001 if secret else None,
                    latitude=commune.latitude + 0.001 if secret else None,
                )
            )
        for service in data["services"]:
            _validated(Service(structure=structure, place=place, **service))
        created += 1
    return created


def _validated(instance):
    instance.full_clean(exclude=["slug"])
    instance.save()
    return instance
