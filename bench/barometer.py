"""The barometer in Chromium: weight of its scripts and styles, time to compute a result, and
time until the questions answer with the CPU slowed four times.

References, measured in the same run: the home page's time to interactive under the same
slowdown, and an empty loop of the same length as the result computation.
"""

import statistics

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM

from .common import running_site, summary

WEIGHT_BUDGET = 20 * 1024
COMPUTE_AIM_MS = 5
CALLS = 2000
LOADS = 7


def _questions(page, base_url):
    page.goto(base_url + "/barometre/grossesse/")
    page.get_by_label("Je suis enceinte").check()
    page.get_by_role("button", name="Commencer").click()
    page.wait_for_selector("[data-progress]:not([hidden])")


def _weight(browser, base_url) -> str:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    _questions(page, base_url)
    # First visit: each file once, as transferred when first fetched (later pages reuse it).
    first = {}
    for response in responses:
        if response.request.resource_type in ("script", "stylesheet"):
            first.setdefault(response.url, response)
    tool = list(first.values())
    transferred = sum(
        r.request.sizes()["responseBodySize"] + r.request.sizes()["responseHeadersSize"]
        for r in tool
    )
    context.close()
    return (
        f"Baromètre, scripts et styles ({len(tool)} fichiers) : {transferred / 1024:.1f} Ko "
        f"transférés (compressés, en-têtes compris), soit {transferred / WEIGHT_BUDGET:.2f} du "
        f"budget de {WEIGHT_BUDGET // 1024} Ko"
    )


def _compute(browser, base_url) -> str:
    context = browser.new_context()
    page = context.new_page()
    _questions(page, base_url)
    timings = page.evaluate(
        """(calls) => {
          const spec = JSON.parse(document.getElementById("baro-spec").textContent);
          const keys = spec.scale.map((a) => a.key);
          const sets = Array.from({length: calls}, (_, n) => Object.fromEntries(
            spec.items.map((item, i) => [item.key, keys[(n + i * 7) % keys.length]])));
          // The clock is coarse (0.1 ms): time batches of 100 and divide.
          const score = [], empty = [];
          let seen = 0;  // used below, so that the reference loop is not optimised away
          for (let b = 0; b < calls; b += 100) {
            const batch = sets.slice(b, b + 100);
            let t = performance.now();
            for (const answers of batch) { window.ovffBarometer.score(spec, answers); }
            score.push((performance.now() - t) / batch.length);
            t = performance.now();
            for (const answers of batch) {
              for (const item of spec.items) { if (answers[item.key] !== undefined) seen += 1; }
            }
            empty.push((performance.now() - t) / batch.length);
          }
          return {score, empty, seen};
        }""",
        CALLS,
    )
    context.close()
    median = statistics.median(timings["score"])
    return (
        f"Baromètre, calcul d’un résultat dans le navigateur ({CALLS} calculs, par lots de "
        f"100) : {1000 * median:.1f} µs médian, p95 "
        f"{1000 * sorted(timings['score'])[-2]:.1f} µs (objectif < {COMPUTE_AIM_MS} ms, soit "
        f"{median / COMPUTE_AIM_MS:.4f} de l’objectif) ; référence, simple parcours des mêmes "
        f"réponses : {1000 * statistics.median(timings['empty']):.1f} µs ; rapport "
        f"{median / max(statistics.median(timings['empty']), 1e-6):.1f}"
    )


def _interactive(browser, base_url, *, questions: bool) -> list[float]:
    times = []
    for _ in range(LOADS):
        context = browser.new_context(viewport={"width": 320, "height": 640})
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        if questions:
            page.goto(base_url + "/barometre/grossesse/")
            page.get_by_label("Je suis enceinte").check()
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            page.get_by_role("button", name="Commencer").click()
            page.wait_for_selector("[data-progress]:not([hidden])")
        else:
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            page.goto(base_url + "/", wait_until="domcontentloaded")
            page.wait_for_load_state("load")
        # From the navigation's start to now: the page answers (questions: groups are set up).
        times.append(page.evaluate("performance.now()"))
        context.close()
    return times


def run() -> list[str]:
    with running_site() as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        lines = [_weight(browser, base_url), _compute(browser, base_url)]
        tool = _interactive(browser, base_url, questions=True)
        home = _interactive(browser, base_url, questions=False)
        lines.append(
            f"Baromètre, questions prêtes avec le processeur ralenti 4 fois : {summary(tool)} ms "
            f"après le début de la navigation ; référence, accueil chargé dans les mêmes "
            f"conditions : {summary(home)} ms ; rapport des médianes "
            f"{statistics.median(tool) / statistics.median(home):.2f}"
        )
        browser.close()
    return lines
