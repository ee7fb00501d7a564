"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
COMPLETE = {
    "SECRET_KEY": "".join(chr(65 + i % 26) + str(i) for i in range(30)),
    "ALLOWED_HOSTS": "ovff34.example",
    "DATABASE_URL": "sqlite:///unused.sqlite3",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_URL": "smtp+tls://observatoire@mail.example:587",
}


def _check(env_overrides: dict[str, str | None]) -> subprocess.CompletedProcess:
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests for their own process only.
    excluded = {*COMPLETE, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in excluded}
    env.update(COMPLETE)
    for key, value in env_overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    env["DJANGO_SETTINGS_MODULE"] = "observatoire.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_check():
    result = _check({})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("missing", sorted(COMPLETE))
def test_production_refuses_to_start_without(missing):
    result = _check({missing: None})
    assert result.returncode != 0
    assert f"The environment variable {missing} is required." in result.stderr


def test_production_cookies_are_secure_httponly_samesite_and_back_office_only():
    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
        "s.CSRF_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.CSRF_COOKIE_SAMESITE, "
        "s.SESSION_COOKIE_PATH, s.CSRF_COOKIE_PATH, s.SESSION_COOKIE_AGE)"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(COMPLETE, DJANGO_SETTINGS_MODULE="observatoire.settings.production")
    env.pop("ADMIN_IDLE_MINUTES", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1].split() == [
        *("True", "True", "True", "True", "Lax", "Lax"),
        *("/gestion/", "/gestion/", "1800"),
    ]
