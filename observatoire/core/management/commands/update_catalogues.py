"""Bring every translation catalogue up to date with the source: `make catalogues`.

French is the source language (the msgids), so the catalogues are the other languages of
settings.LANGUAGES, under observatoire/locale/. `core.tests.test_catalogues` fails when running
this would change them, or when a catalogue lacks a translation of a text visitors read.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

# What makemessages must not read: not the site's source, or not its texts.
IGNORED = [
    ".venv/*",
    "var/*",
    "bench/*",
    "tests/*",
    "*/tests/*",
    "*/migrations/*",
    "node_modules/*",
]


def target_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class Command(BaseCommand):
    help = "Met à jour les catalogues de traduction (observatoire/locale) depuis le code source."

    def handle(self, *args, **options):
        call_command(
            "makemessages",
            locale=target_languages(),
            ignore_patterns=IGNORED,
            no_obsolete=True,
            add_location="file",
            verbosity=0,
        )
