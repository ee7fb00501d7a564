"""Recommendations: partners report on their own, the coordination validates, the public page
shows progress by year, theme and partner."""

import pytest
from wagtail.models import ModelLogEntry

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR
from observatoire.accounts.tests.helpers import account, sign_in
from observatoire.knowledge import services
from observatoire.knowledge.models import FollowUp, Recommendation

LIST = "/gestion/snippets/knowledge/recommendation/"


@pytest.fixture
def people(demo):
    return {
        "caf": account("caf", PARTNER_EDITOR, "caf-herault"),
        "coord": account("coord", COORDINATOR),
    }


def caf_and_other():
    mine = Recommendation.objects.filter(partners__slug="caf-herault").first()
    other = Recommendation.objects.exclude(partners__slug="caf-herault").first()
    return mine, other


def test_the_public_page_shows_progress_and_validated_notes_only(client, demo):
    recommendation = Recommendation.objects.first()
    FollowUp.objects.create(
        recommendation=recommendation, status="realisee", note="Note pas encore validée"
    )
    response = client.get("/recommandations/")
    html = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert Recommendation.objects.count() >= 8
    assert "Par année" in html and "Par thème" in html and "Par partenaire" in html
    assert "Note pas encore validée" not in html
    assert "Deux sessions de formation organisées" in html  # a validated demo note
    statuses = set(Recommendation.objects.values_list("status", flat=True))
    assert statuses == {code for code, _ in Recommendation.STATUSES}


def test_a_partner_reports_on_its_own_and_the_coordination_validates(client, people):
    mine, _ = caf_and_other()
    sign_in(client, people["caf"])
    listing = client.get(LIST).content.decode()
    assert mine.title in listing
    before = mine.status
    response = client.post(
        f"/gestion/recommandations/{mine.pk}/suivi/",
        {"status": "en_cours", "note": "Action reprise dans toutes les antennes."},
    )
    assert response.status_code == 302
    note = FollowUp.objects.get(note__startswith="Action reprise")
    assert note.state == FollowUp.PENDING
    assert Recommendation.objects.get(pk=mine.pk).status == before  # not until validated
    assert "Action reprise" not in client.get("/recommandations/").content.decode()
    with pytest.raises(services.FollowUpError):
        services.validate_follow_up(user=people["caf"], follow_up=note)
    services.validate_follow_up(user=people["coord"], follow_up=note)
    assert Recommendation.objects.get(pk=mine.pk).status == "en_cours"
    assert "Action reprise" in client.get("/recommandations/").content.decode()
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"ovff.followup.propose", "ovff.followup.validate"} <= actions


def test_a_partner_cannot_change_another_partners_recommendation(client, people):
    _, other = caf_and_other()
    sign_in(client, people["caf"])
    assert other.title not in client.get(LIST).content.decode()
    response = client.post(
        f"/gestion/recommandations/{other.pk}/suivi/", {"status": "realisee", "note": "Non."}
    )
    assert response.status_code == 404
    with pytest.raises(services.FollowUpError):
        services.propose_follow_up(
            user=people["caf"], recommendation=other, status="realisee", note="Non."
        )
    edit = client.post(f"{LIST}edit/{other.pk}/", {"title": "Changé"})
    assert edit.status_code in (302, 403, 404)
    assert Recommendation.objects.get(pk=other.pk).title == other.title
    assert not FollowUp.objects.filter(note="Non.").exists()


def test_a_follow_up_without_a_note_keeps_what_was_typed(client, people):
    mine, _ = caf_and_other()
    sign_in(client, people["caf"])
    response = client.post(
        f"/gestion/recommandations/{mine.pk}/suivi/", {"status": "en_cours", "note": ""}
    )
    assert response.status_code == 200 and "obligatoire" in response.content.decode()
    assert 'value="en_cours" selected' in response.content.decode()


def test_partners_may_propose_publications_and_events_through_moderation(client, people):
    from wagtail.models import Page

    sign_in(client, people["caf"])
    for slug, page_type in (("ressources", "publicationpage"), ("agenda", "eventpage")):
        parent = Page.objects.get(slug=slug)
        response = client.get(f"/gestion/pages/add/knowledge/{page_type}/{parent.pk}/")
        assert response.status_code == 200, slug
        assert "Soumettre" in response.content.decode()  # to « Relecture des pages »
    theme_year = Page.objects.get(slug="2023")
    response = client.get(f"/gestion/pages/add/knowledge/themepage/{theme_year.pk}/")
    assert response.status_code in (302, 403)  # themes are the coordination's
