from django.urls import path

from . import feeds, views

app_name = "knowledge"

urlpatterns = [
    path("recommandations/", views.recommendations, name="recommendations"),
    path("recherche/", views.search, name="search"),
    path("suivre/", views.follow, name="follow"),
    path("agenda/agenda.ics", views.agenda_ics, name="agenda-ics"),
    path("agenda/<slug:slug>.ics", views.event_ics, name="event-ics"),
    path("agenda/atom.xml", feeds.AgendaFeed(), name="agenda-feed"),
    path("ressources/atom.xml", feeds.PublicationFeed(), name="publications-feed"),
    path("actualites/atom.xml", feeds.NewsFeed(), name="news-feed"),
]
