from django import template

from observatoire.directory import reference

register = template.Library()


@register.filter
def labels(values, reference_list: str) -> list[str]:
    """["ecoute", "droit"]|labels:"CATEGORIES" -> ["Écoute", "Accès au droit et aide juridique"]."""
    names = dict(getattr(reference, reference_list))
    return [names.get(value, value) for value in values or []]


@register.filter
def km(distance: float) -> str:
    if distance < 1:
        return "à moins d’1\u00a0km"
    return f"à {round(distance):d}\u00a0km"
