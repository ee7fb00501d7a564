"""The fact sheet of a commune or an EPCI: figures beside the département's and France's,
the help services nearest first (never a secret address), the partners' services, and the
same sheet as an A4 PDF."""

import io

import pytest
from pypdf import PdfReader

from observatoire.directory.models import Place
from observatoire.indicators.fact_sheet import fact_sheet
from observatoire.indicators.models import Territory
from observatoire.indicators.tests.helpers import import_sample_figures

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures(db, tmp_path):
    import_sample_figures(tmp_path, communes=60, years=range(2022, 2026))


def served_commune_with_services() -> Territory:
    """A commune of the département where the demo has a public place."""
    code = Place.objects.filter(secret_address=False, live=True).values_list(
        "commune_id", flat=True
    )[0]
    return Territory.objects.get(kind=Territory.COMMUNE, code=code)


def test_a_commune_sheet_compares_with_the_departement_and_france(figures, client):
    place = (
        Territory.objects.filter(kind=Territory.COMMUNE).exclude(parent=None).order_by("code")[0]
    )
    sheet = fact_sheet(place=place)
    assert sheet.comparisons, "the sample publishes figures for the first 60 communes"
    for row in sheet.comparisons:
        assert row.latest.period == "2025"
        assert row.departement is not None or row.departement_secret
    html = client.get(f"/territoires/{place.code}/").content.decode()
    assert place.name in html
    assert "enregistrés par la police et la gendarmerie" in html  # the caveat on recorded facts
    assert f'href="/territoires/{place.code}/fiche.pdf"' in html


def test_services_come_nearest_first_and_no_secret_address_is_shown(client):
    place = served_commune_with_services()
    sheet = fact_sheet(place=place)
    distances = [result.distance_km for result in sheet.nearby]
    assert distances and distances == sorted(distances)
    html = client.get(f"/territoires/{place.code}/").content.decode()
    pdf = client.get(f"/territoires/{place.code}/fiche.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    for secret in Place.objects.filter(secret_address=True).exclude(adresse=""):
        assert secret.adresse not in html
        assert secret.adresse not in text
    assert sheet.nearby[0].service.nom in html


def test_an_epci_sheet_covers_its_communes_and_partners_appear(client):
    epci = Territory.objects.filter(kind=Territory.EPCI).exclude(parent=None).order_by("code")[0]
    sheet = fact_sheet(place=epci)
    assert sheet.communes and all(c.epci_id == epci.code for c in sheet.communes)
    assert sheet.population == sum(c.population for c in sheet.communes)
    assert client.get(f"/territoires/{epci.code}/").status_code == 200
    partnered = [
        r for r in [*sheet.nearby, *sheet.departement_wide] if r.service.structure.partner_id
    ]
    assert [name for name, _ in sheet.partners] == sorted(
        {r.service.structure.partner.title for r in partnered}
    )


def test_the_pdf_is_a_real_a4_document_in_french(figures, client):
    place = (
        Territory.objects.filter(kind=Territory.COMMUNE).exclude(parent=None).order_by("code")[0]
    )
    response = client.get(f"/territoires/{place.code}/fiche.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert not response.cookies
    reader = PdfReader(io.BytesIO(response.content))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = reader.pages[0].extract_text()
    assert "fiche du territoire" in text and "Les services d'aide" in text
    # The same in another language: the PDF stays French.
    assert client.get(f"/en/territoires/{place.code}/fiche.pdf").content[:4] == b"%PDF"


def test_unknown_places_and_communes_outside_the_departement_are_not_found(client):
    assert client.get("/territoires/99999/").status_code == 404
    assert client.get("/territoires/99999/fiche.pdf").status_code == 404
    outside = Territory.objects.create(kind=Territory.COMMUNE, code="01001", name="Ailleurs")
    assert client.get(f"/territoires/{outside.code}/").status_code == 404
