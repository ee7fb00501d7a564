"""Translated editions of the pregnancy barometer: each language is a translated edition of the
same questionnaire version, scored by the same engine and checked against the same vectors;
results are counted on the French version, whatever the language."""

import json
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from observatoire.accounts.tests.helpers import sign_in
from observatoire.barometer import blocks, selectors
from observatoire.barometer.content import editions, premieres_relations
from observatoire.barometer.models import Questionnaire, UsageCount, Version
from observatoire.barometer.scoring import score
from observatoire.core.translations import source_texts

from .answers import GREEN, NEUTRAL, ORANGE, RED

LANGUAGES = ["en", "ar", "es", "pt", "tr", "uk"]
ROOT = Path(__file__).resolve().parents[3]
POT = ROOT / "observatoire" / "barometer" / "content" / "translations" / "barometer.pot"
VECTORS = json.loads((Path(__file__).parents[1] / "data" / "vectors.json").read_text())
URL = "/barometre/grossesse/"


def prefixed(code: str, path: str) -> str:
    return path if code == "fr" else f"/{code}{path}"


def catalogue(code: str) -> dict[str, str]:
    return {e.msgid: e.msgstr for e in polib.pofile(str(editions.catalogue_path(code)))}


@pytest.fixture
def locales(db):
    # Until core's post-migrate hook creates them: one Wagtail locale per language of the site.
    for code in ["fr", *LANGUAGES]:
        Locale.objects.get_or_create(language_code=code)


@pytest.fixture
def loaded(barometers, locales):
    """The barometers and their editions, as `load_demo` loads them (idempotent)."""
    editions.load_demo_editions()
    return selectors.published_version(slug="grossesse")


def edition_of(french: Version, code: str) -> Version:
    return french.get_translation(Locale.objects.get(language_code=code))


def _post(client, url: str, answers: dict, path: str = "enceinte") -> str:
    data = {"parcours": path, "etape": "resultat"} | {f"s-{k}": v for k, v in answers.items()}
    response = client.post(url, data)
    assert response.status_code == 200
    return response.content.decode()


def _zone(html: str) -> str:
    """The zone of a server-rendered result page (its one result section)."""
    (zone,) = re.findall(
        r'<section class="baro-result[^"]*" aria-labelledby="resultat-(\w+)"', html
    )
    return zone


def test_every_edition_is_a_published_translation_scored_as_the_french_version(loaded):
    french = loaded
    assert not french.is_edition and french.source_version() == french
    for code in LANGUAGES:
        edition = edition_of(french, code)
        assert edition.is_edition and edition.is_published and edition.number == french.number
        assert edition.source_version() == french
        assert edition.spec() == french.spec()
        # Identifiers are copied, never translated: paths, answers, situations, wordings.
        for field in ("paths", "scale", "items"):
            keys = [b.value["key"] for b in getattr(edition, field)]
            assert keys == [b.value["key"] for b in getattr(french, field)]
        assert [[w["path"] for w in b.value["wordings"]] for b in edition.items] == [
            [w["path"] for w in b.value["wordings"]] for b in french.items
        ]
        assert [list(b.value["helplines"]) for b in edition.zones] == [
            list(b.value["helplines"]) for b in french.zones
        ]
        assert [[s.pk for s in b.value["services"]] for b in edition.zones] == [
            [s.pk for s in b.value["services"]] for b in french.zones
        ]
        questionnaire = edition.questionnaire
        assert questionnaire.locale.language_code == code
        assert questionnaire.slug == "grossesse"
        assert questionnaire.translation_key == french.questionnaire.translation_key
        assert questionnaire.title == catalogue(code)["Baromètre de la grossesse"]
        # One edition of the same version per language, and the texts are the catalogue's.
        texts = catalogue(code)
        assert edition.paths[0].value["label"] == texts["Je suis enceinte"]
        assert edition.scale[0].value["label"] == texts["Jamais"]


def test_only_the_pregnancy_barometer_has_editions(loaded):
    other = selectors.published_version(slug=premieres_relations.SLUG)
    assert other.get_translations().count() == 0
    assert other.questionnaire.get_translations().count() == 0
    assert Questionnaire.objects.filter(slug="grossesse").count() == 1 + len(LANGUAGES)


def test_every_language_of_the_site_has_its_edition(loaded):
    assert editions.languages() == [code for code, _ in settings.LANGUAGES if code != "fr"]
    assert sorted(editions.languages()) == sorted(LANGUAGES)


def test_loading_the_editions_again_changes_nothing(loaded):
    before = (Version.objects.count(), Questionnaire.objects.count())
    editions.load_demo_editions()
    assert (Version.objects.count(), Questionnaire.objects.count()) == before


def test_the_vectors_give_the_same_zone_on_every_edition(loaded):
    french = loaded
    for code in ["fr", *LANGUAGES]:
        spec = french.spec() if code == "fr" else edition_of(french, code).spec()
        # The shared vectors, with the edition's answer scale: the expected results.
        with_scale = VECTORS["spec"] | {"scale": spec["scale"]}
        for case in VECTORS["cases"]:
            result = score(with_scale, case["answers"])
            assert (result.zone, result.cursor) == (case["zone"], case["cursor"]), case["name"]


