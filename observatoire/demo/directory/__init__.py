"""Example entries for the directory: 40 services across the département, every category.

Organisations are named after what every département has (its CIDFF, its Caf, its PMI) or, for
the Hérault, from public knowledge (its observatory file); no contact is invented: only national
numbers known to all are filled in, other phone numbers are left empty. Every structure is
flagged as an example and shown as such to the public. Communes are given by their official name.
"""

from django.db import transaction
from wagtail.models import Locale

from observatoire.directory.models import Commune, Place, Service, Structure
from observatoire.partners.models import PartnerPage

from ..territory import DemoTerritory, demo_territory
from .local import local
from .national import NATIONAL

SHELTER_DEMO_ADDRESS = "Adresse confidentielle de démonstration, 1 rue du Refuge"


def structures(t: DemoTerritory) -> list[dict]:
    return NATIONAL + local(t)


def __getattr__(name: str):
    # `directory.STRUCTURES`: the examples of the territory served (its communes loaded).
    if name == "STRUCTURES":
        return structures(demo_territory())
    raise AttributeError(name)


@transaction.atomic
def ensure_demo_entries(*, structures: list[dict], shelter_address: str) -> int:
    """Create the example structures that do not exist yet (matched by name), each entry
    validated like a back-office form (phone numbers normalised, lists checked)."""
    created = 0
    for data in structures:
        if Structure.objects.filter(nom=data["nom"]).exists():
            continue
        partner = PartnerPage.objects.filter(
            slug=data.get("partner", ""), locale=Locale.get_default()
        ).first()
        structure = _validated(
            Structure(
                nom=data["nom"], description=data["description"], partner=partner, is_example=True
            )
        )
        place = None
        if "place" in data:
            spec = data["place"]
            commune = Commune.objects.filter(name=spec["commune"]).order_by("-population").first()
            secret = spec.get("secret", False)
            place = _validated(
                Place(
                    structure=structure,
                    kind=spec["kind"],
                    commune=commune,
                    secret_address=secret,
                    adresse=shelter_address if secret else "",
                    longitude=commune.longitude + 0.001 if secret else None,
                    latitude=commune.latitude + 0.001 if secret else None,
                )
            )
        for service in data["services"]:
            _validated(Service(structure=structure, place=place, **service))
        created += 1
    return created


def _validated(instance):
    instance.full_clean(exclude=["slug"])
    instance.save()
    return instance
