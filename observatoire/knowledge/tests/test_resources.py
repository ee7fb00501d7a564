"""Publications and agenda: summaries required, documents served with size and format,
iCalendar files and Atom feeds that libraries read."""

import io
import re

import feedparser
import pytest
from django.core.exceptions import ValidationError
from icalendar import Calendar
from pypdf import PdfReader

from observatoire.knowledge.models import EventPage, PublicationPage
from observatoire.knowledge.models.publications import KINDS


def test_the_demo_has_a_publication_of_every_type_each_with_its_summary(client, demo):
    publications = PublicationPage.objects.live()
    assert publications.count() >= 12
    assert {p.kind for p in publications} == {code for code, _ in KINDS}
    for publication in publications:
        assert publication.summary and publication.document
        text = PdfReader(io.BytesIO(publication.document.file.read())).pages[0].extract_text()
        assert publication.title.split(":")[0].replace("’", "'")[:12] in text


def test_a_pdf_without_an_html_summary_is_refused(demo):
    publication = PublicationPage.objects.live().first()
    publication.summary = "<p> </p>"
    with pytest.raises(ValidationError, match="résumé en HTML"):
        publication.full_clean()


def test_the_publication_page_shows_the_document_format_and_size(client, demo):
    publication = PublicationPage.objects.get(slug="affiche-3919")
    html = client.get(publication.url).content.decode()
    assert re.search(r"\(PDF, [\d,\xa0 ]+\xa0?(octets|Kio|Mio)\)", html)
    assert "3919" in html  # the summary carries the numbers the poster carries
    document = client.get(publication.document.url)
    assert document.status_code == 200 and not document.cookies


def test_filters_narrow_the_list(client, demo):
    everything = client.get("/ressources/").context["publications"]
    posters = client.get("/ressources/?kind=affiche").context["publications"]
    kit = client.get("/ressources/?kit=on").context["publications"]
    english = client.get("/ressources/?language=en").context["publications"]
    assert len(posters) == 1 < len(kit) < len(everything)
    assert [p.language for p in english] == ["en"]
    assert client.get("/ressources/?year=abc").status_code == 200  # a bad filter is ignored


def test_icalendar_files_parse_and_hold_every_event(client, demo):
    response = client.get("/agenda/agenda.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == EventPage.objects.live().count() == 6
    assert all(e.get("dtend").dt > e.get("dtstart").dt for e in events)
    one = Calendar.from_ical(client.get("/agenda/comite-observatoire.ics").content)
    assert [str(e.get("summary")) for e in one.walk("VEVENT")] == ["Comité de l’observatoire"]


def test_the_agenda_separates_upcoming_and_past_events(client, demo):
    context = client.get("/agenda/").context
    assert len(context["upcoming"]) == 3 and len(context["past"]) == 3


@pytest.mark.parametrize(
    "path", ["/actualites/atom.xml", "/ressources/atom.xml", "/agenda/atom.xml"]
)
def test_feeds_are_valid_atom(client, demo, path):
    response = client.get(path)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10" and feed.entries
    assert all(entry.link.startswith("http") for entry in feed.entries)
    assert not response.cookies


def test_an_event_that_ends_before_it_starts_is_refused(demo):
    event = EventPage.objects.live().first()
    event.end = event.start
    with pytest.raises(ValidationError, match="après le début"):
        event.full_clean()


def test_the_new_pages_are_in_the_sitemap(client, demo):
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in (
        "/recommandations/",
        "/suivre/",
        "/travaux/2023/enfants-co-victimes/",
        "/ressources/affiche-3919/",
        "/agenda/comite-observatoire/",
    ):
        assert path in sitemap, path
