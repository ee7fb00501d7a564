"""French formatting of numbers, amounts and phone numbers. No database; the one word of a unit
(« par an ») is marked for translation, the numbers keep the French typography. Phone numbers
(read with `phonenumbers`) are shown as a caller in the département served dials them. Numbers
are written by Babel's `format_decimal` in French: the one number formatter of the site.

French typography groups thousands with a narrow no-break space (U+202F) and separates a number
from its unit (€, %) with a no-break space (U+00A0), so that "54 900 €" never breaks across lines.
"""

import re
from decimal import Decimal

import phonenumbers
from babel.numbers import format_decimal, get_decimal_symbol
from django.utils.translation import gettext_lazy as _

from observatoire.core import territory

NNBSP = "\u202f"
NBSP = "\u00a0"
# Babel's French (CLDR), in every language of the site.
NUMBER_LOCALE = "fr_FR"

UNIT_SUFFIXES = {
    "eur": "€",
    "eur_year": _("€ par an"),
    "percent": "%",
    "none": "",
}


def format_number(value: int | float | Decimal, *, decimals: int | None = None) -> str:
    """Format a number the French way: 54900 -> "54 900", 17.5 -> "17,5"."""
    number = Decimal(str(value))
    if decimals is None:
        number = number.normalize()
        exponent = number.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    # Babel's French (CLDR): groups of three with a narrow no-break space, a decimal comma.
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(number, format=pattern, locale=NUMBER_LOCALE)


def decimal_separator() -> str:
    """The decimal separator of `format_number` (","), for the scripts that write a number
    computed in the browser: the templates hand it over as `data-decimal-separator`."""
    return get_decimal_symbol(NUMBER_LOCALE)


def format_figure(value: int | float | Decimal, *, unit: str = "none") -> str:
    """A number with its unit: format_figure(54900, unit="eur") -> "54 900 €"."""
    if unit not in UNIT_SUFFIXES:
        raise ValueError(f"Unknown unit {unit!r}")
    suffix = UNIT_SUFFIXES[unit]
    number = format_number(value)
    return f"{number}{NBSP}{suffix}" if suffix else number


# --- Phone numbers ---------------------------------------------------------------------------

# Numbers kept as they are typed, never international: 15, 17, 112, 114, 119, 3919, 116 006.
SHORT_NUMBER = re.compile(r"^(1\d{1,2}|3\d{3}|116\d{3})$")
PHONE_SEPARATORS = re.compile(r"[\s.\-()/]")
# The country codes of France's numbering plan: metropolitan France and Corsica (33), La Réunion
# and Mayotte (262), Guadeloupe (590), Guyane (594), Martinique (596).
FRENCH_COUNTRY_CODES = frozenset({33, 262, 590, 594, 596})
# The overseas départements' geographic and mobile numbers are national numbers too, recognised
# by their first digits (ARCEP's plan): those are never metropolitan ones, whatever the
# département served.
OVERSEAS_PREFIXES = {
    "0590": "GP",  # Guadeloupe (Saint-Barthélemy and Saint-Martin too)
    "0690": "GP",
    "0691": "GP",
    "0596": "MQ",  # Martinique
    "0696": "MQ",
    "0697": "MQ",
    "0594": "GF",  # Guyane
    "0694": "GF",
    "0262": "RE",  # La Réunion
    "0263": "RE",
    "0692": "RE",
    "0693": "RE",
    "0269": "YT",  # Mayotte
    "0639": "YT",
}


def _local_region(region: str | None) -> str:
    """The phonenumbers region of the département served (FR, GP, MQ, GF, RE, YT)."""
    return region or territory.current().phone_region


def _french(number: phonenumbers.PhoneNumber) -> bool:
    """A valid number of the French plan, an overseas prefix under its own country code only."""
    owner = OVERSEAS_PREFIXES.get("0" + phonenumbers.national_significant_number(number)[:3])
    return (
        phonenumbers.is_valid_number(number)
        and number.country_code in FRENCH_COUNTRY_CODES
        and (owner is None or number.country_code == phonenumbers.country_code_for_region(owner))
    )


def parse_phone(text: str, *, region: str | None = None) -> phonenumbers.PhoneNumber | None:
    """A full French phone number, or None (short numbers and anything else included).

    National numbers ("04 67 00 00 00", "0262 12 34 56") are read as a caller in the
    département would dial them: an overseas département's prefix gives its number (0262 is
    La Réunion's from anywhere), any other is local, or else metropolitan. International ones
    ("+33 4 67…", "00 262…") must belong to the French numbering plan.
    """
    local = _local_region(region)
    compact = PHONE_SEPARATORS.sub("", text or "")
    if not re.fullmatch(r"\+?\d{4,17}", compact):
        return None
    if compact.startswith("0") and not compact.startswith("00"):
        owner = OVERSEAS_PREFIXES.get(compact[:4])
        candidates = [owner] if owner else list(dict.fromkeys((local, "FR")))
    elif compact.startswith(("+", "00")):
        candidates = [local]
    else:
        return None
    for candidate in candidates:
        try:
            number = phonenumbers.parse(compact, candidate)
        except phonenumbers.NumberParseException:
            continue
        if _french(number):
            return number
    return None


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _pairs(digits: str) -> str:
    return NBSP.join(digits[i : i + 2] for i in range(0, len(digits), 2))


def format_phone(number: str, *, region: str | None = None) -> str:
    """Display a phone number as a caller in the département dials it; short numbers as they are.

    "3919" -> "3919", "116006" -> "116 006". France's numbering plan covers the overseas
    départements: a French number is dialled with its ten digits from anywhere in France, so it
    is shown nationally, in pairs: "+33467000000" -> "04 67 00 00 00", "+262262123456" ->
    "02 62 12 34 56", in the Hérault as at La Réunion; another country's internationally.
    The spaces are no-break spaces; anything unrecognised keeps today's grouping in pairs.
    """
    local = _local_region(region)
    parsed = parse_phone(number, region=local)
    if parsed is not None:
        if parsed.country_code in FRENCH_COUNTRY_CODES:
            return _pairs("0" + phonenumbers.national_significant_number(parsed))
        international = phonenumbers.PhoneNumberFormat.INTERNATIONAL
        return phonenumbers.format_number(parsed, international).replace(" ", NBSP)
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) <= 4:
        return digits
    if len(digits) == 6:
        return f"{digits[:3]}{NBSP}{digits[3:]}"
    return _pairs(digits)


def phone_uri(number: str, *, sms: bool = False, region: str | None = None) -> str:
    """The link that dials the number: "tel:+33467000000" (E.164, which dials from anywhere),
    "tel:3919" for a short number ("sms:114" with `sms`)."""
    parsed = parse_phone(number, region=region)
    target = e164(parsed) if parsed is not None else "".join(ch for ch in number if ch.isdigit())
    return f"{'sms' if sms else 'tel'}:{target}"
