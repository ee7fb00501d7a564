"""Production: refuses to start without its secrets; HTTPS everywhere."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env


def required(name: str) -> str:
    """An environment variable production cannot start without (set and not empty)."""
    value = env.str(name, "")
    if not value.strip():
        raise ImproperlyConfigured(f"The environment variable {name} is required.")
    return value


SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
required("DATABASE_URL")  # base.py reads it; here its absence is an error, not a SQLite fallback.
# The shared cache: rate limits, page cache and single-use tokens hold across workers and
# servers only on Redis; no file-cache fallback in production.
required("REDIS_URL")
# Reviewers learn from mail that something awaits them: no console fallback in production.
required("EMAIL_URL")

CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 63072000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SERVE_MEDIA = env.bool("SERVE_MEDIA", False)
