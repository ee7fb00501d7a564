import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from observatoire.directory.hours import NBSP, time_zone, today, week, with_holidays
from observatoire.directory.models import Service

PARIS = ZoneInfo("Europe/Paris")
REUNION = ZoneInfo("Indian/Reunion")
UTC = datetime.UTC
OFFICE = "Mo-Fr 09:00-12:00,14:00-17:30; PH off"
WEEKDAYS_ONLY = "Mo-Fr 09:00-17:00; PH off"


def at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=PARIS)


def h(text: str) -> str:
    return text.replace(" h", f"{NBSP}h").replace("h 30", f"h{NBSP}30")


def test_an_ordinary_weekday():
    result = today(OFFICE, now=at(2026, 11, 30, 10, 15))  # a Monday
    assert result.open_now is True
    assert result.today == h("9 h – 12 h, 14 h – 17 h 30")
    assert result.next_change == h("ferme à 12 h")


def test_lunch_break_and_evening():
    assert today(OFFICE, now=at(2026, 11, 30, 12, 30)).next_change == h("ouvre à 14 h")
    evening = today(OFFICE, now=at(2026, 12, 4, 18, 0))  # a Friday
    assert evening.open_now is False
    assert evening.next_change == h("ouvre lundi à 9 h")


def test_public_holidays_are_closed():
    christmas = today(OFFICE, now=at(2026, 12, 25, 10, 0))  # a Friday
    assert christmas.open_now is False
    assert christmas.today == "fermé aujourd’hui"
    assert today(OFFICE, now=at(2027, 7, 14, 10, 0)).open_now is False


def test_spans_past_midnight():
    night = "Fr,Sa 20:00-02:00"
    assert today(night, now=at(2026, 11, 29, 1, 0)).open_now is True  # Sunday 1 a.m.
    assert today(night, now=at(2026, 11, 29, 1, 0)).next_change == h("ferme à 2 h")
    days = dict(week(night, week_of=datetime.date(2026, 11, 25)))
    assert days["samedi"] == h("minuit – 2 h, 20 h – minuit")
    assert days["vendredi"] == h("20 h – minuit")
    assert days["lundi"] == "fermé"


def test_always_open():
    result = today("24/7", now=at(2026, 12, 25, 3, 0))
    assert result.open_now is True and result.today == f"24{NBSP}h/24"
    assert result.next_change == ""


