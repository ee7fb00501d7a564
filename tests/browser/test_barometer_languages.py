"""The pregnancy barometer in each language, in Chromium at 320 px: each edition (a translation
of the same French version) gives the same answers the same zone, on the device and from the
server, and its questions and result screens are accessible."""

from pathlib import Path

import polib
import pytest

from observatoire.barometer.content import grossesse
from observatoire.barometer.scoring import score

from .conftest import axe_violations
from .test_barometer import spec_from_content

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "observatoire/barometer/content/translations"
LANGUAGES = ["fr", "en", "ar", "es", "pt", "tr", "uk"]
URL = "/barometre/grossesse/"
# The same answers in every language (the others « Jamais »): an orange result.
ANSWERS = {"telephone": "parfois", "argent": "souvent", "isolement": "parfois"}


def _prefixed(code: str, path: str) -> str:
    return path if code == "fr" else f"/{code}{path}"


def _text(code: str, french: str) -> str:
    """A text of the questionnaire in the language's edition (its catalogue)."""
    if code == "fr":
        return french
    entry = polib.pofile(str(CATALOGUES / f"{code}.po")).find(french)
    assert entry is not None and entry.msgstr, (code, french)
    return entry.msgstr


def _french_zone() -> str:
    """The zone the French version gives these answers (scoring.py on the written content)."""
    spec = spec_from_content()
    answers = {item["key"]: ANSWERS.get(item["key"], "jamais") for item in spec["items"]}
    return score(spec, answers).zone


def _questions(page, site: str, code: str) -> None:
    page.goto(site + _prefixed(code, URL))
    assert page.evaluate("document.documentElement.lang") == code
    title = _text(code, grossesse.QUESTIONNAIRE["title"])
    heading = page.locator("h1")
    assert heading.inner_text() == title
    assert heading.get_attribute("lang") == ("fr" if code == "fr" else None)
    page.locator("input[name='parcours'][value='enceinte']").check()
    page.locator(".baro-form button[type='submit']").click()
    page.locator("[data-group]:not([hidden])").first.wait_for()


def _answer_every_group(page) -> None:
    """Tick the answers group by group, as barometer.js shows them (one at a time)."""
    while True:
        group = page.locator("[data-group]:not([hidden])")
        for item in group.locator(".baro-item").all():
            key = item.locator("input").first.get_attribute("name").removeprefix("s-")
            item.locator(f"input[value='{ANSWERS.get(key, 'jamais')}']").check()
        following = page.locator("[data-next]")
        if following.is_hidden():
            return
        following.click()


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_edition_gives_the_french_zone_and_is_accessible(browsing, site, code):
    page, recorder = browsing
    expected = _french_zone()
    assert expected == "orange"
    heading = _text(code, "Attention\u00a0: certaines situations ne sont pas acceptables")

    # Computed on the device (scoring.js), from the edition's questions screen.
    _questions(page, site, code)
    situation = _text(code, "Mon ou ma partenaire me soutient quand je suis fatiguée ou inquiète.")
    assert page.get_by_role("group", name=situation).count() == 1
    assert axe_violations(page) == [], "questions"
    _answer_every_group(page)
    page.locator("[data-submit]").click()
    result = page.locator("[data-result]:not([hidden])")
    result.wait_for()
    assert result.get_attribute("data-result") == expected
    assert result.locator("h2").inner_text() == heading
    assert axe_violations(page) == [], "result on the device"

    # Rendered by the server (the same form posted without the script): the same zone.
    _questions(page, site, code)
    page.evaluate(
        """(answers) => {
          for (const item of document.querySelectorAll('.baro-item')) {
            const key = item.querySelector('input').name.slice(2);
            item.querySelector(`input[value='${answers[key] || "jamais"}']`).checked = true;
          }
          document.querySelector('[data-baro-form]').submit();
        }""",
        ANSWERS,
    )
    page.locator(f"section.baro-result--{expected}").wait_for()
    assert page.locator(f"#resultat-{expected}").inner_text() == heading
    assert axe_violations(page) == [], "result from the server"

    assert page.context.cookies() == [] and recorder.foreign_requests() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
