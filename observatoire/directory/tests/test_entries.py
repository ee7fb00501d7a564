import datetime

import pytest
from django.core.exceptions import ValidationError

from observatoire.core.formatting import NBSP
from observatoire.directory.models import Commune, Place, Service, Structure
from observatoire.directory.validators import (
    display_phone,
    normalize_phone,
    validate_opening_hours,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("04 67 00 00 00", "+33467000000"),
        ("04.67.00.00.00", "+33467000000"),
        ("+33 4 67 00 00 00", "+33467000000"),
        ("0033467000000", "+33467000000"),
        ("3919", "3919"),
        ("116 006", "116006"),
        ("", ""),
    ],
)
def test_phone_numbers_are_stored_in_international_form(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["04 67", "+44 20 7946 0000", "numéro", "00 00 00 00 00"])
def test_unrecognised_phone_numbers_get_a_french_message(typed):
    with pytest.raises(ValidationError, match="Numéro de téléphone non reconnu"):
        normalize_phone(typed)


def test_phone_numbers_are_shown_the_french_way():
    assert display_phone("+33467000000") == NBSP.join(["04", "67", "00", "00", "00"])
    assert display_phone("116006") == f"116{NBSP}006"
    assert display_phone("3919") == "3919"


def test_opening_hours_must_be_readable():
    validate_opening_hours("Mo-Fr 09:00-12:00,14:00-17:00; PH off")
    validate_opening_hours("24/7")
    with pytest.raises(ValidationError, match="Horaires illisibles"):
        validate_opening_hours("lundi matin")


@pytest.fixture
def shelter(db):
    structure = Structure.objects.create(nom="Association d’hébergement (exemple)")
    return Place.objects.create(
        structure=structure,
        kind="fixe",
        adresse="12 rue Secrète",
        commune=Commune.objects.get(name="Béziers"),
        longitude=3.2101,
        latitude=43.3442,
        secret_address=True,
    )


def test_a_secret_place_shows_only_its_commune(shelter):
    public = shelter.public_location()
    assert public["adresse"] == "" and public["secret"] is True
    assert (public["longitude"], public["latitude"]) == (
        shelter.commune.longitude,
        shelter.commune.latitude,
    )
    assert "Secrète" not in str(public) and 3.2101 not in public.values()


def test_an_ordinary_place_shows_its_address(shelter):
    shelter.secret_address = False
    assert shelter.public_location()["adresse"] == "12 rue Secrète"


def test_reference_lists_reject_unknown_values(shelter):
    service = Service(
        structure=shelter.structure,
        nom="Écoute",
        description="Écoute et orientation.",
        categories=["ecoute", "astrologie"],
        thematiques=["famille--surmonter-conflits-separation-violence"],
    )
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "Valeur inconnue : « astrologie »" in str(error.value)
    assert "thematiques" not in error.value.message_dict


def test_services_get_a_unique_slug_and_go_stale_after_six_months(shelter):
    first = Service.objects.create(structure=shelter.structure, nom="Écoute", description="x")
    second = Service.objects.create(structure=shelter.structure, nom="Écoute", description="x")
    assert first.slug != second.slug and second.slug.startswith(first.slug)
    assert not first.is_stale
    first.last_verified = datetime.date.today() - datetime.timedelta(days=200)
    assert first.is_stale


def test_phone_is_normalised_when_the_form_is_cleaned(shelter):
    shelter.telephone = "04 67 11 22 33"
    shelter.full_clean()
    assert shelter.telephone == "+33467112233"
