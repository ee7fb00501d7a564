"""Pieces of the back-office shared by every app's listings."""

from django.urls import reverse
from django.utils.text import capfirst
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class AdminPageMixin(WagtailAdminTemplateMixin):
    """A back-office page of the platform: its header names it, under the listing it belongs
    to (Wagtail's default breadcrumbs stop at « Accueil », which the header then shows)."""

    def get_parent_breadcrumbs(self) -> list[dict]:
        return []

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            *self.get_parent_breadcrumbs(),
            {"url": "", "label": self.get_page_title()},
        ]


def listing_breadcrumb(model) -> dict:
    """The breadcrumb of a snippet's listing."""
    return {
        "url": reverse(model.snippet_viewset.get_url_name("list")),
        "label": capfirst(model._meta.verbose_name_plural),
    }
