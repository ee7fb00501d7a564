from django import template

from observatoire.directory import map as drawing

register = template.Library()


# A commune's number of services: none, 1, 2 or 3, more (the map's legend).
SERVICE_CUTS = (1, 3)


@register.filter
def shade(count: int) -> str:
    """CSS class for a commune's number of services (`map.shade`, as every map)."""
    return drawing.shade(count, SERVICE_CUTS)
