"""The little French grammar the demo's sentences need around a place's name, and dates in each
language of the site. No database."""

import datetime
import re

from django.utils import dateformat, translation

NBSP = "\u00a0"
APOSTROPHE = "’"
VOWELS = "aeiouyàâäéèêëîïôöùûüœæh"
NUMBERS = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six"}
# The long date of each language of the site, as its translations write it.
DATE_FORMATS = {
    "fr": "j F Y",
    "es": r"j \d\e F \d\e Y",
    "pt": r"j \d\e F \d\e Y",
    "uk": "j E Y",
}
DATE_SUFFIXES = {"uk": " року"}
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def elides(word: str) -> bool:
    """« d’Agde », « l’Hérault »: before a vowel or a mute h (no h is taken as aspirated)."""
    return bool(word) and word[0].lower() in VOWELS


def of(name: str) -> str:
    """« de Montpellier », « d’Agde », « du Port » (Le Port), « des Abymes », « de La Possession "
    "»."""
    if name.startswith("Le "):
        return f"du {name[3:]}"
    if name.startswith("Les "):
        return f"des {name[4:]}"
    return f"d{APOSTROPHE}{name}" if elides(name) else f"de {name}"


def at(name: str) -> str:
    """« à Montpellier », « au Port » (Le Port), « aux Abymes »."""
    if name.startswith("Le "):
        return f"au {name[3:]}"
    if name.startswith("Les "):
        return f"aux {name[4:]}"
    return f"à {name}"


# Départements whose name, after « l’ », is feminine (« toute l’Isère »); the others follow
# from their article (« toute la Gironde », « tout le Gard »).
FEMININE_ELIDED = {
    "02",
    "07",
    "09",
    "10",
    "11",
    "27",
    "35",
    "36",
    "37",
    "38",
    "60",
    "61",
    "89",
    "91",
}


def everywhere(code: str, of_departement: str) -> str:
    """« tout l’Hérault », « toute la Seine-Saint-Denis », « toutes les Landes », « tout
    Mayotte », « toute La Réunion », from the French « de … » form."""
    if of_departement.startswith(f"de l{APOSTROPHE}"):
        rest = of_departement[3:]
        return f"toute {rest}" if code in FEMININE_ELIDED else f"tout {rest}"
    if of_departement.startswith("de la "):
        return f"toute {of_departement[3:]}"
    if of_departement.startswith("du "):
        return f"tout le {of_departement[3:]}"
    if of_departement.startswith("des "):
        return f"{'tous' if code == '92' else 'toutes'} les {of_departement[4:]}"
    name = of_departement.removeprefix("de ").removeprefix(f"d{APOSTROPHE}")
    if name.startswith("La ") or code in {"2A", "2B"}:
        return f"toute {'' if name.startswith('La ') else 'la '}{name}"
    return f"tout {name}"


def listing(items: list[str]) -> str:
    """« a, b et c »."""
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} et {items[-1]}"


def number(value: int) -> str:
    """« trois », « quatre »: a small count in words."""
    return NUMBERS.get(value, str(value))


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def long_date(value: datetime.date, language: str = "fr") -> str:
    """« 25 novembre 2022 » (no-break spaces in French), « 25 November 2022 », « 25 de
    noviembre de 2022 », « 25 листопада 2022 року »…"""
    with translation.override(language):
        text = dateformat.format(value, DATE_FORMATS.get(language, "j F Y"))
    if language == "pt":  # Portuguese writes its months in lower case
        text = text.lower()
    text += DATE_SUFFIXES.get(language, "")
    return text.replace(" ", NBSP) if language == "fr" else text


def fill(template: str, words: dict[str, str]) -> str | None:
    """The template with its « {name} » placeholders replaced; None when it needs a word the
    territory does not have (a text for another kind of observatory)."""
    if not set(PLACEHOLDER.findall(template)) <= words.keys():
        return None
    return PLACEHOLDER.sub(lambda match: words[match.group(1)], template)
