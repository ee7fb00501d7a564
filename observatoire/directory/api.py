"""`/api/v1/annuaire/`: public services as data·inclusion v1 records (django-ninja)."""

import math

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from ninja import Field, Router, Schema
from pydantic import create_model

from . import exports, selectors
from .models import Commune

PAGE_SIZE = 50
TYPES = {
    "string": str | None,
    "array": list[str] | None,
    "number": float | None,
    "boolean": bool,
    "date": str,
}

ServiceOut = create_model(
    "ServiceOut",
    __base__=Schema,
    **{
        name: (TYPES[kind], Field(..., description=description))
        for name, kind, description in exports.FIELDS
    },
)


class ServicePage(Schema):
    count: int
    page: int
    pages: int
    items: list[ServiceOut]  # type: ignore[valid-type]


router = Router(tags=["annuaire"])


@router.get("/services", response=ServicePage, summary=_("Services d’aide publics"))
def services(
    request,
    commune: str | None = None,
    categorie: str | None = None,
    public: str | None = None,
    page: int = 1,
):
    """Services visible to the public. `commune` (code INSEE) keeps those its inhabitants may
    use; `categorie` and `public` take one value of the observatory's lists. Secret addresses
    are never given: such places come with their commune only."""
    if commune:
        queryset = selectors.eligible_services(commune=get_object_or_404(Commune, code=commune))
    else:
        queryset = selectors.public_services()
    if categorie:
        queryset = queryset.filter(categories__icontains=f'"{categorie}"')
    if public:
        queryset = queryset.filter(audiences__icontains=f'"{public}"')
    queryset = queryset.prefetch_related("zone_communes", "zone_epcis").order_by("slug").distinct()
    count = queryset.count()
    pages = max(1, math.ceil(count / PAGE_SIZE))
    page = min(max(page, 1), pages)
    items = queryset[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return {
        "count": count,
        "page": page,
        "pages": pages,
        "items": exports.records(items, request=request),
    }
