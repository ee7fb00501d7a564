"""Reads of the site-wide settings."""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.http import HttpRequest
from django.utils.translation import get_language_info
from wagtail.models import Page

from .models import SafetySettings, TranslationReview


def get_safety_settings(*, request: HttpRequest) -> SafetySettings:
    """The settings of the request's site, cached on the request by Wagtail."""
    return SafetySettings.load(request_or_site=request)


@dataclass(frozen=True)
class ReviewItem:
    review: TranslationReview
    target: models.Model
    code: str  # the translation's language
    language: str  # its name, in the editor's language
    source_changed: bool
    can_review: bool


def translated_object(*, review: TranslationReview) -> models.Model | None:
    """The page or snippet a review is about (None once it was deleted)."""
    try:
        return review.translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


def can_review(*, user, target: models.Model) -> bool:
    """Who may publish the translated page (a snippet: who may change it)."""
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_publish()
    meta = target._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


def translation_reviews(*, user) -> list[ReviewItem]:
    """The translations an account may see, those to review first: for each, whether the French
    changed since it was translated (wagtail-localize's « Synchroniser » brings it up to date)."""
    reviews = TranslationReview.objects.select_related(
        "translation__source", "translation__target_locale", "reviewed_by"
    ).order_by("reviewed_at", "translation__source__object_repr")
    items = []
    for review in reviews:
        target = translated_object(review=review)
        if target is None:
            continue
        if isinstance(target, Page):
            if not target.permissions_for_user(user).can_edit():
                continue
        elif not can_review(user=user, target=target):  # a snippet: who may change it
            continue
        source = review.translation.source
        original = source.get_source_instance()
        changed_at = getattr(original, "last_published_at", None)
        code = review.translation.target_locale.language_code
        items.append(
            ReviewItem(
                review=review,
                target=target,
                code=code,
                language=get_language_info(code)["name_translated"],
                source_changed=bool(changed_at and changed_at > source.last_updated_at),
                can_review=can_review(user=user, target=target),
            )
        )
    return items
