"""Opening hours in plain words, computed in the département's time zone with its public holidays.

No database. The words are marked for translation and written out in the active language
(French on French pages, as before). Expressions use OpenStreetMap's `opening_hours` syntax (the
format of data·inclusion's `horaires_accueil`), parsed by the `opening-hours-py` library.

The département is read at each call (`core.territory.current()`): its time zone, and its public
holidays. The library knows France's national public holidays only (its "FR" calendar; it has
none for RE, GP…), so the département's own (Alsace-Moselle's Good Friday and 26 December, the
overseas abolition days) are written into the expression: each rule that applies on public
holidays (`PH off`, `Mo-Fr,PH 09:00-12:00`…) is followed by the same rule for those dates,
`2026 Apr 03,2026 Dec 26 off`, so that they count as `PH` and later rules still override it.
"""

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from opening_hours import OpeningHours, ParserError, State

from observatoire.core import territory

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
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class HoursToday:
    open_now: bool
    today: str  # "9 h – 12 h, 14 h – 17 h", "fermé aujourd’hui" or "24 h/24"
    next_change: str  # "ferme à 12 h", "ouvre lundi à 9 h", "" when it never changes


def time_zone() -> ZoneInfo:
    """The time zone of the département served (Europe/Paris, Indian/Reunion…)."""
    return ZoneInfo(territory.current().time_zone)


# --- The département's own public holidays, written into the expression ----------------------

# A rule separator outside comments: normal `;`, fallback `||`, additional `, ` (a comma and a
# space, which inside a time selector may also continue it: `09:00-12:00, 14:00-17:00`).
_SEPARATOR = re.compile(r" *(;|\|\||,(?= )) *")
_TIME_END = re.compile(r"(\d:\d\d\+?|/\d\d|\)|sunrise|sunset|dawn|dusk)$", re.IGNORECASE)
_TIME_START = re.compile(r"(\d{1,2}:\d\d|\(|sunrise|sunset|dawn|dusk)", re.IGNORECASE)
# The weekday selector of a rule: weekdays and holidays joined by "," (or one space between the
# holidays and the weekdays), e.g. `Mo-Fr,PH`, `PH -1 day`, `Su[-1],PH`.
_OFFSET = r"(?: [+-]\d+ days?)"
_WDAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)(?![a-z])"
_ITEM = rf"(?:PH(?![a-z]){_OFFSET}?|SH(?![a-z])|{_WDAY}(?:\[[-\d,]+\]{_OFFSET}?|-{_WDAY})?)"
_WEEKDAYS = re.compile(rf"(?<![^\s:]){_ITEM}(?:[, ]{_ITEM})*(?!\S)", re.IGNORECASE)
_PH = re.compile(rf"PH(?![a-z])(?P<offset>{_OFFSET})?", re.IGNORECASE)


def _split_rules(expression: str) -> list[tuple[str, str]]:
    """The rules of an expression, each with the separator before it ("" for the first)."""
    rules: list[tuple[str, str]] = []
    separator, start, i, quoted = "", 0, 0, False
    while i < len(expression):
        if expression[i] == '"':
            quoted = not quoted
        elif not quoted and (match := _SEPARATOR.match(expression, i)):
            before, after = expression[start:i], expression[match.end() :]
            if match.group(1) != "," or not (
                _TIME_END.search(before.rstrip()) and _TIME_START.match(after)
            ):
                rules.append((separator, before))
                separator, start, i = match.group(0), match.end(), match.end()
                continue
        i += 1
    rules.append((separator, expression[start:]))
    return rules


def _unquoted(rule: str) -> str:
    """The rule with its comments blanked out (same length), so that no pattern looks inside."""
    return re.sub(r'"[^"]*"', lambda m: '"' + "_" * (len(m.group(0)) - 2) + '"', rule)


def _selects(wide: str, day: datetime.date) -> bool | None:
    """Whether a rule's year, month-day and week selectors select the day (None: unreadable)."""
    if not wide:
        return True
    try:
        probe = OpeningHours(wide)
    except (ParserError, SyntaxError, ValueError):
        return None
    return probe.is_open(datetime.datetime.combine(day, datetime.time(12)))


