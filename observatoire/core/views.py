import logging

from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.template import TemplateDoesNotExist, loader
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"
# The no-break spaces (U+00A0) of the marked texts are typed as such: xgettext reads no \u
# escape, and an escaped msgid would never match its catalogue entry.
# The one wording of each refusal, by status: the JSON `detail` of the API (translated when the
# answer is written, in the active language).
ERROR_MESSAGES = {
    400: _("Requête incorrecte."),
    403: _("Accès refusé."),
    404: _("Introuvable."),
    405: _("Méthode non autorisée."),
    413: _("Requête trop volumineuse."),
    429: _("Trop de demandes en peu de temps : attendez une minute, puis réessayez."),
    500: _("Erreur du serveur : l’équipe technique est prévenue."),
    503: _("Service momentanément indisponible : réessayez dans quelques minutes."),
}


def is_api(request) -> bool:
    return request.path.startswith(API_PREFIX)


def api_error(status: int, detail: str | list | None = None) -> JsonResponse:
    """An error of the API: JSON, French, in the shape django-ninja gives (`detail`: a message,
    or a list of errors for invalid parameters)."""
    message = detail or ERROR_MESSAGES.get(status) or ERROR_MESSAGES[500 if status >= 500 else 400]
    if isinstance(message, Promise):
        message = str(message)  # a wording above, in the request's language
    return JsonResponse(
        {"detail": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def error_response(
    request, status: int, *, detail: str | None = None, template: str | None = None
) -> HttpResponse:
    """A refusal in French: JSON under /api/ (`detail`, or the wording of the status), else a
    page of the site with the safety bar (`template`, or the status's own page, or 400.html)."""
    if is_api(request):
        return api_error(status, detail)
    try:
        page = loader.get_template(template or f"{status}.html")
    except TemplateDoesNotExist:
        page = loader.get_template("400.html")
    return HttpResponse(page.render({}, request), status=status)


def closed(request, *args, **kwargs):
    """A route of a dependency that the site does not use: answered as an unknown page."""
    raise Http404


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
