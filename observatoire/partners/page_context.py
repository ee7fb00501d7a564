"""What the partners' pages, and the home page's list of partners, read (core/page_context.py)."""

from observatoire.core.page_context import provides
from observatoire.pages.models import HomePage

from .context_processors import partners_of
from .models import PartnerIndexPage


@provides(HomePage)
def home(page: HomePage, request) -> dict:
    return {"partners": partners_of(request)}


@provides(PartnerIndexPage)
def partner_index(page: PartnerIndexPage, request) -> dict:
    return {"partners": partners_of(request)}
