from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from observatoire.core.page_context import context_for
from observatoire.core.search_text import plain_text

from ..blocks import BodyBlock


def stream_text(stream) -> str:
    """Every string a StreamField holds (headings, texts, captions), for the search index."""
    found: list[str] = []

    def walk(value):
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(stream.get_prep_value() if stream else [])
    return " ".join(found)


class IntroPage(Page):
    """A page with a short introduction under its title; most page types are one.

    The site search reads `search_plain`: its words without accents and with the commonest
    French endings cut (core/search_text.py), so that the SQLite fallback finds « violences »
    for « violence » as PostgreSQL's French configuration does."""

    intro = models.TextField(_("chapeau"), blank=True)

    # No private pages: public pages carry no session, and Wagtail's page login is closed.
    private_page_options: list[str] = []
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("search_plain"),
    ]

    class Meta:
        abstract = True

    def search_plain(self) -> str:
        return plain_text(self.title, self.intro, *self.search_texts())

    def search_texts(self) -> list[str]:
        """What else the page says, for the search index (subclasses add their fields)."""
        return []

    def get_context(self, request, *args, **kwargs):
        """Its app's `page_context.py` adds what the page reads (core/page_context.py)."""
        context = super().get_context(request, *args, **kwargs)
        context.update(context_for(self, request))
        return context


class BodyPage(IntroPage):
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*IntroPage.content_panels, FieldPanel("body")]

    class Meta:
        abstract = True

    def search_texts(self) -> list[str]:
        return [stream_text(self.body)]
