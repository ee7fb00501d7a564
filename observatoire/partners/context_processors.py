from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from .models import PartnerPage
from .selectors import live_partners


def partners_of(request: HttpRequest) -> list[PartnerPage]:
    """The live partners, read once per request: the footer of every page lists them, and the
    home and partners pages again (page_context.py)."""
    if not hasattr(request, "_ovff_live_partners"):
        request._ovff_live_partners = live_partners()
    return request._ovff_live_partners


def navigation(request):
    """The partners linked from the footer of every page (loaded only when rendered)."""
    return {"footer_partners": SimpleLazyObject(lambda: partners_of(request))}
