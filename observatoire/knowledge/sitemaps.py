"""The knowledge views that are not Wagtail pages, in /sitemap.xml (the search is left out:
it answers a POST)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class KnowledgeSitemap(Sitemap):
    def items(self):
        return ["knowledge:recommendations", "knowledge:follow"]

    def location(self, item: str) -> str:
        return reverse(item)
