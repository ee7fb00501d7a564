from django.utils.functional import SimpleLazyObject

from .selectors import live_partners


def navigation(request):
    """The partners linked from the footer of every page (loaded only when rendered)."""
    return {"footer_partners": SimpleLazyObject(live_partners)}
