"""Seven languages from the address alone: French at /, the others under their prefix."""

import re

import pytest
from django.conf import settings
from django.utils import translation

from observatoire.core import i18n

OTHERS = [code for code, _ in settings.LANGUAGES if code != "fr"]


def _html_attributes(content: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', content)
    assert match, content[:300]
    return match.group(1), match.group(2)


@pytest.mark.parametrize("code", ["fr", *OTHERS])
def test_every_language_is_served_under_its_prefix_with_its_lang_and_dir(client, demo, code):
    prefix = "" if code == "fr" else f"/{code}"
    for path in ("/", "/annuaire/", "/numeros-utiles/", "/barometre/grossesse/", "/indicateurs/"):
        response = client.get(prefix + path)
        assert response.status_code == 200, prefix + path
        assert _html_attributes(response.content.decode()) == (
            code,
            "rtl" if code == "ar" else "ltr",
        )
        assert response.headers["Content-Language"] == code
        assert "accept-language" not in response.get("Vary", "").lower()
        assert not response.cookies


def test_the_browser_language_never_changes_the_page_or_redirects(client, demo):
    for header in ("ar", "en-GB,en;q=0.9", "uk"):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
        assert response.status_code == 200
        assert _html_attributes(response.content.decode())[0] == "fr"
        assert not response.cookies


def test_a_language_cookie_is_ignored(client, demo):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    response = client.get("/annuaire/")
    assert _html_attributes(response.content.decode())[0] == "fr"


def test_the_language_menu_names_each_language_in_itself_and_keeps_the_page(client, demo):
    content = client.get("/en/annuaire/").content.decode()
    menu = content[content.index('class="language-menu"') :]
    menu = menu[: menu.index("</details>")]
    for code, name in (
        ("fr", "Français"),
        ("ar", "العربية"),
        ("uk", "Українська"),
        ("tr", "Türkçe"),
    ):
        prefix = "" if code == "fr" else f"/{code}"
        assert f'href="{prefix}/annuaire/" lang="{code}" hreflang="{code}"' in menu
        assert f">{name}</a>" in menu
    assert 'aria-current="true">English</a>' in menu
    for code in ("fr", *OTHERS):
        prefix = "" if code == "fr" else f"/{code}"
        assert f'<link rel="alternate" hreflang="{code}" href="{prefix}/annuaire/">' in content
    assert '<link rel="alternate" hreflang="x-default" href="/annuaire/">' in content


def test_links_of_the_layout_stay_in_the_language(client, demo):
    content = client.get("/es/numeros-utiles/").content.decode()
    layout = content[: content.index('<main id="contenu"')] + content[content.index("</main>") :]
    internal = re.findall(r'href="(/[^"]*)"', layout)
    assert internal
    # The language menu's French link, the stylesheet and the easy-to-read pages (in French).
    allowed = {"/numeros-utiles/", "/facile-a-lire/"}
    leaving = [
        href
        for href in internal
        if not href.startswith(("/es/", "/static/"))
        and href not in allowed
        and not re.match(r"^/(en|ar|pt|tr|uk)/", href)
    ]
    assert leaving == []


def test_a_page_not_yet_translated_says_so_and_marks_its_text_french(client, demo):
    response = client.get("/tr/observatoire/")
    assert response.status_code == 200
    content = response.content.decode()
    assert _html_attributes(content)[0] == "tr"
    assert '<main id="contenu" tabindex="-1" lang="fr" dir="ltr">' in content
    assert 'class="content-language-notice container" lang="tr" dir="ltr"' in content
    french = client.get("/observatoire/").content.decode()
    assert "content-language-notice" not in french


def test_an_unknown_address_is_a_404_in_the_language(client, demo):
    response = client.get("/pt/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert _html_attributes(response.content.decode())[0] == "pt"


def test_the_page_cache_keeps_each_language_apart(client, demo):
    client.get("/")
    client.get("/uk/")
    french, ukrainian = client.get("/"), client.get("/uk/")
    assert french.headers.get("X-Page-Cache") == "hit"
    assert ukrainian.headers.get("X-Page-Cache") == "hit"
    assert _html_attributes(french.content.decode())[0] == "fr"
    assert _html_attributes(ukrainian.content.decode())[0] == "uk"


def test_addresses_in_a_language():
    assert i18n.split_language("/ar/annuaire/") == ("ar", "/annuaire/")
    assert i18n.split_language("/annuaire/") == ("fr", "/annuaire/")
    assert i18n.split_language("/ar/") == ("ar", "/")
    assert i18n.lang_path("/annuaire/", language="uk") == "/uk/annuaire/"
    assert i18n.lang_path("/annuaire/", language="fr") == "/annuaire/"
    with translation.override("tr"):
        assert i18n.lang_path("/") == "/tr/"
    links = i18n.language_links(path="/pt/numeros-utiles/")
    assert [link.url for link in links if link.current] == ["/pt/numeros-utiles/"]
    assert [link.code for link in links if link.bidi] == ["ar"]


def test_grouped_numbers_stay_left_to_right_in_arabic():
    from observatoire.core.templatetags.ovff import fr_number

    with translation.override("ar"):
        assert fr_number(310240) == '<span class="ltr">310\u202f240</span>'
    with translation.override("fr"):
        assert fr_number(310240) == "310\u202f240"
