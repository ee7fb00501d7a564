"""French formatting of numbers, amounts and phone numbers. No database; the one word of a unit
(« par an ») is marked for translation, the numbers keep the French typography.

French typography groups thousands with a narrow no-break space (U+202F) and separates a number
from its unit (€, %) with a no-break space (U+00A0), so that "54 900 €" never breaks across lines.
"""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _

NNBSP = "\u202f"
NBSP = "\u00a0"

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
    text = f"{number:,.{decimals}f}"
    return text.replace(",", NNBSP).replace(".", ",")


def format_figure(value: int | float | Decimal, *, unit: str = "none") -> str:
    """A number with its unit: format_figure(54900, unit="eur") -> "54 900 €"."""
    if unit not in UNIT_SUFFIXES:
        raise ValueError(f"Unknown unit {unit!r}")
    suffix = UNIT_SUFFIXES[unit]
    number = format_number(value)
    return f"{number}{NBSP}{suffix}" if suffix else number


def format_phone(number: str) -> str:
    """Display a French phone number: short numbers as they are, others in pairs.

    "3919" -> "3919", "116006" -> "116 006", "0467000000" -> "04 67 00 00 00".
    """
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) <= 4:
        return digits
    if len(digits) == 6:
        return f"{digits[:3]}{NBSP}{digits[3:]}"
    pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    return NBSP.join(pairs)


def phone_uri(number: str, *, sms: bool = False) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"{'sms' if sms else 'tel'}:{digits}"
