"""Partners declare their figures; another person of the coordination validates; publication
goes through disclosure control; every step is in the audit trail."""

import re

import pytest
from wagtail.models import ModelLogEntry

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR, RESEARCHER
from observatoire.accounts.tests.helpers import account, sign_in
from observatoire.demo.indicators import load_demo_partner_figures
from observatoire.indicators import submissions
from observatoire.indicators.models import Indicator, Observation, PartnerFigure

LIST = "/gestion/snippets/indicators/partnerfigure/"


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


def test_a_partner_editor_sees_and_declares_only_its_own_figures(client, people):
    sign_in(client, people["caf"])
    listing = client.get(LIST).content.decode()
    assert "Familles accompagnées" in listing and "ISCG" not in listing
    form = client.get(LIST + "add/").content.decode()
    assert "Familles accompagnées" in form and "ISCG" not in form
    other = Indicator.objects.get(code="interventions-iscg")
    refused = client.post(LIST + "add/", {"indicator": other.pk, "period": "2026", "value": 3})
    assert refused.status_code == 200 and not PartnerFigure.objects.filter(period="2026").exists()
    bad = client.post(
        LIST + "add/",
        {
            "indicator": Indicator.objects.get(code="familles-accompagnees-caf").pk,
            "period": "2025-13",
            "value": "12",
        },
    )
    assert "Une année (2025) ou un trimestre (2025-T1) est attendu." in bad.content.decode()
    assert 'value="2025-13"' in bad.content.decode()  # what was typed is kept


def test_the_whole_path_with_a_second_person_validating(client, people):
    figure = PartnerFigure.objects.get(indicator__code="nuitees-hebergement-urgence", period="2025")
    sign_in(client, people["caf"])
    assert client.post(f"/gestion/chiffres-partenaires/{figure.pk}/soumettre/").status_code == 404
    client.logout()
    submissions.submit(figure=figure, user=people["coord1"])
    with pytest.raises(submissions.FigureError, match="Une autre personne"):
        submissions.validate(figure=figure, user=people["coord1"])
    sign_in(client, people["coord2"])
    page = client.get(f"/gestion/chiffres-partenaires/{figure.pk}/valider/")
    assert page.status_code == 200
    client.post(f"/gestion/chiffres-partenaires/{figure.pk}/valider/")
    client.post(f"/gestion/chiffres-partenaires/{figure.pk}/publier/")
    figure.refresh_from_db()
    assert figure.status == PartnerFigure.PUBLISHED and figure.validated_by == people["coord2"]
    observation = Observation.objects.get(indicator=figure.indicator, period="2025")
    assert observation.value == 9870 and observation.territory.code == "34"
    actions = list(
        ModelLogEntry.objects.for_instance(figure).order_by("pk").values_list("action", "user")
    )
    assert actions == [
        ("ovff.figure.submit", people["coord1"].pk),
        ("ovff.figure.validate", people["coord2"].pk),
        ("ovff.figure.publish", people["coord2"].pk),
    ]


def test_a_small_published_count_of_people_stays_secret(client, people):
    figure = PartnerFigure.objects.get(indicator__code="familles-accompagnees-caf", period="2025")
    submissions.validate(figure=figure, user=people["coord2"])
    submissions.publish(figure=figure, user=people["coord2"])
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
    figure = PartnerFigure.objects.get(indicator__code="interventions-iscg", period="2025")
    client.post(f"/gestion/chiffres-partenaires/{figure.pk}/publier/")
    figure.refresh_from_db()
    assert figure.status == PartnerFigure.VALIDATED


def test_each_person_sees_only_the_steps_they_may_take(client, people):
    """The partner submits its drafts; it never sees « Valider » or « Publier »."""

    def buttons():
        html = client.get(LIST).content.decode()
        return set(re.findall(r"/gestion/chiffres-partenaires/\d+/(\w+)/", html))

    PartnerFigure.objects.filter(indicator__partner__slug="caf-herault").update(
        status=PartnerFigure.SUBMITTED, submitted_by=people["coord1"]
    )
    sign_in(client, people["caf"])
    assert "valider" not in buttons() and "publier" not in buttons()
    client.logout()
    sign_in(client, people["coord1"])  # submitted them: another person validates
    assert "valider" not in buttons()
    client.logout()
    sign_in(client, people["coord2"])
    assert "valider" in buttons()
    client.logout()
    sign_in(client, people["researcher"])
    assert buttons() == set()  # no step, and no file to import either
    assert client.get("/gestion/chiffres-partenaires/importer/").status_code in (302, 403)
