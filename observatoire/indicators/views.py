"""Public indicator pages: thin views over selectors (disclosure control is applied there)."""

from decimal import Decimal

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from observatoire.core import csv_files
from observatoire.core.territory import current as served_territory
from observatoire.directory import map as drawing
from observatoire.directory import selectors as directory_selectors
from observatoire.directory.models import Commune

from . import charts, comparison, fact_sheet, fact_sheet_pdf, selectors
from .models import Indicator, LetterIndexPage, Observation, Territory

CAVEATS = gettext_lazy(
    "Ces chiffres comptent les faits enregistrés par la police et la gendarmerie, pas tous les "
    "faits commis : beaucoup de violences ne sont jamais signalées, et une hausse peut venir "
    "d’un meilleur accueil des plaintes. Les faits sont comptés dans la commune où ils ont été "
    "commis, qui n’est pas toujours celle où vit la victime."
)


@require_safe
def catalogue(request):
    # The list of letters in the reader's language when it is translated (else the French one).
    letters = LetterIndexPage.objects.live().filter(locale=Locale.get_default()).first()
    return render(
        request,
        "indicators/catalogue.html",
        {"entries": selectors.catalogue(), "letters": letters.localized if letters else None},
    )


def _indicator(code: str) -> Indicator:
    return get_object_or_404(Indicator.objects.select_related("source", "replaced_by"), code=code)


@require_safe
def indicator(request, code: str, period: str | None = None):
    item = _indicator(code)
    periods = selectors.periods(indicator=item)
    if period is None:
        period = periods[-1] if periods else None
    elif period not in periods:
        raise Http404
    series = comparison.series(indicator=item)
    figures = selectors.commune_table(indicator=item, period=period) if period else []
    context = {
        "indicator": item,
        "periods": periods,
        "period": period,
        "series": series,
        "chart": _chart(series),
        "figures": figures,
        "ept_codes": directory_selectors.territorial_establishment_codes() if figures else (),
        "map": _map(figures),
        "editions": selectors.editions(indicator=item),
        "threshold": selectors.threshold(item),
        "caveats": CAVEATS,
    }
    return render(request, "indicators/indicator.html", context)


@require_safe
def series_csv(request, code: str):
    item = _indicator(code)
    rows = [
        [
            row["period"],
            *_cells(row["departement"]),
            *_cells(row["region"]),
            row["france_value"],
            _rate(row["france_rate"]),
        ]
        for row in comparison.series(indicator=item)
    ]
    header = [
        "annee",
        "departement_nombre",
        "departement_taux_pour_mille",
        "region_nombre",
        "region_taux_pour_mille",
        "france_nombre",
        "france_taux_pour_mille",
    ]
    return _csv(f"{item.code}-serie.csv", header, rows)


@require_safe
def communes_csv(request, code: str, period: str):
    item = _indicator(code)
    if period not in selectors.periods(indicator=item):
        raise Http404
    rows = [
        [
            f.territory.kind,
            f.territory.code,
            f.territory.name,
            f.period,
            f.value,
            _rate(f.rate),
            f.label or f.state,
        ]
        for f in selectors.commune_table(indicator=item, period=period)
    ]
    header = ["niveau", "code", "nom", "annee", "nombre", "taux_pour_mille", "statut"]
    return _csv(f"{item.code}-{period}.csv", header, rows)


def _place(code: str) -> Territory:
    """A commune or an EPCI of the département served (others are imported for comparison)."""
    place = (
        Territory.objects.filter(code=code, kind__in=[Territory.COMMUNE, Territory.EPCI])
        .exclude(parent=None)
        .first()
    )
    if place is None:
        raise Http404
    return place


@require_safe
def territory(request, code: str):
    sheet = fact_sheet.fact_sheet(place=_place(code))
    return render(
        request,
        "indicators/territory.html",
        {"place": sheet.place, "sheet": sheet, "caveats": CAVEATS},
    )


@require_safe
def territory_pdf(request, code: str):
    """The same fact sheet as an A4 PDF, in French (its text is printed with core fonts)."""
    sheet = fact_sheet.fact_sheet(place=_place(code))
    with translation.override("fr"):
        document = fact_sheet_pdf.render(sheet=sheet, caveats=str(CAVEATS))
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="fiche-{sheet.place.code}.pdf"'
    return response


def _cells(observation) -> list:
    if observation is None:
        return [None, None]
    return [observation.value, _rate(observation.rate)]


CENTS = Decimal("0.01")


def _rate(value) -> Decimal | None:
    """Two decimals; written as a number (decimal comma) by the site's CSV dialect."""
    return None if value is None else Decimal(value).quantize(CENTS)


def _csv(name: str, header: list[str], rows: list[list]) -> HttpResponse:
    """The open data's dialect, declared by `opendata.DIALECT` (`;`, decimal comma)."""
    return csv_files.csv_response(rows=rows, header=header, filename=name, dialect=csv_files.SITE)


def _chart(series: list[dict]) -> charts.Chart | None:
    if not series:
        return None

    def rate(observation):
        return float(observation.rate) if observation and observation.rate is not None else None

    served = served_territory()
    return charts.line_chart(
        [row["period"] for row in series],
        [
            (served.name, "chart__departement", [rate(row["departement"]) for row in series]),
            (served.region.name, "chart__region", [rate(row["region"]) for row in series]),
            (
                _("France"),
                "chart__france",
                [float(r["france_rate"]) if r["france_rate"] is not None else None for r in series],
            ),
        ],
    )


def _map(figures) -> dict | None:
    by_code = {f.territory.code: f for f in figures if f.territory.kind == Territory.COMMUNE}
    if not by_code:
        return None
    rates = sorted(float(f.rate) for f in by_code.values() if f.rate is not None and f.value)
    cuts = [rates[len(rates) // 3], rates[2 * len(rates) // 3]] if rates else [0, 0]
    frame, shapes = drawing.draw(
        list(Commune.objects.order_by("code").values_list("code", "name", "outline"))
    )
    communes = []
    for shape in shapes:
        figure = by_code.get(shape.code)
        communes.append({"name": shape.name, "path": shape.path, "css": _shade(figure, cuts)})
    return {"width": drawing.WIDTH, "height": frame.height, "communes": communes, "cuts": cuts}


def _shade(figure, cuts) -> str:
    if figure is None or figure.state == Observation.NOT_AVAILABLE:
        return "map__na"
    if figure.state == selectors.SUPPRESSED:
        return "map__secret"
    rate = float(figure.rate) if figure.value and figure.rate is not None else 0
    return drawing.shade(rate, (cuts[0], cuts[1]))
