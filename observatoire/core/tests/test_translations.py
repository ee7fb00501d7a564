"""Translations made with wagtail-localize: complete or nothing, « à relire » until an editor
who may publish the page marks them read; the French changing afterwards shows."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Site

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR
from observatoire.accounts.tests.helpers import account, sign_in
from observatoire.core import selectors, translations
from observatoire.core.models import TranslationReview


@pytest.fixture
def french_page(demo):
    home = Site.objects.get(is_default_site=True).root_page
    return home.get_children().get(slug="mentions-legales").specific


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """translations.translate, with nothing left waiting for the transaction's end."""

    def run(**kwargs):
        with django_capture_on_commit_callbacks(execute=False) as waiting:
            translated = translations.translate(**kwargs)
        assert waiting == []
        return translated

    return run


def _texts(page, *, tag="[tr] "):
    return {text: tag + text for text in translations.source_texts(instance=page)}


def _home_in(translate, code):
    home = Site.objects.get(is_default_site=True).root_page.specific
    return translate(instance=home, language=code, texts=_texts(home))


def test_a_page_translated_in_full_is_published_to_review(client, french_page, translate):
    _home_in(translate, "tr")
    translated = translate(instance=french_page, language="tr", texts=_texts(french_page))
    assert translated.locale == Locale.objects.get(language_code="tr")
    assert translated.live and translated.slug == french_page.slug
    assert translated.title == "[tr] " + french_page.title
    review = TranslationReview.objects.get(
        translation__source__object_id=french_page.translation_key
    )
    assert review.to_review
    response = client.get("/tr/mentions-legales/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "[tr] " + french_page.title in content
    assert "content-language-notice" not in content


def test_a_missing_text_translates_nothing(french_page):
    texts = _texts(french_page)
    texts.pop(next(iter(texts)))
    with pytest.raises(translations.MissingTexts):
        translations.translate(instance=french_page, language="uk", texts=texts)
    assert french_page.get_translation_or_none(Locale.objects.get(language_code="uk")) is None
    assert not TranslationReview.objects.filter(
        translation__source__object_id=french_page.translation_key
    ).exists()


def test_an_existing_translation_is_left_as_editors_made_it(french_page, translate):
    _home_in(translate, "es")
    first = translate(instance=french_page, language="es", texts=_texts(french_page))
    again = translate(
        instance=french_page, language="es", texts=_texts(french_page, tag="[autre] ")
    )
    assert again.pk == first.pk and again.title == first.title


def test_the_coordination_marks_a_translation_read_a_partner_cannot(client, french_page, translate):
    _home_in(translate, "pt")
    translate(instance=french_page, language="pt", texts=_texts(french_page))
    review = TranslationReview.objects.get(
        translation__source__object_id=french_page.translation_key
    )
    partner = account("editrice-caf", PARTNER_EDITOR, partner="caf-herault")
    sign_in(client, partner)
    url = reverse("translation_reviewed", args=[review.pk])
    refused = client.post(url)  # Wagtail's refusal: back to the dashboard, with its message
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    review.refresh_from_db()
    assert review.to_review
    coordinator = account("coordinatrice", COORDINATOR)
    sign_in(client, coordinator)
    listing = client.get(reverse("translations")).content.decode()
    assert "à relire" in listing and "Marquer comme relue" in listing
    assert client.post(url).status_code == 302
    review.refresh_from_db()
    assert not review.to_review and review.reviewed_by == coordinator


def test_a_change_of_the_french_shows_in_the_list(french_page, translate):
    _home_in(translate, "en")
    translate(instance=french_page, language="en", texts=_texts(french_page))
    coordinator = account("coordinatrice", COORDINATOR)
    [item] = [
        i
        for i in selectors.translation_reviews(user=coordinator)
        if i.target.translation_key == french_page.translation_key
    ]
    assert not item.source_changed
    french_page.title = "Mentions légales (nouvelle version)"
    french_page.save_revision().publish()
    [item] = [
        i
        for i in selectors.translation_reviews(user=coordinator)
        if i.target.translation_key == french_page.translation_key
    ]
    assert item.source_changed
