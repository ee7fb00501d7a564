"""Validation and display of what editors type: phone numbers, opening hours, choice lists."""

import re

import opening_hours
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from observatoire.core.formatting import format_phone

SHORT_NUMBER = re.compile(r"^(1\d{1,2}|3\d{3}|116\d{3})$")  # 15, 17, 114, 3919, 116 006


def normalize_phone(value: str) -> str:
    """Store French numbers in E.164 ("+33467000000"); short numbers (3919, 116 006) as they are.

    Raises ValidationError with a message (French on French pages) for anything else.
    """
    digits = re.sub(r"[\s.\-()/]", "", value or "")
    if not digits:
        return ""
    if SHORT_NUMBER.match(digits):
        return digits
    if digits.startswith("0033"):
        digits = "+33" + digits[4:]
    if re.fullmatch(r"0[1-9]\d{8}", digits):
        return "+33" + digits[1:]
    if re.fullmatch(r"\+33[1-9]\d{8}", digits):
        return digits
    raise ValidationError(
        _(
            "Numéro de téléphone non reconnu : saisissez un numéro français à 10 chiffres "
            "(04 67 00 00 00) ou un numéro court (3919, 116 006)."
        ),
        code="phone",
    )


def display_phone(value: str) -> str:
    """E.164 to the national form, formatted like every number on the site (04 67 00 00 00)."""
    return format_phone("0" + value[3:] if value.startswith("+33") else value)


def validate_opening_hours(value: str) -> None:
    if value and not opening_hours.validate(value):
        raise ValidationError(
            _(
                "Horaires illisibles : utilisez le format OpenStreetMap, par exemple "
                "« Mo-Fr 09:00-12:00,14:00-17:00; PH off »."
            ),
            code="opening_hours",
        )
