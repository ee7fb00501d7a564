"""The test suite: SQLite by default, PostgreSQL when DATABASE_URL says so (CI)."""

from .base import *  # noqa: F403
from .base import STORAGES

SECRET_KEY = "test-only-not-secret"  # noqa: S105  # nosec B105  # pragma: allowlist secret
DEBUG = False
ALLOWED_HOSTS = ["*"]
SERVE_MEDIA = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests render pages without running collectstatic first.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Imports run at once, in the request, for unit tests (browser tests run the real worker).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# Static files come from the apps' folders (no collectstatic before unit tests).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# The suite posts many forms from one address; core/tests/test_ratelimit.py sets its own limits.
RATE_LIMITS = {"post": 100_000, "api": 100_000}
