"""Partners declare their figures and submit them to Wagtail's workflow; a member of the
coordination other than the person who submitted validates, which publishes; nobody publishes
otherwise; publication goes through disclosure control; every step is in the history."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry, WorkflowState

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR, RESEARCHER
from observatoire.accounts.tests.helpers import account, sign_in
from observatoire.demo.indicators import load_demo_partner_figures
from observatoire.indicators.models import Indicator, Observation, PartnerFigure

LIST = "/gestion/snippets/indicators/partnerfigure/"
APPROVE = {"action-workflow-action": "true", "workflow-action-name": "approve"}
APPROVE_BUTTON = 'data-workflow-action-name="approve"'


@pytest.fixture
def people(db):
    load_demo_partner_figures()
    return {
        "caf": account("caf", PARTNER_EDITOR, "caf-herault"),
        "prefecture": account("prefecture", PARTNER_EDITOR, "prefecture-herault"),
        "coord1": account("coord1", COORDINATOR),
        "coord2": account("coord2", COORDINATOR),
        "researcher": account("chercheuse", RESEARCHER),
    }


def edit_url(figure: PartnerFigure) -> str:
    return f"{LIST}edit/{figure.pk}/"


def form(figure: PartnerFigure, **extra) -> dict:
    return {
        "indicator": figure.indicator_id,
        "period": figure.period,
        "value": figure.value,
        "comment": figure.comment,
        **extra,
    }


def figure(code: str, period: str) -> PartnerFigure:
    return PartnerFigure.objects.get(indicator__code=code, period=period)


def in_review(item: PartnerFigure) -> bool:
    return WorkflowState.objects.for_instance(item).filter(status="in_progress").exists()


def test_a_partner_editor_sees_and_declares_only_its_own_figures(client, people):
    sign_in(client, people["caf"])
    listing = client.get(LIST).content.decode()
    assert "Familles accompagnées" in listing and "ISCG" not in listing
    add = client.get(LIST + "add/").content.decode()
    assert "Familles accompagnées" in add and "ISCG" not in add
    assert 'name="action-publish"' not in add and 'name="action-submit"' in add
    other = Indicator.objects.get(code="interventions-iscg")
    refused = client.post(LIST + "add/", {"indicator": other.pk, "period": "2026", "value": 3})
    assert refused.status_code == 200 and not PartnerFigure.objects.filter(period="2026").exists()
    assert "Choisissez un indicateur de votre partenaire." in refused.content.decode()
    own = Indicator.objects.get(code="familles-accompagnees-caf")
    bad = client.post(LIST + "add/", {"indicator": own.pk, "period": "2025-13", "value": "12"})
    assert "Une année (2025) ou un trimestre (2025-T1) est attendu." in bad.content.decode()
    assert 'value="2025-13"' in bad.content.decode()  # what was typed is kept
    submitted = client.post(
        LIST + "add/", {"indicator": own.pk, "period": "2026", "value": 40, "action-submit": "1"}
    )
    assert submitted.status_code == 302
    new = figure("familles-accompagnees-caf", "2026")
    assert not new.live and in_review(new)
    # Submitted, it is locked for its partner until the coordination has decided.
    locked = client.post(edit_url(new), form(new, value=41))
    assert figure("familles-accompagnees-caf", "2026").latest_revision.as_object().value == 40
    assert locked.status_code in (200, 302)


def test_the_whole_path_with_a_second_person_validating(client, people):
    draft = figure("nuitees-hebergement-urgence", "2025")
    sign_in(client, people["caf"])
    refused = client.get(edit_url(draft))  # another partner's: refused, back to the dashboard
    assert refused.status_code == 302 and refused["Location"] == "/gestion/"
    client.logout()

    sign_in(client, people["coord1"])
    assert client.post(edit_url(draft), form(draft, **{"action-submit": "1"})).status_code == 302
    assert in_review(draft) and not figure("nuitees-hebergement-urgence", "2025").live
    editor = client.get(edit_url(draft)).content.decode()
    assert APPROVE_BUTTON not in editor and 'name="action-publish"' not in editor
    # The person who submitted cannot validate, whatever the request.
    client.post(edit_url(draft), form(draft, **APPROVE))
    assert in_review(draft) and not Observation.objects.filter(period="2025").exists()
    client.logout()

    sign_in(client, people["coord2"])
    assert APPROVE_BUTTON in client.get(edit_url(draft)).content.decode()
    assert client.post(edit_url(draft), form(draft, **APPROVE)).status_code == 302
    published = figure("nuitees-hebergement-urgence", "2025")
    assert published.live and not in_review(published)
    observation = Observation.objects.get(indicator=published.indicator, period="2025")
    assert observation.value == 9870 and observation.territory.code == "34"
    history = list(
        ModelLogEntry.objects.for_instance(published).order_by("pk").values_list("action", "user")
    )
    assert ("wagtail.workflow.start", people["coord1"].pk) in history
    assert ("wagtail.workflow.approve", people["coord2"].pk) in history
    assert ("wagtail.publish", people["coord2"].pk) in history
    # Published, it is final.
    assert client.get(edit_url(published)).status_code == 302


def test_a_small_published_count_of_people_stays_secret(client, people):
    submitted = figure("familles-accompagnees-caf", "2025")
    sign_in(client, people["coord2"])
    assert client.post(edit_url(submitted), form(submitted, **APPROVE)).status_code == 302
    client.logout()
    html = client.get("/indicateurs/familles-accompagnees-caf/").content.decode()
    assert "212" in html  # 2024, at least 10
    row_2025 = html[html.index('<th scope="row">2025</th>') :][:400]
    assert "secret statistique" in row_2025 and ">7<" not in row_2025
    series = client.get("/indicateurs/familles-accompagnees-caf/serie.csv").content.decode()
    assert "2025;;" in series


def test_researchers_read_every_figure_and_change_none(client, people):
    sign_in(client, people["researcher"])
    listing = client.get(LIST).content.decode()
    assert "Familles accompagnées" in listing and "ISCG" in listing
    assert client.get(LIST + "add/").status_code == 302
    submitted = figure("interventions-iscg", "2025")
    client.post(edit_url(submitted), form(submitted, **APPROVE))
    assert in_review(submitted) and not figure("interventions-iscg", "2025").live
    assert client.get("/gestion/chiffres-partenaires/importer/").status_code in (302, 403)


def test_nobody_publishes_a_figure_but_through_its_validation(client, people):
    """Not the coordination, not even a superuser: no « Publier », and a request asking for it
    publishes nothing."""
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    draft = figure("nuitees-hebergement-urgence", "2025")
    for user in (people["coord1"], admin):
        sign_in(client, user)
        assert 'name="action-publish"' not in client.get(edit_url(draft)).content.decode()
        client.post(edit_url(draft), form(draft, **{"action-publish": "1"}))
        assert not figure("nuitees-hebergement-urgence", "2025").live
        client.logout()
    assert not Observation.objects.filter(indicator=draft.indicator, period="2025").exists()
