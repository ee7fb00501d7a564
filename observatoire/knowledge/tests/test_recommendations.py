"""Recommendations: partners write follow-up notes on their own and submit them to the
« Suivi des recommandations » workflow; the coordination approves (which publishes the note and
sets the status) or requests changes; the public page shows progress by year, theme and
partner, and published notes only."""

import json

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.utils import timezone
from wagtail.models import ModelLogEntry, WorkflowState

from observatoire.accounts.roles import (
    COORDINATOR,
    FOLLOW_UP_TASK,
    FOLLOW_UP_WORKFLOW,
    PARTNER_EDITOR,
)
from observatoire.accounts.tests.helpers import account, sign_in
from observatoire.knowledge.models import FollowUp, Recommendation
from observatoire.partners.models import PartnerPage

LIST = "/gestion/snippets/knowledge/recommendation/"
NOTES = "/gestion/snippets/knowledge/followup/"
ADD = f"{NOTES}add/"
# Addressed to the Caf (and the Département), « en cours » in the demo.
CAF_RECOMMENDATION = "Prévenir les familles dès la déclaration de grossesse"
OWN_ONLY = "Choisissez une recommandation adressée à votre partenaire."


@pytest.fixture
def people(demo):
    return {
        "caf": account("caf", PARTNER_EDITOR, "caf-herault"),
        "departement": account("departement", PARTNER_EDITOR, "departement-herault"),
        "coord": account("coord", COORDINATOR),
    }


def edit_url(note: FollowUp) -> str:
    return f"{NOTES}edit/{note.pk}/"


def note_form(recommendation: Recommendation, note: str, **changes) -> dict:
    return {
        "recommendation": recommendation.pk,
        "date": timezone.localdate().isoformat(),
        "status": Recommendation.DONE,
        "note": note,
        **changes,
    }


