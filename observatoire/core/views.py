import logging

from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.http import require_safe

from .selectors import get_safety_settings

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
    status = "ok" if database == "ok" else "degraded"
    return JsonResponse({"status": status, "database": database})


def server_error(request):
    """The 500 page: the safety bar with default settings, no database access, no trace."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"safety": get_safety_settings()}))