def test_every_french_text_has_a_translation_in_each_catalogue(loaded):
    french = loaded
    texts = source_texts(instance=french.questionnaire) + source_texts(instance=french)
    template = [entry.msgid for entry in polib.pofile(str(POT)) if entry.msgid]
    assert sorted(set(texts)) == sorted(template) and len(template) == 108
    for code in LANGUAGES:
        entries = polib.pofile(str(editions.catalogue_path(code)))
        assert entries.metadata["Language"] == code
        assert [e.msgid for e in entries] == template  # the template's texts, in its order
        translated = catalogue(code)
        for text in texts:
            translation = translated.get(text)
            assert translation and translation != text, (code, text)
            # Numbers (3919, 17, 114, 24 h) are kept as they are.
            assert set(re.findall(r"\d+", text)) <= set(re.findall(r"\d+", translation))
            assert "douzaine" not in translation.lower()
        assert not [e for e in entries if "fuzzy" in e.flags or e.obsolete]


def test_keys_are_not_offered_for_translation():
    key = blocks.KeyBlock()
    assert key.get_translatable_segments("coups") == []
    assert key.restore_translated_segments("coups", ["hits"]) == "coups"
    for block, name in (
        (blocks.PathBlock(), "key"),
        (blocks.AnswerBlock(), "key"),
        (blocks.ItemBlock(), "key"),
        (blocks.WordingBlock(), "path"),
    ):
        assert isinstance(block.child_blocks[name], blocks.KeyBlock)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_opening_screen_of_an_edition_is_in_its_language(loaded, client, code):
    texts = catalogue(code)
    html = client.get(prefixed(code, URL)).content.decode()
    # The edition's texts carry no lang: they are in the page's language.
    assert f"<h1>{texts['Baromètre de la grossesse']}</h1>" in html
    assert f">{texts['Je suis enceinte']}</label>" in html
    summary = texts[Questionnaire.objects.get(slug="grossesse", locale__language_code="fr").summary]
    assert f'<p class="lead">{summary}</p>' in html
    assert f'action="/{code}/barometre/grossesse/"' in html
    assert f'href="/{code}/barometre/grossesse/imprimer/enceinte/"' in html


def test_the_french_page_keeps_french_texts_marked_french(loaded, client):
    html = client.get(URL).content.decode()
    assert '<h1 lang="fr">Baromètre de la grossesse</h1>' in html
    assert 'lang="fr">Je suis enceinte</label>' in html


def test_without_an_edition_the_french_version_is_shown_marked_french(loaded, client):
    other = selectors.published_version(slug=premieres_relations.SLUG)
    html = client.get(f"/en/barometre/{premieres_relations.SLUG}/").content.decode()
    assert f'<h1 lang="fr">{other.questionnaire.title}</h1>' in html


def test_an_unpublished_edition_is_not_shown(loaded, client):
    french = loaded
    draft = edition_of(french, "en")
    Version.objects.filter(pk=draft.pk).update(status=Version.DRAFT)
    html = client.get("/en" + URL).content.decode()
    assert '<h1 lang="fr">Baromètre de la grossesse</h1>' in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_same_answers_give_the_same_zone_in_every_language(loaded, client, code):
    texts = catalogue(code)
    for answers, zone in ((RED, "rouge"), (ORANGE, "orange"), (GREEN, "vert"), (NEUTRAL, "neutre")):
        for path in ("enceinte", "partenaire", "pro"):
            french = _post(client, URL, answers, path)
            translated = _post(client, prefixed(code, URL), answers, path)
            assert _zone(french) == _zone(translated) == zone, (code, path, answers)
    red = _post(client, prefixed(code, URL), RED)
    heading = texts["Danger\u00a0: ce que vous décrivez est de la violence"]
    assert f'tabindex="-1">{heading}</h2>' in red  # no lang: the page's language
    assert texts["Appelez le 3919 pour être écoutée et orientée, à toute heure."] in red


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_questions_of_an_edition_carry_the_french_spec(loaded, client, code):
    french = loaded
    html = client.post(prefixed(code, URL), {"parcours": "partenaire"}).content.decode()
    spec = json.loads(re.search(r'id="baro-spec" type="application/json">(.*?)</script>', html)[1])
    assert spec == french.spec()
    texts = catalogue(code)
    assert texts["Je pousse, je secoue, je gifle ou je frappe ma partenaire."] in html
    assert f">{texts['Parfois']}</label>" in html


def test_a_count_from_an_edition_increments_the_french_versions_counter(loaded, client):
    french = loaded
    for code in LANGUAGES:
        html = _post(client, prefixed(code, URL), RED)
        token = re.search(r'name="jeton" value="([^"]+)"', html)[1]
        response = client.post(
            prefixed(code, URL + "compter/"),
            {"jeton": token, "parcours": "enceinte", "zone": "rouge"},
        )
        assert response.status_code == 303
        assert response["Location"] == prefixed(code, URL + "merci/")
    counter = UsageCount.objects.get()  # one counter per version, no language recorded
    assert (counter.version, counter.zone, counter.count) == (french, "rouge", len(LANGUAGES))
    assert "language" not in {f.name for f in UsageCount._meta.fields}


