"""The territory as the demo writes it: names, partners and places, for the Hérault (its
observatory file) and for départements without one (the neutral defaults)."""

import datetime

import pytest

from observatoire.core.territory import departement
from observatoire.demo import easy_read, info, partners, site
from observatoire.demo.grammar import at, everywhere, listing, long_date, of
from observatoire.demo.territory import NEUTRAL_LAUNCH, demo_territory


@pytest.mark.parametrize(
    ("name", "of_name", "at_name"),
    [
        ("Montpellier", "de Montpellier", "à Montpellier"),
        ("Agde", "d’Agde", "à Agde"),
        ("Le Port", "du Port", "au Port"),
        ("Les Abymes", "des Abymes", "aux Abymes"),
        ("La Possession", "de La Possession", "à La Possession"),
    ],
)
def test_prepositions_before_a_commune(name, of_name, at_name):
    assert (of(name), at(name)) == (of_name, at_name)


@pytest.mark.parametrize(
    ("code", "whole"),
    [
        ("34", "tout l’Hérault"),
        ("93", "toute la Seine-Saint-Denis"),
        ("974", "toute La Réunion"),
        ("2A", "toute la Corse-du-Sud"),
        ("38", "toute l’Isère"),
        ("13", "toutes les Bouches-du-Rhône"),
        ("30", "tout le Gard"),
    ],
)
def test_the_whole_departement(code, whole):
    assert everywhere(code, departement(code).names["fr"].of) == whole


def test_lists_and_dates():
    assert listing(["a", "b", "c"]) == "a, b et c" and listing(["a"]) == "a"
    day = datetime.date(2022, 11, 25)
    assert long_date(day) == "25\u00a0novembre\u00a02022"
    assert long_date(day, "pt") == "25 de novembro de 2022"
    assert long_date(day, "uk") == "25 листопада 2022 року"


def test_the_herault_reads_its_observatory_file():
    t = demo_territory(departement("34"))
    assert t.acronym == "OVFF34" and t.count == "quatre"
    assert [p.slug for p in t.partners] == [
        "prefecture-herault",
        "departement-herault",
        "caf-herault",
        "universite-paul-valery",
    ]
    assert t.coordination_host.slug == "universite-paul-valery"
    assert t.steering_short() == "l’État, le Département, la Caf et l’Université Paul-Valéry"
    assert partners.partnership(t)["budget_total"] == 54900


@pytest.mark.parametrize("code", ["93", "974", "2A", "75"])
def test_a_departement_without_a_file_gets_the_neutral_observatory(code):
    t = demo_territory(departement(code))
    assert t.acronym == f"OVFF{code}" and t.count == "trois" and not t.extras
    assert t.launch_date == NEUTRAL_LAUNCH
    assert t.coordination_host.key == "departement"
    pages = partners.partners(t)
    assert [page["slug"].split("-")[0] for page in pages] == ["prefecture", "departement", "caf"]
    settings = partners.partnership(t)
    assert "budget_total" not in settings and settings["title"] == "Un partenariat à trois"
    texts = repr(
        [
            site.home(t),
            site.observatory(t),
            site.news(t),
            pages,
            settings,
            info.legal_notice(t),
            info.accessibility(t),
            info.partner_index(t),
            easy_read.pages(t),
        ]
    )
    for word in ("Hérault", "Montpellier", "Paul-Valéry", "OVFF34", "Occitanie", "54900"):
        assert word not in texts, word
    assert t.of_departement in texts


def test_corsica_and_paris_have_their_own_council():
    assert demo_territory(departement("2A")).council.the == "la Collectivité de Corse"
    assert demo_territory(departement("75")).council.to_short == "à la Ville"


def test_the_places_come_from_the_communes(demo):
    t = demo_territory(departement("34"))
    assert t.cities == ["Montpellier", "Béziers", "Sète"]  # the chef-lieu, then by population
    assert t.towns[:4] == ["Lunel", "Agde", "Ganges", "Saint-Pons-de-Thomières"]  # its file
    assert t.area_of("Béziers") == "du Biterrois"
    assert t.area_of("Agde") == "du secteur d’Agde"  # what the file does not name


def test_without_a_file_the_towns_are_one_per_epci_then_the_largest(demo):
    t = demo_territory(departement("34"))
    t.demo = {}  # as if the Hérault had no « demo » part in its file
    towns = t.towns
    assert len(towns) == 11 and not set(towns) & set(t.cities)
    assert towns[0] == "Agde"  # the largest commune after the three largest, in its own EPCI
