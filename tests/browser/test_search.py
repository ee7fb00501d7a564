"""The site search in Chromium: the words go by POST, never into the address or the history."""

from .conftest import axe_violations
from .test_quick_exit import NEUTRAL


def test_searching_leaves_the_words_out_of_the_address_and_history(browsing, site):
    page, recorder = browsing
    page.goto(site + "/recherche/")
    length = page.evaluate("history.length")
    field = page.get_by_label("Rechercher sur le site")
    assert field.get_attribute("autocomplete") == "off"
    field.fill("violences conjugales")
    page.get_by_role("button", name="Rechercher").click()
    page.get_by_role("status").filter(has_text="résultat").wait_for()
    assert page.url == site + "/recherche/"
    assert page.evaluate("history.length") == length
    assert page.get_by_role("link", name="L’alcool et les drogues dans les violences conjugales")
    assert axe_violations(page) == []
    assert page.evaluate("document.activeElement.textContent") == "Résultats"
    assert recorder.foreign_requests() == []
    assert page.context.cookies() == []
    for _ in range(3):  # the quick exit still works on the answer shown in place
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)


def test_an_empty_search_says_why_in_french(browsing, site):
    page, _ = browsing
    page.goto(site + "/recherche/")
    page.get_by_role("button", name="Rechercher").click()
    page.get_by_text("Saisissez un ou plusieurs mots.").wait_for()
    assert page.url == site + "/recherche/"
    assert axe_violations(page) == []
