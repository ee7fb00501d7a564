import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from observatoire.directory.models import Service


@pytest.fixture
def exported(db, client, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text(client.get("/annuaire/export.csv").content.decode("utf-8"), encoding="utf-8")
    return path


def _rows(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_an_export_imports_back_as_updates(exported, client):
    before = client.get("/annuaire/export.json").json()
    out = io.StringIO()
    call_command("import_directory", exported, stdout=out)
    assert f"0 services créés, {len(before)} mis à jour." in out.getvalue()
    after = client.get("/annuaire/export.json").json()
    strip = lambda items: [{k: v for k, v in i.items() if k != "date_maj"} for i in items]  # noqa: E731
    for old, new in zip(strip(before), strip(after), strict=True):
        assert {k: (old[k], new[k]) for k in old if old[k] != new[k]} == {}, old["id"]


def test_new_services_from_another_source_are_created(exported):
    rows = _rows(exported)
    for row in rows:
        row["source"], row["id"] = "soliguide", "x-" + row["id"]
    _write(exported, rows)
    count = Service.objects.count()
    call_command("import_directory", exported, verbosity=0)
    assert Service.objects.count() == count + len(rows)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("telephone", "04 67", "champ « telephone » : Numéro de téléphone non reconnu"),
        ("thematiques", '["cuisine"]', "champ « thematiques » : valeur hors du référentiel"),
        ("code_insee", "75056", "champ « code_insee » : 75056 n’est pas une commune de l’Hérault"),
        ("horaires_accueil", "le matin", "champ « horaires_accueil » : Horaires illisibles"),
        ("ovff_categories", '["astrologie"]', "champ « ovff_categories » : valeur inconnue"),
        ("nom", "", "champ « nom » : "),
    ],
)
def test_one_bad_line_imports_nothing_and_names_the_line(exported, field, value, message):
    rows = _rows(exported)
    rows[0]["nom"] = "Nom changé qui ne doit pas être enregistré"
    rows[2][field] = value
    _write(exported, rows)
    names = sorted(Service.objects.values_list("nom", flat=True))
    with pytest.raises(CommandError) as error:
        call_command("import_directory", exported, verbosity=0)
    assert "Import refusé, rien n’a été enregistré" in str(error.value)
    assert f"Ligne 4, {message}" in str(error.value)
    assert sorted(Service.objects.values_list("nom", flat=True)) == names


def test_json_and_duplicate_ids(db, client, tmp_path):
    items = client.get("/annuaire/export.json").json()
    path = tmp_path / "annuaire.json"
    path.write_text(json.dumps([items[0], items[0]]), encoding="utf-8")
    with pytest.raises(CommandError, match="Ligne 2 : même identifiant que la ligne 1"):
        call_command("import_directory", path, verbosity=0)
    path.write_text("{ pas du json", encoding="utf-8")
    with pytest.raises(CommandError, match="Fichier JSON illisible"):
        call_command("import_directory", path, verbosity=0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id,nom\n1,a,b\n", "Ligne 2 : plus de colonnes que l’en-tête."),
        ('id,nom\n1,"a\n', "Ligne 2 : guillemets ou retours à la ligne mal placés."),
    ],
)
def test_a_malformed_csv_is_refused_in_french(db, text, message):
    from observatoire.core.imports import ImportRefused
    from observatoire.directory.importer import import_text

    with pytest.raises(ImportRefused) as error:
        import_text(text=text, file_name="annuaire.csv")
    assert message in str(error.value)
