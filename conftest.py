"""Suite-wide hooks. In CI a skipped test is a failure: nothing may quietly stop being checked."""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest


def pytest_report_header(config):
    from django.conf import settings

    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} ({database.get('HOST') or 'file'})"


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    if os.environ.get("CI") and skipped:
        terminalreporter.write_line(
            f"CI: {len(skipped)} test(s) skipped; every test must run in CI.", red=True
        )


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if os.environ.get("CI") and reporter and reporter.stats.get("skipped"):
        session.exitstatus = 1


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """The test database starts as a copy of the demo template (tests/databases.py): the
    geography, the indicator reference, pages, partners, directory, barometers, themes and
    publications (without the generated indicator files), and the logos in MEDIA_ROOT.
    Migrating and loading them from nothing would cost the session a minute. Each test runs
    inside a transaction rolled back at its end, so every test starts from this same state."""
    from django.conf import settings

    from tests import databases

    database = settings.DATABASES["default"]
    name = database.get("TEST", {}).get("NAME") or "test_" + database["NAME"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        url = f"sqlite:///{name}"
    else:
        url = databases.postgres_url(os.environ.get("DATABASE_URL"), name)
    databases.make_copy(url, content="demo", media_root=Path(settings.MEDIA_ROOT))


@pytest.fixture(scope="session")
def django_db_keepdb():
    """Django keeps the copy made above (`migrate` then finds nothing left to apply)."""
    return True


@pytest.fixture
def demo(db):
    """The demo site (in the test database from the start, see `django_db_modify_db_settings`)."""


@pytest.fixture(autouse=True)
def _empty_page_cache(request):
    """Each unit test starts with no cached page, whatever the previous one rendered. Not the
    browser tests: their site has caches of its own, and emptying this process's cache (on
    Redis, the unit tests' database) would empty it under the unit tests running beside them."""
    if request.node.get_closest_marker("browser") is None:
        from observatoire.core.page_cache import page_cache

        page_cache().clear()
    yield


@pytest.fixture
def serving():
    """`with serving("974") as departement:` runs its block as the site of that département
    (settings `DEPARTEMENT` and `TIME_ZONE`, as `DEPARTEMENT=974 make run` would set them)."""
    from django.test import override_settings

    from observatoire.core import territory

    @contextmanager
    def serve(code: str):
        departement = territory.departement(code)
        with override_settings(DEPARTEMENT=code, TIME_ZONE=departement.time_zone):
            yield territory.current()

    return serve
