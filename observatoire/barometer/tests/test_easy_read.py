"""The easy-to-read questions (« facile à lire et à comprendre », FALC): the same tool, the same
engine and version, each situation in easy-to-read French where it has such a wording; the same
result and the same count for the same answers, in every language."""

import html as html_lib
import re

import pytest
from django.conf import settings
from django.db.models import Sum
from wagtail.models import Locale

from observatoire.barometer import selectors, services
from observatoire.barometer.blocks import EasyTextBlock, WordingBlock
from observatoire.barometer.content import editions, grossesse
from observatoire.barometer.models import UsageCount, Version

from .answers import GREEN, NEUTRAL, ORANGE, RED

URL = "/barometre/grossesse/"
EASY = URL + "facile-a-lire/"
COUNT = URL + "compter/"
ANSWER_SETS = [RED, ORANGE, GREEN, NEUTRAL, {**GREEN, "coups": "parfois"}]


def _answers(answers: dict) -> dict:
    return {f"s-{k}": v for k, v in answers.items()}


def _post(client, url: str, data: dict) -> str:
    response = client.post(url, data)
    assert response.status_code == 200, url
    assert not response.cookies
    return response.content.decode()


def _result(client, url: str, answers: dict, path: str = "enceinte") -> str:
    return _post(client, url, {"parcours": path, "etape": "resultat", **_answers(answers)})


def _legends(html: str) -> list[tuple[str, str]]:
    """The situations of a questions page: each one's lang attribute and text."""
    return [
        (lang, html_lib.unescape(text))
        for lang, text in re.findall(r'<legend(?: lang="(\w*)")?>([^<]*)</legend>', html)
    ]


def _zone_and_cursor(html: str) -> tuple[str, str | None]:
    """The one result of a server-rendered result page: its zone and its cursor."""
    (zone,) = re.findall(
        r'<section class="baro-result[^"]*" aria-labelledby="resultat-(\w+)"', html
    )
    cursor = re.search(r'data-cursor transform="translate\(([^ ]+) 0\)"', html)
    return zone, cursor.group(1) if cursor else None


def _token(html: str) -> str:
    tokens = set(re.findall(r'name="jeton" value="([^"]+)"', html))
    assert len(tokens) == 1
    return tokens.pop()


def _counted() -> int:
    return UsageCount.objects.aggregate(n=Sum("count"))["n"] or 0


def _easy_texts(path: str) -> dict[str, str]:
    """The demo's easy-to-read wordings of `path`, as stored (French typography)."""
    return {
        item["key"]: wording["easy_text"]
        for item in grossesse.ITEMS
        for wording in item["wordings"]
        if wording["path"] == path and wording.get("easy_text")
    }


def _usual_texts(path: str) -> dict[str, str]:
    return {
        item["key"]: wording["text"]
        for item in grossesse.ITEMS
        for wording in item["wordings"]
        if wording["path"] == path
    }


