"""Per-client limits on public forms and the API, across every worker and every server.

A sliding window: a client's requests of the current minute are counted, plus those of the
previous minute weighted by the share of it still inside the last 60 seconds. Unlike a fixed
window, a burst at the end of one minute and another at the start of the next cannot add up to
twice the limit. The counters live in the "default" cache (Redis in production, shared by all
servers; a file cache shared by the workers of `make run`), incremented atomically on Redis.
django-ratelimit was considered: its windows are fixed, which lets that double burst through.

A client is known only by a keyed hash of its address and the minute, kept for two minutes: no
address is stored or logged. Behind a proxy listed in RATE_LIMIT_TRUSTED_PROXIES, the last
address of X-Forwarded-For is the client's. A refused request is not counted. Forms get the
French 429 page with the safety bar, the API a French JSON answer; both say when to try again
(Retry-After).
"""

import hashlib
import hmac
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import ngettext

WINDOW_SECONDS = 60


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and remote in settings.RATE_LIMIT_TRUSTED_PROXIES:
        return forwarded.split(",")[-1].strip()
    return remote


def _key(bucket: str, address: str, window: int) -> str:
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{address}:{window}".encode(), hashlib.sha256
    ).hexdigest()[:24]
    return f"ratelimit:{bucket}:{window}:{digest}"


def hit(*, bucket: str, address: str, now: float | None = None) -> tuple[bool, int]:
    """Counts one request if it fits: at most the limit in any 60 seconds. Returns (allowed,
    seconds before the next request would fit). A refused request is not counted."""
    now = time.time() if now is None else now
    window, elapsed = divmod(now, WINDOW_SECONDS)
    window = int(window)
    cache = caches["default"]
    current = _key(bucket, address, window)
    cache.add(current, 0, timeout=2 * WINDOW_SECONDS)
    try:
        count = cache.incr(current)  # atomic on Redis: two servers never both take the last
    except ValueError:  # expired between add and incr
        cache.set(current, 1, timeout=2 * WINDOW_SECONDS)
        count = 1
    previous = cache.get(_key(bucket, address, window - 1)) or 0
    weight = 1 - elapsed / WINDOW_SECONDS
    limit = settings.RATE_LIMITS[bucket]
    if previous * weight + count <= limit:
        return True, 0
    cache.decr(current)
    count -= 1
    # When the next request fits: within this minute, as the previous minute's share falls;
    # otherwise in the next one, as this minute's own share falls.
    if count + 1 <= limit:
        wait = (previous * weight + count + 1 - limit) / previous * WINDOW_SECONDS
        if elapsed + wait < WINDOW_SECONDS:
            return False, max(1, math.ceil(wait))
    wait = WINDOW_SECONDS - elapsed + WINDOW_SECONDS * max(0, 1 - (limit - 1) / max(count, 1))
    return False, max(1, math.ceil(wait))


def _refusal(bucket: str, wait: int) -> HttpResponse:
    if bucket == "api":
        response = JsonResponse(
            {
                "detail": ngettext(
                    "Trop de requêtes : réessayez dans %(wait)s seconde.",
                    "Trop de requêtes : réessayez dans %(wait)s secondes.",
                    wait,
                )
                % {"wait": wait}
            },
            status=429,
            json_dumps_params={"ensure_ascii": False},
        )
    else:
        response = HttpResponse(loader.get_template("429.html").render(), status=429)
    response["Retry-After"] = str(wait)
    return response


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
        allowed, wait = hit(bucket=bucket, address=client_address(request))
        return self.get_response(request) if allowed else _refusal(bucket, wait)
