"""iCalendar files (RFC 5545) for one event and for the whole agenda, built with `icalendar`."""

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from observatoire.core.i18n import page_url
from observatoire.core.territory import current

# An identifier (RFC 5545 PRODID), not a text anyone reads: never translated.
PRODUCT = f"-//{current().acronym}//Agenda de l’observatoire//FR"


def calendar_for(*, events, base_url: str, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_event(event, base_url))
    return calendar.to_ical()


def _event(page, base_url: str) -> Event:
    event = Event()
    event.add("uid", f"evenement-{page.pk}@ovff34")
    event.add("dtstamp", page.last_published_at or page.first_published_at or page.start)
    event.add("dtstart", page.start)
    event.add("dtend", page.end)
    event.add("summary", page.title)
    location = _("%(place)s (et à distance)") % {"place": page.place} if page.online else page.place
    event.add("location", location)
    description = " ".join(part for part in (page.intro, strip_tags(page.description)) if part)
    event.add("description", description)
    event.add("url", base_url + page_url(page))
    event.add("categories", [page.get_kind_display()])
    return event
