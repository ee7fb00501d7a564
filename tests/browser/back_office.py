"""Sign into the back-office in the browser, second factor included.

The first sign-in of a test session enrols the account as a person would: it reads the key
shown on the page, computes the code an authenticator app would show, and keeps the recovery
codes. Later sign-ins spend one recovery code each (an app code cannot serve twice within its
30-second step).
"""

from base64 import b32decode

from django_otp.oath import totp

from . import server

_recovery_codes: dict[str, list[str]] = {}


def app_code(key: str) -> str:
    return f"{totp(b32decode(key.replace(' ', ''))):06d}"


def sign_in(page, site: str, *, landing: str = "/gestion/") -> None:
    page.goto(site + "/gestion/login/?next=" + landing)
    page.locator("#id_username").fill(server.EDITOR)
    page.locator("#id_password").fill(server.EDITOR_PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    page.wait_for_url("**/gestion/securite/**")
    if "/activer/" in page.url:
        page.locator("#id_code").fill(app_code(page.locator("#totp-key").inner_text()))
        page.get_by_role("button", name="Activer").click()
        page.locator("#recovery-codes").wait_for()
        codes = page.locator("#recovery-codes code").all_inner_texts()
        assert len(codes) == 10
        _recovery_codes[site] = codes
        page.get_by_role("link", name="J’ai noté mes codes, continuer").click()
    else:
        page.locator("#id_code").fill(_recovery_codes[site].pop())
        page.get_by_role("button", name="Valider").click()
    page.wait_for_url(site + landing)
