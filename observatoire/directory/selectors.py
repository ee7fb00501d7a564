"""Reads of the reference geography."""

from django.db.models import Case, IntegerField, Value, When

from .models import Commune
from .search_keys import looks_like_postcode, search_key


def find_communes(*, query: str, limit: int = 10) -> list[Commune]:
    """Communes matching a name (any case, accents or "st" abbreviation) or a postcode.

    Exact names come first, then names starting with the query, then names containing it;
    within each group, the most populated first. A postcode gives every commune it serves,
    whatever the limit, so that the person can choose hers.
    """
    if looks_like_postcode(query):
        return list(
            Commune.objects.filter(postcodes__code=query.strip())
            .order_by("-population", "name")
            .distinct()
        )
    key = search_key(query)
    if not key:
        return []
    rank = Case(
        When(search_name=key, then=Value(0)),
        When(search_name__startswith=key, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return list(
        Commune.objects.filter(search_name__contains=key)
        .annotate(rank=rank)
        .order_by("rank", "-population", "name")[:limit]
    )
