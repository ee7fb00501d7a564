"""The directory's public pages in /sitemap.xml: addresses of pages only, never of places."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from . import selectors


class DirectorySitemap(Sitemap):
    def items(self):
        return (
            selectors.public_services()
            .select_related(None)
            .order_by("slug")
            .only("slug", "date_maj")
        )

    def location(self, item) -> str:
        return reverse("directory:service", args=[item.slug])

    def lastmod(self, item):
        return item.date_maj
