"""The barometer in Chromium: the scoring twins agree, the tool works by keyboard, at 320 px,
with and without JavaScript, and leaves nothing behind."""

import http.server
import json
import random
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from observatoire.barometer.content import grossesse
from observatoire.barometer.scoring import score

from . import server
from .conftest import EXIT_HOST, NEUTRAL_PAGE, axe_violations, make_context

ROOT = Path(__file__).resolve().parents[2]
VECTORS = json.loads((ROOT / "observatoire/barometer/data/vectors.json").read_text())
URL = "/barometre/grossesse/"


def spec_from_content() -> dict:
    """The scoring spec of the pregnancy barometer as written in its content module."""
    version = grossesse.VERSION
    return {
        "min_answers": version["min_answers"],
        "scale": version["scale"],
        "zones": [{"key": z["key"], "low": z["low"], "high": z["high"]} for z in version["zones"]],
        "items": [
            {k: item[k] for k in ("key", "zone", "weight", "protective", "trigger")}
            for item in version["items"]
        ],
    }


def _counted(env: dict[str, str], zone: str) -> int:
    """Results counted in `zone`, read from the served site's database."""
    code = (
        "from django.db.models import Sum; from observatoire.barometer.models import UsageCount; "
        f"print(UsageCount.objects.filter(zone={zone!r}).aggregate(n=Sum('count'))['n'] or 0)"
    )
    run = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return int(run.stdout.strip().splitlines()[-1])


def _start(page, site, path_label="Je suis enceinte"):
    page.goto(site + URL)
    page.get_by_label(path_label).check()
    page.get_by_role("button", name="Commencer").click()
    page.get_by_role("heading", name="Partie 1 sur 5").wait_for()


def test_the_python_and_javascript_scorings_agree(browsing, site):
    page, _ = browsing
    _start(page, site)
    # Its deferred scripts run before DOMContentLoaded. (`wait_for_function` given an
    # expression evaluates it with `eval` at each poll after the first: the page's policy
    # refuses that, so when the script had not yet run, CI saw a policy violation.)
    page.wait_for_load_state("domcontentloaded")
    assert page.evaluate("() => window.ovffBarometer !== undefined")
    in_browser = page.evaluate(
        "(v) => v.cases.map((c) => window.ovffBarometer.score(v.spec, c.answers))", VECTORS
    )
    for case, result in zip(VECTORS["cases"], in_browser, strict=True):
        assert (result["zone"], result["cursor"]) == (case["zone"], case["cursor"]), case["name"]
    # And on the real questionnaire, for many answer sets drawn at random.
    spec, rng = spec_from_content(), random.Random(34)
    keys = [answer["key"] for answer in spec["scale"]]
    answer_sets = [
        {item["key"]: rng.choice(keys) for item in spec["items"] if rng.random() < 0.8}
        for _ in range(300)
    ]
    in_browser = page.evaluate(
        "([spec, sets]) => sets.map((a) => window.ovffBarometer.score(spec, a))",
        [spec, answer_sets],
    )
    for answers, result in zip(answer_sets, in_browser, strict=True):
        expected = score(spec, answers)
        assert (result["zone"], result["cursor"]) == (expected.zone, expected.cursor), answers


def test_by_keyboard_one_group_at_a_time_computed_on_the_device(browsing, site_and_env):
    page, recorder = browsing
    site, env = site_and_env
    _start(page, site)
    length = page.evaluate("history.length")
    assert axe_violations(page) == []
    for part in range(5):
        group = page.locator("[data-group]:not([hidden])")
        for radio_group in group.locator(".baro-answers").all():
            radio_group.locator("input").first.focus()
            page.keyboard.press("Space")  # « Jamais »
        if part == 1:
            group.locator("input[value='parfois']").first.focus()
            page.keyboard.press("Space")
        if part < 4:
            page.get_by_role("button", name="Situations suivantes").focus()
            page.keyboard.press("Enter")
            heading = page.get_by_role("heading", name=f"Partie {part + 2} sur 5")
            assert heading.evaluate("(h) => h === document.activeElement")
    requests_before = len(recorder.requests)
    page.get_by_role("button", name="Voir le résultat").focus()
    page.keyboard.press("Enter")
    result = page.locator("[data-result]:not([hidden])")
    result.wait_for()
    assert len(recorder.requests) == requests_before  # no round trip: answers stay here
    assert page.evaluate("history.length") == length
    assert result.locator("h2").evaluate("(h) => h === document.activeElement")
    assert "Zone orange" in result.inner_text()
    assert axe_violations(page) == []
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert recorder.foreign_requests() == []
    # Counting it, by choice, sends the answers with the single-use token: the server computes
    # the zone again, counts it once, and a replay of the same request counts nothing more.
    before = _counted(env, "orange")
    with page.expect_request("**/compter/") as sent:
        result.get_by_role("button", name="Compter ce résultat, de façon anonyme").click()
    page.get_by_role("heading", name="Merci, votre résultat a été compté").wait_for()
    form = dict(parse_qsl(sent.value.post_data))
    assert form["zone"] == "orange" and form["s-coups"] == "jamais" and form["jeton"]
    assert _counted(env, "orange") == before + 1
    for _ in range(3):
        replay = page.request.post(site + URL + "compter/", form=form, max_redirects=0)
        assert (replay.status, replay.headers["location"]) == (303, URL + "merci/")
    assert _counted(env, "orange") == before + 1
    assert page.context.cookies() == [] and recorder.foreign_requests() == []


