"""The back-office finds entries by their structure's name and without accents, in listings and
in choosers; a partner editor's chooser offers only its partner's entries."""

import pytest
from django.contrib.auth import get_user_model

from observatoire.accounts.roles import PARTNER_EDITOR
from observatoire.accounts.tests.helpers import account, sign_in
from observatoire.directory.models import Service, Structure

SERVICES = "/gestion/snippets/directory/service/"


@pytest.fixture
def coordination(demo, client):
    sign_in(client, get_user_model().objects.create_superuser("coord", "c@example.org", "x" * 16))
    return client


def names_listed(client, url) -> set[str]:
    html = client.get(url).content.decode()
    return {name for name in Service.objects.values_list("nom", flat=True) if name in html}


def test_services_are_found_by_their_structures_name(coordination):
    cidff = set(
        Service.objects.filter(structure__nom__startswith="CIDFF").values_list("nom", flat=True)
    )
    assert cidff and names_listed(coordination, SERVICES + "?q=CIDFF") == cidff


def test_words_are_found_without_their_accents_or_case(coordination):
    wanted = {
        s.nom
        for s in Service.objects.all()
        if "hébergement" in f"{s.nom} {s.structure.nom} {s.description}".lower()
    }
    assert wanted
    assert names_listed(coordination, SERVICES + "?q=hebergement") == wanted
    assert names_listed(coordination, SERVICES + "?q=HÉBERGEMENT") == wanted


def test_a_renamed_structure_is_found_under_its_new_name(coordination):
    structure = Structure.objects.get(nom="CIDFF de l’Hérault")
    structure.nom = "Centre d’information sur les droits des femmes"
    structure.save()
    found = names_listed(coordination, SERVICES + "?q=droits+des+femmes")
    assert set(structure.services.values_list("nom", flat=True)) <= found


def test_choosers_search_and_offer_a_partner_only_its_own_entries(demo, client):
    sign_in(client, account("pmi", PARTNER_EDITOR, "departement-herault"))
    html = client.get("/gestion/snippets/choose/directory/structure/").json()["html"]
    assert "Centre de PMI de Lunel (Département de l’Hérault)" in html
    assert "CIDFF de l’Hérault" not in html and 'name="q"' in html
    places = client.get("/gestion/snippets/choose/directory/place/").json()["html"]
    assert "Centre de PMI de Lunel" in places and "CIDFF" not in places
    found = client.get(
        "/gestion/snippets/choose/directory/structure/results/?q=lunel"
    ).content.decode()
    assert "Centre de PMI de Lunel" in found and "Béziers" not in found


def test_the_structure_chooser_finds_by_a_word_without_accent(coordination):
    html = coordination.get(
        "/gestion/snippets/choose/directory/structure/results/?q=biterrois"
    ).content.decode()
    wanted = {
        s.nom for s in Structure.objects.all() if "biterrois" in f"{s.nom} {s.description}".lower()
    }
    assert "Centre d’hébergement d’urgence du Biterrois (exemple)" in wanted
    assert {name for name in wanted if name in html} == wanted
    assert "Caf de l’Hérault" not in html


def test_a_partner_editors_structure_names_its_partner_when_submitted(demo, client):
    # A draft may wait for its partner (Wagtail checks required fields when it is submitted).
    sign_in(client, account("pmi", PARTNER_EDITOR, "departement-herault"))
    before = Structure.objects.count()
    response = client.post(
        "/gestion/snippets/directory/structure/add/",
        {"nom": "Sans partenaire", "action-submit": "Soumettre"},
    )
    assert response.status_code == 200 and Structure.objects.count() == before
    assert response.context["form"].errors["partner"] == ["Champ requis."]


def test_the_coordinations_structure_form_leaves_the_partner_optional(coordination):
    form = coordination.get("/gestion/snippets/directory/structure/add/").context["form"]
    assert form.fields["partner"].required is False
