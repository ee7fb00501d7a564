"""The deployment examples stay usable: gunicorn accepts its settings file."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_gunicorn_accepts_the_production_settings_file():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "deploy/gunicorn.conf.py",
            "--check-config",
            "observatoire.wsgi",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    config = (ROOT / "deploy/gunicorn.conf.py").read_text()
    assert "accesslog = None" in config  # no visitor is logged
