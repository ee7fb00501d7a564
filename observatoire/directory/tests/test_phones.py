"""Phone numbers as they are typed, stored and dialled in the Hérault, at La Réunion and in
Guadeloupe: stored in E.164, shown nationally where they are local and internationally elsewhere."""

import pytest
from django.core.exceptions import ValidationError

from observatoire.core.formatting import NBSP, format_phone, phone_uri
from observatoire.directory.validators import display_phone, normalize_phone


def spaced(text: str) -> str:
    return text.replace(" ", NBSP)


# (département, typed, stored)
STORED = [
    ("34", "04 67 00 00 00", "+33467000000"),
    ("34", "06.12.34.56.78", "+33612345678"),
    ("34", "0800 05 95 95", "+33800059595"),
    ("34", "0262 12 34 56", "+262262123456"),  # La Réunion's prefix, wherever it is typed
    ("34", "0596 30 12 34", "+596596301234"),  # Martinique
    ("34", "+262 692 12 34 56", "+262692123456"),
    ("974", "0262 12 34 56", "+262262123456"),
    ("974", "0692-12-34-56", "+262692123456"),
    ("974", "0269 61 00 00", "+262269610000"),  # Mayotte shares La Réunion's +262
    ("974", "04 67 00 00 00", "+33467000000"),
    ("974", "00 33 4 67 00 00 00", "+33467000000"),
    ("974", "0590 12 34 56", "+590590123456"),
    ("971", "0590 12 34 56", "+590590123456"),
    ("971", "0690 12 34 56", "+590690123456"),
    ("971", "0262 12 34 56", "+262262123456"),
    ("971", "04 67 00 00 00", "+33467000000"),
    ("971", "+33 6 12 34 56 78", "+33612345678"),
]


@pytest.mark.parametrize(("code", "typed", "stored"), STORED)
def test_numbers_are_stored_in_e164_as_dialled_in_the_departement(serving, code, typed, stored):
    with serving(code):
        assert normalize_phone(typed) == stored


@pytest.mark.parametrize("code", ["34", "974", "971"])
@pytest.mark.parametrize("short", ["3919", "17", "112", "116006", "119", "114"])
def test_short_numbers_stay_as_they_are(serving, code, short):
    with serving(code):
        assert normalize_phone(short) == short
        assert normalize_phone("116 006") == "116006"
        assert (
            display_phone(short)
            == format_phone(short)
            == (f"116{NBSP}006" if short == "116006" else short)
        )
        assert phone_uri(short) == f"tel:{short}"
        assert phone_uri("114", sms=True) == "sms:114"


@pytest.mark.parametrize("code", ["34", "974", "971"])
@pytest.mark.parametrize(
    "typed",
    [
        "04 67",
        "0262 12",
        "+44 20 7946 0000",
        "numéro",
        "00 00 00 00 00",
        "0800-FLOWERS",
        "+33 2 62 12 34 56",  # La Réunion's prefix under the metropolitan code
        "0596 12 34 56",  # Martinique's prefix, a range it has not allocated
    ],
)
def test_unrecognised_numbers_get_the_french_message(serving, code, typed):
    with serving(code), pytest.raises(ValidationError, match="Numéro de téléphone non reconnu"):
        normalize_phone(typed)


# (département, stored, shown): France's numbering plan covers the overseas départements, so a
# French number is dialled with the same ten digits from any of them.
SHOWN = [
    ("34", "+33467000000", "04 67 00 00 00"),
    ("34", "+262262123456", "02 62 12 34 56"),
    ("34", "+590590123456", "05 90 12 34 56"),
    ("974", "+262262123456", "02 62 12 34 56"),
    ("974", "+262692123456", "06 92 12 34 56"),
    ("974", "+262269610000", "02 69 61 00 00"),  # Mayotte: the same country code
    ("974", "+33467000000", "04 67 00 00 00"),
    ("974", "+590590123456", "05 90 12 34 56"),
    ("971", "+590590123456", "05 90 12 34 56"),
    ("971", "+590690123456", "06 90 12 34 56"),
    ("971", "+596596301234", "05 96 30 12 34"),
    ("971", "+33467000000", "04 67 00 00 00"),
    ("971", "+262262123456", "02 62 12 34 56"),
]


@pytest.mark.parametrize(("code", "stored", "shown"), SHOWN)
def test_numbers_are_shown_as_a_caller_there_dials_them(serving, code, stored, shown):
    with serving(code):
        assert display_phone(stored) == spaced(shown)
        assert phone_uri(stored) == f"tel:{stored}"
        assert phone_uri(stored, sms=True) == f"sms:{stored}"


def test_a_number_typed_in_a_page_is_shown_and_dialled_the_same_way(serving):
    with serving("34"):
        assert format_phone("04 67 00 00 00") == spaced("04 67 00 00 00")
        assert phone_uri("04 67 00 00 00") == "tel:+33467000000"
        assert phone_uri("0262 12 34 56") == "tel:+262262123456"
    with serving("974"):
        assert format_phone("0262 12 34 56") == spaced("02 62 12 34 56")
        assert format_phone("04 67 00 00 00") == spaced("04 67 00 00 00")
        assert phone_uri("0262 12 34 56") == "tel:+262262123456"
        assert phone_uri("04 67 00 00 00") == "tel:+33467000000"
    with serving("971"):
        assert format_phone("0590 12 34 56") == spaced("05 90 12 34 56")
        assert phone_uri("0590 12 34 56") == "tel:+590590123456"


def test_the_same_stored_number_follows_the_departement_served(serving):
    stored = normalize_phone("04 67 00 00 00")
    with serving("974"):
        assert normalize_phone("04 67 00 00 00") == stored
        assert display_phone(stored) == spaced("04 67 00 00 00")
        assert phone_uri(stored) == "tel:+33467000000"
    assert display_phone(stored) == spaced("04 67 00 00 00")  # back in the Hérault
