import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from observatoire.core.csp import SitePolicyMiddleware, allow_framing_by
from observatoire.core.models import SafetySettings
from observatoire.core.page_cache import PublicPageCacheMiddleware
from observatoire.core.tests.policies import PUBLIC, directives
from observatoire.partners.models import PartnerPage


def test_second_visit_is_served_from_the_cache_with_the_same_headers(demo, client):
    first = client.get("/partenaires/caf-herault/")
    second = client.get("/partenaires/caf-herault/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    for header in (
        "Referrer-Policy",
        "Cache-Control",
        "Permissions-Policy",
        "X-Frame-Options",
        "Content-Type",
    ):
        assert second[header] == first[header], header
    # The policy's directives come in an order that may change (django-csp's).
    assert directives(second) == directives(first) == PUBLIC
    assert not second.cookies


def test_a_cached_page_keeps_the_policy_changes_of_its_view(db):
    # As the embeddable barometer's (barometer/tests/test_embed.py): the policy is written
    # outside the cache, from what the view changed, which a page served again must keep.
    rendered = []

    def framable(request):
        rendered.append(request.path)
        response = HttpResponse("<p>outil</p>", content_type="text/html; charset=utf-8")
        response._csp_update = {"img-src": ["https://tuiles.example"]}
        return allow_framing_by(response, ["https://www.caf.fr"])

    served = SitePolicyMiddleware(PublicPageCacheMiddleware(framable))
    first = served(RequestFactory().get("/outil/"))
    second = served(RequestFactory().get("/outil/"))
    assert rendered == ["/outil/"] and second["X-Page-Cache"] == "hit"
    expected = {
        **PUBLIC,
        "img-src": ["'self'", "data:", "https://tuiles.example"],
        "frame-ancestors": ["https://www.caf.fr"],
    }
    assert directives(first) == directives(second) == expected


def test_publishing_a_page_shows_at_once(demo, client):
    client.get("/")
    caf = PartnerPage.objects.get(slug="caf-herault")
    caf.title = "Caf de l’Hérault (titre revu)"
    caf.save_revision().publish()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Caf de l’Hérault (titre revu)" in response.content.decode()


def test_the_footer_of_pages_never_cached_follows_the_partners_in_each_language(demo, client):
    # A 404 is never kept whole; its footer (shared_fragment) is, until content changes.
    client.get("/page-inexistante/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/page-inexistante/").content.decode()
    assert not [q for q in queries if "partners_partnerpage" in q["sql"]]
    assert 'href="/partenaires/caf-herault/"' in html
    english = client.get("/en/page-inexistante/").content.decode()
    assert 'href="/en/partenaires/caf-herault/"' in english and "Legal notice" in english
    PartnerPage.objects.get(slug="caf-herault").unpublish()
    for path, link in (
        ("/page-inexistante/", 'href="/partenaires/caf-herault/"'),
        ("/en/page-inexistante/", 'href="/en/partenaires/caf-herault/"'),
    ):
        html = client.get(path).content.decode()
        assert link not in html and "prefecture-herault/" in html, path


def test_changing_the_exit_address_shows_at_once(demo, client):
    client.get("/")
    settings = SafetySettings.load()
    settings.exit_url = "https://www.example.org/meteo"
    settings.save()
    assert 'href="https://www.example.org/meteo"' in client.get("/").content.decode()


@pytest.mark.parametrize(
    "path", ["/?q=violences", "/page-inexistante/", "/healthz", "/gestion/login/"]
)
def test_what_is_never_cached(demo, client, path):
    client.get(path)
    assert client.get(path).get("X-Page-Cache") != "hit"


def test_a_new_deployment_does_not_serve_pages_of_the_previous_one(demo, client, monkeypatch):
    from observatoire.core import page_cache

    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    monkeypatch.setattr(page_cache, "deploy_fingerprint", lambda: "next-deployment")
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_deploy_fingerprint_follows_the_static_manifest(tmp_path, settings):
    from observatoire.core import page_cache

    settings.STATIC_ROOT = str(tmp_path)
    (tmp_path / "staticfiles.json").write_text('{"paths": {"css/site.css": "css/site.1.css"}}')
    page_cache.deploy_fingerprint.cache_clear()
    first = page_cache.deploy_fingerprint()
    (tmp_path / "staticfiles.json").write_text('{"paths": {"css/site.css": "css/site.2.css"}}')
    page_cache.deploy_fingerprint.cache_clear()
    assert page_cache.deploy_fingerprint() != first
    page_cache.deploy_fingerprint.cache_clear()
