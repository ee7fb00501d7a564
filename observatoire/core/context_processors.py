from django.utils.functional import SimpleLazyObject

from .selectors import get_safety_settings


def site_chrome(request):
    """What the base layout needs on every page: the quick exit and the help lines' hours."""
    return {"safety": SimpleLazyObject(lambda: get_safety_settings(request=request))}
