"""The public indicator pages show only what disclosure control lets through."""

import csv
import io

import pytest

from observatoire.core.models import SafetySettings
from observatoire.demo.indicators import DEMO_LABELS
from observatoire.directory.models import Commune
from observatoire.indicators.models import Indicator, Observation, Territory
from observatoire.indicators.sample import write_sample
from observatoire.indicators.selectors import commune_table
from observatoire.indicators.ssmsi import import_file
from observatoire.indicators.tests.helpers import import_sample_figures

CODE = "violences-intrafamiliales"


@pytest.fixture
def figures(db, tmp_path):
    """The demo's generated files, for 60 communes and one indicator (the demo has more)."""
    import_sample_figures(tmp_path, communes=60, years=range(2016, 2026))


def rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode()), delimiter=";"))


def test_the_catalogue_lists_every_current_indicator(figures, client):
    html = client.get("/indicateurs/").content.decode()
    assert DEMO_LABELS[0] in html and "Violences sexuelles" in html
    assert "Coups et blessures volontaires intrafamiliaux" not in html  # replaced in 2025
    assert not client.get("/indicateurs/").cookies


def test_a_suppressed_count_is_shown_as_statistical_secret_never_as_a_number(figures, client):
    response = client.get(f"/indicateurs/{CODE}/2024/")
    html = response.content.decode()
    assert response.status_code == 200 and "secret statistique" in html
    assert 'fill="url(#hachures)"' in html  # and drawn differently from zero on the map
    secret = Observation.objects.filter(status=Observation.SOURCE_SUPPRESSED, period="2024")
    assert secret.exists() and set(secret.values_list("value", flat=True)) == {None}


def test_every_published_count_is_zero_or_at_least_k_and_the_csv_is_the_table(figures, client):
    table = client.get(f"/indicateurs/{CODE}/2024.csv")
    assert table["Content-Type"].startswith("text/csv")
    lines = rows(table)
    shown = commune_table(
        indicator=Observation.objects.first().indicator.__class__.objects.get(code=CODE),
        period="2024",
    )
    assert [(r["code"], r["statut"]) for r in lines] == [
        (f.territory.code, f.label or f.state) for f in shown
    ]
    for line in lines:
        if line["nombre"]:
            assert int(line["nombre"]) == 0 or int(line["nombre"]) >= 5
        else:
            assert line["statut"] in {"secret statistique", "non disponible"}
    assert lines[0]["nom"] == "Hérault" and lines[0]["nombre"]


def test_the_series_compares_the_herault_with_occitanie_and_france(figures, client):
    html = client.get(f"/indicateurs/{CODE}/").content.decode()
    assert "Évolution depuis 2016" in html and '<svg viewBox="0 0 640 300" role="img"' in html
    series = rows(client.get(f"/indicateurs/{CODE}/serie.csv"))
    assert [r["annee"] for r in series] == [str(y) for y in range(2016, 2026)]
    assert all(
        r["departement_nombre"] and r["region_nombre"] and r["france_nombre"] for r in series
    )
    assert all(
        int(r["departement_nombre"]) < int(r["region_nombre"]) < int(r["france_nombre"])
        for r in series
    )


def test_a_territory_page_and_unknown_addresses(figures, client):
    first = Territory.objects.filter(kind=Territory.COMMUNE).order_by("code").first()
    html = client.get(f"/territoires/{first.code}/").content.decode()
    assert first.name in html and DEMO_LABELS[0] in html
    assert client.get("/territoires/99999/").status_code == 404
    assert client.get(f"/indicateurs/{CODE}/1990/").status_code == 404
    assert client.get("/indicateurs/inconnu/").status_code == 404


def test_indicator_pages_are_in_the_sitemap(figures, client):
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in ("/indicateurs/", f"/indicateurs/{CODE}/", "/donnees/"):
        assert f"http://testserver{path}</loc>" in sitemap


def test_an_import_leaves_every_protected_table_and_series_ready(
    db, tmp_path, client, monkeypatch, django_capture_on_commit_callbacks
):
    # The first visitor after an import must not wait for the tables or the series (France's
    # figures read every département's): the import computes them.
    communes = list(Commune.objects.order_by("code").values_list("code", "population")[:30])
    write_sample(
        tmp_path / "c.csv",
        communes=communes,
        years=range(2022, 2025),
        geography_year=2025,
        labels=DEMO_LABELS[:1],
    )
    SafetySettings.load()  # a site already set up (the first visit would create its settings)
    with django_capture_on_commit_callbacks(execute=True):
        import_file(path=tmp_path / "c.csv")

    def not_again(**kwargs):
        raise AssertionError(f"a table was computed during a visit: {kwargs}")

    monkeypatch.setattr("observatoire.indicators.selectors._commune_table", not_again)
    monkeypatch.setattr("observatoire.indicators.comparison._protected_series", not_again)
    assert client.get(f"/indicateurs/{CODE}/2024/?visite").status_code == 200
    assert client.get(f"/territoires/{communes[0][0]}/?visite").status_code == 200


def test_the_table_names_a_territorial_establishment_for_what_it_is(figures, client):
    """Around Paris the groupings are EPT, not EPCI: the table says which each is."""
    from observatoire.core.page_cache import page_cache
    from observatoire.directory.models import Epci

    table = commune_table(indicator=Indicator.objects.get(code=CODE), period="2024")
    shown = [f.territory for f in table if f.territory.kind == Territory.EPCI]
    assert len(shown) >= 2
    html = client.get(f"/indicateurs/{CODE}/2024/").content.decode()
    assert "(établissement public territorial)" not in html and "(EPCI)" in html
    Epci.objects.filter(code=shown[0].code).update(kind=Epci.EPT)
    page_cache().clear()
    html = client.get(f"/indicateurs/{CODE}/2024/").content.decode()
    assert html.count("(établissement public territorial)") == 1
    assert html.count("(EPCI)") == len(shown) - 1
