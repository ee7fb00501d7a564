"""Atom feeds: news, publications and agenda. A way to follow the observatory that stores
nobody's address: a reader asks, the site answers, nothing is kept."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from observatoire.core.i18n import in_active_language, lang_path, page_url
from observatoire.core.territory import lazy_words
from observatoire.pages.models import NewsPage

from .models import EventPage, PublicationPage

LIMIT = 30


class _AtomFeed(Feed):
    feed_type = Atom1Feed
    author_name = lazy_words(
        gettext_lazy(
            "Observatoire départemental des violences faites aux femmes %(of_departement)s"
        )
    )
    path = "/"

    def link(self):
        return lang_path(self.path)

    def item_link(self, item):
        return page_url(item)

    def item_title(self, item):
        return item.title

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at


class NewsFeed(_AtomFeed):
    title = lazy_words(gettext_lazy("Actualités de l’%(acronym)s"))
    path = "/actualites/"
    subtitle = gettext_lazy("Les actualités de l’observatoire.")

    def items(self):
        return in_active_language(NewsPage.objects.live().public()).order_by("-date", "-pk")[:LIMIT]

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))


class PublicationFeed(_AtomFeed):
    title = lazy_words(gettext_lazy("Ressources de l’%(acronym)s"))
    path = "/ressources/"
    subtitle = gettext_lazy("Études, guides, fiches réflexes, affiches et dépliants.")

    def items(self):
        return in_active_language(PublicationPage.objects.live().public()).order_by(
            "-first_published_at"
        )[:LIMIT]

    def item_description(self, item):
        return strip_tags(item.summary) or item.intro

    def item_pubdate(self, item):
        return item.first_published_at


class AgendaFeed(_AtomFeed):
    title = lazy_words(gettext_lazy("Agenda de l’%(acronym)s"))
    path = "/agenda/"
    subtitle = gettext_lazy("Formations, réunions des réseaux et conférences.")

    def items(self):
        return in_active_language(EventPage.objects.live().public()).order_by("-start")[:LIMIT]

    def item_description(self, item):
        start = timezone.localtime(item.start)
        return _("Le %(date)s à %(hour)s h %(minute)s, %(place)s. %(intro)s") % {
            "date": formats.date_format(start, "SHORT_DATE_FORMAT"),
            "hour": f"{start:%H}",
            "minute": f"{start:%M}",
            "place": item.place,
            "intro": item.intro,
        }

    def item_pubdate(self, item):
        return item.first_published_at
