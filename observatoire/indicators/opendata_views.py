"""`/donnees/`: the open datasets, their Table Schemas and the DCAT catalogue."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from observatoire.core import territory

from . import declarations, opendata, selectors


def _absolute(request, name: str, *args) -> str:
    return request.build_absolute_uri(reverse(name, args=args))


def _datasets(request) -> list[dict]:
    """Each dataset for the page and the DCAT catalogue; an indicator's own texts (its label,
    definition and source) come from the database, in French (`indicator` lets the page mark
    them so)."""
    communes_schema = _absolute(request, "opendata:schema-communes")
    series_schema = _absolute(request, "opendata:schema-series")
    words = territory.current().words()
    datasets = []
    for entry in selectors.catalogue():
        indicator = entry["indicator"]
        periods = selectors.periods(indicator=indicator)
        if not periods:
            continue
        distributions = [
            {
                "title": _("Série annuelle : %(departement)s, %(region)s, France") % words,
                "url": _absolute(request, "indicators:series-csv", indicator.code),
                "schema": series_schema,
            },
            *(
                {
                    "title": _("%(departement)s, EPCI et communes, %(period)s")
                    % {**words, "period": period},
                    "url": _absolute(request, "indicators:communes-csv", indicator.code, period),
                    "schema": communes_schema,
                }
                for period in periods
            ),
        ]
        datasets.append(
            {
                "id": f"indicateur-{indicator.code}",
                "indicator": indicator,
                "title": _("%(label)s %(in_departement)s") % {**words, "label": indicator.label},
                "description": _("%(definition)s Source : %(publisher)s.")
                % {"definition": indicator.definition, "publisher": indicator.source.publisher},
                "keywords": [
                    _("violences"),
                    words["departement"],
                    _("indicateur"),
                    indicator.label,
                ],
                "page": _absolute(request, "indicators:indicator", indicator.code),
                "temporal": (periods[0], periods[-1]) if periods[0].isdigit() else None,
                "distributions": distributions,
            }
        )
    datasets.append(
        {
            "id": "annuaire",
            "title": _("Services d’aide aux victimes de violences %(in_departement)s") % words,
            "description": _(
                "L’annuaire de l’observatoire au format data·inclusion ; les adresses "
                "confidentielles n’y figurent jamais."
            ),
            "keywords": [_("violences"), words["departement"], _("annuaire"), "data·inclusion"],
            "page": _absolute(request, "directory:search"),
            "distributions": [
                {
                    "title": _("Annuaire (CSV)"),
                    "url": _absolute(request, "directory:export-csv"),
                    "schema": _absolute(request, "directory:export-schema"),
                }
            ],
        }
    )
    return datasets


@require_safe
def index(request):
    return render(request, "indicators/opendata.html", {"datasets": _datasets(request)})


@require_safe
def catalogue(request):
    site = request.build_absolute_uri("/").rstrip("/")
    response = JsonResponse(
        opendata.catalogue(site=site, datasets=_datasets(request)),
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Content-Type"] = "application/ld+json; charset=utf-8"
    return response


@require_safe
def schema_communes(request):
    return JsonResponse(opendata.communes_schema(), json_dumps_params={"ensure_ascii": False})


@require_safe
def schema_series(request):
    return JsonResponse(opendata.series_schema(), json_dumps_params={"ensure_ascii": False})


@require_safe
def schema_declarations(request):
    """The file partners send their figures in (their upload page links here)."""
    return JsonResponse(declarations.table_schema(), json_dumps_params={"ensure_ascii": False})