def test_a_count_computed_on_the_device_of_an_edition_goes_to_the_french_version(loaded, client):
    french = loaded
    html = client.post("/uk" + URL, {"parcours": "enceinte"}).content.decode()
    token = re.search(r'name="jeton" value="([^"]+)"', html)[1]
    client.post(
        "/uk" + URL + "compter/",
        {"jeton": token, "parcours": "enceinte"} | {f"s-{k}": v for k, v in RED.items()},
    )
    assert UsageCount.objects.get().version == french


def test_the_print_sheet_and_the_embed_show_the_edition(loaded, client):
    texts = catalogue("es")
    sheet = client.get("/es" + URL + "imprimer/partenaire/").content.decode()
    assert f"<h1>{texts['Baromètre de la grossesse']}</h1>" in sheet
    assert texts["Je pousse, je secoue, je gifle ou je frappe ma partenaire."] in sheet
    assert sheet.count("☐") == 22 * 4
    embedded = client.get("/es/integrer/barometre/grossesse/").content.decode()
    assert f"<h1>{texts['Baromètre de la grossesse']}</h1>" in embedded
    french_sheet = client.get(URL + "imprimer/partenaire/").content.decode()
    assert '<h1 lang="fr">Baromètre de la grossesse</h1>' in french_sheet


def test_a_published_edition_whose_spec_changes_is_refused(loaded):
    french = loaded
    edition = edition_of(french, "pt")
    # Its texts may be corrected after review...
    scale = edition.scale.raw_data
    scale[0]["value"]["label"] = "Nunca."
    edition.scale = scale
    edition.save()
    assert Version.objects.get(pk=edition.pk).scale[0].value["label"] == "Nunca."
    # ...its scoring never.
    for change in ("weight", "trigger", "zone", "key"):
        edition = edition_of(french, "pt")
        items = edition.items.raw_data
        items[0]["value"][change] = {"weight": 3, "trigger": 0.1, "zone": "rouge", "key": "x"}[
            change
        ]
        edition.items = items
        with pytest.raises(ValidationError):
            edition.save()
    edition = edition_of(french, "pt")
    edition.min_answers = 1
    with pytest.raises(ValidationError):
        edition.save()
    assert edition_of(french, "pt").spec() == french.spec()
    # The French version itself never changes once published.
    french.working_note = "Autre"
    with pytest.raises(ValidationError):
        french.save()


def test_an_edition_is_published_with_its_french_version(loaded, client):
    from observatoire.barometer import services
    from observatoire.core.translations import translate

    draft = services.new_draft(source=loaded)
    assert draft.locale == Locale.get_default() and draft.translation_key != loaded.translation_key
    with pytest.raises(ValueError):
        services.new_draft(source=edition_of(loaded, "en"))
    edition = translate(instance=draft, language="en", texts=catalogue("en"))
    assert (
        edition.status == Version.DRAFT
        and edition.questionnaire == edition_of(loaded, "en").questionnaire
    )
    # Until the French draft is published, the English page shows the English version 1.
    assert selectors.edition(slug="grossesse", language="en").shown == edition_of(loaded, "en")
    services.publish_version(version=draft)
    edition.refresh_from_db()
    assert (
        edition.is_published
        and edition.published_at == Version.objects.get(pk=draft.pk).published_at
    )
    shown = selectors.edition(slug="grossesse", language="en")
    assert (shown.source, shown.shown) == (draft, edition)
    assert selectors.edition(slug="grossesse", language="es").shown == Version.objects.get(
        pk=draft.pk
    )


@pytest.fixture
def admin_client(loaded, client):
    user = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    sign_in(client, user)
    return client


def test_the_back_office_offers_to_translate_questionnaires_and_versions(admin_client):
    for model in ("questionnaire", "version"):
        html = admin_client.get(f"/gestion/snippets/barometer/{model}/").content.decode()
        assert "Traduire" in html, model


def test_an_edition_is_edited_in_the_translation_editor(admin_client, loaded):
    french, edition = loaded, edition_of(loaded, "en")
    url = f"/gestion/snippets/barometer/version/edit/{edition.pk}/"
    response = admin_client.get(url)
    assert response.status_code == 200  # wagtail-localize's editor, not the check page
    listing = admin_client.get("/gestion/snippets/barometer/version/?locale=en").content.decode()
    assert f"/gestion/barometre/versions/{edition.pk}/verifier/" not in listing
    assert (
        admin_client.get(f"/gestion/barometre/versions/{edition.pk}/verifier/").status_code == 404
    )
    # The French version still opens on its check page.
    response = admin_client.get(f"/gestion/snippets/barometer/version/edit/{french.pk}/")
    assert response.status_code == 302
