"""Partners' figures by CSV file: typed and range-checked, all or nothing, scoped, audited."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from frictionless import Dialect, Resource, Schema, formats
from wagtail.models import ModelLogEntry

from observatoire.accounts.tests.helpers import sign_in
from observatoire.indicators import declarations
from observatoire.indicators.models import PartnerFigure

from .test_partner_figures import LIST, people  # noqa: F401  # the fixture

IMPORT = "/gestion/chiffres-partenaires/importer/"


def upload(client, text: str, encoding: str = "utf-8"):
    data = text.encode(encoding)
    return client.post(IMPORT, {"file": SimpleUploadedFile("chiffres.csv", data, "text/csv")})


def figures() -> set:
    return set(PartnerFigure.objects.values_list("indicator__code", "period", "value", "live"))


def test_a_good_file_becomes_drafts_the_partner_then_submits(client, people):  # noqa: F811
    sign_in(client, people["caf"])
    page = client.get(IMPORT).content.decode()
    assert "familles-accompagnees-caf" in page and "interventions-iscg" not in page
    response = upload(
        client,
        "\ufeffindicateur;periode;nombre;commentaire\n"
        "familles-accompagnees-caf;2026-T1;48;Exemple de démonstration\n"
        "familles-accompagnees-caf;2026-T2;1\u202f052;\n",
    )
    assert response.status_code == 302 and response["Location"] == LIST
    imported = PartnerFigure.objects.filter(period__startswith="2026").order_by("period")
    assert [(f.value, f.live, f.workflow_in_progress) for f in imported] == [
        (48, False, False),
        (1052, False, False),
    ]  # drafts, to be submitted
    assert [f.latest_revision.as_object().value for f in imported] == [48, 1052]
    assert (
        ModelLogEntry.objects.filter(action="ovff.figure.import", user=people["caf"]).count() == 2
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("familles-accompagnees-caf;2026;-3;", "Ligne 3, colonne « nombre » : « -3 »"),
        ("familles-accompagnees-caf;2026;2\u202f000\u202f000;", "entre 0 et 1\u202f000\u202f000"),
        ("familles-accompagnees-caf;26;4;", "Ligne 3, colonne « periode » : « 26 »"),
        ("interventions-iscg;2026;4;", "relève de"),
        ("inconnu;2026;4;", "« inconnu » n’est pas un indicateur"),
        ("familles-accompagnees-caf;2026-T1;5;", "figure déjà ligne 2"),
        ("familles-accompagnees-caf;2026;4;" + "x" * 501, "501 caractères"),
    ],
)
def test_one_bad_line_records_nothing_and_is_named(client, people, line, message):  # noqa: F811
    sign_in(client, people["caf"])
    before = figures()
    response = upload(
        client,
        f"indicateur;periode;nombre;commentaire\nfamilles-accompagnees-caf;2026-T1;9;\n{line}\n",
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "rien n’a été enregistré" in body and message in body
    assert figures() == before


def test_files_that_cannot_be_read_are_refused_in_french(client, people):  # noqa: F811
    sign_in(client, people["caf"])
    before = figures()
    cases = [
        (upload(client, "indicateur;période;nombre\n1;2;3\n"), "colonnes manquantes"),
        (
            upload(
                client, "indicateur;periode;nombre\nfamilles-accompagnees-caf;2026;3\n", "utf-16"
            ),
            "UTF-8",
        ),
        (upload(client, "indicateur;periode;nombre\n"), "aucun chiffre"),
    ]
    for response, message in cases:
        assert response.status_code == 200 and message in response.content.decode()
    assert figures() == before


def test_a_figure_already_submitted_is_not_overwritten(client, people):  # noqa: F811
    sign_in(client, people["caf"])
    before = figures()
    submitted = PartnerFigure.objects.get(
        indicator__code="familles-accompagnees-caf", period="2025"
    )
    assert (
        submitted.workflow_in_progress and ("familles-accompagnees-caf", "2025", 7, False) in before
    )
    response = upload(client, "indicateur;periode;nombre\nfamilles-accompagnees-caf;2025;70\n")
    assert "déjà soumis à la coordination" in response.content.decode()
    assert figures() == before


def test_an_account_without_a_partner_declares_nothing(client, people):  # noqa: F811
    sign_in(client, people["researcher"])
    response = upload(client, "indicateur;periode;nombre\nfamilles-accompagnees-caf;2026;3\n")
    assert response.status_code in (302, 403)  # the import page is not even offered
    assert not PartnerFigure.objects.filter(period="2026").exists()


def test_the_published_schema_describes_the_accepted_files(client, people, tmp_path):  # noqa: F811
    response = client.get("/donnees/schema-chiffres-partenaires.json")
    assert response.status_code == 200 and not response.cookies
    descriptor = json.loads(response.content)
    descriptor.pop("$schema")
    schema = Schema.from_descriptor(descriptor)
    good = tmp_path / "good.csv"
    good.write_text("indicateur;periode;nombre;commentaire\ninterventions-iscg;2026-T3;12;\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("indicateur;periode;nombre;commentaire\ninterventions-iscg;2026-T5;-1;\n")

    def valid(path) -> bool:
        dialect = Dialect(header=True, controls=[formats.CsvControl(delimiter=";")])
        resource = Resource(path=path.name, basepath=str(tmp_path), schema=schema, dialect=dialect)
        return resource.validate().valid

    assert valid(good) and not valid(bad)
    sign_in(client, people["prefecture"])
    upload(client, good.read_text())
    assert ("interventions-iscg", "2026-T3", 12, False) in figures()
    assert declarations.SCHEMA_NAME in client.get(IMPORT).content.decode()


def test_the_form_applies_the_same_range_as_the_file(client, people):  # noqa: F811
    sign_in(client, people["caf"])
    indicator = PartnerFigure.objects.filter(indicator__code="familles-accompagnees-caf").first()
    response = client.post(
        LIST + "add/", {"indicator": indicator.indicator_id, "period": "2027", "value": "2000000"}
    )
    assert response.status_code == 200 and "1000000" in response.content.decode().replace(
        "\u202f", ""
    ).replace(" ", "")
    assert not PartnerFigure.objects.filter(period="2027").exists()
