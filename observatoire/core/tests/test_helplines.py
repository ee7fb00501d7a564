from observatoire.core.helplines import HELPLINES, short_list


def test_every_line_can_be_reached():
    for line in HELPLINES:
        assert line.number.isdigit() or line.url.startswith("https://"), line.key
        assert line.summary.endswith("."), line.key


def test_the_numbers_the_safety_bar_promises_are_listed():
    numbers = {line.number for line in HELPLINES}
    assert {"3919", "17", "112", "114", "119", "116006"} <= numbers


def test_114_is_reached_by_text_not_voice():
    line = next(line for line in HELPLINES if line.number == "114")
    assert line.by_sms and "Pas d’appel vocal." in line.details


def test_the_police_chat_is_worded_as_the_ministry_asks():
    chat = next(line for line in HELPLINES if line.key == "police-chat")
    assert "Échanger par tchat avec un policier ou un gendarme" in chat.summary


def test_error_pages_list_listening_danger_sms_and_children():
    assert [line.number for line in short_list()] == ["3919", "17", "114", "119"]
