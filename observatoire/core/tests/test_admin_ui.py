"""Small things the back-office showed wrong: a raw « True », « None » after a count, « Accueil »
as the title of a page, a time zone that broke « Mon compte »."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from observatoire.accounts.tests.helpers import sign_in


@pytest.fixture
def editor(demo, client):
    user = get_user_model().objects.create_superuser("coordination", "c@example.org", "x" * 16)
    sign_in(client, user)
    return client


def header(html: str) -> str:
    return re.sub(r"\s+", " ", re.search(r"<header.*?</header>", html, re.DOTALL).group(0))


def test_listings_say_published_and_yes_or_no_in_french(editor):
    for url in (
        "/gestion/snippets/directory/service/",
        "/gestion/snippets/directory/structure/",
        "/gestion/snippets/directory/place/",
        "/gestion/snippets/directory/errorreport/",
        "/gestion/snippets/barometer/embedpartner/",
        "/gestion/users/",
    ):
        html = editor.get(url).content.decode()
        cells = re.findall(r"<td[^>]*>(.*?)</td>", html, re.DOTALL)
        assert not any(re.sub(r"<[^>]+>|\s", "", cell) in ("True", "False") for cell in cells), url
        assert not re.search(r'<span class="w-sr-only">\s*(True|False)\s*</span>', html), url
    services = editor.get("/gestion/snippets/directory/service/").content.decode()
    assert "publié" in services.lower()
    places = editor.get("/gestion/snippets/directory/place/?q=biterrois").content.decode()
    assert re.search(r'<span class="w-sr-only">\s*oui\s*</span>', places)  # a secret address
    users = editor.get("/gestion/users/").content.decode()  # Wagtail's own listing too
    assert not re.search(r'<span class="w-sr-only">\s*(True|False)\s*</span>', users)


def test_page_search_counts_pages(editor):
    html = editor.get("/gestion/pages/search/?q=Hérault").content.decode()
    count = re.search(r"(\d+)-(\d+) sur (\d+) ([^\s<]+)", html)
    assert count and count.group(4) in ("page", "pages") and "None" not in count.group(0)


def test_the_platforms_own_pages_are_named_in_their_header(editor):
    pages = {
        "/gestion/annuaire/import/": ("Importer des services", "Services"),
        "/gestion/barometre/versions/1/verifier/": ("Vérifier et publier", "Versions de baromètre"),
    }
    for url, (title, parent) in pages.items():
        text = header(editor.get(url).content.decode())
        assert title in text and parent in text and "Accueil" not in text.split(parent)[-1], url


def test_the_account_page_offers_only_real_time_zones(editor):
    html = editor.get("/gestion/account/").content.decode()
    zones = set(re.findall(r'<option value="([A-Za-z_]+/[A-Za-z_]+)"', html))
    assert "Europe/Paris" in zones and "Indian/Reunion" in zones
    assert "localtime" not in html


# Run in a fresh interpreter: the URLs load once per process, and this one's are loaded already.
FIRST_RESOLVED_IN_ARABIC = """
import django
from django.utils import translation
django.setup()
from django.urls import get_resolver
translation.activate("ar")
resolver = get_resolver()
resolver.url_patterns
translation.activate("fr")

def views(patterns):
    for pattern in patterns:
        yield from views(getattr(pattern, "url_patterns", ()))
        yield getattr(getattr(pattern, "callback", None), "view_initkwargs", {})

labels = set()
for kwargs in views(resolver.url_patterns):
    form_class = kwargs.get("form_class")
    for field in getattr(form_class, "base_fields", {}).values():
        labels.add(str(getattr(field.widget, "choose_one_text", "")))
print("\\n".join(sorted(labels - {""})))
"""


def test_choosers_speak_french_whatever_language_first_resolved_an_address():
    """Wagtail labels a form's choosers once, when its URLs load: a first request in Arabic
    once wrote « اختر صفحة (صفحة شريك) » on every later French form."""
    labels = subprocess.run(
        [sys.executable, "-c", FIRST_RESOLVED_IN_ARABIC],
        cwd=Path(__file__).resolve().parents[3],
        check=True,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "observatoire.settings.test"},
    ).stdout.splitlines()
    assert "Choisissez une page (Page partenaire)" in labels
    assert "Choisir structure" in labels
    assert not [label for label in labels if re.search("[\u0600-\u06ff]", label)]
