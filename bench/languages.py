"""The Arabic home page against the French one, same server, same run: time to first byte.

Each request is timed from sending it to the first byte of the answer (http.client, one
connection per request, as a first visit opens one). Alternating the two pages spreads any
noise of the machine over both. Rendered afresh (a query string bypasses the page cache) and as
visitors get them (from the page cache), so both figures show.
"""

import http.client
import time
from urllib.parse import urlsplit

from .common import running_site, summary

ROUNDS = 150


def _first_byte_ms(host: str, port: int, path: str) -> float:
    connection = http.client.HTTPConnection(host, port, timeout=30)
    start = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    response.read(1)
    elapsed = (time.perf_counter() - start) * 1000
    response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"{path}: {response.status}")
    return elapsed


def run() -> list[str]:
    lines = []
    with running_site(workers=1) as base_url:
        parts = urlsplit(base_url)
        for label, suffix in (("rendue à chaque fois", "?mesure={n}"), ("en cache", "")):
            times = {"fr": [], "ar": []}
            for n in range(ROUNDS):
                for code, home in (("fr", "/"), ("ar", "/ar/")):
                    path = home + suffix.format(n=n)
                    times[code].append(_first_byte_ms(parts.hostname, parts.port, path))
            median = {code: sorted(values)[len(values) // 2] for code, values in times.items()}
            lines.append(
                f"Accueil en arabe contre accueil en français, page {label} : premier octet "
                f"en {summary(times['ar'])} ms contre {summary(times['fr'])} ms "
                f"({ROUNDS} requêtes chacune), ratio des médianes {median['ar'] / median['fr']:.2f}"
            )
    return lines
