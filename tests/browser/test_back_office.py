"""The back-office works under the same headers, and its cookies never reach public pages."""

from .accounts import PASSWORD
from .back_office import sign_in, submit
from .conftest import axe_violations


def test_editor_logs_in_and_public_pages_still_get_no_cookie(browsing, site):
    page, _ = browsing
    sign_in(page, site)
    assert page.get_by_role("heading", level=1).first.is_visible()
    cookies = page.context.cookies()
    assert {cookie["name"] for cookie in cookies} == {"csrftoken", "sessionid"}
    assert all(cookie["path"] == "/gestion/" for cookie in cookies)
    assert all(cookie["httpOnly"] for cookie in cookies)

    sent = []
    page.on("request", lambda request: sent.append(request.headers.get("cookie")))
    response = page.goto(site + "/")
    assert response.headers.get("set-cookie") is None
    assert sent and all(header is None for header in sent)


def test_an_edit_published_in_the_back_office_shows_at_once(back_office, site):
    page, _ = back_office("coordination")
    page.goto(site + "/mentions-legales/")  # now in the page cache of one of the workers
    page.goto(site + "/gestion/pages/search/?q=Mentions")
    page.get_by_role("link", name="Mentions légales").first.click()
    page.wait_for_url("**/edit/")
    page.locator("#id_intro").fill("Qui publie ce site, revu par la coordination.")
    page.locator("button.w-dropdown__toggle").last.click()
    page.get_by_role("button", name="Publier").click()
    page.wait_for_url("**/gestion/pages/**")
    for _ in range(4):  # whichever worker answers, the cached copy is gone
        assert "revu par la coordination" in page.goto(site + "/mentions-legales/").text()


def test_second_factor_and_lockout_pages_are_accessible(browsing, site):
    page, _ = browsing
    page.goto(site + "/gestion/login/")
    page.locator("#id_username").fill("relecture")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    page.wait_for_url("**/gestion/securite/**")
    page.locator("#id_code").fill("000000")
    page.locator("#id_code").press("Enter")
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert page.locator("#id_code").input_value() == "000000"
    assert axe_violations(page) == []

    page.context.clear_cookies()
    for _ in range(5):  # an account name that does not exist is locked all the same
        page.goto(site + "/gestion/login/")
        page.locator("#id_username").fill("personne")
        page.locator("#id_password").fill("pas-le-bon")
        submit(page, page.get_by_role("button", name="S'identifier"))
    assert page.get_by_role("heading", name="Connexion temporairement bloquée").is_visible()
    assert axe_violations(page) == []
