"""What the site's own pages read beyond their fields (core/page_context.py)."""

from observatoire.core.page_context import provides

from . import selectors
from .models import EasyReadPage, HomePage, NewsIndexPage, SiteMapPage


@provides(HomePage)
def home(page: HomePage, request) -> dict:
    return {"latest_news": selectors.latest_news(limit=3)}


@provides(SiteMapPage)
def site_map(page: SiteMapPage, request) -> dict:
    return {"tree": selectors.site_tree(root=page.get_site().root_page)}


@provides(EasyReadPage)
def easy_read(page: EasyReadPage, request) -> dict:
    parent = page.get_parent().specific
    return {
        "easy_read_children": selectors.easy_read_children(page=page),
        "easy_read_parent": parent if isinstance(parent, EasyReadPage) else None,
    }


@provides(NewsIndexPage)
def news_index(page: NewsIndexPage, request) -> dict:
    return {"news": selectors.latest_news(limit=None)}
