"""The SSMSI commune file: read in its real format, all or nothing, once per file."""

import io

import pytest
from django.core.management import CommandError, call_command

from observatoire.core.imports import ImportRefused
from observatoire.directory.models import Commune
from observatoire.indicators.models import Edition, Observation, Population, Territory
from observatoire.indicators.sample import sample_text, write_sample
from observatoire.indicators.ssmsi import import_file

LABELS = ["Violences physiques intrafamiliales", "Violences sexuelles", "Vols avec armes"]


@pytest.fixture
def reference(db):
    """Geography and indicators, loaded once per session (the root conftest)."""


@pytest.fixture
def communes(reference):
    return list(Commune.objects.order_by("-population").values_list("code", "population")[:25])


def sample(path, communes, **options):
    options = {"years": range(2016, 2026), "geography_year": 2025, "labels": LABELS} | options
    return write_sample(path, communes=communes, **options)


def test_a_gzipped_file_with_bom_imports_with_every_status(tmp_path, communes):
    path = sample(tmp_path / "donnee-comm-2025.csv.gz", communes)
    report = import_file(path=path)
    assert report.rows_read == report.observations == 25 * 10 * 3
    statuses = set(Observation.objects.values_list("status", flat=True))
    assert {Observation.PUBLISHED, Observation.SOURCE_SUPPRESSED} <= statuses
    suppressed = Observation.objects.filter(status=Observation.SOURCE_SUPPRESSED)
    # The complement_info columns (an average of suppressed communes) are never kept.
    assert suppressed.exists() and not suppressed.exclude(value=None, rate=None).exists()
    edition = Edition.objects.get()
    assert (edition.geography_year, edition.observations) == (2025, 750)
    assert len(edition.sha256) == 64
    assert Population.objects.filter(year=2024).count() == 25


def test_the_same_file_again_adds_nothing(tmp_path, communes):
    path = sample(tmp_path / "f.csv", communes)
    import_file(path=path)
    again = import_file(path=path)
    assert again.already_imported and Observation.objects.count() == 750
    out = io.StringIO()
    call_command("import_ssmsi", str(path), stdout=out)
    assert "déjà été importé" in out.getvalue() and Edition.objects.count() == 1


def test_a_new_edition_keeps_the_earlier_one_readable(tmp_path, communes):
    import_file(path=sample(tmp_path / "a.csv", communes))
    import_file(path=sample(tmp_path / "b.csv", communes, seed=35, geography_year=2026))
    assert Edition.objects.count() == 2 and Observation.objects.count() == 1500


@pytest.mark.parametrize(
    ("column", "bad", "message"),
    [
        (4, "1,5", "colonne « nombre » : « 1,5 » n’est pas un entier"),
        (5, "beaucoup", "colonne « taux_pour_mille » : « beaucoup » n’est pas un nombre"),
        (6, "oui", "colonne « est_diffuse » : « oui » (attendu diff ou ndiff)"),
        (1, "deux-mille", "colonne « annee » : « deux-mille » n’est pas un entier"),
    ],
)
def test_one_bad_line_imports_nothing_and_names_line_and_column(
    tmp_path, communes, column, bad, message
):
    lines = sample_text(
        communes=communes, years=range(2016, 2026), geography_year=2025, labels=LABELS
    ).splitlines()
    cells = lines[7].split(";")
    cells[column] = bad
    lines[7] = ";".join(cells)
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as error:
        import_file(path=path)
    assert f"Ligne 8, {message}" in str(error.value)
    assert not Edition.objects.exists() and not Observation.objects.exists()
    with pytest.raises(CommandError, match="rien n’a été enregistré"):
        call_command("import_ssmsi", str(path))


def test_unknown_labels_are_reported_and_other_departements_left_out(tmp_path, communes):
    text = sample_text(
        communes=communes[:2],
        years=range(2023, 2026),
        geography_year=2025,
        labels=["Violences sexuelles", "Vols de chameaux"],
    )
    text += (
        '"75056";2024;"Violences sexuelles";"Victime";900;0,4;"diff";2100000;2021;1;2021;NA;NA\n'
    )
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    report = import_file(path=path)
    assert report.unknown_labels == {"Vols de chameaux": 6}
    assert report.outside == 1 and report.observations == 6
    assert not Territory.objects.filter(code="75056").exists()


