"""The campaign day: 200 clients for 60 s over the public pages while the site is being written to.

As deployed: production settings, gunicorn with `deploy/gunicorn.conf.py`, PostgreSQL
(BENCH_DATABASE_URL) and the shared cache on Redis (BENCH_REDIS_URL, by default the local one,
under a key prefix of its own). wrk's 200 connections cycle through the home page, a partner
page, the directory and the pregnancy barometer (bench/load.lua). During the load, an editor
publishes a page every 10 s (a new revision published, as the back-office does it: Wagtail's
publishing signals renew the page cache) and someone tries a wrong password on the back-office
sign-in every second (django-axes writes each attempt, then locks the name).

Measured twice, in the same run: one server, then two servers behind the same Redis (100
connections each, at once). Each time the reference is the same load without those writes,
and the figure is the ratio of the throughputs (aim: at least 0.8); socket errors and non-2xx
answers are counted and printed (aim: none). A sign-in attempt that the server fails (5xx, or
CSRF refused) fails the benchmark: the attempts must be real ones.
"""

import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from tests.browser import server
from tests.databases import fresh_database_url

from .common import ROOT, VAR
from .load import _env, _gunicorn, _wrk

CLIENTS = 200
SECONDS = 60
PUBLISH_EVERY = 10
WRONG_PASSWORD_EVERY = 1
SCRIPT = ["-s", str(ROOT / "bench" / "load.lua")]
WRONG = "pas-le-bon-mot-de-passe"  # pragma: allowlist secret

PUBLISHER = """
import os, time
from observatoire.pages.models import StandardPage
page = StandardPage.objects.live().first()
number = 0
while True:
    number += 1
    page.intro = f"Mise à jour numéro {number} pendant la campagne."
    page.save_revision().publish()
    print("published", flush=True)
    time.sleep(float(os.environ["PUBLISH_EVERY"]))
"""


class WrongPasswords(threading.Thread):
    """Someone tries a wrong password every second, as a browser does it (CSRF included)."""

    def __init__(self, sites: list[str]):
        super().__init__(daemon=True)
        self.sites, self.tries, self.failures = sites, 0, 0
        self.statuses: dict[int, int] = {}
        self.lock = threading.Lock()
        self.stopped = threading.Event()

    def run(self) -> None:
        started, attempts = time.monotonic(), []
        # One try every second by the clock, each in its own thread however long it waits.
        while not self.stopped.wait(
            max(0, started + self.tries * WRONG_PASSWORD_EVERY - time.monotonic())
        ):
            site = self.sites[self.tries % len(self.sites)]
            self.tries += 1
            attempts.append(threading.Thread(target=self._attempt, args=(site,)))
            attempts[-1].start()
        for attempt in attempts:
            attempt.join(timeout=30)

    def _attempt(self, site: str) -> None:
        try:
            self._try(site)
        except OSError:
            with self.lock:
                self.failures += 1

    def _try(self, site: str) -> None:
        # The CSRF cookie is Secure in production: carried by hand over this plain-HTTP hop,
        # as the TLS proxy in front would; the Referer is the page's https address.
        address = "https://" + site.split("://", 1)[1] + "/gestion/login/"
        headers = {"X-Forwarded-Proto": "https", "Referer": address}
        with urllib.request.urlopen(
            urllib.request.Request(site + "/gestion/login/", headers=headers)
        ) as login:
            page = login.read().decode()
            cookie = login.headers.get("Set-Cookie", "").split(";", 1)[0]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        form = {"username": "coordination", "password": WRONG}
        form["csrfmiddlewaretoken"] = token.group(1) if token else ""
        request = urllib.request.Request(
            site + "/gestion/login/",
            data=urllib.parse.urlencode(form).encode(),
            headers={**headers, "Cookie": cookie},
        )
        try:
            with urllib.request.urlopen(request) as answer:
                status, body = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        if status >= 500 or (status == 403 and b"CSRF" in body):  # Django's CSRF refusal
            raise OSError(f"sign-in answered {status}")
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1


def _load(sites: list[str]) -> dict[str, float]:
    """wrk on each site at once, CLIENTS connections shared; summed."""
    per_site = CLIENTS // len(sites)

    def one(site: str) -> dict[str, float]:
        return _wrk(site + "/", *SCRIPT, clients=per_site, seconds=SECONDS)

    with ThreadPoolExecutor(len(sites)) as pool:
        results = list(pool.map(one, sites))
    return {
        "rps": sum(r["rps"] for r in results),
        "requests": sum(r["requests"] for r in results),
        "errors": sum(r["errors"] + r["failed"] for r in results),
        "p99": max(r["p99"] for r in results),
    }


def _campaign(env: dict[str, str], sites: list[str]) -> tuple[dict, dict, int, int]:
    """(quiet load, load with writes, pages published, wrong passwords tried)."""
    for site in sites:  # warm-up: workers load templates, the page cache fills
        _wrk(site + "/", *SCRIPT, clients=CLIENTS // len(sites), seconds=10)
    quiet = _load(sites)
    publisher = subprocess.Popen(
        [sys.executable, "manage.py", "shell", "-c", PUBLISHER],
        cwd=ROOT,
        env=dict(env, PUBLISH_EVERY=str(PUBLISH_EVERY)),
        stdout=subprocess.PIPE,
        text=True,
    )
    passwords = WrongPasswords(sites)
    passwords.start()
    try:
        busy = _load(sites)
    finally:
        passwords.stopped.set()
        passwords.join()
        publisher.terminate()
        published = publisher.communicate(timeout=30)[0].count("published")
    if passwords.failures:
        raise RuntimeError(f"{passwords.failures} sign-in attempts failed")
    # A wrong password shows the form again; then the name is locked (django-axes).
    if set(passwords.statuses) - {200, 403, 429}:
        raise RuntimeError(f"sign-in attempts answered {passwords.statuses}")
    return quiet, busy, published, passwords.tries


def _line(label: str, quiet: dict, busy: dict, published: int, tries: int) -> str:
    return (
        f"Jour de campagne, {label} ({CLIENTS} clients pendant {SECONDS} s, production, "
        f"PostgreSQL, Redis) : {busy['requests']} requêtes, {busy['errors']} erreur(s) "
        f"(objectif 0 ; sans écritures : {quiet['errors']}), {busy['rps']:.0f} req/s, "
        f"p99 {busy['p99']:.0f} ms, pendant {published} publications et {tries} mauvais mots "
        f"de passe ; même charge sans écritures : {quiet['rps']:.0f} req/s, p99 "
        f"{quiet['p99']:.0f} ms ; ratio débit {busy['rps'] / quiet['rps']:.2f} (objectif ≥ 0,8)"
    )


def run():
    base = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    var_dir = VAR / "bench" / "campaign"
    var_dir.mkdir(parents=True, exist_ok=True)
    env = _env(
        fresh_database_url(base, var_dir, "campaign", content="demo", media_root=var_dir / "media"),
        var_dir,
    )
    ports = [server.free_port(), server.free_port()]
    server.prepare(env, ports[0])
    for label, count in (("un serveur", 1), ("deux serveurs, un Redis", 2)):
        processes = [_gunicorn(env, port) for port in ports[:count]]
        try:
            sites = [f"http://127.0.0.1:{port}" for port in ports[:count]]
            yield _line(label, *_campaign(env, sites))
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=30)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for line in run():
        print(line, flush=True)
