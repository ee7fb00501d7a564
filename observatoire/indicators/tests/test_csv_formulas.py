"""The indicators' CSV files and every file of the open data: written by the one writer
(core.csv_files), text cells that start like a formula neutralised, numbers kept as numbers."""

import csv
import io
from decimal import Decimal
from types import SimpleNamespace

import pytest

from observatoire.core.page_cache import page_cache
from observatoire.directory.models import Structure
from observatoire.indicators import comparison, opendata, selectors
from observatoire.indicators.models import Territory
from observatoire.indicators.tests.test_opendata import validate
from observatoire.indicators.tests.test_pages import CODE, figures  # noqa: F401

FORMULAS = ['=HYPERLINK("http://x"&A1,"Cliquez ici")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
STARTS = ("=", "+", "-", "@", "\t", "\r")


def read(content: bytes, delimiter: str = ";") -> list[dict]:
    text = content.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.fixture
def renamed(figures):  # noqa: F811
    """Six communes of the Hérault named like formulas."""
    communes = Territory.objects.filter(kind=Territory.COMMUNE, parent__isnull=False)
    codes = list(communes.order_by("code").values_list("code", flat=True)[: len(FORMULAS)])
    for code, name in zip(codes, FORMULAS, strict=True):
        Territory.objects.filter(kind=Territory.COMMUNE, code=code).update(name=name)
    page_cache().clear()
    return dict(zip(codes, FORMULAS, strict=True))


def test_names_of_communes_leave_neutralised_and_the_file_keeps_its_schema(
    renamed, client, tmp_path
):
    response = client.get(f"/indicateurs/{CODE}/2024.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    by_code = {row["code"]: row for row in read(response.content) if row["niveau"] == "commune"}
    for code, name in renamed.items():
        assert by_code[code]["nom"] == "'" + name
    assert response.content.startswith(b"niveau;code;nom;annee;nombre;taux_pour_mille;statut\n")
    validate(
        client,
        tmp_path,
        f"/indicateurs/{CODE}/2024.csv",
        "/donnees/schema-indicateur-communes.json",
    )


def test_negative_numbers_stay_numbers_and_text_is_neutralised(db, client, monkeypatch):
    place = SimpleNamespace(kind="commune", code="34001", name="-Commune")
    figure = selectors.Figure(
        territory=place, period="2024", value=-3, rate=Decimal("-1.256"), state="publie"
    )
    monkeypatch.setattr(selectors, "periods", lambda **kwargs: ["2024"])
    monkeypatch.setattr(selectors, "commune_table", lambda **kwargs: [figure])
    body = client.get(f"/indicateurs/{CODE}/2024.csv").content.decode()
    assert body.splitlines()[1] == "commune;34001;'-Commune;2024;-3;-1,26;publie"

    departement = SimpleNamespace(value=-3, rate=Decimal("-0.5"))
    row = {
        "period": "2024",
        "departement": departement,
        "region": None,
        "france_value": -7,
        "france_rate": Decimal("-0.126"),
    }
    monkeypatch.setattr(comparison, "series", lambda **kwargs: [row])
    body = client.get(f"/indicateurs/{CODE}/serie.csv").content.decode()
    assert body.splitlines()[1] == "2024;-3;-0,50;;;-7;-0,13"


def test_every_csv_of_the_open_data_leaves_neutralised(renamed, client):
    structure = Structure.objects.filter(live=True, services__live=True).first()
    Structure.objects.filter(pk=structure.pk).update(nom="=1+1")
    page_cache().clear()
    catalogue = client.get("/donnees/catalogue.jsonld").json()
    urls = [
        distribution["dcat:downloadURL"]["@id"].removeprefix("http://testserver")
        for dataset in catalogue["dcat:dataset"]
        for distribution in dataset["dcat:distribution"]
    ]
    assert "/annuaire/export.csv" in urls and f"/indicateurs/{CODE}/serie.csv" in urls
    cells = []
    for url in urls:
        delimiter = "," if url.startswith("/annuaire/") else opendata.DIALECT["delimiter"]
        for row in read(client.get(url).content, delimiter):
            cells.extend(row.values())
    assert cells
    assert not [value for value in cells if value.startswith(STARTS)]
    for text in (*FORMULAS, "=1+1"):
        assert "'" + text in cells