def _dated_rule(rule: str, holidays: tuple[datetime.date, ...]) -> str | None:
    """The rule for the holiday dates, when it is one that applies on public holidays."""
    masked = _unquoted(rule)
    weekdays = next((m for m in _WEEKDAYS.finditer(masked) if _PH.search(m.group(0))), None)
    if weekdays is None:
        return None
    offsets = {
        int(m.group("offset").split()[0]) if m.group("offset") else 0
        for m in _PH.finditer(weekdays.group(0))
    }
    wide = rule[: weekdays.start()].strip().rstrip(":").strip()
    days = []
    for day in sorted({h + datetime.timedelta(days=k) for h in holidays for k in offsets}):
        selected = _selects(wide, day)
        if selected is None:
            return None
        if selected:
            days.append(day)
    if not days:
        return None
    dates = ",".join(f"{day.year} {MONTHS[day.month - 1]} {day.day:02d}" for day in days)
    return dates + rule[weekdays.end() :]


@lru_cache(maxsize=2048)
def with_holidays(expression: str, holidays: tuple[datetime.date, ...]) -> str:
    """The expression with the given dates counted as public holidays (`PH`).

    Each rule whose weekday selector has `PH` is followed, with the same kind of separator, by the
    same rule for the dates (those its year, month and week selectors allow, shifted as in
    `PH +1 day`): `Mo-Fr 09:00-17:00; PH off` and 20 December give
    `Mo-Fr 09:00-17:00; PH off; 2027 Dec 20 off`. The expression comes back unchanged when it has
    no such rule or when the result would not parse.
    """
    if not holidays or not _PH.search(_unquoted(expression)):
        return expression
    parts = []
    for separator, rule in _split_rules(expression):
        parts.append(separator + rule)
        dated = _dated_rule(rule, holidays)
        if dated is not None:
            kind = "||" if "||" in separator else "," if "," in separator else ";"
            parts.append({"||": " || ", ",": ", ", ";": "; "}[kind] + dated)
    result = "".join(parts)
    try:
        OpeningHours(result)
    except (ParserError, SyntaxError, ValueError):
        return expression
    return result


def _local_holidays(around: datetime.date) -> tuple[datetime.date, ...]:
    """The département's own public holidays of the year of `around`, the one before and after."""
    departement = territory.current()
    years = range(around.year - 1, around.year + 2)
    return tuple(day for year in years for day in departement.holidays_in(year))


def parse(expression: str, *, around: datetime.date | None = None) -> OpeningHours | None:
    """The expression in the département's time zone, with its public holidays around a date
    (today by default): France's national ones and the département's own."""
    zone = time_zone()
    around = around or datetime.datetime.now(zone).date()
    for text in dict.fromkeys((with_holidays(expression, _local_holidays(around)), expression)):
        try:
            return OpeningHours(text, timezone=zone, country="FR")
        except (ParserError, SyntaxError, ValueError):
            continue
    return None


# --- Plain words ---------------------------------------------------------------------------


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


def _day_start(day: datetime.date, zone: ZoneInfo) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=zone)


def hours_on(hours: OpeningHours, day: datetime.date) -> str:
    """The opening times of one day: "9 h – 12 h, 14 h – 17 h", "fermé", "24 h/24" (in French)."""
    zone = time_zone()
    start = _day_start(day, zone)
    end = _day_start(day + datetime.timedelta(days=1), zone)
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
    hours = parse(expression, around=week_of)
    if hours is None:
        return []
    monday = week_of - datetime.timedelta(days=week_of.weekday())
    return [(str(DAYS[i]), hours_on(hours, monday + datetime.timedelta(days=i))) for i in range(7)]


def today(expression: str, *, now: datetime.datetime) -> HoursToday | None:
    """Whether it is open at `now` (any time zone: the département's own is used), today's
    times and the next change."""
    now = now.astimezone(time_zone())
    hours = parse(expression, around=now.date())
    if hours is None:
        return None
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