def approve(client, note: FollowUp, **changes) -> None:
    """As the coordination does from the editor: the version submitted, approved."""
    latest = FollowUp.objects.get(pk=note.pk).get_latest_revision_as_object()
    response = client.post(
        edit_url(note),
        note_form(
            latest.recommendation,
            latest.note,
            status=latest.status,
            **{"action-workflow-action": "true", "workflow-action-name": "approve"},
            **changes,
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]


def refused(response) -> bool:
    """403, 404, or Wagtail's refusal: back to the dashboard with « pas les autorisations »."""
    if response.status_code in (403, 404):
        return True
    messages = " ".join(str(m) for m in get_messages(response.wsgi_request))
    return response.status_code == 302 and "pas les autorisations" in messages


def public_page(client) -> str:
    client.logout()
    return client.get("/recommandations/").content.decode()


def submitted_by_the_caf(client, people, text: str) -> FollowUp:
    recommendation = Recommendation.objects.get(title=CAF_RECOMMENDATION)
    sign_in(client, people["caf"])
    response = client.post(ADD, note_form(recommendation, text, **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    return FollowUp.objects.get(note=text)


def test_the_workflow_is_the_coordinations_and_partners_never_publish(db):
    workflow = FollowUp().get_workflow()
    assert workflow.name == FOLLOW_UP_WORKFLOW
    (task,) = [task.specific for task in workflow.tasks]
    assert task.name == FOLLOW_UP_TASK
    assert list(task.groups.values_list("name", flat=True)) == [COORDINATOR]
    editors = set(
        Group.objects.get(name=PARTNER_EDITOR).permissions.values_list("codename", flat=True)
    )
    assert {"add_followup", "change_followup", "view_followup"} <= editors
    assert not editors & {"publish_followup", "delete_followup"}
    coordination = Group.objects.get(name=COORDINATOR).permissions
    assert coordination.filter(codename="publish_followup").exists()


def test_the_public_page_shows_progress_and_published_notes_only(client, people):
    recommendation = Recommendation.objects.first()
    draft = FollowUp.objects.create(
        recommendation=recommendation, status="realisee", note="Note jamais publiée"
    )
    draft.save_revision(user=people["coord"])
    html = public_page(client)
    assert Recommendation.objects.count() >= 8
    assert "Par année" in html and "Par thème" in html and "Par partenaire" in html
    assert "Note jamais publiée" not in html
    assert "Deux sessions de formation organisées" in html  # a published demo note
    assert "La désignation des référents" not in html  # the demo's note awaiting approval
    statuses = set(Recommendation.objects.values_list("status", flat=True))
    assert statuses == {code for code, _ in Recommendation.STATUSES}


def test_a_partner_submits_a_note_and_the_coordination_approves_it(client, people):
    recommendation = Recommendation.objects.get(title=CAF_RECOMMENDATION)
    sign_in(client, people["caf"])
    listing = client.get(LIST).content.decode()
    assert f"{ADD}?recommandation={recommendation.pk}" in listing  # « Rendre compte »
    form = client.get(f"{ADD}?recommandation={recommendation.pk}").content.decode()
    assert f'<option value="{recommendation.pk}" selected>' in form
    assert "Soumettre à Suivi des recommandations" in form and "action-publish" not in form

    note = submitted_by_the_caf(client, people, "L’information est jointe à tous les courriers.")
    assert not note.live and note.partner.slug == "caf-herault"
    assert note.written_by == people["caf"]
    state = WorkflowState.objects.for_instance(note).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert Recommendation.objects.get(pk=recommendation.pk).status == Recommendation.ONGOING
    assert "jointe à tous les courriers" not in public_page(client)

    sign_in(client, people["coord"])
    assert str(note) in client.get("/gestion/").content.decode()  # awaiting its review
    approve(client, note)
    note.refresh_from_db()
    assert note.live
    assert Recommendation.objects.get(pk=recommendation.pk).status == Recommendation.DONE
    html = public_page(client)
    assert "L’information est jointe à tous les courriers." in html
    logged = ModelLogEntry.objects.for_instance(note).values_list("action", flat=True)
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= set(logged)


def test_requesting_changes_hands_the_note_back_to_its_partner(client, people):
    note = submitted_by_the_caf(client, people, "Courriers revus.")
    recommendation = note.recommendation
    sign_in(client, people["caf"])
    assert client.get(edit_url(note)).status_code == 200
    client.post(edit_url(note), note_form(recommendation, "Détourné."))
    assert note.get_latest_revision_as_object().note == "Courriers revus."  # locked meanwhile

    sign_in(client, people["coord"])
    response = client.post(
        edit_url(note),
        note_form(
            recommendation,
            "Courriers revus.",
            **{
                "action-workflow-action": "true",
                "workflow-action-name": "reject",
                "workflow-action-extra-data": json.dumps({"comment": "Depuis quand ?"}),
            },
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    state = WorkflowState.objects.for_instance(note).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    note.refresh_from_db()
    assert not note.live
    assert Recommendation.objects.get(pk=recommendation.pk).status == Recommendation.ONGOING

    sign_in(client, people["caf"])
    fixed = "Courriers revus depuis le 1er mars."
    response = client.post(
        edit_url(note), note_form(recommendation, fixed, **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS  # the same workflow, resumed

    sign_in(client, people["coord"])
    approve(client, note)
    note.refresh_from_db()
    assert note.live and note.note == fixed
    assert fixed in public_page(client)


def test_a_partner_reaches_neither_another_partners_notes_nor_recommendations(client, people):
    caf_note = submitted_by_the_caf(client, people, "Note de la Caf.")
    others = Recommendation.objects.exclude(partners__slug="departement-herault")
    other = others.filter(partners__slug="caf-herault").first()
    sign_in(client, people["departement"])
    assert "Note de la Caf." not in client.get(NOTES).content.decode()
    for path in (edit_url(caf_note), f"{NOTES}history/{caf_note.pk}/"):
        assert refused(client.get(path)), path
    response = client.post(
        edit_url(caf_note), note_form(other, "Détourné.", **{"action-submit": "1"})
    )
    assert refused(response)
    assert caf_note.get_latest_revision_as_object().note == "Note de la Caf."

    form = client.get(f"{ADD}?recommandation={other.pk}").content.decode()
    assert f'value="{other.pk}"' not in form  # neither offered nor chosen
    caf = PartnerPage.objects.get(slug="caf-herault")
    response = client.post(ADD, note_form(other, "Non.", partner=caf.pk, **{"action-submit": "1"}))
    assert response.status_code == 200 and OWN_ONLY in response.content.decode()
    assert not FollowUp.objects.filter(note="Non.").exists()

    own = Recommendation.objects.filter(partners__slug="departement-herault").first()
    response = client.post(ADD, note_form(own, "Oui.", partner=caf.pk, **{"action-publish": "1"}))
    assert response.status_code == 302
    mine = FollowUp.objects.get(note="Oui.")
    assert mine.partner.slug == "departement-herault"  # from the account, whatever was sent
    assert not mine.live  # partners never publish
    edit = client.post(f"{LIST}edit/{other.pk}/", {"title": "Changé"})
    assert edit.status_code in (302, 403)
    assert Recommendation.objects.get(pk=other.pk).title == other.title


def test_a_note_without_its_text_keeps_what_was_typed(client, people):
    recommendation = Recommendation.objects.get(title=CAF_RECOMMENDATION)
    sign_in(client, people["caf"])
    response = client.post(
        ADD, note_form(recommendation, "", status="abandonnee", **{"action-submit": "1"})
    )
    html = response.content.decode()
    assert response.status_code == 200 and "La note est obligatoire" in html
    assert '<option value="abandonnee" selected>' in html
    assert not FollowUp.objects.filter(status="abandonnee", recommendation=recommendation)


def test_the_coordination_publishes_its_own_note_at_once(client, people):
    recommendation = Recommendation.objects.get(title=CAF_RECOMMENDATION)
    sign_in(client, people["coord"])
    response = client.post(
        ADD, note_form(recommendation, "Bilan fait en comité.", **{"action-publish": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    note = FollowUp.objects.get(note="Bilan fait en comité.")
    assert note.live and note.partner is None and note.written_by == people["coord"]
    assert Recommendation.objects.get(pk=recommendation.pk).status == Recommendation.DONE
    assert "Bilan fait en comité." in public_page(client)


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