def test_a_file_without_its_columns_is_refused(tmp_path, reference):
    path = tmp_path / "f.csv"
    path.write_text("code;annee\n34172;2024\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="colonnes manquantes : « CODGEO_<année> »"):
        import_file(path=path)


def test_reference_data_loads_twice_the_same(reference):
    before = (Territory.objects.count(), list(Territory.objects.values_list("code", "parent")))
    call_command("load_indicators", verbosity=0)
    after = (Territory.objects.count(), list(Territory.objects.values_list("code", "parent")))
    assert before == after and before[0] == 3 + 17 + 341


def test_departement_and_region_files_give_the_comparisons(tmp_path, communes):
    from observatoire.indicators.sample import commune_counts, upper_sample_texts

    years = range(2016, 2026)
    departements, regions = upper_sample_texts(communes=communes, years=years, labels=LABELS)
    (tmp_path / "dep.csv").write_text(departements, encoding="utf-8")
    (tmp_path / "reg.csv").write_text(regions, encoding="utf-8")
    import_file(path=tmp_path / "dep.csv")
    import_file(path=tmp_path / "reg.csv")
    herault = Observation.objects.get(
        territory__kind=Territory.DEPARTEMENT,
        territory__code="34",
        indicator__source_label=LABELS[0],
        period="2024",
    )
    counts = commune_counts(communes=communes, years=years, labels=LABELS)[LABELS[0]]
    assert herault.value == sum(c for (_, year), c in counts.items() if year == 2024)
    assert herault.territory.name == "Hérault"
    occitanie = Territory.objects.get(kind=Territory.REGION, code="76")
    assert occitanie.name == "Occitanie" and occitanie.observations.count() == 30
    assert Territory.objects.filter(kind=Territory.DEPARTEMENT).count() == 96


def test_a_bad_line_after_batches_were_written_still_imports_nothing(
    tmp_path, communes, monkeypatch
):
    # Rows go to the database by batches: a late error must roll back the earlier ones, and the
    # territories an --all import created on the way.
    monkeypatch.setattr("observatoire.indicators.ssmsi_writer.BATCH", 50)
    text = sample_text(
        communes=communes, years=range(2016, 2026), geography_year=2025, labels=LABELS
    )
    text += '"75056";2024;"Violences sexuelles";"Victime";9x;0,4;"diff";2100000;2021;1;2021;NA;NA\n'
    path = tmp_path / "late.csv"
    path.write_text(text, encoding="utf-8")
    territories = Territory.objects.count()
    with pytest.raises(ImportRefused, match="Ligne 752, colonne « nombre » : « 9x »"):
        import_file(path=path, departement=None)
    assert not Observation.objects.exists() and not Population.objects.exists()
    assert Territory.objects.count() == territories and not Edition.objects.exists()


def test_all_of_france_creates_the_communes_met_outside_the_herault(tmp_path, communes, client):
    text = sample_text(communes=communes[:2], years=range(2024, 2026), geography_year=2025)
    text += (
        '"75056";2024;"Violences sexuelles";"Victime";900;0,4;"diff";2100000;2021;1;2021;NA;NA\n'
    )
    path = tmp_path / "france.csv"
    path.write_text(text, encoding="utf-8")
    report = import_file(path=path, departement=None)
    paris = Territory.objects.get(kind=Territory.COMMUNE, code="75056")
    assert paris.parent is None  # outside the observatory's tree: read for comparison only
    assert report.observations == 2 * 2 * 15 + 1
    assert Observation.objects.get(territory=paris).value == 900
    # Read for comparison only: the API lists the Hérault's communes, not the others.
    listed = client.get("/api/v1/indicateurs/territoires?niveau=commune").json()
    assert listed["count"] == 341 and "75056" not in {t["code"] for t in listed["items"]}


def test_the_parquet_edition_imports_the_same_figures(tmp_path, communes):
    import pyarrow as pa
    from pyarrow import csv as pa_csv
    from pyarrow import parquet

    csv_path = sample(tmp_path / "f.csv", communes)
    table = pa_csv.read_csv(
        csv_path,
        parse_options=pa_csv.ParseOptions(delimiter=";"),
        convert_options=pa_csv.ConvertOptions(
            null_values=["NA"], decimal_point=",", column_types={"CODGEO_2025": pa.string()}
        ),
    )
    parquet.write_table(table, tmp_path / "f.parquet")
    report = import_file(path=tmp_path / "f.parquet")
    assert report.rows_read == report.observations == 750
    from_parquet = set(Observation.objects.values_list("territory", "period", "value", "status"))
    Observation.objects.all().delete()
    Edition.objects.all().delete()
    import_file(path=csv_path)
    assert from_parquet == set(
        Observation.objects.values_list("territory", "period", "value", "status")
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PAR1 not really parquet", "Le fichier Parquet est illisible."),
        (b"\x1f\x8b\x08\x00truncated", "Le fichier compressé est incomplet ou illisible."),
        (b"", "Le fichier est vide : aucune ligne de données."),
    ],
)
def test_unreadable_files_are_refused_in_french(tmp_path, reference, content, message):
    path = tmp_path / "f.bin"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=message):
        import_file(path=path)
    assert not Edition.objects.exists()


def test_a_file_in_another_encoding_names_its_first_bad_line(tmp_path, communes):
    lines = sample_text(
        communes=communes, years=range(2016, 2026), geography_year=2025, labels=LABELS
    ).splitlines()
    lines[8] = lines[8].replace("Violences", "Violencés")
    path = tmp_path / "latin1.csv"
    path.write_bytes("\n".join(lines).encode("latin-1"))
    with pytest.raises(ImportRefused, match="Ligne 9 : le fichier n’est pas encodé en UTF-8"):
        import_file(path=path)
    assert not Observation.objects.exists()


def test_a_repeated_row_names_both_lines_and_imports_nothing(tmp_path, communes):
    lines = sample_text(
        communes=communes, years=range(2016, 2026), geography_year=2025, labels=LABELS
    ).splitlines()
    lines.append(lines[5])  # line 6 again, as line 752
    path = tmp_path / "twice.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"Ligne 752 : même territoire, .* la ligne 6"):
        import_file(path=path)
    assert not Edition.objects.exists() and not Observation.objects.exists()
