"""Reads of the site-wide settings."""

from django.http import HttpRequest

from .models import SafetySettings


def get_safety_settings(*, request: HttpRequest | None = None) -> SafetySettings:
    """The saved settings, or an unsaved instance with the defaults when there is no request.

    The unsaved instance lets the 500 page render without touching the database.
    """
    if request is None:
        return SafetySettings()
    return SafetySettings.load(request_or_site=request)
