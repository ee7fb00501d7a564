"""The translation catalogues: up to date with the source, complete for what visitors read, and
no visible text of a public template left out of them (the drift check run in CI)."""

import ast
import html
import re
import shutil
import subprocess
import sys
from collections import Counter
from fnmatch import fnmatch
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template.base import Lexer, TokenType

from observatoire.core.management.commands.update_catalogues import target_languages

ROOT = Path(settings.BASE_DIR)
LOCALE = ROOT / "observatoire" / "locale"

# Texts only editors read (the back-office is in French), and the API's (served in French only,
# outside the languages' prefixes): their catalogue entries may wait for a translation.
# Everything else is for visitors and must be translated in every language.
BACK_OFFICE = [
    "observatoire/api.py",
    "observatoire/*/api.py",
    "observatoire/accounts/*",
    "observatoire/*/templates/*/admin/*",
    "observatoire/core/templates/wagtailadmin/*",
    "observatoire/*/wagtail_hooks.py",
    "observatoire/*/admin_*.py",
    "observatoire/*/management/*",
    "observatoire/*/importer.py",
    "observatoire/*/imports.py",
    "observatoire/*/tasks.py",
    "observatoire/*/import_files.py",
    "observatoire/*/ssmsi*.py",
    "observatoire/*/submissions.py",
    "observatoire/*/permissions.py",
    "observatoire/*/backups.py",
    "observatoire/*/services.py",
    "observatoire/*/validators.py",
]


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


def _keys(po: polib.POFile) -> set[tuple[str, str]]:
    return {(entry.msgctxt or "", entry.msgid) for entry in po if not entry.obsolete}


def test_every_catalogue_is_up_to_date_with_the_source(tmp_path):
    """`make catalogues` run on a copy of the source changes no catalogue's entries."""
    copy = tmp_path / "src"
    ignore = shutil.ignore_patterns(
        "static", "media", "geography-*.json", "__pycache__", "*.mo", "fonts"
    )
    shutil.copytree(ROOT / "observatoire", copy / "observatoire", ignore=ignore)
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    subprocess.run(
        [sys.executable, "manage.py", "update_catalogues"],
        cwd=copy,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "observatoire.settings.test"},
    )
    for code in target_languages():
        fresh = polib.pofile(str(copy / "observatoire/locale" / code / "LC_MESSAGES/django.po"))
        kept = catalogue(code)
        assert _keys(fresh) - _keys(kept) == set(), f"{code}: entries missing, run make catalogues"
        assert _keys(kept) - _keys(fresh) == set(), f"{code}: stale entries, run make catalogues"


def _for_visitors(entry: polib.POEntry) -> bool:
    return any(
        not any(fnmatch(path, pattern) for pattern in BACK_OFFICE)
        for path, _line in entry.occurrences
    )


PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]+\}")


@pytest.mark.parametrize("code", target_languages())
def test_every_text_visitors_read_is_translated(code):
    po = catalogue(code)
    untranslated = [
        entry.msgid
        for entry in po
        if _for_visitors(entry)
        and not entry.obsolete
        and (
            "fuzzy" in entry.flags
            or not (entry.msgstr or all(entry.msgstr_plural.values()))
            or (entry.msgid_plural and not all(entry.msgstr_plural.values()))
        )
    ]
    assert untranslated == [], f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[:3]}"
    for entry in po.translated_entries():
        given = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        wanted = Counter(PLACEHOLDER.findall(entry.msgid))
        for text in given:
            # A plural's singular may name its count in words (« once more »): a placeholder
            # may be left out there, never added, changed or repeated less.
            found = Counter(PLACEHOLDER.findall(text))
            assert found == wanted or (entry.msgid_plural and found <= wanted), (
                code,
                entry.msgid,
                text,
            )


TERRITORIAL = re.compile(r"H[ée]rault|Occitanie|Montpellier|OVFF34", re.IGNORECASE)


@pytest.mark.parametrize("code", target_languages())
def test_no_translated_text_names_the_herault(code):
    """Territory names come from `core/territory.py` through placeholders (« %(in_departement)s »),
    so that every sentence serves every département in every language."""
    named = [
        entry.msgid
        for entry in catalogue(code)
        if not entry.obsolete and TERRITORIAL.search(f"{entry.msgid} {entry.msgstr}")
    ]
    assert named == [], f"{code}: {len(named)} texts name the Hérault, e.g. {named[:3]}"


# --- No visible text of a public template outside {% translate %} ------------------------------

# Deliberately not translated: names, codes, and the link to the easy-to-read pages, which are
# in French (marked lang="fr").
NOT_TEXT = {"Facile à lire", "Atom", "iCalendar", "RSS", "–", "·", "›", "×", "/"}
ATTRIBUTES = {"alt", "title", "aria-label", "placeholder", "aria-description"}


class _Texts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        for name, value in attrs:
            if name in ATTRIBUTES and value:
                self.found.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.found.append(data)


