"""The territory the platform serves: one setting, ``DEPARTEMENT``, and everything derived from it.

``core/data/territories.json`` describes France's 101 départements and 18 régions: their names
with the right preposition in each language of the site (« dans l’Hérault », « en
Seine-Saint-Denis », « à La Réunion »), the région, the time zone, the phone numbering region,
the public holidays beyond France's national ones and the search radii. The observatory's own
identity (its name, acronym, partners) is in ``core/data/observatories/<code>.json`` when one
exists, and otherwise follows from the département's names.

Templates read ``territory`` (a context processor); Python reads ``current()``. Words shown to
visitors come from the active language, French when a language has no form.
"""

import datetime
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language

DATA = Path(__file__).resolve().parent / "data"
ZONES = ("metro", "drom")


class TerritoryError(ValueError):
    """The ``DEPARTEMENT`` setting names no département of the reference file."""


@dataclass(frozen=True)
class Names:
    """One place in one language: its name, « dans/en/à … » and « de/du/des … »."""

    name: str
    in_: str
    of: str


@dataclass(frozen=True)
class Area:
    code: str
    names: dict[str, Names]

    def names_in(self, language: str | None = None) -> Names:
        language = (language or get_language() or "fr").split("-")[0]
        return self.names.get(language) or self.names["fr"]

    @property
    def name(self) -> str:
        return self.names_in().name

    @property
    def in_name(self) -> str:
        return self.names_in().in_

    @property
    def of_name(self) -> str:
        return self.names_in().of

    @property
    def name_fr(self) -> str:
        return self.names["fr"].name

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Departement(Area):
    region: Area
    zone: str  # "metro" or "drom"
    time_zone: str
    phone_region: str  # the phonenumbers region of local numbers: FR, GP, MQ, GF, RE, YT
    # Public holidays beyond France's national ones: "MM-DD", or "easter-2" for Good Friday.
    extra_holidays: tuple[str, ...] = ()
    radii_km: tuple[int, ...] = (10, 25, 50, 100, 200)
    observatory: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def acronym(self) -> str:
        """« OVFF34 » for the Hérault: the observatory's file may name it otherwise."""
        return self.observatory.get("acronym") or f"OVFF{self.code}"

    def words(self, language: str | None = None) -> dict[str, str]:
        """The placeholders of every territorial sentence, in one language (the active one):
        ``_("Les services d’aide %(in_departement)s") % current().words()``."""
        own, region = self.names_in(language), self.region.names_in(language)
        return {
            "departement": own.name,
            "in_departement": own.in_,
            "of_departement": own.of,
            "region": region.name,
            "in_region": region.in_,
            "of_region": region.of,
            "acronym": self.acronym,
            "code": self.code,
        }

    def holidays_in(self, year: int) -> list[datetime.date]:
        """The extra public holidays of this département in one year, in date order."""
        days = []
        for rule in self.extra_holidays:
            if rule.startswith("easter"):
                days.append(easter(year) + datetime.timedelta(days=int(rule[len("easter") :])))
            else:
                month, day = rule.split("-")
                days.append(datetime.date(year, int(month), int(day)))
        return sorted(days)


def easter(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _names(raw: dict) -> dict[str, Names]:
    return {lang: Names(name=n["name"], in_=n["in"], of=n["of"]) for lang, n in raw.items()}


@cache
def reference() -> dict:
    return json.loads((DATA / "territories.json").read_text(encoding="utf-8"))


@cache
def departement(code: str) -> Departement:
    data = reference()
    raw = data["departements"].get(code)
    if raw is None:
        raise TerritoryError(
            f"DEPARTEMENT={code!r} is not a département of core/data/territories.json."
        )
    region_code = raw["region"]
    observatory_file = DATA / "observatories" / f"{code}.json"
    observatory = (
        json.loads(observatory_file.read_text(encoding="utf-8"))
        if observatory_file.exists()
        else {}
    )
    return Departement(
        code=code,
        names=_names(raw["names"]),
        region=Area(code=region_code, names=_names(data["regions"][region_code]["names"])),
        zone=raw["zone"],
        time_zone=raw["time_zone"],
        phone_region=raw["phone_region"],
        extra_holidays=tuple(raw.get("extra_holidays", ())),
        radii_km=tuple(raw.get("radii_km", (10, 25, 50, 100, 200))),
        observatory=observatory,
    )


def _format_words(text) -> str:
    return str(text) % current().words()


# A lazy translation filled with the territory's words when it is shown (form labels, choices).
lazy_words = lazy(_format_words, str)


def current() -> Departement:
    """The département this deployment serves (``settings.DEPARTEMENT``)."""
    return departement(settings.DEPARTEMENT)


def codes() -> list[str]:
    """Every département's code, in the INSEE order (01 … 19, 2A, 2B, 21 … 95, 971 … 976)."""
    return list(reference()["departements"])
