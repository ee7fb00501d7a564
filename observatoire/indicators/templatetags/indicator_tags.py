from django import template

from observatoire.core.formatting import format_number

register = template.Library()


@register.filter
def rate(value) -> str:
    """A rate per 1,000, two decimals, the French way ("2,81")."""
    return "" if value is None else format_number(value, decimals=2)
