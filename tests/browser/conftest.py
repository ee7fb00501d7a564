"""Fixtures for browser tests: the site served by gunicorn, Debian's Chromium, axe-core.

Nothing here reaches another host by name: Chromium resolves none but the site's address
(`BROWSER_ARGS`), the neutral exit site is answered by a route stub, and every request is
recorded, so that a test can assert there was no foreign one (an address written as an IP
number is not resolved, hence not stopped: the record is what the public pages' tests check).
"""

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.databases import fresh_database_url

from . import server
from .back_office import sign_in

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).resolve().parents[2] / "var/npm/node_modules/axe-core/axe.min.js"
EXIT_HOST = "meteofrance.com"
NEUTRAL_PAGE = "<!doctype html><html lang=fr><title>Météo</title><h1>Météo</h1></html>"

# Playwright's sync API runs an event loop in this thread; the Django ORM is not used here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_and_env(tmp_path_factory):
    """A gunicorn serving the demo site from its own database, and its environment (so that a
    test can run management commands against that database)."""
    workdir = tmp_path_factory.mktemp("browser-site")
    port = server.free_port()
    # One per département: the territory tests' site runs beside the main suite's.
    name = "browser_" + os.environ.get("DEPARTEMENT", "34").lower()
    database_url = fresh_database_url(
        os.environ.get("DATABASE_URL"), workdir, name, content="demo", media_root=workdir / "media"
    )
    env = server.server_env(database_url=database_url, var_dir=workdir)
    server.prepare(env, port)
    with server.gunicorn(env, port) as base_url, server.worker(env):
        yield base_url, env


@pytest.fixture(scope="session")
def site(site_and_env):
    """Base URL of the demo site."""
    return site_and_env[0]


@pytest.fixture(scope="session")
def broken_site(tmp_path_factory, site):
    """The same code with its database unreachable: every page is the 503 page."""
    workdir = tmp_path_factory.mktemp("broken-site")
    env = server.server_env(
        database_url="postgres://nobody@127.0.0.1:9/unreachable", var_dir=workdir
    )
    server.collect_static(env)
    # /healthz answers 503 (the database is unreachable): that answer shows the server is up.
    with server.gunicorn(env, server.free_port()) as base_url:
        yield base_url


# Chromium resolves no host name but the site's address: a page cannot reach another host by
# name, whatever it asks for (each request is still recorded, `Recorder.foreign_requests`).
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium`. Browser tests never skip.")
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: `make test` installs it.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield browser
        browser.close()


# Every frame of every page reports the violations of its policy to the test.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportViolation({
    page: document.location.href,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
  });
});
"""


@dataclass
class Recorder:
    origin: str
    requests: list[str] = field(default_factory=list)
    neutral_visits: list[dict] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    csp_violations: list[dict] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def watch(self, page) -> None:
        """Console errors and uncaught JavaScript errors of this page."""
        page.on(
            "console",
            lambda message: message.type == "error" and self.console_errors.append(message.text),
        )
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

    def problems(self) -> dict:
        """What no page may ever show: policy violations and JavaScript errors."""
        return {
            "csp_violations": self.csp_violations,
            "page_errors": self.page_errors,
            "csp_console": [text for text in self.console_errors if "Content Security" in text],
        }

    def foreign_requests(self) -> list[str]:
        return [
            url
            for url in self.requests
            if not url.startswith(self.origin) and not url.startswith(("data:", "about:"))
        ]


def _neutral_site(recorder: Recorder):
    def handle(route):
        request = route.request
        recorder.neutral_visits.append({"url": request.url, "headers": request.headers})
        route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE)

    return handle


def make_context(
    browser,
    site,
    *,
    width=320,
    height=640,
    javascript=True,
    storage_state=None,
    exit_site=True,
):
    """A Chromium context on the site, its requests recorded. With `exit_site` (a public page's
    quick exit may be used), the neutral site answers; without it (the back-office, which has
    no quick exit), no request is routed, so that Chromium keeps its cache of static files as a
    person's does (any route makes Playwright turn that cache off)."""
    context = browser.new_context(
        viewport={"width": width, "height": height},
        java_script_enabled=javascript,
        locale="fr-FR",
        storage_state=storage_state,
    )
    recorder = Recorder(origin=site)
    if exit_site:
        context.route(f"*://{EXIT_HOST}/**", _neutral_site(recorder))
    context.on("request", lambda request: recorder.requests.append(request.url))
    context.expose_binding(
        "__reportViolation", lambda source, report: recorder.csp_violations.append(report)
    )
    context.add_init_script(script=CSP_LISTENER)
    context.on("page", recorder.watch)
    return context, recorder


NO_PROBLEM = {"csp_violations": [], "page_errors": [], "csp_console": []}


@pytest.fixture
def browsing(browser, site):
    """A fresh Chromium context at 320 px and its recorder; no policy violation and no
    JavaScript error may have happened by the end."""
    context, recorder = make_context(browser, site)
    page = context.new_page()
    yield page, recorder
    context.close()
    assert recorder.problems() == NO_PROBLEM


_signed_in: dict[tuple[str, str], dict] = {}


def signed_in_state(browser, site: str, role: str) -> dict:
    """The browser state of `role` signed in: it signs in (and enrols) once per test session."""
    if (site, role) not in _signed_in:
        context, recorder = make_context(browser, site, width=1280, height=900, exit_site=False)
        page = context.new_page()
        sign_in(page, site, role=role)
        _signed_in[site, role] = context.storage_state()
        context.close()
        assert recorder.problems() == NO_PROBLEM
    return _signed_in[site, role]


@pytest.fixture
def back_office(browser, site):
    """`open(role, width=1280)` gives a page signed in as that role (its recorder too). No page
    of any of them may show a policy violation or a JavaScript error."""
    opened = []

    def open_as(role: str, *, width: int = 1280, height: int = 900):
        state = signed_in_state(browser, site, role)
        context, recorder = make_context(
            browser, site, width=width, height=height, storage_state=state, exit_site=False
        )
        opened.append((context, recorder))
        return context.new_page(), recorder

    yield open_as
    for context, _ in opened:
        context.close()
    for _, recorder in opened:
        assert recorder.problems() == NO_PROBLEM


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the page as it is now, its frames included. axe is put into
    each frame only here (from the test, as CSP allows), not into every page the suite opens."""
    for frame in page.frames:
        if not frame.evaluate("() => typeof axe !== 'undefined'"):
            frame.evaluate(_axe_source())
    result = page.evaluate(
        """() => axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                            "best-practice"]},
            resultTypes: ["violations"],  // every violation still; less detail on the rest
        })"""
    )
    return [
        {
            "id": violation["id"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]


@functools.cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8")
