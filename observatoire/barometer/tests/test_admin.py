import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR
from observatoire.accounts.tests.helpers import sign_in
from observatoire.barometer.models import Version
from observatoire.barometer.selectors import published_version


@pytest.fixture
def coordinator_client(barometers, client):
    user = get_user_model().objects.create_user("coord", "c@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=COORDINATOR))
    sign_in(client, user)
    return client


def check_url(version) -> str:
    return f"/gestion/barometre/versions/{version.pk}/verifier/"


def test_a_published_version_opens_on_its_check_page_not_its_form(coordinator_client):
    version = published_version(slug="grossesse")
    response = coordinator_client.get(f"/gestion/snippets/barometer/version/edit/{version.pk}/")
    assert response.status_code == 302 and response["Location"] == check_url(version)
    html = coordinator_client.get(check_url(version)).content.decode()
    assert "Créer une nouvelle version à partir de celle-ci" in html
    assert html.count("réussi") == 10 and "échec" not in html
    # The test cases are named in French, and the header names the page, under its listing.
    assert "rien d’inquiétant" in html and "nothing wrong" not in html
    header = re.search(r"<header.*?</header>", html, re.DOTALL).group(0)
    assert "Vérifier et publier : Baromètre de la grossesse – version 1" in header
    assert "Versions de baromètre" in header


def test_a_new_draft_is_checked_previewed_then_published(coordinator_client):
    version = published_version(slug="grossesse")
    response = coordinator_client.post(check_url(version), {"action": "nouvelle-version"})
    draft = Version.objects.get(questionnaire=version.questionnaire, number=2)
    assert response["Location"] == f"/gestion/snippets/barometer/version/edit/{draft.pk}/"
    assert coordinator_client.get(response["Location"]).status_code == 200
    html = coordinator_client.get(check_url(draft)).content.decode()
    assert "Publier la version 2" in html and "Je pousse, je secoue" in html
    coordinator_client.post(check_url(draft), {"action": "publier"})
    assert published_version(slug="grossesse").number == 2


def test_partner_editors_do_not_edit_barometers(barometers, client):
    user = get_user_model().objects.create_user("ed", "e@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=PARTNER_EDITOR))
    sign_in(client, user)
    version = published_version(slug="grossesse")
    before = Version.objects.count()
    assert client.get(check_url(version)).status_code in (302, 403)
    client.post(check_url(version), {"action": "nouvelle-version"})
    assert Version.objects.count() == before


def test_the_coordination_gets_the_code_to_paste_for_a_partner(coordinator_client):
    from observatoire.barometer.models import EmbedPartner

    partner = EmbedPartner.objects.create(name="Caf", key="caf", origin="https://www.caf.fr")
    html = coordinator_client.get(f"/gestion/barometre/integrer/{partner.pk}/").content.decode()
    assert "http://testserver/integrer/barometre/grossesse/?partenaire=caf" in html
    assert "http://testserver/static/barometer/embed.js" in html
