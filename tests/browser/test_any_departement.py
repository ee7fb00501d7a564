"""The pages of whichever département `DEPARTEMENT` names, in Chromium at 320 px: axe-clean,
the safety bar on screen, nothing leaked; a commune found by its name, its fact sheet printed.
`make test` runs it on the Hérault, `make test-territories` on two other départements."""

import pytest

from observatoire.core.territory import departement

from .conftest import axe_violations
from .test_pages import _check_bar_on_screen

pytestmark = [pytest.mark.browser, pytest.mark.territory]

PATHS = ["/", "/en/", "/ar/", "/annuaire/", "/annuaire/carte/", "/indicateurs/", "/donnees/"]


@pytest.mark.parametrize("path", PATHS)
def test_the_pages_are_accessible_safe_and_name_the_departement(browsing, site, path):
    page, recorder = browsing
    response = page.goto(site + path)
    assert response.status == 200
    assert axe_violations(page) == []
    _check_bar_on_screen(page)
    assert recorder.foreign_requests() == []
    assert page.context.cookies() == []


def test_a_commune_is_found_by_its_name_and_its_sheet_prints(browsing, site, site_and_env):
    page, recorder = browsing
    code = site_and_env[1].get("DEPARTEMENT", "34")
    served_departement = departement(code)
    page.goto(site + "/")
    assert served_departement.names["fr"].of in page.locator(".site-header").inner_text()
    # A commune with services, from the map: its name is typed into the directory's search.
    page.goto(site + "/annuaire/carte/")
    link = page.locator("svg a[href*='commune=']").first
    code = link.get_attribute("href").rsplit("=", 1)[1]
    name = link.get_attribute("aria-label").rsplit(" : ", 1)[0]
    page.goto(site + "/annuaire/")
    page.locator("input[name=q]").fill(name)
    with page.expect_navigation(url=f"**/annuaire/?commune={code}"):
        page.keyboard.press("Enter")
    assert name in page.locator("main").inner_text()
    assert axe_violations(page) == []
    page.goto(site + f"/territoires/{code}/")
    assert axe_violations(page) == []
    page.emulate_media(media="print")
    assert page.locator(".safety-bar").evaluate("e => getComputedStyle(e).display") == "none"
    pdf = page.request.get(site + f"/territoires/{code}/fiche.pdf")
    assert pdf.ok and pdf.body().startswith(b"%PDF")
    assert recorder.foreign_requests() == []
