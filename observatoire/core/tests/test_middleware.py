import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import OperationalError
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.test import RequestFactory

from observatoire.core.csp import SitePolicyMiddleware
from observatoire.core.middleware import PublicSafetyMiddleware
from observatoire.core.tests.policies import PUBLIC, directives

ROOT = Path(__file__).resolve().parents[3]


def _outermost(view):
    """The view inside the two outermost middleware, in the order of settings.MIDDLEWARE."""
    return SitePolicyMiddleware(PublicSafetyMiddleware(view))


def _view_setting_a_cookie(request):
    response = HttpResponse("<p>page</p>")
    response.set_cookie("tracker", "1")
    return response


def test_cookies_are_removed_from_public_responses(caplog):
    middleware = PublicSafetyMiddleware(_view_setting_a_cookie)
    response = middleware(RequestFactory().get("/partenaires/"))
    assert not response.cookies
    assert "Set-Cookie" not in str(response.serialize_headers())
    assert "Removed cookies ['tracker']" in caplog.text


def test_cookies_are_kept_in_the_back_office():
    middleware = PublicSafetyMiddleware(_view_setting_a_cookie)
    response = middleware(RequestFactory().get("/gestion/login/"))
    assert "tracker" in response.cookies


def test_static_files_keep_their_cache_headers():
    def static_view(request):
        response = HttpResponse("body{}")
        response["Cache-Control"] = "max-age=315360000, public, immutable"
        return response

    response = _outermost(static_view)(RequestFactory().get("/static/css/site.css"))
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert directives(response) == PUBLIC


def test_pages_are_not_stored_in_the_browser_cache():
    response = PublicSafetyMiddleware(lambda r: HttpResponse("x"))(RequestFactory().get("/"))
    assert response["Cache-Control"] == "no-store"


def test_a_nul_character_in_the_address_or_query_gets_the_french_400_page(db, client):
    for path in ("/annuaire/?commune=%00", "/api/v1/annuaire/services?categorie=%00", "/a%00b/"):
        response = client.get(path)
        assert response.status_code == 400, path
        assert "Requête incorrecte" in response.content.decode()


def test_the_two_outermost_middleware_come_first():
    assert settings.MIDDLEWARE[:2] == [
        "observatoire.core.csp.SitePolicyMiddleware",
        "observatoire.core.middleware.PublicSafetyMiddleware",
    ]


def test_the_public_policy_is_exactly_six_directives():
    response = _outermost(lambda r: HttpResponse("x"))(RequestFactory().get("/"))
    assert directives(response) == PUBLIC
    assert settings.CONTENT_SECURITY_POLICY == {"DIRECTIVES": PUBLIC}


@pytest.mark.parametrize("answer", [HttpResponseNotFound, HttpResponseServerError])
def test_errors_carry_the_policy_with_debug_on_too(settings, answer):
    # django-csp alone leaves Django's 404 and 500 pages without a policy when DEBUG is on.
    settings.DEBUG = True
    response = _outermost(lambda r: answer("x"))(RequestFactory().get("/introuvable/"))
    assert directives(response) == PUBLIC


def test_a_policy_written_by_a_view_is_replaced():
    def loose(request):
        response = HttpResponse("x")
        response["Content-Security-Policy"] = "default-src *"
        return response

    assert directives(_outermost(loose)(RequestFactory().get("/"))) == PUBLIC


def test_the_middleware_refuses_to_start_without_a_policy(settings):
    settings.CONTENT_SECURITY_POLICY = {}
    with pytest.raises(ImproperlyConfigured):
        SitePolicyMiddleware(lambda r: HttpResponse("x"))


def test_every_kind_of_answer_carries_the_policy(db, client, settings, monkeypatch):
    settings.DEBUG = True
    answers = {
        "/static/css/site.css": 200,  # WhiteNoise
        "/a%00b/": 400,  # BadInputMiddleware
        "/page-qui-n-existe-pas/": 404,  # with DEBUG on: Django's technical page
        "/api/v1/adresse-inconnue/": 404,  # FrenchErrorsMiddleware's JSON
        "/barometre/grossesse/compter/": 405,  # FrenchErrorsMiddleware's page
    }
    for path, status in answers.items():
        response = client.get(path)
        assert response.status_code == status, path
        assert directives(response) == PUBLIC, path

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    client.raise_request_exception = False
    with monkeypatch.context() as patch:  # undone before the test database is rolled back
        patch.setattr("django.db.backends.utils.CursorWrapper.execute", unreachable)
        response = client.get("/annuaire/")
    assert response.status_code == 503 and directives(response) == PUBLIC


def test_nginx_refusal_page_carries_the_public_policy():
    nginx = (ROOT / "deploy/nginx.conf").read_text()
    (policy,) = re.findall(r'add_header Content-Security-Policy "([^"]+)" always;', nginx)
    assert directives(policy) == settings.CONTENT_SECURITY_POLICY["DIRECTIVES"] == PUBLIC
