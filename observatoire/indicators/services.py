"""Writes: reference territories and indicators (idempotent); withdrawing an edition."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from observatoire.core.page_cache import clear_page_cache
from observatoire.directory.models import Commune, Epci

from . import reference
from .comparison import warm_protected_tables
from .models import Edition, Indicator, Observation, Source, Territory


@transaction.atomic
def load_reference() -> dict[str, int]:
    """France, the région, the département, its EPCI and communes; the SSMSI source and
    indicators. Running it again changes nothing that is already right."""
    by_code = {}
    upper = reference.upper_territories()
    for kind, code, name, parent in upper:
        by_code[code], _ = Territory.objects.update_or_create(
            kind=kind, code=code, defaults={"name": name, "parent": by_code.get(parent)}
        )
    departement = by_code[upper[-1][1]]
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
    transaction.on_commit(clear_page_cache)  # bulk writes send no signal
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


EDITION_ACTIONS = {
    "ovff.edition.import": gettext_lazy("Édition importée"),
    "ovff.edition.withdraw": gettext_lazy("Édition retirée"),
}


class EditionError(ValueError):
    """A withdrawal that may not happen; the message is for the person who tried."""


def withdraw_edition(*, edition: Edition, user) -> int:
    """Take an imported SSMSI file back: its observations go, the pages and tables follow. The
    edition stays listed, withdrawn, with who did it; returns how many observations went."""
    with transaction.atomic():
        edition = Edition.objects.select_for_update().get(pk=edition.pk)
        if edition.withdrawn_at is not None:
            raise EditionError(_("Cette édition a déjà été retirée."))
        if edition.source.name != reference.SSMSI_SOURCE["name"]:
            raise EditionError(
                _(
                    "Seules les éditions importées du SSMSI se retirent ici ; les chiffres des "
                    "partenaires suivent leur propre circuit."
                )
            )
        removed = Observation.objects.filter(edition=edition).delete()[0]
        edition.withdrawn_at, edition.withdrawn_by = timezone.now(), user
        edition.save(update_fields=["withdrawn_at", "withdrawn_by"])
        log(instance=edition, action="ovff.edition.withdraw", user=user)
        transaction.on_commit(clear_page_cache)  # a bulk delete sends no signal
        transaction.on_commit(warm_protected_tables)
    return removed
