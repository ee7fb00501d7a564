"""Local development and `make run`: SQLite under var/, demo secret key, media served by Django."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-0b7e1c2a9f4d4e8f")
SERVE_MEDIA = True

VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405
