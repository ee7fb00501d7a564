"""Writes about accounts: old sign-in events."""

from datetime import timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.utils import timezone
from wagtail.models import ModelLogEntry

from .audit import SIGN_IN_ACTIONS


def purge_sign_in_history(*, days: int) -> tuple[int, int]:
    """Sign-in events older than `days`, and failed attempts past their lockout, are deleted.
    Content changes stay: they are the history of the pages and the directory."""
    cutoff = timezone.now() - timedelta(days=days)
    events, _ = ModelLogEntry.objects.filter(
        action__in=SIGN_IN_ACTIONS, timestamp__lt=cutoff
    ).delete()
    attempts, _ = AccessAttempt.objects.filter(
        attempt_time__lt=timezone.now() - settings.AXES_COOLOFF_TIME
    ).delete()
    return events, attempts
