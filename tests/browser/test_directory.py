"""The directory in Chromium: search by typing, with and without JavaScript, axe-clean."""

from .conftest import axe_violations, make_context


def _search(page, site, text, *, go=True):
    if go:
        page.goto(site + "/annuaire/")
    page.get_by_label("Votre commune ou son code postal").fill(text)
    page.get_by_role("button", name="Rechercher").click()


def test_search_keeps_one_history_entry_and_no_text_in_the_url(browsing, site):
    page, recorder = browsing
    page.goto(site + "/annuaire/")
    length = page.evaluate("history.length")
    _search(page, site, "beziers", go=False)
    page.wait_for_url(site + "/annuaire/?commune=34032")
    assert page.evaluate("history.length") == length
    assert "beziers" not in page.url
    assert axe_violations(page) == []
    page.get_by_text("Affiner la recherche").click()
    page.get_by_label("Accès au droit et aide juridique").check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url("**categorie=droit**")
    assert page.evaluate("history.length") == length
    page.get_by_role("link", name="Aide aux victimes", exact=True).click()
    page.wait_for_url("**/annuaire/aide-aux-victimes**")
    assert axe_violations(page) == []
    assert recorder.foreign_requests() == []
    assert page.context.cookies() == []


def test_unknown_commune_and_choices_are_accessible(browsing, site):
    page, _ = browsing
    _search(page, site, "Trifouilly")
    page.get_by_text("Aucune commune de l’Hérault ne correspond").wait_for()
    assert page.get_by_label("Votre commune ou son code postal").input_value() == "Trifouilly"
    assert axe_violations(page) == []
    _search(page, site, "34290")
    page.get_by_text("Plusieurs communes correspondent").wait_for()
    assert axe_violations(page) == []


def test_search_works_without_javascript(browser, site):
    context, recorder = make_context(browser, site, javascript=False)
    page = context.new_page()
    _search(page, site, "st pons")  # two communes: the person chooses
    page.get_by_role("link", name="Saint-Pons-de-Thomières").click()
    page.get_by_role("heading", name="Près de Saint-Pons-de-Thomières").wait_for()
    assert recorder.foreign_requests() == []
    context.close()


def test_the_map_is_usable_with_the_keyboard(browsing, site):
    page, _ = browsing
    page.goto(site + "/annuaire/carte/")
    assert axe_violations(page) == []
    page.locator("svg a").first.focus()
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert " : " in label and "service" in label
    page.keyboard.press("Enter")
    page.wait_for_url("**/annuaire/?commune=*")
    assert page.get_by_role("heading", name=f"Près de {label.split(' : ')[0]}").is_visible()


def test_reporting_an_error_keeps_one_history_entry(browsing, site):
    page, recorder = browsing
    page.goto(site + "/annuaire/?commune=34032")
    page.get_by_role("link", name="Aide aux victimes", exact=True).click()
    page.wait_for_url("**/annuaire/aide-aux-victimes**")
    length = page.evaluate("history.length")
    page.get_by_role("button", name="Envoyer le signalement").click()  # empty: refused
    page.get_by_text("Décrivez en quelques mots ce qui est inexact.").wait_for()
    assert axe_violations(page) == []
    page.get_by_label("Qu’est-ce qui est inexact ?").fill("Le numéro ne répond plus.")
    page.get_by_role("button", name="Envoyer le signalement").click()
    page.get_by_text("votre signalement a été transmis").wait_for()
    assert axe_violations(page) == []
    assert page.evaluate("history.length") <= length + 1  # the refused POST, shown as a page
    assert page.context.cookies() == [] and recorder.foreign_requests() == []
