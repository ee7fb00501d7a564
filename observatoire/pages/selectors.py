"""Reads for page templates: news, the site tree, the easy-to-read pages."""

from wagtail.models import Page

from observatoire.core.i18n import in_active_language

from .models import EasyReadPage, NewsPage


def latest_news(*, limit: int | None) -> list[NewsPage]:
    news = in_active_language(NewsPage.objects.live().public()).order_by("-date", "-pk")
    return list(news[:limit] if limit else news)


def site_tree(*, root: Page) -> list[dict]:
    """Live public pages under root as nested {"page", "children"} dicts, in tree order."""
    pages = list(root.get_descendants().live().public().specific().order_by("path"))
    nodes: dict[str, dict] = {}
    tree: list[dict] = []
    for page in pages:
        node = {"page": page, "children": []}
        nodes[page.path] = node
        parent = nodes.get(page.path[: -page.steplen])
        (parent["children"] if parent else tree).append(node)
    return tree


def easy_read_children(*, page: Page) -> list[EasyReadPage]:
    """The live public easy-to-read pages under page, in the order of the page tree."""
    return list(EasyReadPage.objects.child_of(page).live().public().order_by("path"))
