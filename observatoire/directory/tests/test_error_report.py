import re

import pytest
from django.core import signing

from observatoire.directory.forms import TOKEN_SALT
from observatoire.directory.models import ErrorReport, Service


@pytest.fixture
def service(db):
    return Service.objects.get(nom="Aide aux victimes")


def _token(client, service):
    html = client.get(f"/annuaire/{service.slug}/").content.decode()
    return re.search(r'name="jeton" value="([^"]+)"', html).group(1)


def test_a_report_reaches_the_back_office_and_sets_no_cookie(service, client):
    response = client.post(
        f"/annuaire/{service.slug}/",
        {"message": "Le numéro ne répond plus.", "jeton": _token(client, service)},
    )
    assert response.status_code == 303 and not response.cookies
    assert response["Location"].endswith("?signalement=merci")
    assert ErrorReport.objects.get().message == "Le numéro ne répond plus."
    assert "transmis à la coordination" in client.get(response["Location"]).content.decode()


def test_an_empty_or_long_report_is_refused_and_what_was_typed_is_kept(service, client):
    html = client.post(
        f"/annuaire/{service.slug}/", {"message": "", "jeton": _token(client, service)}
    ).content.decode()
    assert "Décrivez en quelques mots ce qui est inexact." in html
    long_text = "trop " * 300
    html = client.post(
        f"/annuaire/{service.slug}/", {"message": long_text, "jeton": _token(client, service)}
    ).content.decode()
    assert "1 000 caractères au plus" in html and long_text.strip() in html
    assert not ErrorReport.objects.exists()


def test_a_forged_or_foreign_token_is_refused_but_the_text_is_kept(service, client):
    other = Service.objects.exclude(pk=service.pk).filter(visibility="public").first()
    foreign = signing.TimestampSigner(salt=TOKEN_SALT).sign(other.slug)
    for token in ("forged", foreign):
        html = client.post(
            f"/annuaire/{service.slug}/", {"message": "Horaires faux.", "jeton": token}
        ).content.decode()
        assert "Ce formulaire a expiré" in html and "Horaires faux." in html
    assert not ErrorReport.objects.exists()


def test_a_report_does_not_empty_the_page_cache(service, client):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    client.post(
        f"/annuaire/{service.slug}/",
        {"message": "Horaires faux.", "jeton": _token(client, service)},
    )
    assert ErrorReport.objects.count() == 1
    assert client.get("/")["X-Page-Cache"] == "hit"
