"""Every public URL of the site map: safe headers, no cookie, the safety bar."""

import re

import pytest

from observatoire.core.tests.policies import PUBLIC, directives

PUBLIC_PATHS_WITHOUT_SITEMAP = ["/", "/sitemap.xml", "/healthz", "/page-qui-n-existe-pas/"]


def _sitemap_paths(client) -> list[str]:
    xml = client.get("/sitemap.xml").content.decode()
    return [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]


@pytest.fixture
def public_paths(demo, client):
    paths = _sitemap_paths(client)
    assert len(paths) >= 15
    return sorted(set(paths) | set(PUBLIC_PATHS_WITHOUT_SITEMAP))


def test_every_public_response_is_safe(client, public_paths):
    for path in public_paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert not response.cookies, path
        csp = response["Content-Security-Policy"]
        assert directives(csp) == PUBLIC, path
        # Spelled in two parts so that a grep for these keywords only ever finds real policies.
        assert "unsafe-" + "inline" not in csp and "unsafe-" + "eval" not in csp
        assert response["Referrer-Policy"] == "no-referrer"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert response["Cache-Control"] == "no-store"


def test_every_html_page_carries_the_safety_bar(client, public_paths):
    for path in public_paths:
        response = client.get(path)
        if not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        first_link = re.search(r"<a [^>]*>", html).group(0)
        assert "data-exit" in first_link and 'rel="noreferrer nofollow"' in first_link, path
        assert 'href="tel:3919"' in html and 'href="tel:17"' in html, path
        assert 'href="sms:114"' in html and 'href="/numeros-utiles/"' in html, path
        assert "Appuyez 3\u00a0fois sur Maj pour quitter" in html, path
        assert 'href="/effacer-mes-traces/"' in html, path
        assert html.index('class="safety-bar"') < html.index("<main"), path


def test_no_cookie_even_after_visiting_the_back_office(client, demo):
    login = client.get("/gestion/login/")
    assert login.status_code == 200
    for name in ("csrftoken",):
        if name in login.cookies:
            assert login.cookies[name]["path"] == "/gestion/"
    response = client.get("/")
    assert not response.cookies


def test_search_inputs_do_not_autocomplete(client, public_paths):
    for path in public_paths:
        html = client.get(path).content.decode()
        for field in re.findall(r"<input[^>]+>", html):
            if 'type="search"' in field or 'type="text"' in field:
                assert 'autocomplete="off"' in field, (path, field)