def _literal_texts(source: str) -> list[str]:
    """The human text of a template that no translation tag wraps."""
    texts, depth = [], 0
    chunks = []
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0]
            if name in ("blocktranslate", "blocktrans", "comment", "verbatim"):
                depth += 1
            elif name in ("endblocktranslate", "endblocktrans", "endcomment", "endverbatim"):
                depth -= 1
            chunks.append(" \x00 ")
        elif token.token_type == TokenType.TEXT and depth == 0:
            chunks.append(token.contents)
        else:
            chunks.append(" \x00 ")
    parser = _Texts()
    parser.feed("".join(chunks))
    for text in parser.found:
        for piece in html.unescape(text).split("\x00"):
            piece = piece.strip(" \n\t\u00a0:;,.()«»!?")
            # A block of a tag's attributes (`{% block body_class %} class="x"{% endblock %}`).
            if re.fullmatch(r'(\s*[a-z-]+="[^"]*")+', piece):
                continue
            if re.search(r"[A-Za-zÀ-ÿ]{2,}", piece) and piece not in NOT_TEXT:
                texts.append(piece)
    return texts


def _public_templates() -> list[Path]:
    return [
        path
        for path in sorted(ROOT.glob("observatoire/*/templates/**/*.html"))
        if not any(fnmatch(str(path.relative_to(ROOT)), pattern) for pattern in BACK_OFFICE)
    ]


def test_the_checker_finds_an_unmarked_text():
    source = '{% load i18n %}<p>{% translate "Bonjour" %}</p><p>Au revoir</p><img alt="Logo">'
    assert _literal_texts(source) == ["Au revoir", "Logo"]
    assert _literal_texts("{% blocktranslate %}Tout {{ x }} ici{% endblocktranslate %}") == []


@pytest.mark.parametrize(
    "template", _public_templates(), ids=lambda p: str(p.relative_to(ROOT / "observatoire"))
)
def test_public_templates_mark_every_visible_text(template):
    assert _literal_texts(template.read_text()) == []


# --- No French text a visitor reads left out of gettext in the public views' Python ----------

# Where Python writes what visitors read: views, forms, and the modules they show texts from.
PUBLIC_PYTHON = [
    "observatoire/*/views.py",
    "observatoire/*/opendata_views.py",
    "observatoire/*/forms.py",
    "observatoire/*/feeds.py",
    "observatoire/*/selectors.py",
    "observatoire/core/helplines.py",
    "observatoire/core/formatting.py",
    "observatoire/directory/hours.py",
    "observatoire/directory/reference.py",
    "observatoire/directory/templatetags/*.py",
    "observatoire/indicators/templatetags/*.py",
]
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}
# Words that make a literal French prose rather than an identifier, a format or a code.
FRENCH_PROSE = re.compile(r"[A-Za-zÀ-ÿ’']{2,}[ \u00a0][A-Za-zÀ-ÿ’']{2,}")
# Machine values that happen to be French words: the open data's status column (its schema).
NOT_PROSE = {"secret statistique", "non disponible"}


def _unmarked_prose(source: str) -> list[str]:
    tree = ast.parse(source)
    marked, skipped = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            inside = marked if name in GETTEXT else skipped if name in SKIPPED_CALLS else None
            if inside is not None:
                for child in ast.walk(node):
                    inside.add(id(child))
        if (
            isinstance(node, ast.JoinedStr)
            and isinstance(node.values[0], ast.Constant)
            and str(node.values[0].value).lstrip().startswith("<")
        ):
            skipped.update(id(child) for child in ast.walk(node))  # markup, in an f-string
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skipped.add(id(first.value))  # a docstring
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in marked | skipped
        and FRENCH_PROSE.search(node.value)
        and node.value not in NOT_PROSE
        and not node.value.lstrip().startswith("<")  # markup given to partners to paste
    ]


# Calls whose strings no visitor reads: logs, errors for developers, SQL, URL patterns.
SKIPPED_CALLS = {
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "ValueError",
    "TypeError",
    "RuntimeError",
    "KeyError",
    "path",
    "re_path",
    "compile",
    "raw",
    "extra",
}


def test_the_python_checker_finds_an_unmarked_text():
    source = (
        'from x import _\nA = _("Bonjour à vous")\nB = "Au revoir à vous"\n'
        'logger.info("en cours de route")'
    )
    assert _unmarked_prose(source) == ["Au revoir à vous"]


def _public_python() -> list[Path]:
    return sorted(
        {
            path
            for pattern in PUBLIC_PYTHON
            for path in ROOT.glob(pattern)
            if "tests" not in path.parts
        }
    )


@pytest.mark.parametrize("module", _public_python(), ids=lambda p: str(p.relative_to(ROOT)))
def test_public_python_marks_every_text_visitors_read(module):
    assert _unmarked_prose(module.read_text()) == []
