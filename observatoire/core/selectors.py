"""Reads of the site-wide settings."""

from django.http import HttpRequest

from .models import SafetySettings


def get_safety_settings(*, request: HttpRequest) -> SafetySettings:
    """The settings of the request's site, cached on the request by Wagtail."""
    return SafetySettings.load(request_or_site=request)
