import datetime

from observatoire.directory.hours import NBSP, PARIS, today, week

OFFICE = "Mo-Fr 09:00-12:00,14:00-17:30; PH off"


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
