from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observatoire.core.formatting import (
    NBSP,
    NNBSP,
    decimal_separator,
    format_figure,
    format_number,
    format_phone,
    phone_uri,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (17, "17"),
        (740, "740"),
        (18300, f"18{NNBSP}300"),
        (1230289, f"1{NNBSP}230{NNBSP}289"),
        (Decimal("17.50"), "17,5"),
        (Decimal("200500.00"), f"200{NNBSP}500"),
        (-4200, f"-4{NNBSP}200"),
    ],
)
def test_format_number_uses_french_grouping_and_decimal_comma(value, expected):
    assert format_number(value) == expected


def test_format_number_with_fixed_decimals():
    assert format_number(Decimal("3.14159"), decimals=2) == "3,14"


def test_the_scripts_decimal_separator_is_the_formatters():
    assert decimal_separator() == ","
    assert format_number(Decimal("66.5")) == f"66{decimal_separator()}5"


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (54900, "eur", f"54{NNBSP}900{NBSP}€"),
        (32000, "eur_year", f"32{NNBSP}000{NBSP}€ par an"),
        (17, "percent", f"17{NBSP}%"),
        (6, "none", "6"),
    ],
)
def test_format_figure_keeps_number_and_unit_together(value, unit, expected):
    assert format_figure(value, unit=unit) == expected


def test_format_figure_rejects_unknown_units():
    with pytest.raises(ValueError, match="Unknown unit"):
        format_figure(1, unit="dollars")


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_format_number_round_trips_integers(value):
    text = format_number(value)
    assert int(text.replace(NNBSP, "")) == value
    groups = text.lstrip("-").split(NNBSP)
    assert all(len(group) == 3 for group in groups[1:])
    assert 1 <= len(groups[0]) <= 3


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_format_number_round_trips_decimals(value):
    text = format_number(value)
    assert Decimal(text.replace(NNBSP, "").replace(",", ".")) == value


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("3919", "3919"),
        ("17", "17"),
        ("116006", f"116{NBSP}006"),
        ("04 67 00 00 00", NBSP.join(["04", "67", "00", "00", "00"])),
    ],
)
def test_format_phone(number, expected):
    assert format_phone(number) == expected


def test_phone_uris():
    assert phone_uri("116 006") == "tel:116006"
    assert phone_uri("114", sms=True) == "sms:114"


def test_phone_uris_of_full_numbers_are_e164():
    assert phone_uri("+33467000000") == "tel:+33467000000"
    assert phone_uri("04 67 00 00 00") == "tel:+33467000000"
    assert phone_uri("06 12 34 56 78", sms=True) == "sms:+33612345678"


def test_format_phone_shows_french_numbers_nationally_from_every_departement():
    pairs = NBSP.join(["04", "67", "00", "00", "00"])
    reunion = NBSP.join(["02", "62", "12", "34", "56"])
    assert format_phone("+33467000000") == pairs  # the Hérault, the test settings' département
    assert format_phone("+33467000000", region="RE") == pairs
    assert format_phone("+262262123456", region="RE") == reunion
    assert format_phone("+262262123456") == reunion
    assert format_phone("0262 12 34 56", region="GP") == reunion


@given(st.from_regex(r"0[1-49][0-9]{8}", fullmatch=True))
def test_format_phone_keeps_metropolitan_numbers_in_pairs(number):
    # La Réunion's and Mayotte's 0262, 0263 and 0269 too: the same ten digits dial them.
    assert format_phone(number) == NBSP.join(number[i : i + 2] for i in range(0, 10, 2))