def test_a_week_in_french():
    days = week(OFFICE, week_of=datetime.date(2026, 12, 23))
    assert [day for day, _ in days] == [
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
    assert days[0] == ("lundi", h("9 h – 12 h, 14 h – 17 h 30"))
    assert days[4] == ("vendredi", "fermé")  # 25 December 2026, Christmas
    assert days[5] == ("samedi", "fermé")


def test_unreadable_hours_give_nothing():
    assert today("lundi matin", now=at(2026, 11, 30, 10, 0)) is None
    assert week("lundi matin", week_of=datetime.date(2026, 11, 30)) == []


# --- The département's time zone and public holidays -------------------------------------------

GOOD_FRIDAY = at(2026, 4, 3, 10, 0)
ST_STEPHEN = at(2025, 12, 26, 10, 0)  # a Friday


def test_alsace_moselle_holidays_are_closed_in_the_moselle_only(serving):
    with serving("34"):
        assert time_zone() == PARIS
        assert today(WEEKDAYS_ONLY, now=GOOD_FRIDAY).open_now is True
        assert today(WEEKDAYS_ONLY, now=ST_STEPHEN).open_now is True
        # Thursday evening before Easter: opens on Friday (Easter Monday is a national holiday).
        assert today(WEEKDAYS_ONLY, now=at(2026, 4, 2, 18, 0)).next_change == h(
            "ouvre vendredi à 9 h"
        )
    with serving("57"):
        for moment in (GOOD_FRIDAY, ST_STEPHEN):
            result = today(WEEKDAYS_ONLY, now=moment)
            assert result.open_now is False and result.today == "fermé aujourd’hui"
        assert today(WEEKDAYS_ONLY, now=at(2026, 4, 2, 18, 0)).next_change == h("ouvre mardi à 9 h")
        days = dict(week(WEEKDAYS_ONLY, week_of=datetime.date(2025, 12, 22)))
        assert days["jeudi"] == "fermé" and days["vendredi"] == "fermé"  # 25 and 26 December
        assert days["mercredi"] == h("9 h – 17 h")
        # The national holidays stay holidays, and an ordinary day stays open.
        assert today(WEEKDAYS_ONLY, now=at(2026, 7, 14, 10, 0)).open_now is False
        assert today(WEEKDAYS_ONLY, now=at(2026, 4, 7, 10, 0)).open_now is True


def test_the_abolition_day_is_closed_in_la_reunion(serving):
    abolition = datetime.datetime(2027, 12, 20, 10, 0, tzinfo=REUNION)  # a Monday
    with serving("34"):
        assert today(WEEKDAYS_ONLY, now=abolition).open_now is False  # 7 a.m. in Paris
        assert today(WEEKDAYS_ONLY, now=abolition + datetime.timedelta(hours=4)).open_now
    with serving("974"):
        assert time_zone() == REUNION
        result = today(WEEKDAYS_ONLY, now=abolition)
        assert result.open_now is False and result.today == "fermé aujourd’hui"
        assert result.next_change == h("ouvre mardi à 9 h")
        assert dict(week(WEEKDAYS_ONLY, week_of=abolition.date()))["lundi"] == "fermé"
        # The year's turn: the week of 31 December 2027 reads the holidays of 2028 as well.
        assert today(WEEKDAYS_ONLY, now=abolition + datetime.timedelta(days=1)).open_now


def test_open_now_is_computed_in_the_departements_time_zone(serving):
    moment = datetime.datetime(2026, 11, 30, 8, 30, tzinfo=UTC)  # a Monday
    with serving("34"):  # 9 h 30 in Paris
        result = today(OFFICE, now=moment)
        assert result.open_now is True and result.next_change == h("ferme à 12 h")
    with serving("974"):  # 12 h 30 in Réunion
        result = today(OFFICE, now=moment)
        assert result.open_now is False and result.next_change == h("ouvre à 14 h")
        assert result.today == h("9 h – 12 h, 14 h – 17 h 30")
        # Sunday 23:30 in UTC is already Monday morning in Réunion.
        sunday_night = datetime.datetime(2026, 11, 29, 23, 30, tzinfo=UTC)
        assert today(OFFICE, now=sunday_night).next_change == h("ouvre à 9 h")


def test_the_service_page_says_open_or_closed_in_reunion_time(serving, demo, client, monkeypatch):
    service = Service.objects.filter(visibility="public", live=True, structure__live=True).first()
    Service.objects.filter(pk=service.pk).update(horaires_accueil=OFFICE)
    frozen = datetime.datetime(2026, 11, 30, 8, 30, tzinfo=UTC)
    monkeypatch.setattr(timezone, "now", lambda: frozen)
    with serving("974"):
        html = client.get(reverse("directory:service", args=[service.slug])).content.decode()
    assert "Fermé en ce moment" in html and h("ouvre à 14 h") in html


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Mo-Fr 09:00-17:00; PH off", "Mo-Fr 09:00-17:00; PH off; 2026 Apr 03,2026 Dec 26 off"),
        (
            "Mo-Fr,PH 09:00-12:00; Sa 10:00-11:00",
            "Mo-Fr,PH 09:00-12:00; 2026 Apr 03,2026 Dec 26 09:00-12:00; Sa 10:00-11:00",
        ),
        (
            'Mo-Fr 09:00-12:00, 14:00-17:00, PH 10:00-12:00 "astreinte; PH"',
            'Mo-Fr 09:00-12:00, 14:00-17:00, PH 10:00-12:00 "astreinte; PH"'
            ', 2026 Apr 03,2026 Dec 26 10:00-12:00 "astreinte; PH"',
        ),
        (
            "Mo-Fr 10:00-12:00 || PH off",
            "Mo-Fr 10:00-12:00 || PH off || 2026 Apr 03,2026 Dec 26 off",
        ),
        ("Dec Mo-Sa,PH 10:00-12:00", "Dec Mo-Sa,PH 10:00-12:00; 2026 Dec 26 10:00-12:00"),
        (
            "Mo-Fr 10:00-12:00; PH -1 day off",
            "Mo-Fr 10:00-12:00; PH -1 day off; 2026 Apr 02,2026 Dec 25 off",
        ),
        ('Mo-Fr 09:00-17:00 "sauf PH"', 'Mo-Fr 09:00-17:00 "sauf PH"'),
        ("Sa,Su 10:00-18:00", "Sa,Su 10:00-18:00"),
    ],
)
def test_extra_holidays_follow_each_public_holiday_rule(expression, expected):
    assert with_holidays(expression, (datetime.date(2026, 4, 3), datetime.date(2026, 12, 26))) == (
        expected
    )
