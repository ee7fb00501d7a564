"""The public API (django-ninja). Its OpenAPI description is at /api/v1/openapi.json; the
interactive docs are off because they load scripts from another host."""

from ninja import NinjaAPI

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
