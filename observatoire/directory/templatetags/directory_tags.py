from django import template
from django.utils.translation import gettext as _

from observatoire.directory import reference

register = template.Library()


@register.filter
def labels(values, reference_list: str) -> list[str]:
    """["ecoute", "droit"]|labels:"CATEGORIES" -> ["Écoute", "Accès au droit et aide juridique"],
    each label in the language of the page."""
    names = dict(getattr(reference, reference_list))
    return [names.get(value, value) for value in values or []]


@register.filter
def language_name(code: str) -> str:
    """ "en"|language_name -> « anglais » on a French page, "English" on an English one."""
    return str(dict(reference.LANGUAGES).get(code, code))


@register.filter
def km(distance: float) -> str:
    if distance < 1:
        return _("à moins d’1 km")
    return _("à %(km)s km") % {"km": f"{round(distance):d}"}
