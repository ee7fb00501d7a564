"""The team's translations of the pages a person in danger needs first, one catalogue per
language (`<code>.po`: the French text as msgid, its translation as msgstr; `pages.pot` lists
the texts). `load_demo` publishes them as wagtail-localize translations, « à relire » until an
editor who reads the language marks them read (« Traductions » in the back-office)."""

from pathlib import Path

from django.conf import settings
from wagtail.models import Page, Site

from observatoire.core.translations import read_catalogue, translate

HERE = Path(__file__).resolve().parent
# The home page first: the other pages are its children in each language's tree.
SLUGS = ["", "numeros-utiles", "effacer-mes-traces", "donnees-personnelles"]


def catalogue(code: str) -> dict[str, str] | None:
    """The team's translations into a language, None when it wrote none."""
    return read_catalogue(HERE / f"{code}.po")


def demo_pages() -> list[Page]:
    home = Site.objects.get(is_default_site=True).root_page.specific
    return [home] + [home.get_children().get(slug=slug).specific for slug in SLUGS[1:]]


def load_demo_translations() -> None:
    """Idempotent: a page already translated is left as editors made it. A language added
    without the team's translations (no `<code>.po`) keeps these pages in French."""
    pages = demo_pages()
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        texts = catalogue(code)
        if texts is None:
            continue
        for page in pages:
            translate(instance=page, language=code, texts=texts)
