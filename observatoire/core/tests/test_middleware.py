from django.http import HttpResponse
from django.test import RequestFactory

from observatoire.core.middleware import PublicSafetyMiddleware


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

    response = PublicSafetyMiddleware(static_view)(RequestFactory().get("/static/css/site.css"))
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_pages_are_not_stored_in_the_browser_cache():
    response = PublicSafetyMiddleware(lambda r: HttpResponse("x"))(RequestFactory().get("/"))
    assert response["Cache-Control"] == "no-store"


def test_a_nul_character_in_the_address_or_query_gets_the_french_400_page(db, client):
    for path in ("/annuaire/?commune=%00", "/api/v1/annuaire/services?categorie=%00", "/a%00b/"):
        response = client.get(path)
        assert response.status_code == 400, path
        assert "Requête incorrecte" in response.content.decode()
