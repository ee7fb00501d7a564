import pytest

from observatoire.core.models import SafetySettings
from observatoire.pages.models import PartnerPage


@pytest.fixture
def demo(db):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)


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
