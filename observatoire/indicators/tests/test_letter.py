"""« La lettre de l'observatoire »: the year's key figures, protected like every other output."""

import pytest
from django.core.exceptions import ValidationError

from observatoire.core.formatting import format_number
from observatoire.demo.indicators import load_demo_partner_figures
from observatoire.indicators.comparison import series
from observatoire.indicators.models import Indicator, LetterPage, PartnerFigure
from observatoire.indicators.submissions import record_observation

from .test_pages import CODE, figures  # noqa: F401  # the fixture


@pytest.fixture
def letter(figures):  # noqa: F811
    load_demo_partner_figures()
    return LetterPage.objects.get(year=2024)


def test_the_letter_shows_each_key_figure_with_its_change_and_comparisons(letter, client):
    response = client.get(letter.url)
    html = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert 'class="safety-bar' in html and "Les chiffres clés de 2024 dans l’Hérault" in html
    rows = {row["period"]: row for row in series(indicator=Indicator.objects.get(code=CODE))}
    departement = rows["2024"]["departement"]
    assert f'key-figure__value">{format_number(departement.value)} ' in html
    assert "par rapport à 2023" in html and "Occitanie&nbsp;:" in html
    assert "212" in html  # the Caf's published 2024 figure
    assert "Exemple de démonstration" in html and "Les travaux de l’année" in html
    assert client.get(letter.get_parent().url).content.decode().count(letter.url) == 1


def test_a_small_partner_count_is_a_statistical_secret_in_the_letter(letter, client):
    # Counts of people are published from 10: a declared 7 must never appear.
    figure = PartnerFigure.objects.get(indicator__code="familles-accompagnees-caf", period="2024")
    figure.value = 7
    figure.save()
    record_observation(figure=figure)
    html = client.get(letter.url).content.decode()
    caf = html.split("Familles accompagnées")[1].split("</li>")[0]
    assert "secret statistique" in caf and ">7" not in caf


def test_two_letters_for_one_year_are_refused(letter):
    other = LetterPage(title="Doublon", slug="doublon", year=2024)
    with pytest.raises(ValidationError, match="existe déjà"):
        other.full_clean()
