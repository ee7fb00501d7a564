"""The public API (django-ninja). Its OpenAPI description is at /api/v1/openapi.json; the
interactive docs are off because they load scripts from another host.

Every error is JSON with a French `detail`: the handlers below for what django-ninja raises
(invalid parameters, 404, its own HTTP errors); core.middleware.FrenchErrorsMiddleware for
what happens around it (unknown address, 405, 500, 503, refused input)."""

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from observatoire.core.views import api_error
from observatoire.directory.api import router as directory_router
from observatoire.indicators.api import router as indicators_router

api = NinjaAPI(
    title="API de l’Observatoire des violences faites aux femmes de l’Hérault",
    version="1",
    urls_namespace="api",
    docs_url=None,
)
api.add_router("/annuaire/", directory_router)
api.add_router("/indicateurs/", indicators_router)

# pydantic's error types, as the French end of « Paramètre « page » : … ». The limits come from
# the error's context (`ctx`).
VALIDATION_MESSAGES = {
    "missing": "valeur obligatoire",
    "int_parsing": "un entier est attendu",
    "int_type": "un entier est attendu",
    "int_from_float": "un entier est attendu",
    "int_parsing_size": "nombre trop grand",
    "float_parsing": "un nombre est attendu",
    "float_type": "un nombre est attendu",
    "finite_number": "un nombre fini est attendu",
    "bool_parsing": "« true » ou « false » est attendu",
    "bool_type": "« true » ou « false » est attendu",
    "string_type": "un texte est attendu",
    "string_too_short": "au moins {min_length} caractère(s) attendu(s)",
    "string_too_long": "au plus {max_length} caractère(s) attendu(s)",
    "greater_than": "une valeur supérieure à {gt} est attendue",
    "greater_than_equal": "une valeur d’au moins {ge} est attendue",
    "less_than": "une valeur inférieure à {lt} est attendue",
    "less_than_equal": "une valeur d’au plus {le} est attendue",
    "literal_error": "valeur non reconnue",
    "enum": "valeur non reconnue",
    "date_parsing": "une date AAAA-MM-JJ est attendue",
    "date_from_datetime_parsing": "une date AAAA-MM-JJ est attendue",
    "list_type": "une liste est attendue",
    "json_invalid": "JSON illisible",
}
NBSP = "\u00a0"


def french_message(error: dict) -> str:
    """« Paramètre « page » : un entier est attendu. » for one of pydantic's errors."""
    names = [str(part) for part in error.get("loc", ())[1:] if isinstance(part, str)]
    template = VALIDATION_MESSAGES.get(error.get("type", ""), "valeur incorrecte")
    try:
        text = template.format(**(error.get("ctx") or {}))
    except (KeyError, IndexError, ValueError):
        text = "valeur incorrecte"
    text = text.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»")
    if not names:
        return f"Requête incorrecte{NBSP}: {text}."
    return f"Paramètre «{NBSP}{names[-1]}{NBSP}»{NBSP}: {text}."


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
