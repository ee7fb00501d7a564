"""Atom feeds: news, publications and agenda. A way to follow the observatory that stores
nobody's address: a reader asks, the site answers, nothing is kept."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags

from observatoire.pages.models import NewsPage

from .models import EventPage, PublicationPage

LIMIT = 30


class _AtomFeed(Feed):
    feed_type = Atom1Feed
    author_name = "Observatoire départemental des violences faites aux femmes de l’Hérault"

    def item_link(self, item):
        return item.url

    def item_title(self, item):
        return item.title

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at


class NewsFeed(_AtomFeed):
    title = "Actualités de l’OVFF34"
    link = "/actualites/"
    subtitle = "Les actualités de l’observatoire."

    def items(self):
        return NewsPage.objects.live().public().order_by("-date", "-pk")[:LIMIT]

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))


class PublicationFeed(_AtomFeed):
    title = "Ressources de l’OVFF34"
    link = "/ressources/"
    subtitle = "Études, guides, fiches réflexes, affiches et dépliants."

    def items(self):
        return PublicationPage.objects.live().public().order_by("-first_published_at")[:LIMIT]

    def item_description(self, item):
        return strip_tags(item.summary) or item.intro

    def item_pubdate(self, item):
        return item.first_published_at


class AgendaFeed(_AtomFeed):
    title = "Agenda de l’OVFF34"
    link = "/agenda/"
    subtitle = "Formations, réunions des réseaux et conférences."

    def items(self):
        return EventPage.objects.live().public().order_by("-start")[:LIMIT]

    def item_description(self, item):
        start = timezone.localtime(item.start)
        return f"Le {start:%d/%m/%Y à %H h %M}, {item.place}. {item.intro}"

    def item_pubdate(self, item):
        return item.first_published_at
