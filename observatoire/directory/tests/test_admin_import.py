"""The import in the back-office: run by the background worker, all or nothing, French
messages, coordination only."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR
from observatoire.accounts.tests.helpers import sign_in
from observatoire.core.models import ImportJob
from observatoire.directory.models import Service

URL = "/gestion/annuaire/import/"
MENU_ENTRY = '"url": "/gestion/annuaire/import/"'  # in the sidebar's JSON


@pytest.fixture
def export_rows(db, client):
    text = client.get("/annuaire/export.csv").content.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        row["source"], row["id"] = "soliguide", "x-" + row["id"]
    return rows


def login(client, group: str):
    user = get_user_model().objects.create_user(group[:10], "u@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=group))
    sign_in(client, user)


def upload(rows: list[dict], name: str = "annuaire.csv") -> SimpleUploadedFile:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, ("\ufeff" + buffer.getvalue()).encode("utf-8"))


def post_and_run(client, capture, data) -> str:
    """Upload the file; the worker (immediate in tests) runs once the upload is committed."""
    with capture(execute=True):
        response = client.post(URL, data)
    assert response.status_code == 302 and response["Location"].startswith("/gestion/imports/")
    job = ImportJob.objects.get(pk=response["Location"].split("/")[-2])
    assert not job.path.exists()  # the uploaded file is deleted once imported
    return client.get(response["Location"]).content.decode()


def test_the_coordination_imports_a_file(client, export_rows, django_capture_on_commit_callbacks):
    login(client, COORDINATOR)
    assert MENU_ENTRY in client.get("/gestion/").content.decode()
    before = Service.objects.count()
    html = post_and_run(client, django_capture_on_commit_callbacks, {"file": upload(export_rows)})
    assert f"{len(export_rows)} services créés, 0 mis à jour" in html and "terminé" in html
    assert Service.objects.count() == before + len(export_rows)


def test_one_bad_line_imports_nothing_and_the_page_names_it(
    client, export_rows, django_capture_on_commit_callbacks
):
    login(client, COORDINATOR)
    export_rows[4]["telephone"] = "04 67"
    before = Service.objects.count()
    html = post_and_run(client, django_capture_on_commit_callbacks, {"file": upload(export_rows)})
    assert "Import refusé, rien n’a été enregistré" in html
    assert "Ligne 6, champ « telephone » : Numéro de téléphone non reconnu" in html
    assert Service.objects.count() == before


def test_a_file_that_is_not_csv_or_json_is_refused_on_the_form(client, db):
    login(client, COORDINATOR)
    html = client.post(URL, {"file": SimpleUploadedFile("annuaire.xlsx", b"PK")}).content.decode()
    assert "Choisissez un fichier .csv ou .json." in html
    assert not ImportJob.objects.exists()


@pytest.mark.parametrize(
    ("upload_file", "message"),
    [
        (SimpleUploadedFile("annuaire.csv", "nom\né".encode("latin-1")), "encodé en UTF-8"),
        (SimpleUploadedFile("annuaire.json", b"{"), "Fichier JSON illisible, ligne 1"),
    ],
)
def test_unreadable_files_are_refused_in_french(
    client, db, upload_file, message, django_capture_on_commit_callbacks
):
    login(client, COORDINATOR)
    html = post_and_run(client, django_capture_on_commit_callbacks, {"file": upload_file})
    assert message in html and "refusé" in html


def test_a_partner_editor_may_not_import(client, export_rows):
    login(client, PARTNER_EDITOR)
    assert client.get(URL).status_code in (302, 403)
    before = Service.objects.count()
    client.post(URL, {"file": upload(export_rows)})
    assert Service.objects.count() == before
    assert MENU_ENTRY not in client.get("/gestion/").content.decode()
