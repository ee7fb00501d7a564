"""The reference geography of the département served: finding, checking and loading its file.

The file is `geography-<code>.json`, built by `scripts/build_geography.py`: the committed one in
`data/` when there is one (the Hérault's), otherwise the one in `settings.GEOGRAPHY_DIR`
(`var/geography/`). `read_geography()` checks it whole before `load_geography()` writes anything.
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from observatoire.core.imports import ImportRefused

from .models import Commune, Epci, Postcode
from .search_keys import search_key

DATA_DIR = Path(__file__).resolve().parent / "data"
GEOGRAPHY_FILE = DATA_DIR / "geography-34.json"  # the Hérault's, committed
BUILD_COMMAND = "python scripts/build_geography.py --departement {code}"


def geography_dir() -> Path:
    return Path(getattr(settings, "GEOGRAPHY_DIR", settings.BASE_DIR / "var" / "geography"))


def geography_file(departement: str | None = None) -> Path:
    """The file of a département (by default the one served): committed, or built."""
    code = departement or settings.DEPARTEMENT
    committed = DATA_DIR / f"geography-{code}.json"
    return committed if committed.exists() else geography_dir() / f"geography-{code}.json"


def read_geography(*, path: Path | None = None) -> dict:
    """Read and check the file before anything is written."""
    code = settings.DEPARTEMENT
    if path is None:
        path = geography_file()
        if not path.exists():
            raise ImportRefused(
                [
                    _(
                        "Aucune géographie pour le département %(code)s : %(file)s n’existe pas. "
                        "Construisez-la avec « %(command)s »."
                    )
                    % {"code": code, "file": path, "command": BUILD_COMMAND.format(code=code)}
                ]
            )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImportRefused(
            [_("%(file)s : fichier illisible (%(error)s).") % {"file": path.name, "error": error}]
        ) from error
    try:
        _check(data, path.name, code)
    except (KeyError, TypeError, AttributeError) as error:
        raise ImportRefused(
            [
                _("%(file)s : structure inattendue (%(error)s).")
                % {"file": path.name, "error": repr(error)}
            ]
        ) from error
    return data


def _check(data: dict, name: str, code: str) -> None:
    found = data.get("departement")
    if found != code:
        raise ImportRefused(
            [
                _(
                    "%(file)s : géographie du département %(found)s, or ce site sert le "
                    "département %(expected)s."
                )
                % {"file": name, "found": found, "expected": code}
            ]
        )
    communes, epcis = data["communes"], data["epcis"]
    if not communes:
        raise ImportRefused([_("%(file)s : aucune commune.") % {"file": name}])
    epci_codes = set()
    for epci in epcis:
        if epci["code"] in epci_codes:
            raise ImportRefused(
                [_("%(file)s : EPCI %(code)s en double.") % {"file": name, "code": epci["code"]}]
            )
        epci_codes.add(epci["code"])
    seen, members = set(), {}
    for line, commune in enumerate(communes, start=1):
        where = {"line": line, "code": commune["code"]}
        if commune["code"] in seen:
            raise ImportRefused([_("Commune n° %(line)s (%(code)s) : en double.") % where])
        seen.add(commune["code"])
        if commune["epci"] is not None and commune["epci"] not in epci_codes:
            raise ImportRefused([_("Commune n° %(line)s (%(code)s) : EPCI inconnu.") % where])
        members.setdefault(commune["epci"], set()).add(commune["code"])
        if not commune["name"] or not commune["postcodes"]:
            raise ImportRefused(
                [_("Commune n° %(line)s (%(code)s) : données incomplètes.") % where]
            )
        if not commune["outline"]:
            raise ImportRefused([_("Commune n° %(line)s (%(code)s) : contour manquant.") % where])
        point = commune["point"]
        if (
            not isinstance(point, list)
            or len(point) != 2
            or not all(isinstance(value, int | float) for value in point)
        ):
            raise ImportRefused(
                [_("Commune n° %(line)s (%(code)s) : point de référence manquant.") % where]
            )
    for epci in epcis:
        if set(epci["members"]) != members.get(epci["code"], set()) or not epci["members"]:
            raise ImportRefused(
                [
                    _("EPCI %(code)s (%(name)s) : ses communes ne correspondent pas au fichier.")
                    % {"code": epci["code"], "name": epci["name"]}
                ]
            )


@transaction.atomic
def load_geography(*, data: dict) -> dict[str, int]:
    """Create or update every EPCI, commune and postcode; remove postcodes no longer listed."""
    for epci in data["epcis"]:
        Epci.objects.update_or_create(
            code=epci["code"],
            defaults={
                "name": epci["name"],
                "kind": epci.get("kind", Epci.EPCI),
                "crosses_border": epci.get("crosses_border", False),
                "members_total": epci.get("members_total", len(epci["members"])),
            },
        )
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
