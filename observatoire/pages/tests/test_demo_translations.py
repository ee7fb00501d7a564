"""The team's translations of the pages a person in danger needs first: complete in every
language, in step with the French demo, published « à relire »."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from observatoire.core.models import TranslationReview
from observatoire.core.translations import source_texts
from observatoire.pages.demo import translations

OTHERS = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
POT = Path(translations.__file__).with_name("pages.pot")


def test_the_template_lists_exactly_the_french_texts_of_the_pages(demo):
    french = {text for page in translations.demo_pages() for text in source_texts(instance=page)}
    assert {entry.msgid for entry in polib.pofile(str(POT))} == french


@pytest.mark.parametrize("code", OTHERS)
def test_each_language_translates_every_text(code):
    wanted = {entry.msgid for entry in polib.pofile(str(POT))}
    assert set(translations.catalogue(code)) == wanted


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
