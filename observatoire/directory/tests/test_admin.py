import datetime

import pytest
from django.contrib.auth import get_user_model

from observatoire.accounts.tests.helpers import sign_in
from observatoire.directory.models import Commune, Place, Service, Structure


@pytest.fixture
def editor_client(db, client):
    user = get_user_model().objects.create_superuser("coordination", "c@example.org", "x" * 16)
    sign_in(client, user)
    return client


def test_service_form_offers_the_reference_lists(editor_client):
    html = editor_client.get("/gestion/snippets/directory/service/add/").content.decode()
    for label in (
        "Mise à l’abri et hébergement",
        "Auteurs de violences",
        "langue des signes française (LSF)",
        "Territoire couvert",
    ):
        assert label in html


def test_a_bad_phone_number_is_refused_in_french_and_keeps_what_was_typed(editor_client):
    before = Structure.objects.count()
    response = editor_client.post(
        "/gestion/snippets/directory/structure/add/",
        {"nom": "CIDFF de l’Hérault (exemple)", "telephone": "04 67", "description": "Gardé"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Numéro de téléphone non reconnu" in html
    assert "CIDFF de l’Hérault (exemple)" in html and "Gardé" in html
    assert Structure.objects.count() == before


def test_a_secret_place_is_saved_from_the_back_office(editor_client):
    structure = Structure.objects.create(nom="Hébergement (exemple)")
    response = editor_client.post(
        "/gestion/snippets/directory/place/add/",
        {
            "structure": structure.pk,
            "kind": "fixe",
            "secret_address": "on",  # pragma: allowlist secret
            "adresse": "1 rue Cachée",
            "commune": "34032",
            "telephone": "04 67 00 00 00",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    place = Place.objects.get(adresse="1 rue Cachée")
    assert place.secret_address and place.commune == Commune.objects.get(code="34032")
    assert place.telephone == "+33467000000"


def test_entries_not_verified_for_six_months_can_be_listed(editor_client):
    structure = Structure.objects.create(nom="Structure (exemple)")
    old = Service.objects.create(
        structure=structure,
        nom="Ancien",
        description="x",
        last_verified=datetime.date.today() - datetime.timedelta(days=200),
    )
    Service.objects.create(structure=structure, nom="Récent", description="x")
    html = editor_client.get("/gestion/snippets/directory/service/?stale=true").content.decode()
    assert old.nom in html and "Récent" not in html
