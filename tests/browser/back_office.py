"""Sign into the back-office in the browser, second factor included, as one of the roles.

The first sign-in of a role in a test session enrols its account as a new colleague would:
it reads the key shown on the page, computes the code an authenticator app would show, and
keeps the recovery codes (`conftest.signed_in_state` then keeps the signed-in browser state, so
that later tests start signed in). Signing in again spends one recovery code (an app code
cannot serve twice within its 30-second step).
"""

from base64 import b32decode

from django_otp.oath import totp
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .accounts import PASSWORD

_recovery_codes: dict[tuple[str, str], list[str]] = {}


def app_code(key: str) -> str:
    return f"{totp(b32decode(key.replace(' ', ''))):06d}"


def sign_in(page, site: str, *, role: str = "coordination", landing: str = "/gestion/") -> None:
    page.goto(site + "/gestion/login/?next=" + landing)
    page.locator("#id_username").fill(role)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    page.wait_for_url("**/gestion/securite/**")
    if "/activer/" in page.url:
        page.locator("#id_code").fill(app_code(page.locator("#totp-key").inner_text()))
        page.get_by_role("button", name="Activer").click()
        page.locator("#recovery-codes").wait_for()
        codes = page.locator("#recovery-codes code").all_inner_texts()
        assert len(codes) == 10
        _recovery_codes[site, role] = codes
        page.get_by_role("link", name="J’ai noté mes codes, continuer").click()
    else:
        page.locator("#id_code").fill(_recovery_codes[site, role].pop())
        page.get_by_role("button", name="Valider").click()
    page.wait_for_url(site + landing)


def choose(page, button: str, pick: str, *, search: str | None = None) -> None:
    """Open a chooser by its button, search it if asked, pick an item and wait for it to close.
    Without the button, the failure says which page the browser was on instead (an intermittent
    failure, seen twice in CI, is still unexplained)."""
    try:
        page.get_by_role("button", name=button).click()
    except PlaywrightTimeout as missing:
        shown = page.locator("body").inner_text()[:600] if page.locator("body").count() else ""
        raise AssertionError(
            f"No button « {button} » on {page.url} (« {page.title()} »): {shown!r}"
        ) from missing
    dialog = page.get_by_role("dialog")
    if search is not None:
        dialog.get_by_role("textbox").first.fill(search)
    dialog.get_by_role("link", name=pick, exact=True).click()
    dialog.wait_for(state="hidden")


def submit(page, control) -> None:
    """Click a control that sends its form (or follows its link), and wait for the page the
    server answers. `wait_for_load_state` alone returns at once while the page being left is
    still loaded, and messages read then are the previous page's."""
    with page.expect_navigation():
        control.click()


def footer_action(page, name: str) -> None:
    """One of the save actions in the menu of Wagtail's editor footer (Publier, Soumettre…)."""
    page.locator("footer .w-dropdown__toggle").last.click()
    submit(page, page.get_by_role("button", name=name, exact=True))


def messages(page) -> str:
    """The admin's messages, French non-breaking spaces read as spaces."""
    text = page.locator(".messages").inner_text() if page.locator(".messages").count() else ""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def pick_date(page, field: str, nth_day: int, *, time: str = "10:00") -> str:
    """Pick the nth day of the month shown in a field's date picker, as a person does with
    the mouse: click the field, a day, then (a date and time picker) a time; it closes."""
    page.locator(field).click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.locator(".xdsoft_date:not(.xdsoft_other_month)").nth(nth_day).click()
    times = picker.locator(".xdsoft_timepicker:visible")
    if times.count():
        # The list of times shows a few hours around the current one: scroll it with the
        # mouse wheel, as a person does, until the wanted time shows.
        wanted = times.locator(".xdsoft_time", has_text=time)
        box = times.locator(".xdsoft_time_box")
        for _ in range(24):
            if _shown_in(box, wanted):
                break
            box.hover()
            upwards = wanted.bounding_box()["y"] < box.bounding_box()["y"]
            page.mouse.wheel(0, -120 if upwards else 120)
        wanted.click()
    picker.wait_for(state="hidden")
    return page.locator(field).input_value()


def _shown_in(box, element) -> bool:
    outer, inner = box.bounding_box(), element.bounding_box()
    return bool(outer and inner) and (
        inner["y"] >= outer["y"] and inner["y"] + inner["height"] <= outer["y"] + outer["height"]
    )


def add_child_page(page, site: str, parent: str) -> None:
    """From the page search, open `parent` and choose « Ajouter une sous-page » in its actions."""
    page.goto(site + "/gestion/pages/search/?q=" + parent.split()[0])
    page.locator("main td.title").get_by_role("link", name=parent, exact=True).first.click()
    page.wait_for_url("**/edit/")
    page.locator("header").get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Ajouter une sous-page").click()
