"""Template filters for French formatting; the logic lives in core.formatting."""

from django import template

from observatoire.core import formatting

register = template.Library()


@register.filter
def fr_number(value):
    if value in (None, ""):
        return ""
    return formatting.format_number(value)


@register.filter
def figure(value, unit="none"):
    if value in (None, ""):
        return ""
    return formatting.format_figure(value, unit=unit or "none")


@register.filter
def phone(number):
    return formatting.format_phone(number)


@register.filter
def tel_uri(number):
    return formatting.phone_uri(number)


@register.filter
def sms_uri(number):
    return formatting.phone_uri(number, sms=True)
