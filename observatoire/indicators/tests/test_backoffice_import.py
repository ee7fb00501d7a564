"""The SSMSI file imported from the back-office: uploaded, imported by the background worker
with its progress shown, reported in French, refused whole when one cell is wrong or when it
was imported before; an edition withdrawn; every step in the audit trail."""

import gzip

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR, RESEARCHER
from observatoire.accounts.tests.helpers import account, sign_in
from observatoire.core.imports import job_state, report_progress
from observatoire.core.models import ImportJob
from observatoire.directory.models import Commune
from observatoire.indicators import ssmsi
from observatoire.indicators.models import Edition, Observation
from observatoire.indicators.sample import sample_text

UPLOAD = "/gestion/indicateurs/importer/"
EDITIONS = "/gestion/indicateurs/editions/"
LABELS = ["Violences physiques intrafamiliales", "Violences sexuelles"]


@pytest.fixture
def coordination(demo, client):
    user = account("coordination", COORDINATOR)
    sign_in(client, user)
    return user


@pytest.fixture
def herault_file() -> bytes:
    communes = list(Commune.objects.order_by("code").values_list("code", "population")[:40])
    text = sample_text(
        communes=communes, years=range(2020, 2025), geography_year=2025, labels=LABELS
    )
    return gzip.compress(("\ufeff" + text).encode("utf-8"))


def upload(
    client, capture, content: bytes, name="donnee-comm-data.gouv-2025-geographie2025.csv.gz"
):
    with capture(execute=True):
        return client.post(
            UPLOAD, {"file": SimpleUploadedFile(name, content), "scope": "departement"}
        )


def test_the_coordination_imports_the_file_and_reads_the_report(
    client, coordination, herault_file, django_capture_on_commit_callbacks
):
    response = upload(client, django_capture_on_commit_callbacks, herault_file)
    assert response.status_code == 302
    job = ImportJob.objects.get()
    assert response["Location"] == f"/gestion/imports/{job.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "terminé" in page and "400 lignes lues, 400 observations enregistrées." in page
    edition = Edition.objects.get(file_name=job.file_name)
    assert edition.imported_by == coordination and edition.sha256 == job.sha256
    assert Observation.objects.filter(edition=edition).count() == 400
    listing = client.get(EDITIONS).content.decode()
    assert job.file_name in listing and "coordination" in listing
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"ovff.import.queued", "ovff.import.done", "ovff.edition.import"} <= actions
    assert not job.path.exists()
    state = client.get(f"/gestion/imports/{job.pk}/etat/").json()
    assert state["finished"] and state["percent"] == 100 and state["rows_read"] == 400


def test_one_bad_cell_refuses_the_file_names_line_and_column_and_writes_nothing(
    client, coordination, django_capture_on_commit_callbacks
):
    communes = list(Commune.objects.order_by("code").values_list("code", "population")[:5])
    lines = sample_text(
        communes=communes, years=range(2023, 2025), geography_year=2025, labels=LABELS
    ).splitlines()
    header = lines[0].split(";")
    cells = lines[7].split(";")
    cells[header.index('"nombre"')] = "douze"
    lines[7] = ";".join(cells)
    before = Edition.objects.count()
    response = upload(
        client, django_capture_on_commit_callbacks, "\n".join(lines).encode(), "f.csv"
    )
    page = client.get(response["Location"]).content.decode()
    assert "Import refusé, rien n’a été enregistré" in page
    assert "Ligne 8, colonne « nombre » : « douze » n’est pas un entier." in page
    assert Edition.objects.count() == before
    assert ImportJob.objects.get().status == ImportJob.REFUSED
    assert ModelLogEntry.objects.filter(action="ovff.import.refused").exists()


def test_a_file_imported_before_is_refused_by_its_digest(
    client, coordination, herault_file, django_capture_on_commit_callbacks
):
    upload(client, django_capture_on_commit_callbacks, herault_file)
    again = upload(client, django_capture_on_commit_callbacks, herault_file, "renamed.csv.gz")
    assert again.status_code == 200
    html = again.content.decode()
    assert "Ce fichier a déjà été importé le" in html and "par coordination" in html
    assert ImportJob.objects.count() == 1


def test_withdrawing_an_edition_removes_its_figures_and_allows_it_again(
    client, coordination, herault_file, django_capture_on_commit_callbacks
):
    upload(client, django_capture_on_commit_callbacks, herault_file)
    edition = Edition.objects.get(file_name__startswith="donnee-comm")
    url = f"/gestion/indicateurs/editions/{edition.pk}/retirer/"
    assert "400" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    edition.refresh_from_db()
    assert edition.withdrawn_at and edition.withdrawn_by == coordination
    assert not Observation.objects.filter(edition=edition).exists()
    entry = ModelLogEntry.objects.get(action="ovff.edition.withdraw")
    assert entry.user == coordination and entry.object_id == str(edition.pk)
    assert "retirée le" in client.get(EDITIONS).content.decode()
    # The same file may now be imported again.
    response = upload(client, django_capture_on_commit_callbacks, herault_file)
    assert response.status_code == 302
    assert Edition.objects.filter(sha256=edition.sha256, withdrawn_at=None).count() == 1


def test_only_the_coordination_imports_and_withdraws(demo, client):
    edition = Edition.objects.first()
    sign_in(client, account("chercheuse", RESEARCHER))
    assert client.get(EDITIONS).status_code == 200
    assert "/retirer/" not in client.get(EDITIONS).content.decode()
    assert client.get(UPLOAD).status_code in (302, 403)
    if edition:
        assert client.post(f"/gestion/indicateurs/editions/{edition.pk}/retirer/").status_code in (
            302,
            403,
        )
        assert Edition.objects.get(pk=edition.pk).withdrawn_at is None
    client.logout()
    sign_in(client, account("caf", PARTNER_EDITOR, "caf-herault"))
    assert client.get(EDITIONS).status_code in (302, 403)
    assert client.get(UPLOAD).status_code in (302, 403)


def test_progress_is_reported_while_the_file_is_read(tmp_path, demo, monkeypatch):
    communes = list(Commune.objects.order_by("code").values_list("code", "population")[:60])
    path = tmp_path / "f.csv"  # large enough to be read in several chunks
    path.write_text(
        sample_text(communes=communes, years=range(2016, 2026), geography_year=2025, labels=LABELS)
    )
    monkeypatch.setattr(ssmsi, "PROGRESS_EVERY", 100)
    seen = []
    report = ssmsi.import_file(path=path, on_progress=lambda **state: seen.append(state))
    assert report.rows_read == 1200 and [s["rows_read"] for s in seen] == list(
        range(100, 1201, 100)
    )
    fractions = [s["fraction"] for s in seen]
    assert fractions == sorted(fractions) and 0 < fractions[0] < fractions[-1] <= 1


def test_the_job_page_reads_the_progress_of_a_running_import(coordination, client):
    job = ImportJob.objects.create(
        kind="ssmsi",
        permission="indicators.import_edition",
        file_name="national.csv.gz",
        stored_name="x",
        size=31_000_000,
        sha256="0" * 64,
        status=ImportJob.RUNNING,
        created_by=coordination,
    )
    report_progress(job_id=job.pk, rows_read=2_600_000, fraction=0.5)
    state = job_state(job=job)
    assert state["percent"] == 50 and state["rows_read_text"] == "2\u202f600\u202f000"
    page = client.get(f"/gestion/imports/{job.pk}/").content.decode()
    assert 'value="50"' in page and "Actualiser la page" in page and "en cours" in page
