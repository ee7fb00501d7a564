"""What the partners' pages, and the home page's list of partners, read (core/page_context.py)."""

from observatoire.core.page_context import provides
from observatoire.pages.models import HomePage

from . import selectors
from .models import PartnerIndexPage


@provides(HomePage)
def home(page: HomePage, request) -> dict:
    return {"partners": selectors.live_partners()}


@provides(PartnerIndexPage)
def partner_index(page: PartnerIndexPage, request) -> dict:
    return {"partners": selectors.live_partners()}
