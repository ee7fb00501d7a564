"""Per-client limits on public forms and the API, answered with a French 429 page.

A client is known only by a keyed hash of its address and the current minute, kept in the cache
for that minute: no address is stored or logged. Behind a proxy listed in
RATE_LIMIT_TRUSTED_PROXIES, the last address of X-Forwarded-For is the client's.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.template import loader

WINDOW_SECONDS = 60


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and remote in settings.RATE_LIMIT_TRUSTED_PROXIES:
        return forwarded.split(",")[-1].strip()
    return remote


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_path = settings.ADMIN_PATH

    def _bucket(self, request) -> str | None:
        if request.path.startswith(self.admin_path):
            return None  # the back-office has its own login throttling
        if request.path.startswith("/api/"):
            return "api"
        if request.method == "POST":
            return "post"
        return None

    def __call__(self, request):
        bucket = self._bucket(request)
        if bucket is None:
            return self.get_response(request)
        minute = int(time.time() // WINDOW_SECONDS)
        client = hmac.new(
            settings.SECRET_KEY.encode(),
            f"{client_address(request)}:{minute}".encode(),
            hashlib.sha256,
        ).hexdigest()[:24]
        key = f"ratelimit:{bucket}:{client}"
        cache = caches["default"]
        cache.add(key, 0, timeout=WINDOW_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=WINDOW_SECONDS)
            count = 1
        if count > settings.RATE_LIMITS[bucket]:
            response = HttpResponse(loader.get_template("429.html").render(), status=429)
            response["Retry-After"] = str(WINDOW_SECONDS)
            return response
        return self.get_response(request)
