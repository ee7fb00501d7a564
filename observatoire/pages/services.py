"""Writes on the page tree, used by the demo loader (and later by importers)."""

import io
from collections.abc import Callable

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from observatoire.core.territory import current

from .models import HomePage


@transaction.atomic
def ensure_home_page(*, title: str, hostname: str, port: int, **fields) -> HomePage:
    """The home page at the root of the default site, replacing Wagtail's welcome page."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(title=title, slug="accueil", **fields)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id != home.pk:
        previous_root = site.root_page if site.pk else None
        site.root_page = home
        site.hostname, site.port, site.site_name = hostname, port, current().acronym
        site.save()
        if previous_root is not None and previous_root.specific_class is Page:
            previous_root.delete()
    return home


@transaction.atomic
def ensure_child_page(*, parent: Page, page_class: type[Page], slug: str, **fields) -> Page:
    """Create and publish a child page unless one with this slug exists (then leave it as is)."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_image(*, title: str, file_name: str, build_png: Callable[[], bytes]) -> Image:
    """The image with this title, created from build_png() only if it does not exist yet."""
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        content = ImageFile(io.BytesIO(build_png()), name=file_name)
        image.file.save(file_name, content, save=False)
        image.save()
    return image
