"""What must hold for whichever département `DEPARTEMENT` names: its names on the pages and
nowhere the Hérault's, every commune found by its name and each postcode, the map drawing them
all, the indicator pages showing the département's figures. `make test` runs it on the Hérault;
`make test-territories` again on the départements CI chooses for their pitfalls."""

import re

import pytest
from django.utils import translation

from observatoire.core.territory import current
from observatoire.directory.models import Commune, Postcode
from observatoire.directory.selectors import find_communes
from observatoire.indicators.tests.helpers import import_sample_figures

pytestmark = [pytest.mark.territory, pytest.mark.django_db]

HERAULT_WORDS = ("Hérault", "Herault", "Occitanie", "Montpellier", "OVFF34")


def foreign_names(html: str) -> list[str]:
    """The Hérault's names on a page of another département (none for the Hérault itself)."""
    if current().code == "34":
        return []
    return [word for word in HERAULT_WORDS if word in html]


def test_the_home_page_names_the_departement_in_every_language(client):
    for language, prefix in (("fr", ""), ("en", "/en"), ("ar", "/ar"), ("uk", "/uk")):
        html = client.get(f"{prefix}/").content.decode()
        with translation.override(language):
            assert current().of_name in html, language
            assert current().acronym in html
        assert not foreign_names(html), language


@pytest.mark.parametrize(
    "path", ["/", "/annuaire/", "/annuaire/carte/", "/indicateurs/", "/donnees/", "/observatoire/"]
)
def test_no_page_names_the_herault_elsewhere(client, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    assert not foreign_names(response.content.decode())


def test_every_commune_is_found_by_its_name_and_each_postcode():
    communes = list(Commune.objects.all())
    assert communes, "load_geography loaded the département's communes"
    postcodes: dict[str, set[str]] = {}
    for code, commune in Postcode.objects.values_list("code", "commune_id"):
        postcodes.setdefault(commune, set()).add(code)
    for commune in communes:
        assert commune in find_communes(query=commune.name, limit=50), commune.name
        assert postcodes.get(commune.code), f"{commune.name} has a postcode"
        for postcode in postcodes[commune.code]:
            assert commune in find_communes(query=postcode, limit=100), (commune.name, postcode)


def test_the_map_draws_every_commune(client):
    html = client.get("/annuaire/carte/").content.decode()
    start = html.index('aria-labelledby="map-title"')
    svg = html[start : html.index("</svg>", start)]
    assert len(re.findall(r"<path ", svg)) == Commune.objects.count()


def test_the_indicator_pages_show_the_departement_figures(db, tmp_path, client):
    import_sample_figures(tmp_path, communes=Commune.objects.count(), years=range(2022, 2026))
    page = client.get("/indicateurs/violences-intrafamiliales/").content.decode()
    assert f"{current().name}, nombre" in page and f"{current().region.name}, taux" in page
    assert not foreign_names(page)
    rows = client.get("/indicateurs/violences-intrafamiliales/serie.csv").content.decode()
    header = rows.splitlines()[0]
    assert header.startswith("annee;departement_nombre;departement_taux_pour_mille;region_nombre")
    assert re.search(r"^2025;\d+;", rows, re.MULTILINE), "the département's 2025 count is published"
