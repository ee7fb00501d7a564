import logging

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@require_safe
def healthz(request):
    """Liveness and database reachability, for the load balancer and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:
        logger.exception("Health check: database unreachable")
        database = "unreachable"
    if database == "ok":
        return JsonResponse({"status": "ok", "database": database})
    # 503: the load balancer takes this server out; the body says why.
    return JsonResponse({"status": "degraded", "database": database}, status=503)
