"""The test suite: SQLite by default, PostgreSQL when DATABASE_URL says so (CI)."""

from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, DEPARTEMENT, REDIS_URL, STORAGES, VAR_DIR, env

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

# The unit tests' database is a copy of the demo template (tests/databases.py, conftest.py):
# with SQLite, a file to copy it into rather than memory (under each département's VAR_DIR);
# with PostgreSQL, one per département, as `make test` runs a territory run beside another.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "unit-tests.sqlite3")}
elif DEPARTEMENT != "34":
    DATABASES["default"]["TEST"] = {
        "NAME": f"test_{DATABASES['default']['NAME']}_{DEPARTEMENT.lower()}"
    }

# On Redis when REDIS_URL says so (CI), in a database of its own: tests empty their caches,
# and must never empty those of the live servers the browser tests run beside them, nor those
# of another run of the unit tests beside them (`make test` gives its second lane's territory
# run TEST_REDIS_DB=2).
if REDIS_URL:
    _unit_tests_redis = urlunsplit(
        urlsplit(REDIS_URL)._replace(path=f"/{env.int('TEST_REDIS_DB', 1)}")
    )
    CACHES = {
        alias: {**config, "LOCATION": _unit_tests_redis, "KEY_PREFIX": f"unit-tests:{alias}"}
        for alias, config in CACHES.items()
    }
else:
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in CACHES
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
