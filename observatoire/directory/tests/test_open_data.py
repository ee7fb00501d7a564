import csv
import io
import json

from observatoire.demo.directory import SHELTER_DEMO_ADDRESS
from observatoire.directory import api as directory_api
from observatoire.directory.models import Place, Service


def test_csv_follows_its_table_schema(demo, client):
    schema = client.get("/annuaire/schema.json").json()
    response = client.get("/annuaire/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert list(rows[0]) == [field["name"] for field in schema["fields"]]
    assert len(rows) == Service.objects.filter(visibility="public").count()
    types = {field["name"]: field["type"] for field in schema["fields"]}
    for row in rows:
        for name, value in row.items():
            if value and types[name] == "array":
                assert isinstance(json.loads(value), list)
            if value and types[name] == "boolean":
                assert value in ("true", "false")
    assert schema["licenses"][0]["title"] == "Licence Ouverte 2.0"


def test_every_record_is_valid_data_inclusion_v1(demo, client):
    from data_inclusion.schema.v1 import Service as DataInclusionService

    fields = set(DataInclusionService.model_fields)
    for item in client.get("/annuaire/export.json").json():
        DataInclusionService.model_validate({k: v for k, v in item.items() if k in fields})


def test_json_export_and_api_give_the_same_records(demo, client):
    exported = client.get("/annuaire/export.json").json()
    answered = client.get("/api/v1/annuaire/services").json()
    assert answered["count"] == len(exported) and answered["items"] == exported
    assert all(item["source"] == "ovff34" for item in exported)


def test_api_filters_and_pages(demo, client, monkeypatch):
    legal = client.get("/api/v1/annuaire/services?commune=34032&categorie=droit").json()
    names = {item["nom"] for item in legal["items"]}
    assert {"Aide aux victimes", "Permanence juridique à Béziers"} <= names
    assert all("droit" in item["ovff_categories"] for item in legal["items"])
    monkeypatch.setattr(directory_api, "PAGE_SIZE", 2)
    first = client.get("/api/v1/annuaire/services").json()
    second = client.get("/api/v1/annuaire/services?page=2").json()
    assert first["pages"] == -(-first["count"] // 2) and len(first["items"]) == 2
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second["items"]})
    assert client.get("/api/v1/annuaire/services?commune=99999").status_code == 404


def test_the_openapi_description_is_served_without_third_party_docs(demo, client):
    assert "/api/v1/annuaire/services" in client.get("/api/v1/openapi.json").json()["paths"]
    assert client.get("/api/v1/docs", follow=True).status_code == 404


def test_no_output_ever_carries_a_secret_address_or_position(demo, client):
    places = list(Place.objects.filter(secret_address=True))
    assert len(places) >= 2
    outputs = {
        url: client.get(url).content.decode()
        for url in (
            "/annuaire/export.csv",
            "/annuaire/export.json",
            "/api/v1/annuaire/services",
            "/api/v1/annuaire/services?commune=34172",
            "/annuaire/carte/",
            "/sitemap.xml",
        )
    }
    exported = {item["id"]: item for item in client.get("/annuaire/export.json").json()}
    for place in places:
        for url, text in outputs.items():
            assert SHELTER_DEMO_ADDRESS not in text and "Refuge" not in text, url
            assert str(place.longitude) not in text and str(place.latitude) not in text, url
        for service in place.services.all():
            item = exported[service.slug]
            assert item["commune"] == place.commune.name
            assert item["adresse"] is None and item["longitude"] is None
