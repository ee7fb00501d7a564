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
