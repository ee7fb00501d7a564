"""`/api/v1/indicateurs/`: indicators, territories and disclosure-controlled figures."""

import math

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema

from . import selectors
from .models import Indicator, Territory

PAGE_SIZE = 200
router = Router(tags=["indicateurs"])


class IndicatorOut(Schema):
    code: str
    libelle: str
    definition: str
    unite_de_compte: str
    denominateur: str
    source: str
    licence: str
    niveaux: list[str]
    remplace_par: str | None


class TerritoryOut(Schema):
    code: str
    nom: str
    niveau: str
    dans: str | None


class FigureOut(Schema):
    niveau: str
    code: str
    nom: str
    annee: str
    nombre: int | None
    taux_pour_mille: float | None
    statut: str


class FigurePage(Schema):
    count: int
    page: int
    pages: int
    items: list[FigureOut]


class TerritoryPage(Schema):
    count: int
    page: int
    pages: int
    items: list[TerritoryOut]


@router.get("/", response=list[IndicatorOut], summary=_("Catalogue des indicateurs"))
def indicators(request):
    return [_indicator(entry["indicator"]) for entry in selectors.catalogue()]


@router.get("/territoires", response=TerritoryPage, summary=_("Territoires"))
def territories(request, niveau: str | None = None, page: int = 1):
    """The département's communes and EPCI, and the départements, régions and France (communes of
    other départements, imported for comparison only, are not listed)."""
    queryset = (
        Territory.objects.exclude(kind=Territory.COMMUNE, parent=None)
        .select_related("parent")
        .order_by("kind", "code")
    )
    if niveau:
        queryset = queryset.filter(kind=niveau)
    result = _page(queryset, page)
    result["items"] = [
        {
            "code": t.code,
            "nom": t.name,
            "niveau": t.kind,
            "dans": t.parent.code if t.parent else None,
        }
        for t in result["items"]
    ]
    return result


@router.get("/{code}/chiffres", response=FigurePage, summary=_("Chiffres publiés d’un indicateur"))
def figures(request, code: str, annee: str | None = None, niveau: str | None = None, page: int = 1):
    """The département, its EPCI and communes by year, after disclosure control: a hidden figure
    has no `nombre` and the status « secret statistique »."""
    indicator = get_object_or_404(Indicator, code=code)
    periods = selectors.periods(indicator=indicator)
    if annee:
        periods = [p for p in periods if p == annee]
    items = []
    for period in periods:
        for figure in selectors.commune_table(indicator=indicator, period=period):
            if niveau and figure.territory.kind != niveau:
                continue
            items.append(
                {
                    "niveau": figure.territory.kind,
                    "code": figure.territory.code,
                    "nom": figure.territory.name,
                    "annee": figure.period,
                    "nombre": figure.value,
                    "taux_pour_mille": float(figure.rate) if figure.rate is not None else None,
                    "statut": figure.label or figure.state,
                }
            )
    return _page(items, page)


def _indicator(indicator: Indicator) -> dict:
    return {
        "code": indicator.code,
        "libelle": indicator.label,
        "definition": indicator.definition,
        "unite_de_compte": indicator.unit,
        "denominateur": indicator.denominator,
        "source": indicator.source.publisher,
        "licence": indicator.source.licence,
        "niveaux": indicator.grains,
        "remplace_par": indicator.replaced_by.code if indicator.replaced_by else None,
    }


def _page(items, page: int) -> dict:
    """One page of a list or a queryset (sliced in the database)."""
    count = len(items) if isinstance(items, list) else items.count()
    pages = max(1, math.ceil(count / PAGE_SIZE))
    page = min(max(page, 1), pages)
    return {
        "count": count,
        "page": page,
        "pages": pages,
        "items": items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
    }
