"""Opening hours in plain words, computed in Europe/Paris with French public holidays.

No database. The words are marked for translation and written out in the active language
(French on French pages, as before). Expressions use OpenStreetMap's `opening_hours` syntax (the
format of data·inclusion's `horaires_accueil`), parsed by the `opening-hours-py` library.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from opening_hours import OpeningHours, ParserError, State

PARIS = ZoneInfo("Europe/Paris")
NBSP = "\u00a0"
DAYS = [
    gettext_lazy("lundi"),
    gettext_lazy("mardi"),
    gettext_lazy("mercredi"),
    gettext_lazy("jeudi"),
    gettext_lazy("vendredi"),
    gettext_lazy("samedi"),
    gettext_lazy("dimanche"),
]


@dataclass(frozen=True)
class HoursToday:
    open_now: bool
    today: str  # "9 h – 12 h, 14 h – 17 h", "fermé aujourd’hui" or "24 h/24"
    next_change: str  # "ferme à 12 h", "ouvre lundi à 9 h", "" when it never changes


def parse(expression: str) -> OpeningHours | None:
    try:
        return OpeningHours(expression, timezone=PARIS, country="FR")
    except (ParserError, SyntaxError, ValueError):
        return None


def _clock(moment: datetime.datetime) -> str:
    if moment.hour == 0 and moment.minute == 0:
        return _("minuit")
    if moment.minute == 0:
        # Translators: a time on the hour, "9 h" (9 o'clock).
        return _("%(hour)s h") % {"hour": moment.hour}
    # Translators: a time, "9 h 30" (9:30).
    return _("%(hour)s h %(minute)s") % {
        "hour": moment.hour,
        "minute": f"{moment.minute:02d}",
    }


def _day_start(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=PARIS)


def hours_on(hours: OpeningHours, day: datetime.date) -> str:
    """The opening times of one day: "9 h – 12 h, 14 h – 17 h", "fermé", "24 h/24" (in French)."""
    start = _day_start(day)
    end = _day_start(day + datetime.timedelta(days=1))
    spans = [
        (max(a, start), min(b, end) if b else end)
        for a, b, state, _comment in hours.intervals(start, end)
        if state == State.OPEN
    ]
    if spans == [(start, end)]:
        return _("24 h/24")
    if not spans:
        return _("fermé")
    # Translators: an opening span, "9 h – 12 h"; a day's spans are separated by ", ".
    span = _("%(start)s – %(end)s")
    return ", ".join(span % {"start": _clock(a), "end": _clock(b)} for a, b in spans)


def week(expression: str, *, week_of: datetime.date) -> list[tuple[str, str]]:
    """Monday to Sunday of the week containing `week_of`: [("lundi", "9 h – 12 h"), ...]."""
    hours = parse(expression)
    if hours is None:
        return []
    monday = week_of - datetime.timedelta(days=week_of.weekday())
    return [(str(DAYS[i]), hours_on(hours, monday + datetime.timedelta(days=i))) for i in range(7)]


def today(expression: str, *, now: datetime.datetime) -> HoursToday | None:
    hours = parse(expression)
    if hours is None:
        return None
    now = now.astimezone(PARIS)
    is_open = hours.is_open(now)
    text = hours_on(hours, now.date())
    change = hours.next_change(now)
    if change is None or change.year >= 9999:
        next_change = ""
    else:
        when = {"time": _clock(change), "day": DAYS[change.weekday()]}
        same_day = change.date() == now.date()
        if is_open:
            next_change = _("ferme à %(time)s") if same_day else _("ferme %(day)s à %(time)s")
        else:
            next_change = _("ouvre à %(time)s") if same_day else _("ouvre %(day)s à %(time)s")
        next_change %= when
    return HoursToday(
        open_now=is_open,
        today=_("fermé aujourd’hui") if text == _("fermé") else text,
        next_change=next_change,
    )
