"""Validation and display of what editors type: phone numbers, opening hours, choice lists."""

import opening_hours
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from observatoire.core.formatting import (
    PHONE_SEPARATORS,
    SHORT_NUMBER,
    e164,
    format_phone,
    parse_phone,
)


def normalize_phone(value: str) -> str:
    """Store French numbers in E.164 ("+33467000000"); short numbers (3919, 116 006) as they are.

    A national number is read as it is dialled in the département served: "0262 12 34 56" is
    "+262262123456" everywhere, "04 67 00 00 00" is "+33467000000" (`core.formatting`).
    Raises ValidationError with a message (French on French pages) for anything else.
    """
    digits = PHONE_SEPARATORS.sub("", value or "")
    if not digits:
        return ""
    if SHORT_NUMBER.match(digits):
        return digits
    number = parse_phone(value)
    if number is not None:
        return e164(number)
    raise ValidationError(
        _(
            "Numéro de téléphone non reconnu : saisissez un numéro français à 10 chiffres "
            "(04 67 00 00 00) ou un numéro court (3919, 116 006)."
        ),
        code="phone",
    )


def display_phone(value: str) -> str:
    """E.164 as a caller in the département dials it, formatted like every number on the site:
    "04 67 00 00 00" in the Hérault, "+33 4 67 00 00 00" at La Réunion (`core.formatting`)."""
    return format_phone(value)


def validate_opening_hours(value: str) -> None:
    if value and not opening_hours.validate(value):
        raise ValidationError(
            _(
                "Horaires illisibles : utilisez le format OpenStreetMap, par exemple "
                "« Mo-Fr 09:00-12:00,14:00-17:00; PH off »."
            ),
            code="opening_hours",
        )
