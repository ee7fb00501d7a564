"""The translated editions of the pregnancy barometer: one per language of the site.

Each language is a translated edition of the same questionnaire version, scored by the same
engine and checked against the same vectors: only the texts are translated (wagtail-localize
copies the identifiers, numbers and choices from the French version), and results are counted
on the French version.

The translations are catalogues in `translations/<code>.po` (msgid: the French text, as listed
in `translations/barometer.pot`; msgstr: its translation), written by the team and loaded
« à relire » (core.translations). Only the pregnancy barometer has editions: the
first-relationships one stays French. `load_demo` runs `load_demo_editions()` after the
barometers (idempotent: an edition that exists is left as editors made it).
"""

from pathlib import Path

from django.conf import settings
from wagtail.models import Locale

from observatoire.core.translations import read_catalogue, translate

from ..models import Questionnaire, Version
from . import grossesse

CATALOGUES = Path(__file__).resolve().parent / "translations"
EDITED = (grossesse.SLUG,)


def languages() -> list[str]:
    """The site's languages other than French (settings) that have a catalogue here (a
    language added without one keeps the French barometer)."""
    default = Locale.get_default().language_code
    return [
        code
        for code, _name in settings.LANGUAGES
        if code != default and catalogue_path(code).exists()
    ]


def catalogue_path(language: str) -> Path:
    return CATALOGUES / f"{language}.po"


def catalogue(language: str) -> dict[str, str] | None:
    """French text → translated text, from the language's catalogue (None without one)."""
    return read_catalogue(catalogue_path(language))


def load_demo_editions() -> list[Version]:
    """Translate the current French version of each edited barometer (its questionnaire
    first) into every language of the site, published; the editions, in the order made."""
    editions = []
    for slug in EDITED:
        questionnaire = Questionnaire.objects.filter(slug=slug, locale=Locale.get_default()).first()
        version = questionnaire.current_version() if questionnaire else None
        if version is None:  # the barometers are loaded first (services.ensure_questionnaire)
            continue
        for language in languages():
            Locale.objects.get_or_create(language_code=language)
            texts = catalogue(language)
            translate(instance=questionnaire, language=language, texts=texts)
            editions.append(translate(instance=version, language=language, texts=texts))
    return editions