@pytest.fixture
def with_editions(barometers):
    """The barometers and their translated editions, as `load_demo` loads them."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    editions.load_demo_editions()


def test_the_easy_page_answers_with_the_easy_read_presentation(barometers, client):
    response = client.get(EASY)
    html = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert '<body class="easy-read-page">' in html and 'class="safety-bar' in html
    for sheet in ("pages/easy-read.css", "barometer/easy-read.css"):
        assert f'<link rel="stylesheet" href="{settings.STATIC_URL}{sheet}">' in html
    # Large type from the stylesheets only: no style attribute, no <style> element.
    assert "<style" not in html and not re.search(r"\sstyle=", html)
    assert f'action="{EASY}"' in html and 'name="parcours"' in html
    assert "Ce test vous aide à réfléchir à votre couple." in html
    assert "Effacer mes traces" in html
    assert f'href="{URL}"' in html  # the usual questions, for whoever prefers them
    # Without a path: the same opening screen, with its message.
    response = client.post(EASY, {"parcours": "inconnu"})
    assert response.status_code == 400
    assert "Choisissez qui répond pour commencer." in response.content.decode()


def test_the_questions_show_the_easy_texts_in_french(barometers, client):
    html = _post(client, EASY, {"parcours": "enceinte"})
    legends = _legends(html)
    assert legends == [("fr", text) for text in _easy_texts("enceinte").values()]
    assert len(legends) == 22
    assert "Mon ou ma partenaire regarde mon téléphone ou mes messages sans me demander." in html
    assert "Je vais à mes rendez-vous de grossesse, dont" not in html  # the usual wording
    # The same form as the usual page: its script, its spec, its steps, its count token.
    assert "barometer/barometer.js" in html and "barometer/scoring.js" in html
    assert 'id="baro-spec"' in html and "data-baro-form" in html
    assert 'name="etape" value="resultat"' in html and f'action="{EASY}"' in html
    assert html.count("data-count-form") == 4 and _token(html)
    assert "Lisez chaque phrase." in html
    assert "<style" not in html and not re.search(r"\sstyle=", html)
    partner = _legends(_post(client, EASY, {"parcours": "partenaire"}))
    assert [text for _lang, text in partner] == list(_easy_texts("partenaire").values())


def test_without_an_easy_text_the_usual_wording_is_shown(barometers, client):
    # The demo has none for someone close: every situation keeps its usual wording.
    legends = _legends(_post(client, EASY, {"parcours": "proche"}))
    assert legends == [("fr", text) for text in _usual_texts("proche").values()]
    # A new version with one easy-to-read wording left blank: that one only is the usual one.
    source = selectors.published_version(slug=grossesse.SLUG)
    draft = services.new_draft(source=Version.objects.get(pk=source.pk))
    items = draft.items.raw_data
    for wording in items[3]["value"]["wordings"]:
        wording["value"]["easy_text"] = ""
    draft.items = items
    draft.save()
    services.publish_version(version=draft)
    texts = [text for _lang, text in _legends(_post(client, EASY, {"parcours": "enceinte"}))]
    expected = list(_easy_texts("enceinte").values())
    expected[3] = _usual_texts("enceinte")[grossesse.ITEMS[3]["key"]]
    assert texts == expected


def test_every_situation_of_both_paths_has_an_easy_text(barometers):
    version = selectors.published_version(slug=grossesse.SLUG)
    keys = [block.value["key"] for block in version.items]
    assert len(keys) == 22
    for path in ("enceinte", "partenaire"):
        easy = selectors.easy_texts(version=version, path=path)
        assert list(easy) == keys, path
        assert easy == _easy_texts(path)
    assert selectors.easy_texts(version=version, path="pro") == {}
    assert selectors.has_easy_texts(version=version)
    other = selectors.published_version(slug="premieres-relations")
    assert not selectors.has_easy_texts(version=other)


def test_the_easy_texts_keep_to_the_easy_to_read_rules():
    for key, texts in grossesse.EASY.items():
        for text in texts:
            sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if s]
            assert 1 <= len(sentences) <= 2, (key, text)
            for sentence in sentences:
                assert len(sentence.split()) <= 20, (key, sentence)
            assert "Caf" not in text and "pression" not in text and "s'en prend" not in text
            # No negation (« ne … pas », « n'… jamais »): the answer scale says how often.
            assert not re.search(r"\b(ne|n')\s?\w*\s(pas|plus|jamais|rien)\b", text), (key, text)


def test_the_same_answers_give_the_same_result_on_both_pages(barometers, client):
    usual_spec = re.search(
        r'id="baro-spec"[^>]*>(.*?)</script>', _post(client, URL, {"parcours": "enceinte"})
    ).group(1)
    easy_spec = re.search(
        r'id="baro-spec"[^>]*>(.*?)</script>', _post(client, EASY, {"parcours": "enceinte"})
    ).group(1)
    assert easy_spec == usual_spec
    for answers in ANSWER_SETS:
        for path in ("enceinte", "partenaire", "pro"):
            usual = _result(client, URL, answers, path)
            easy = _result(client, EASY, answers, path)
            assert _zone_and_cursor(easy) == _zone_and_cursor(usual), (answers, path)
            # The same result, word for word, but the single-use token.
            section = re.compile(r'<section class="baro-result.*</section>', re.S)
            tokens = re.compile(r'name="jeton" value="[^"]+"')
            assert tokens.sub("", section.search(easy).group()) == tokens.sub(
                "", section.search(usual).group()
            )
            assert f'href="{EASY}"' in easy  # « Recommencer » leads back to the easy page
    assert _zone_and_cursor(_result(client, EASY, RED))[0] == "rouge"
    assert _zone_and_cursor(_result(client, EASY, NEUTRAL))[0] == "neutre"


def test_the_counting_token_works_the_same(barometers, client):
    # The result the server renders: its token counts it once, as what it was.
    token = _token(_result(client, EASY, RED))
    for zone in ("rouge", "rouge", "vert"):
        response = client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": zone})
        assert response.status_code == 303 and response["Location"] == URL + "merci/"
    counter = UsageCount.objects.get()
    assert (counter.path, counter.zone, counter.count) == ("enceinte", "rouge", 1)
    assert counter.version == selectors.published_version(slug=grossesse.SLUG)
    # The result computed on the device: the questions page's token, with the answers.
    token = _token(_post(client, EASY, {"parcours": "partenaire"}))
    for _ in range(3):
        client.post(
            COUNT, {"jeton": token, "parcours": "partenaire", "zone": "orange", **_answers(ORANGE)}
        )
    assert set(UsageCount.objects.values_list("path", "zone", "count")) == {
        ("enceinte", "rouge", 1),
        ("partenaire", "orange", 1),
    }
    # A zone the answers do not give counts nothing.
    token = _token(_post(client, EASY, {"parcours": "enceinte"}))
    client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge", **_answers(GREEN)})
    assert _counted() == 2


def test_the_opening_screen_links_to_the_easy_page_when_there_are_easy_texts(barometers, client):
    html = client.get(URL).content.decode()
    assert f'<a href="{EASY}">Version facile à lire</a>' in html
    other = client.get("/barometre/premieres-relations/").content.decode()
    assert "/premieres-relations/facile-a-lire/" not in other
    assert "Version facile à lire" not in other
    # Not in a partner's frame: the easy page is not framable.
    embedded = client.get("/integrer/barometre/grossesse/").content.decode()
    assert EASY not in embedded and "Version facile à lire" not in embedded


def test_in_another_language_the_easy_texts_stay_french(with_editions, client):
    prefixed = "/en" + EASY
    html = client.get(prefixed).content.decode()
    assert '<html lang="en"' in html and f'action="{prefixed}"' in html
    assert f'href="/en{URL}"' in html
    assert (
        '<a href="/en/barometre/grossesse/facile-a-lire/">'
        in client.get("/en" + URL).content.decode()
    )
    questions = _post(client, prefixed, {"parcours": "enceinte"})
    assert _legends(questions) == [("fr", text) for text in _easy_texts("enceinte").values()]
    # The rest is the English edition's: its answers, in the page's language (no lang).
    english = editions.catalogue("en")
    assert f">{english['Jamais']}</label>" in questions
    assert f'lang="fr">{html_lib.escape(grossesse.SCALE[0]["label"])}</label>' not in questions
    # Without an easy-to-read wording, the edition's usual one, in the page's language.
    close = _legends(_post(client, prefixed, {"parcours": "proche"}))
    assert close == [("", english[text]) for text in _usual_texts("proche").values()]
    # The same result as the usual English page, counted on the French version.
    for answers in ANSWER_SETS:
        assert _zone_and_cursor(_result(client, prefixed, answers)) == _zone_and_cursor(
            _result(client, "/en" + URL, answers)
        )


def test_an_edition_asks_no_translation_of_the_easy_texts(with_editions):
    from observatoire.core.translations import source_texts

    french = selectors.published_version(slug=grossesse.SLUG)
    texts = set(source_texts(instance=french))
    usual = {*_usual_texts("enceinte").values(), *_usual_texts("partenaire").values()}
    easy = {*_easy_texts("enceinte").values(), *_easy_texts("partenaire").values()} - usual
    assert len(easy) > 30 and not texts & easy
    assert _usual_texts("enceinte")["coups"] in texts
    block = WordingBlock()
    assert isinstance(block.child_blocks["easy_text"], EasyTextBlock)
    assert EasyTextBlock().get_translatable_segments("Je vois ma famille.") == []
    # Every edition exists and is scored as the French version, easy texts or not.
    for code in editions.languages():
        edition = french.get_translation(Locale.objects.get(language_code=code))
        assert edition.is_published and edition.spec() == french.spec()


def test_a_version_with_blank_or_missing_easy_texts_is_translated(with_editions):
    """An edition's translation asks for the usual texts only, whether a wording's easy text is
    written, blank, or missing (a version stored before the field existed)."""
    from observatoire.core.translations import translate

    source = selectors.published_version(slug=grossesse.SLUG)
    draft = services.new_draft(source=Version.objects.get(pk=source.pk))
    items = draft.items.raw_data
    for wording in items[0]["value"]["wordings"]:
        wording["value"]["easy_text"] = ""
    for wording in items[1]["value"]["wordings"]:
        wording["value"].pop("easy_text", None)
    draft.items = items
    draft.save()
    services.publish_version(version=draft)
    draft.refresh_from_db()
    edition = translate(instance=draft, language="en", texts=editions.catalogue("en"))
    assert edition.is_published and edition.spec() == draft.spec()


def test_the_easy_read_help_page_links_to_the_easy_questions(demo, client):
    html = client.get("/facile-a-lire/trouver-de-l-aide/").content.decode()
    assert f'<a href="{EASY}">Faire le test</a>' in html
    assert "Vous êtes enceinte\u00a0?" in html