def test_without_javascript_the_server_gives_the_same_result(browser, site):
    context, recorder = make_context(browser, site, javascript=False)
    page = context.new_page()
    _start(page, site, "Ma partenaire est enceinte")
    assert page.locator("[data-group]").count() == 5  # every group on one page
    page.get_by_role(
        "group", name="Je pousse, je secoue, je gifle ou je frappe ma partenaire."
    ).get_by_label("Parfois").check()
    for name in ("soutien", "telephone", "argent", "isolement", "moqueries"):
        page.locator(f"input[name='s-{name}'][value='jamais']").check()
    page.get_by_role("button", name="Voir le résultat").click()
    page.get_by_role(
        "heading", name="Danger\u00a0: ce que vous décrivez est de la violence"
    ).wait_for()
    assert "?" not in page.url and "coups" not in page.url
    assert context.cookies() == [] and recorder.foreign_requests() == []
    context.close()


@contextmanager
def _partner_on(port: int, html: str):
    """A partner's page, served by this test on another local port (another origin)."""
    body = html.encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def test_embedded_on_a_partner_page_the_quick_exit_takes_the_whole_window(browser, site_and_env):
    site, env = site_and_env
    port = server.free_port()
    partner_origin = f"http://127.0.0.1:{port}"
    server.manage(env, "allow_embedding", partner_origin, "--key", "test", "--name", "Test")
    code = (
        f'<iframe src="{site}/integrer/barometre/grossesse/?partenaire=test" '
        'title="Baromètre de la grossesse" width="100%" height="600" '
        'referrerpolicy="no-referrer" sandbox="allow-scripts allow-forms allow-same-origin '
        'allow-top-navigation-by-user-activation" data-ovff-barometre></iframe>'
        f'<script src="{site}/static/barometer/embed.js" async></script>'
    )
    page_html = f"<!doctype html><html lang='fr'><title>Partenaire</title><h1>Caf</h1>{code}"
    context, recorder = make_context(browser, site, exit_site=False)

    def route(request_route):
        url = request_route.request.url
        if urlsplit(url).hostname == EXIT_HOST:
            recorder.neutral_visits.append({"url": url})
            request_route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE)
        else:
            request_route.continue_()

    context.route("**/*", route)
    page = context.new_page()
    # Serve the partner page on the port that was allowed.
    with _partner_on(port, page_html) as partner:
        assert partner == partner_origin
        page.goto(partner)
        frame = page.frame_locator("iframe[data-ovff-barometre]")
        frame.get_by_role("heading", name="Baromètre de la grossesse").wait_for()
        height = page.locator("iframe").evaluate("(f) => f.getBoundingClientRect().height")
        assert height > 600  # sized by embed.js from the frame's message
        frame.get_by_role("link", name="Effacer mes traces").click()
        page.wait_for_url(f"**{EXIT_HOST}**")
        # Shift pressed three times inside the frame: the same.
        page.goto(partner)
        frame.get_by_label("Je suis enceinte").check()
        for _ in range(3):
            page.keyboard.press("Shift")
        page.wait_for_url(f"**{EXIT_HOST}**")
    assert len(recorder.neutral_visits) == 2
    context.close()


def test_the_server_result_and_the_opt_in_are_accessible(browsing, site):
    page, recorder = browsing
    _start(page, site, "Je suis un·e proche")
    # Answer and post the form as a browser without JavaScript would (groups hidden by the
    # script are all in the form): the server computes the result.
    page.evaluate(
        """(names) => {
          for (const name of names) {
            document.querySelector(`input[name='s-${name}'][value='parfois']`).checked = true;
          }
          document.querySelector('[data-baro-form]').submit();
        }""",
        ["coups", "peur", "argent", "telephone", "soutien", "colere"],
    )
    page.get_by_role(
        "heading", name="Danger\u00a0: ce que vous décrivez est de la violence"
    ).wait_for()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Compter ce résultat, de façon anonyme").click()
    page.get_by_role("heading", name="Merci, votre résultat a été compté").wait_for()
    assert axe_violations(page) == []
    assert page.context.cookies() == [] and recorder.foreign_requests() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
