"""The import in the back-office: all or nothing, French messages, coordination only."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR
from observatoire.accounts.tests.helpers import sign_in
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


def test_the_coordination_imports_a_file(client, export_rows):
    login(client, COORDINATOR)
    assert MENU_ENTRY in client.get("/gestion/").content.decode()
    before = Service.objects.count()
    response = client.post(URL, {"file": upload(export_rows)}, follow=True)
    assert f"{len(export_rows)} services créés, 0 mis à jour" in response.content.decode()
    assert Service.objects.count() == before + len(export_rows)


def test_one_bad_line_imports_nothing_and_the_page_names_it(client, export_rows):
    login(client, COORDINATOR)
    export_rows[4]["telephone"] = "04 67"
    before = Service.objects.count()
    html = client.post(URL, {"file": upload(export_rows)}).content.decode()
    assert "Import refusé, rien n’a été enregistré." in html
    assert "Ligne 6, champ « telephone » : Numéro de téléphone non reconnu" in html
    assert Service.objects.count() == before


@pytest.mark.parametrize(
    ("upload_file", "message"),
    [
        (SimpleUploadedFile("annuaire.xlsx", b"PK"), "Choisissez un fichier .csv ou .json."),
        (SimpleUploadedFile("annuaire.csv", "nom\né".encode("latin-1")), "encodé en UTF-8"),
        (SimpleUploadedFile("annuaire.json", b"{"), "Fichier JSON illisible, ligne 1"),
    ],
)
def test_unreadable_files_are_refused_in_french(client, db, upload_file, message):
    login(client, COORDINATOR)
    html = client.post(URL, {"file": upload_file}).content.decode()
    assert message in html


def test_a_partner_editor_may_not_import(client, export_rows):
    login(client, PARTNER_EDITOR)
    assert client.get(URL).status_code in (302, 403)
    before = Service.objects.count()
    client.post(URL, {"file": upload(export_rows)})
    assert Service.objects.count() == before
    assert MENU_ENTRY not in client.get("/gestion/").content.decode()
