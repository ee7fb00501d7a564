"""Measures the directory search in one database (run by bench/search.py in a subprocess).

For sampled communes, with and without a category filter: the time of `search_services`, and
the time of a bare query reading the same service rows by primary key (with their place and
commune), the least any search returning them could cost. Prints JSON.
"""

import datetime
import json
import random
import sys
import time

import django


def _bare(ids: list[int]) -> float:
    from django.db import connection

    marks = ",".join(["%s"] * len(ids))
    sql = (
        "SELECT s.*, p.*, c.code, c.name, c.longitude, c.latitude "
        "FROM directory_service s "
        "LEFT JOIN directory_place p ON p.id = s.place_id "
        "LEFT JOIN directory_commune c ON c.code = p.commune_id "
        f"WHERE s.id IN ({marks})"
    )
    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)
        cursor.fetchall()
    return time.perf_counter() - start


def measure(samples: int) -> dict:
    from observatoire.directory import selectors
    from observatoire.directory.models import Commune, Service

    rng = random.Random(7)
    codes = sorted(Commune.objects.values_list("code", flat=True))
    communes = [
        Commune.objects.get(code=code) for code in rng.sample(codes, min(samples, len(codes)))
    ]
    now = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=datetime.UTC)
    searches, bares, found = [], [], []
    for filters in (selectors.ServiceFilters(), selectors.ServiceFilters(categories=("ecoute",))):
        for commune in communes[:10]:  # warm-up
            selectors.search_services(commune=commune, filters=filters, now=now)
        for commune in communes:
            start = time.perf_counter()
            nearby, wide = selectors.search_services(commune=commune, filters=filters, now=now)
            searches.append(time.perf_counter() - start)
            ids = [result.service.pk for result in nearby + wide]
            found.append(len(ids))
            bares.append(_bare(ids) if ids else 0.0)
    return {
        "services": Service.objects.count(),
        "communes": len(codes),
        "search": searches,
        "bare": bares,
        "found": found,
    }


def main() -> None:
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if "--generate" in sys.argv:
        from bench import national

        national.generate()
        return
    print(json.dumps(measure(int(sys.argv[1]))))


if __name__ == "__main__":
    main()
