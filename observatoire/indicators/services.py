"""Writes: reference territories and indicators (idempotent)."""

from django.db import transaction

from observatoire.core.page_cache import clear_page_cache
from observatoire.directory.models import Commune, Epci

from . import reference
from .models import Indicator, Source, Territory


@transaction.atomic
def load_reference() -> dict[str, int]:
    """France, Occitanie, the Hérault, its EPCI and communes; the SSMSI source and indicators.
    Running it again changes nothing that is already right."""
    by_code = {}
    for kind, code, name, parent in reference.UPPER_TERRITORIES:
        by_code[code], _ = Territory.objects.update_or_create(
            kind=kind, code=code, defaults={"name": name, "parent": by_code.get(parent)}
        )
    departement = by_code["34"]
    epcis = {}
    for epci in Epci.objects.all():
        epcis[epci.code], _ = Territory.objects.update_or_create(
            kind=Territory.EPCI, code=epci.code, defaults={"name": epci.name, "parent": departement}
        )
    for commune in Commune.objects.all():
        Territory.objects.update_or_create(
            kind=Territory.COMMUNE,
            code=commune.code,
            defaults={"name": commune.name, "parent": epcis.get(commune.epci_id, departement)},
        )

    source, _ = Source.objects.update_or_create(
        name=reference.SSMSI_SOURCE["name"], defaults=reference.SSMSI_SOURCE
    )
    for code, label, denominator in reference.SSMSI_INDICATORS:
        _indicator(code, label, denominator, source)
    for code, label, denominator, replacement in reference.SSMSI_REPLACED:
        _indicator(
            code, label, denominator, source, replaced_by=Indicator.objects.get(code=replacement)
        )
    transaction.on_commit(clear_page_cache)  # parents may have changed: tables are cached
    return {"territories": Territory.objects.count(), "indicators": Indicator.objects.count()}


def _indicator(code, label, denominator, source, replaced_by=None) -> Indicator:
    indicator, _ = Indicator.objects.update_or_create(
        code=code,
        defaults={
            "label": label,
            "source_label": label,
            "definition": f"Faits de « {label} » enregistrés par la police et la gendarmerie, "
            "selon le lieu de commission.",
            "unit": "faits enregistrés",
            "denominator": denominator,
            "source": source,
            "grains": reference.SSMSI_GRAINS,
            "replaced_by": replaced_by,
        },
    )
    return indicator
