"""The easy-to-read questions of the pregnancy barometer in Chromium at 320 px: reached from the
opening screen, answered one group at a time (barometer.js), the result computed on the device
is the engine's, and every screen is accessible."""

from observatoire.barometer.content import grossesse
from observatoire.barometer.scoring import score

from .conftest import axe_violations
from .test_barometer import spec_from_content

URL = "/barometre/grossesse/"
EASY = URL + "facile-a-lire/"
KEYS = ["jamais", "parfois", "souvent", "nsp"]


def _fits_the_width(page) -> bool:
    """Nothing wider than the screen: the large type wraps, no sideways scrolling."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_easy_questions_answered_at_320_px(browsing, site):
    page, recorder = browsing
    page.goto(site + URL)
    page.get_by_role("link", name="Version facile à lire").click()
    page.wait_for_url(site + EASY)
    assert page.locator("body.easy-read-page").count() == 1
    assert axe_violations(page) == [] and _fits_the_width(page)
    page.get_by_label("Je suis enceinte").check()
    page.get_by_role("button", name="Commencer").click()
    page.get_by_role("heading", name="Partie 1 sur 5").wait_for()
    assert axe_violations(page) == [] and _fits_the_width(page)

    easy = {
        item["key"]: wording["easy_text"]
        for item in grossesse.ITEMS
        for wording in item["wordings"]
        if wording["path"] == "enceinte"
    }
    answers = {key: KEYS[i % len(KEYS)] for i, key in enumerate(easy)}
    for part in range(5):
        group = page.locator("[data-group]:not([hidden])")
        items = group.locator(".baro-item").all()
        assert items
        for item in items:
            legend = item.locator("legend")
            key = item.locator("input").first.get_attribute("name").removeprefix("s-")
            assert legend.inner_text() == easy[key]
            assert legend.get_attribute("lang") == "fr"
            item.locator(f"input[value='{answers[key]}']").check()
        if part < 4:
            page.get_by_role("button", name="Situations suivantes").click()
            page.get_by_role("heading", name=f"Partie {part + 2} sur 5").wait_for()
            assert _fits_the_width(page)

    requests_before = len(recorder.requests)
    page.get_by_role("button", name="Voir le résultat").click()
    result = page.locator("[data-result]:not([hidden])")
    result.wait_for()
    assert len(recorder.requests) == requests_before  # computed here: the answers stay here
    expected = score(spec_from_content(), answers)
    assert result.get_attribute("data-result") == expected.zone
    cursor = result.locator("[data-cursor-text]").inner_text()
    assert float(cursor.replace(",", ".")) == expected.cursor
    assert result.get_by_role("button", name="Compter ce résultat, de façon anonyme").is_visible()
    assert axe_violations(page) == [] and _fits_the_width(page)
    assert recorder.page_errors == [] and recorder.foreign_requests() == []
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
