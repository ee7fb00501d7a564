"""Open data: every CSV validates against its published Table Schema (frictionless), the DCAT
catalogue lists them, and the API gives the same disclosure-controlled figures."""

import json

import pytest
from frictionless import Dialect, Resource, Schema, formats

from observatoire.indicators.tests.test_pages import CODE, figures  # noqa: F401

pytestmark = pytest.mark.usefixtures("figures")


def validate(client, tmp_path, csv_url: str, schema_url: str) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(client.get(csv_url).content)
    descriptor = client.get(schema_url).json()
    descriptor.pop("$schema", None)
    resource = Resource(
        path=path.name,
        basepath=str(tmp_path),
        schema=Schema.from_descriptor(descriptor),
        dialect=Dialect(header=True, controls=[formats.CsvControl(delimiter=";")]),
    )
    report = resource.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]


def test_indicator_csv_files_validate_against_their_schemas(client, tmp_path):
    validate(
        client,
        tmp_path,
        f"/indicateurs/{CODE}/2024.csv",
        "/donnees/schema-indicateur-communes.json",
    )
    validate(
        client, tmp_path, f"/indicateurs/{CODE}/serie.csv", "/donnees/schema-indicateur-serie.json"
    )


def test_the_dcat_catalogue_lists_datasets_whose_files_exist(client):
    response = client.get("/donnees/catalogue.jsonld")
    assert response["Content-Type"].startswith("application/ld+json")
    catalogue = json.loads(response.content)
    assert catalogue["@type"] == "dcat:Catalog"
    ids = [dataset["dct:identifier"] for dataset in catalogue["dcat:dataset"]]
    assert ids == [f"indicateur-{CODE}", "annuaire"]
    indicator = catalogue["dcat:dataset"][0]
    assert indicator["dct:temporal"]["dcat:startDate"]["@value"] == "2016-01-01"
    for distribution in indicator["dcat:distribution"][:3]:
        for key in ("dcat:downloadURL", "dct:conformsTo"):
            url = distribution[key]["@id"].removeprefix("http://testserver")
            assert client.get(url).status_code == 200, url
    page = client.get("/donnees/")
    assert page.status_code == 200 and "Licence Ouverte 2.0" in page.content.decode()


def test_the_api_gives_the_published_figures_only(client):
    catalogue = client.get("/api/v1/indicateurs/").json()
    assert CODE in [item["code"] for item in catalogue]
    body = client.get(f"/api/v1/indicateurs/{CODE}/chiffres?annee=2024").json()
    assert body["count"] > 200 and len(body["items"]) == 200 and body["pages"] == 2
    second = client.get(f"/api/v1/indicateurs/{CODE}/chiffres?annee=2024&page=2").json()
    assert len(second["items"]) == body["count"] - 200
    for item in body["items"]:
        if item["statut"] == "secret statistique":
            assert item["nombre"] is None and item["taux_pour_mille"] is None
        elif item["nombre"] is not None:
            assert item["nombre"] == 0 or item["nombre"] >= 5
    communes = client.get(f"/api/v1/indicateurs/{CODE}/chiffres?annee=2024&niveau=commune").json()
    assert {item["niveau"] for item in communes["items"]} == {"commune"}
    assert client.get("/api/v1/indicateurs/inconnu/chiffres").status_code == 404
    territories = client.get("/api/v1/indicateurs/territoires?niveau=epci").json()
    assert territories["count"] == 17
