"""A generated national-size directory: 35,000 communes and 100,000 services.

The real Hérault (geography and example entries) sits among synthetic communes spread over
mainland France, 94 other départements of about 370 communes in 13 EPCI each. Services are
placed at random communes; most are open to anyone who comes (no zone), some serve listed
communes or an EPCI, a few are reached remotely. Seeded: the same directory every time.
"""

import random

from django.core.management import call_command
from django.db import transaction

from observatoire.demo import directory as demo
from observatoire.demo.directory import ensure_demo_entries
from observatoire.directory.models import Commune, Epci, Place, Service, Structure
from observatoire.directory.reference import AUDIENCES, CATEGORIES
from observatoire.directory.search_keys import search_key

COMMUNES = 35_000
SERVICES = 100_000
DEPARTEMENTS = [d for d in range(1, 96) if d not in (20, 34)]
EPCI_PER_DEPARTEMENT = 13
HOURS = ["Mo-Fr 09:00-12:00,14:00-17:00", "Mo-Fr 09:00-17:00; PH off", "24/7", ""]
BATCH = 2_000


def _departement_centres(rng: random.Random) -> dict[int, tuple[float, float]]:
    # Mainland France, roughly: a 10 x 10 grid of cells, jittered.
    cells = [(x, y) for x in range(10) for y in range(10)]
    rng.shuffle(cells)
    return {
        number: (-4.0 + 1.2 * x + rng.uniform(0, 0.6), 42.6 + 0.85 * y + rng.uniform(0, 0.4))
        for number, (x, y) in zip(DEPARTEMENTS, cells, strict=False)
    }


def _communes(rng: random.Random) -> list[Commune]:
    wanted = COMMUNES - Commune.objects.count()
    per_departement = -(-wanted // len(DEPARTEMENTS))
    epcis, communes = [], []
    for number, (lon, lat) in _departement_centres(rng).items():
        codes = [f"2{number:02d}{k:06d}" for k in range(EPCI_PER_DEPARTEMENT)]
        epcis += [Epci(code=code, name=f"EPCI {code}") for code in codes]
        for k in range(per_departement):
            if len(communes) == wanted:
                break
            name = f"Commune {number:02d}-{k:03d}"
            communes.append(
                Commune(
                    code=f"{number:02d}{k:03d}",
                    name=name,
                    search_name=search_key(name),
                    population=rng.randint(50, 20_000),
                    epci_id=rng.choice(codes),
                    longitude=lon + rng.uniform(-0.45, 0.45),
                    latitude=lat + rng.uniform(-0.35, 0.35),
                )
            )
    Epci.objects.bulk_create(epcis, batch_size=BATCH)
    Commune.objects.bulk_create(communes, batch_size=BATCH)
    return list(Commune.objects.only("code", "epci_id", "longitude", "latitude"))


def _service(rng: random.Random, number: int, structure: Structure, place: Place | None):
    return Service(
        structure=structure,
        place=place,
        nom=f"Service {number}",
        slug=f"n-{number}",
        description="Service généré pour la mesure.",
        categories=rng.sample([key for key, _ in CATEGORIES], k=rng.randint(1, 2)),
        audiences=rng.sample([key for key, _ in AUDIENCES], k=rng.randint(1, 3)),
        horaires_accueil=rng.choice(HOURS),
        without_appointment=rng.random() < 0.3,
        visibility="public" if rng.random() < 0.95 else "professionnels",
    )


@transaction.atomic
def generate(seed: int = 34) -> dict[str, int]:
    rng = random.Random(seed)
    call_command("load_geography", verbosity=0)
    ensure_demo_entries(structures=demo.STRUCTURES, shelter_address=demo.SHELTER_DEMO_ADDRESS)
    communes = _communes(rng)
    wanted = SERVICES - Service.objects.count()
    structures = Structure.objects.bulk_create(
        [Structure(nom=f"Structure {n}") for n in range(wanted // 3 + 1)], batch_size=BATCH
    )
    places = Place.objects.bulk_create(
        [Place(structure=s, kind="fixe", commune_id=rng.choice(communes).code) for s in structures],
        batch_size=BATCH,
    )
    services, zones = [], []
    for n in range(wanted):
        k = n // 3
        remote = rng.random() < 0.02
        services.append(_service(rng, n, structures[k], None if remote else places[k]))
        draw = rng.random()
        if remote or draw < 0.1:
            zones.append(("epci", n, rng.choice(communes).epci_id))
        elif draw < 0.3:
            zones.append(("commune", n, rng.choice(communes).code))
    services = Service.objects.bulk_create(services, batch_size=BATCH)
    by_commune, by_epci = Service.zone_communes.through, Service.zone_epcis.through
    by_commune.objects.bulk_create(
        [
            by_commune(service=services[n], commune_id=code)
            for kind, n, code in zones
            if kind == "commune"
        ],
        batch_size=BATCH,
    )
    by_epci.objects.bulk_create(
        [by_epci(service=services[n], epci_id=code) for kind, n, code in zones if kind == "epci"],
        batch_size=BATCH,
    )
    return {"communes": Commune.objects.count(), "services": Service.objects.count()}
