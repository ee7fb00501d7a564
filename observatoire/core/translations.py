"""Translations of pages and snippets, made with wagtail-localize (writes).

A translation is a wagtail-localize `Translation` of the French object: editors see it in
« Traduire », wagtail-localize tells them when the French changed since (« Synchroniser »), and a
translated page goes through the same moderation as a French one. A page's slug stays the French
one (core/i18n.py: an address differs between languages by its prefix only). Each translation
has a `TranslationReview` (made when the translation is, in the back-office or here): « à relire »
until an editor who reads the language marks it read.
"""

from collections.abc import Mapping
from pathlib import Path

import polib
from django.db import models, transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from .models import TranslationReview

# The tool name wagtail-localize records for the team's demo translations.
DEMO_TOOL = "traduction de l’équipe, à relire"
# Segments that keep the source's value: a page's address.
KEPT = {"slug"}


class MissingTexts(Exception):
    """A catalogue lacks the translation of some texts of an object."""

    def __init__(self, instance: models.Model, language: str, missing: list[str]):
        self.missing = missing
        super().__init__(
            f"{instance} ({language}) : {len(missing)} texte(s) sans traduction, "
            f"dont « {missing[0]} »"
        )


def read_catalogue(path: Path) -> dict[str, str] | None:
    """French text → translated text from a catalogue file (empty, fuzzy or obsolete entries
    left out); None when there is no such file (a language the team has not translated)."""
    if not path.exists():
        return None
    return {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(path))
        if entry.msgid and entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
    }


def _segments(source: TranslationSource):
    return (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )


def source_texts(*, instance: models.Model) -> list[str]:
    """The French texts a translation of the object must give, in order (the slug aside)."""
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    return list(
        dict.fromkeys(s.string.data for s in _segments(source) if s.context.path not in KEPT)
    )


@transaction.atomic
def translate(
    *,
    instance: models.Model,
    language: str,
    texts: Mapping[str, str],
    tool_name: str = DEMO_TOOL,
) -> models.Model:
    """Create the object's translation from texts (French text → translated text), published.

    Every text must be given (`MissingTexts` otherwise: nothing is written). An existing
    translation is left as editors made it.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    locale = Locale.objects.get(language_code=language)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    segments = list(_segments(source))
    missing = [
        s.string.data for s in segments if s.context.path not in KEPT and s.string.data not in texts
    ]
    if missing:
        raise MissingTexts(instance, language, missing)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in segments:
        kept = segment.context.path in KEPT
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": segment.string.data if kept else texts[segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": tool_name,
            },
        )
    # wagtail-localize publishes a page or draftable snippet once the transaction commits, from
    # the object as it was then: a translation of its parent made in the same transaction (the
    # demo's home, then its children) would lose its children count. Published here instead,
    # from the revision just saved.
    draftable = isinstance(instance, DraftStateMixin)
    translation.save_target(publish=not draftable)
    target = instance.get_translation(locale)
    if draftable:
        target.get_latest_revision().publish()
    return instance.get_translation(locale)


def review_new_translation(*, instance: Translation, created: bool, **kwargs) -> None:
    """A new translation awaits review by someone who reads the language (a signal receiver)."""
    if created:
        TranslationReview.objects.get_or_create(translation=instance)


def mark_reviewed(*, review: TranslationReview, user) -> None:
    """An editor who reads the language has read the translation again: « relue »."""
    review.reviewed_by = user
    review.reviewed_at = timezone.now()
    review.save(update_fields=["reviewed_by", "reviewed_at"])
