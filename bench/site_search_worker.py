"""Measures the site search in one PostgreSQL database (run by bench/site_search.py).

Generates, once, 5,000 searchable records besides the demo: 500 publication pages and 4,500
recommendations, with French sentences drawn from a seeded vocabulary, and indexes them. Then,
for a list of French queries: the time of `site_search()` (pages, recommendations, services,
each read back through its published filter) and the time of a bare full-text query on the
same index rows (French configuration, the same words, the same limit). Prints JSON.
"""

import json
import random
import sys
import time

import django

WORDS = [
    "violences",
    "conjugales",
    "enfants",
    "exposés",
    "femmes",
    "victimes",
    "hébergement",
    "urgence",
    "plainte",
    "accompagnement",
    "social",
    "gendarmerie",
    "commissariat",
    "grossesse",
    "jeunes",
    "relations",
    "amoureuses",
    "alcool",
    "drogues",
    "formation",
    "repérage",
    "prévention",
    "réseau",
    "partenaires",
    "santé",
    "école",
    "justice",
    "logement",
    "autonomie",
    "financière",
    "écoute",
    "associations",
    "protection",
    "ordonnance",
    "harcèlement",
]  # a sentence is easier to read than a list
QUERIES = [
    "violence conjugale",
    "enfants exposés",
    "hebergement d'urgence",
    "premières relations",
    "formation repérage",
    "alcool",
    "plainte gendarmerie",
    "protection enfant",
    "réseau partenaires",
    "autonomie financiere",
    "harcèlement",
    "ecoute victimes",
]
ROUNDS = 10


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def generate() -> int:
    from django.core.management import call_command

    from observatoire.knowledge.models import (
        PublicationIndexPage,
        PublicationPage,
        Recommendation,
        ThemePage,
    )

    if Recommendation.objects.count() > 1000:
        return 0
    rng = random.Random(5000)
    index = PublicationIndexPage.objects.get()
    for number in range(500):
        index.add_child(
            instance=PublicationPage(
                title=f"Document {number} : {_sentence(rng, 5)}",
                slug=f"document-genere-{number}",
                intro=_sentence(rng, 15),
                kind="etude",
                audience="professionnels",
                year=2020 + number % 6,
                summary=f"<p>{_sentence(rng, 40)}</p>",
            )
        )
    themes = list(ThemePage.objects.all())
    Recommendation.objects.bulk_create(
        Recommendation(
            theme=themes[number % len(themes)],
            number=100 + number,
            title=_sentence(rng, 6),
            text=_sentence(rng, 30),
        )
        for number in range(4500)
    )
    call_command("update_index", verbosity=0)
    return 5000


def _bare(query: str) -> float:
    from django.db import connection

    sql = (
        "SELECT content_type_id, object_id FROM wagtailsearch_indexentry "
        "WHERE (title || body) @@ plainto_tsquery('french', %s) "
        "ORDER BY ts_rank(title || body, plainto_tsquery('french', %s)) DESC LIMIT 60"
    )
    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql, [query, query])
        cursor.fetchall()
    return 1000 * (time.perf_counter() - start)


def measure() -> dict:
    from observatoire.knowledge.search import site_search

    timings, bare, counts = [], [], []
    for query in QUERIES:  # warm-up
        site_search(query=query)
        _bare(query)
    for _ in range(ROUNDS):
        for query in QUERIES:
            start = time.perf_counter()
            counts.append(len(site_search(query=query)))
            timings.append(1000 * (time.perf_counter() - start))
            bare.append(_bare(query))
    return {"search": timings, "bare": bare, "results": counts}


if __name__ == "__main__":
    django.setup()
    from wagtail.models import Page

    from observatoire.knowledge.models import Recommendation

    generated = generate()
    result = measure()
    result["records"] = Page.objects.count() + Recommendation.objects.count()
    result["generated"] = generated
    json.dump(result, sys.stdout)
