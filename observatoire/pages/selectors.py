"""Reads for page templates: partners, news, the site tree."""

from wagtail.models import Page

from .models import NewsPage, PartnerPage


def live_partners() -> list[PartnerPage]:
    return list(PartnerPage.objects.live().public().order_by("path"))


def latest_news(*, limit: int | None) -> list[NewsPage]:
    news = NewsPage.objects.live().public().order_by("-date", "-pk")
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
