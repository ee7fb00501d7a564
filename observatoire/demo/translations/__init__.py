"""The team's translations of the pages a person in danger needs first, one catalogue per
language (`<code>.po`: the French text as msgid, its translation as msgstr; `pages.pot` lists
the texts). `load_demo` publishes them as wagtail-localize translations, « à relire » until an
editor who reads the language marks them read (« Traductions » in the back-office).

A text that names the territory is a template: « {in_departement} », « {council} »… (see
`DemoTerritory.words`). Its msgid is filled with the French words, its msgstr with the words of
its language (the département's names in that language, French when the reference has none),
so that one catalogue serves every département. A template needing a word the territory lacks
(« {the_partner} » where the observatory has no fourth partner) is left out: the French pages
do not use it."""

from pathlib import Path

from django.conf import settings
from wagtail.models import Page, Site

from observatoire.core.translations import read_catalogue, translate

from ..grammar import fill
from ..territory import DemoTerritory, demo_territory

HERE = Path(__file__).resolve().parent
# The home page first: the other pages are its children in each language's tree.
SLUGS = ["", "numeros-utiles", "effacer-mes-traces", "donnees-personnelles"]


def templates(code: str) -> dict[str, str] | None:
    """The catalogue as written: French template → translated template (None without one)."""
    return read_catalogue(HERE / f"{code}.po")


def catalogue(code: str, territory: DemoTerritory | None = None) -> dict[str, str] | None:
    """The team's translations into a language for the territory served, French text →
    translated text; None when it wrote none."""
    raw = templates(code)
    if raw is None:
        return None
    territory = territory or demo_territory()
    french, words = territory.words("fr"), territory.words(code)
    texts = {}
    for msgid, msgstr in raw.items():
        source, target = fill(msgid, french), fill(msgstr, words)
        if source is not None and target is not None:
            texts[source] = target
    return texts


def demo_pages() -> list[Page]:
    home = Site.objects.get(is_default_site=True).root_page.specific
    return [home] + [home.get_children().get(slug=slug).specific for slug in SLUGS[1:]]


def load_demo_translations(territory: DemoTerritory | None = None) -> None:
    """Idempotent: a page already translated is left as editors made it. A language added
    without the team's translations (no `<code>.po`) keeps these pages in French; a page
    whose texts a catalogue lacks is refused whole (`MissingTexts`)."""
    pages = demo_pages()
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        texts = catalogue(code, territory)
        if texts is None:
            continue
        for page in pages:
            translate(instance=page, language=code, texts=texts)
