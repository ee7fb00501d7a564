import pytest

from observatoire.core.models import SafetySettings
from observatoire.pages.models import PartnerPage


def test_second_visit_is_served_from_the_cache_with_the_same_headers(demo, client):
    first = client.get("/partenaires/caf-herault/")
    second = client.get("/partenaires/caf-herault/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    for header in (
        "Content-Security-Policy",
        "Referrer-Policy",
        "Cache-Control",
        "Permissions-Policy",
        "X-Frame-Options",
        "Content-Type",
    ):
        assert second[header] == first[header], header
    assert not second.cookies


def test_publishing_a_page_shows_at_once(demo, client):
    client.get("/")
    caf = PartnerPage.objects.get(slug="caf-herault")
    caf.title = "Caf de l’Hérault (titre revu)"
    caf.save_revision().publish()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Caf de l’Hérault (titre revu)" in response.content.decode()


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
