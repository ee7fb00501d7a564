"""Local development and `make run`: SQLite under var/, demo secret key, media served by Django."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", False)
SECRET_KEY = env.str("SECRET_KEY", "dev-only-not-secret-0b7e1c2a9f4d4e8f")
SERVE_MEDIA = True

VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405
