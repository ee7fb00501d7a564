"""The team's translations of the pages a person in danger needs first: complete in every
language, in step with the French demo, published « à relire », and written once for every
département (templates filled with the territory's words)."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from observatoire.core.models import TranslationReview
from observatoire.core.territory import codes, departement
from observatoire.core.translations import source_texts
from observatoire.demo import site, translations
from observatoire.demo.grammar import PLACEHOLDER, fill
from observatoire.demo.territory import demo_territory

OTHERS = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
POT = Path(translations.__file__).with_name("pages.pot")
VARIANTS = set(site.HOME_ABOUT.values())  # one per kind of observatory


def _templates() -> set[str]:
    return {entry.msgid for entry in polib.pofile(str(POT))}


def test_the_template_lists_exactly_the_french_texts_of_the_pages(demo):
    french = {text for page in translations.demo_pages() for text in source_texts(instance=page)}
    words = demo_territory().words("fr")
    filled = {fill(template, words): template for template in _templates()}
    assert french <= filled.keys()
    assert {filled[text] for text in filled.keys() - french} <= VARIANTS


@pytest.mark.parametrize("code", OTHERS)
def test_each_language_translates_every_text(code):
    assert set(translations.templates(code)) == _templates()


@pytest.mark.parametrize("code", OTHERS)
def test_a_translation_uses_only_the_words_its_french_text_has(code):
    """« {caf} » in the translation needs « {caf} » (or what gives it) in the French."""
    for msgid, msgstr in translations.templates(code).items():
        french = set(PLACEHOLDER.findall(msgid))
        translated = set(PLACEHOLDER.findall(msgstr))
        # The French writes a partner with its article (« {the_partner} »), a translation
        # without; the names of the département in the translation's language.
        known = french | {name.removeprefix("the_") for name in french}
        known |= {"departement", "in_departement", "of_departement", "launch_date"}
        assert translated <= known, (code, msgid)


@pytest.mark.parametrize("code", ["93", "974", "2A", "75"])
def test_every_template_fills_for_another_departement(code):
    """Without an observatory file: the neutral texts, no trace of the Hérault."""
    territory = demo_territory(departement(code))
    for language in OTHERS:
        texts = translations.catalogue(language, territory)
        filled = {fill(template, territory.words("fr")) for template in _templates()}
        assert {text for text in filled if text} <= texts.keys()
        for source, target in texts.items():
            assert "Hérault" not in source + target and "Montpellier" not in source + target
            assert "{" not in source + target


def test_the_reference_names_every_departement_in_every_language():
    for code in codes():
        names = departement(code).names
        assert set(OTHERS) <= names.keys(), code


@pytest.mark.parametrize("code", OTHERS)
def test_the_pages_are_served_translated_and_await_review(client, demo, code):
    catalogue = translations.catalogue(code)
    for page in translations.demo_pages():
        path = "/" if page.depth == 2 else f"/{page.slug}/"
        content = client.get(f"/{code}{path}").content.decode()
        assert catalogue[page.title] in content, (code, path)
        assert "content-language-notice" not in content
    reviews = TranslationReview.objects.filter(translation__target_locale__language_code=code)
    assert reviews.count() >= len(translations.SLUGS)
    assert all(review.to_review for review in reviews)
