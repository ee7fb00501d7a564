"""The site in each of its languages, as a visitor meets it: a 320 px phone in Chromium."""

import gettext
import re
from pathlib import Path

import pytest

from .conftest import EXIT_HOST, axe_violations
from .test_pages import _check_bar_on_screen

LANGUAGES = ["fr", "en", "ar", "es", "pt", "tr", "uk"]
LOCALE = Path(__file__).resolve().parents[2] / "observatoire" / "locale"
NEUTRAL = re.compile(rf"https://{re.escape(EXIT_HOST)}/.*")

# What a person in danger needs first, a page that is not translated (French text) and an
# error page; every page type is checked in French by test_pages.py.
PAGES = [
    "/",
    "/numeros-utiles/",
    "/effacer-mes-traces/",
    "/donnees-personnelles/",
    "/annuaire/?commune=34172",
    "/barometre/grossesse/",
    "/observatoire/",
    "/cette-page-n-existe-pas/",
]


def prefixed(code: str, path: str) -> str:
    return path if code == "fr" else f"/{code}{path}"


def _catalogue(code: str) -> gettext.NullTranslations:
    if code == "fr":
        return gettext.NullTranslations()
    return gettext.translation("django", localedir=LOCALE, languages=[code])


def translated(code: str, french: str) -> str:
    """A text of the interface as the language's compiled catalogue gives it."""
    catalogue = _catalogue(code)
    assert code == "fr" or french in catalogue._catalog, (code, french)
    return catalogue.gettext(french)


def translated_count(code: str, french: str, count: int, **values) -> str:
    return _catalogue(code).ngettext(french, french, count) % values


@pytest.mark.parametrize("code", LANGUAGES[1:])
def test_each_language_at_320_px_is_accessible_leaves_no_trace_and_exits(browsing, site, code):
    page, recorder = browsing
    for path in PAGES:
        response = page.goto(site + prefixed(code, path))
        assert response.status == (404 if "n-existe-pas" in path else 200), path
        assert page.evaluate("document.documentElement.lang") == code
        assert page.evaluate("document.documentElement.dir") == ("rtl" if code == "ar" else "ltr")
        assert axe_violations(page) == [], path
        _check_bar_on_screen(page)
    assert recorder.foreign_requests() == []
    # Shift ×3, its counts in the language, and Back never shows the site again (a new tab:
    # the addresses typed above are history entries of their own).
    page = page.context.new_page()
    page.goto(site + prefixed(code, "/annuaire/"))
    status = page.locator("[data-exit-status]")
    french = "Appuyez encore %(left)s fois sur Maj pour quitter ce site."
    page.keyboard.press("Shift")
    assert status.text_content() == translated_count(code, french, 2, left=2)
    page.keyboard.press("Shift")
    assert status.text_content() == translated_count(code, french, 1, left=1)
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]
    page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert not page.url.startswith(site), page.url
    assert page.context.cookies() == []
    assert recorder.foreign_requests() == [f"https://{EXIT_HOST}/"]  # the neutral site only


@pytest.mark.parametrize("code", ["ar", "uk"])
def test_the_exit_button_and_skip_link_speak_the_language(browsing, site, code):
    page, _ = browsing
    page.goto(site + prefixed(code, "/"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == translated(code, "Quitter ce site rapidement")
    page.evaluate("document.activeElement.blur()")  # the focused skip link covers the bar
    page.get_by_role("link", name=translated(code, "Effacer mes traces")).first.click()
    page.wait_for_url(NEUTRAL)


def test_arabic_is_mirrored_but_numbers_charts_and_maps_are_not(browsing, site):
    page, _ = browsing
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site + "/ar/")
    numbers = page.locator(".safety-bar__numbers").bounding_box()
    exit_button = page.locator(".exit-button").bounding_box()
    assert exit_button["x"] < numbers["x"]  # the exit is at the start of the line: the left
    strong = page.locator(".safety-bar__number strong").first
    assert strong.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
    page.goto(site + "/ar/indicateurs/violences-intrafamiliales/")
    for selector in (".chart svg",):
        for element in page.locator(selector).all():
            assert element.evaluate("e => getComputedStyle(e).direction") == "ltr"
    page.goto(site + "/ar/annuaire/carte/")
    assert page.locator(".map svg").first.evaluate("e => getComputedStyle(e).direction") == "ltr"


def test_links_inside_a_language_stay_in_it(browsing, site):
    page, _ = browsing
    page.goto(site + "/pt/")
    menu = page.get_by_role("navigation", name=translated("pt", "Menu principal"))
    menu.get_by_role("link", name=translated("pt", "Numéros d’aide")).click()
    page.wait_for_url(site + "/pt/numeros-utiles/")
    page.locator(".language-menu summary").click()
    page.locator(".language-menu").get_by_role("link", name="Türkçe").click()
    page.wait_for_url(site + "/tr/numeros-utiles/")
    assert page.evaluate("document.documentElement.lang") == "tr"
