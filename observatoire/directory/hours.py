"""Opening hours in plain French, computed in Europe/Paris with French public holidays.

Pure: no Django import. Expressions use OpenStreetMap's `opening_hours` syntax (the format of
data·inclusion's `horaires_accueil`), parsed by the `opening-hours-py` library.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from opening_hours import OpeningHours, ParserError, State

PARIS = ZoneInfo("Europe/Paris")
NBSP = "\u00a0"
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


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
        return "minuit"
    if moment.minute == 0:
        return f"{moment.hour}{NBSP}h"
    return f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"


def _day_start(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=PARIS)


def hours_on(hours: OpeningHours, day: datetime.date) -> str:
    """The opening times of one day, in French: "9 h – 12 h, 14 h – 17 h", "fermé", "24 h/24"."""
    start = _day_start(day)
    end = _day_start(day + datetime.timedelta(days=1))
    spans = [
        (max(a, start), min(b, end) if b else end)
        for a, b, state, _ in hours.intervals(start, end)
        if state == State.OPEN
    ]
    if spans == [(start, end)]:
        return f"24{NBSP}h/24"
    if not spans:
        return "fermé"
    return ", ".join(f"{_clock(a)} – {_clock(b)}" for a, b in spans)


def week(expression: str, *, week_of: datetime.date) -> list[tuple[str, str]]:
    """Monday to Sunday of the week containing `week_of`: [("lundi", "9 h – 12 h"), ...]."""
    hours = parse(expression)
    if hours is None:
        return []
    monday = week_of - datetime.timedelta(days=week_of.weekday())
    return [(DAYS[i], hours_on(hours, monday + datetime.timedelta(days=i))) for i in range(7)]


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
    elif is_open:
        next_change = f"ferme à {_clock(change)}"
        if change.date() != now.date():
            next_change = f"ferme {DAYS[change.weekday()]} à {_clock(change)}"
    elif change.date() == now.date():
        next_change = f"ouvre à {_clock(change)}"
    else:
        next_change = f"ouvre {DAYS[change.weekday()]} à {_clock(change)}"
    return HoursToday(
        open_now=is_open,
        today="fermé aujourd’hui" if text == "fermé" else text,
        next_change=next_change,
    )
