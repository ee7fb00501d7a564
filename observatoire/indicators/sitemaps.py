"""The indicator pages in /sitemap.xml."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from . import selectors


class IndicatorSitemap(Sitemap):
    def items(self):
        return ["catalogue", "opendata", *(e["indicator"].code for e in selectors.catalogue())]

    def location(self, item: str) -> str:
        if item == "catalogue":
            return reverse("indicators:catalogue")
        if item == "opendata":
            return reverse("opendata:index")
        return reverse("indicators:indicator", args=[item])
