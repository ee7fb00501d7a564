"""The public API (django-ninja). Its OpenAPI description is at /api/v1/openapi.json; the
interactive docs are off because they load scripts from another host.

Every error is JSON with a French `detail`: the handlers below for what django-ninja raises
(invalid parameters, 404, its own HTTP errors); core.middleware.FrenchErrorsMiddleware for
what happens around it (unknown address, 405, 500, 503, refused input)."""

from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from observatoire.core.territory import lazy_words
from observatoire.core.views import api_error
from observatoire.directory.api import router as directory_router
from observatoire.indicators.api import router as indicators_router

api = NinjaAPI(
    title=lazy_words(
        gettext_lazy("API de l’Observatoire des violences faites aux femmes %(of_departement)s")
    ),
    version="1",
    urls_namespace="api",
    docs_url=None,
)
api.add_router("/annuaire/", directory_router)
api.add_router("/indicateurs/", indicators_router)

# pydantic's error types, as the French end of « Paramètre « page » : … ». The limits come from
# the error's context (`ctx`), as named placeholders (`%(min_length)s`); translated when the
# answer is written, in the active language.
VALIDATION_MESSAGES = {
    "missing": gettext_lazy("valeur obligatoire"),
    "int_parsing": gettext_lazy("un entier est attendu"),
    "int_type": gettext_lazy("un entier est attendu"),
    "int_from_float": gettext_lazy("un entier est attendu"),
    "int_parsing_size": gettext_lazy("nombre trop grand"),
    "float_parsing": gettext_lazy("un nombre est attendu"),
    "float_type": gettext_lazy("un nombre est attendu"),
    "finite_number": gettext_lazy("un nombre fini est attendu"),
    "bool_parsing": gettext_lazy("« true » ou « false » est attendu"),
    "bool_type": gettext_lazy("« true » ou « false » est attendu"),
    "string_type": gettext_lazy("un texte est attendu"),
    "string_too_short": gettext_lazy("au moins %(min_length)s caractère(s) attendu(s)"),
    "string_too_long": gettext_lazy("au plus %(max_length)s caractère(s) attendu(s)"),
    "greater_than": gettext_lazy("une valeur supérieure à %(gt)s est attendue"),
    "greater_than_equal": gettext_lazy("une valeur d’au moins %(ge)s est attendue"),
    "less_than": gettext_lazy("une valeur inférieure à %(lt)s est attendue"),
    "less_than_equal": gettext_lazy("une valeur d’au plus %(le)s est attendue"),
    "literal_error": gettext_lazy("valeur non reconnue"),
    "enum": gettext_lazy("valeur non reconnue"),
    "date_parsing": gettext_lazy("une date AAAA-MM-JJ est attendue"),
    "date_from_datetime_parsing": gettext_lazy("une date AAAA-MM-JJ est attendue"),
    "list_type": gettext_lazy("une liste est attendue"),
    "json_invalid": gettext_lazy("JSON illisible"),
}
NBSP = "\u00a0"
# The no-break spaces (U+00A0) of the marked texts are typed as such: xgettext reads no \u
# escape, and an escaped msgid would never match its catalogue entry.


def french_message(error: dict) -> str:
    """« Paramètre « page » : un entier est attendu. » for one of pydantic's errors."""
    names = [str(part) for part in error.get("loc", ())[1:] if isinstance(part, str)]
    template = VALIDATION_MESSAGES.get(error.get("type", ""))
    try:
        text = str(template or _("valeur incorrecte")) % dict(error.get("ctx") or {})
    except (KeyError, IndexError, TypeError, ValueError):
        text = _("valeur incorrecte")
    text = text.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»")
    if not names:
        return _("Requête incorrecte : %(problem)s.") % {"problem": text}
    return _("Paramètre « %(name)s » : %(problem)s.") % {
        "name": names[-1],
        "problem": text,
    }


@api.exception_handler(ValidationError)
def validation_error(request, exc: ValidationError):
    """422, as django-ninja answers (a list of errors, each with its `loc`), with French
    messages and without the input echoed."""
    errors = [
        {
            "type": error.get("type", ""),
            "loc": list(error.get("loc", ())),
            "msg": french_message(error),
        }
        for error in exc.errors
    ]
    return api_error(422, errors)


@api.exception_handler(Http404)
def not_found(request, exc: Http404):
    return api_error(404)


@api.exception_handler(HttpError)
def http_error(request, exc: HttpError):
    """django-ninja's own HTTP errors (authentication, throttling, an unreadable body) have
    English messages: the answer gives the French wording of their status
    (core.views.ERROR_MESSAGES)."""
    return api_error(exc.status_code)
