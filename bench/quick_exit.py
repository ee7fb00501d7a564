"""Quick exit latency in Chromium, against a plain frame measured on the same page.

For each run: the exit button is clicked with a real (CDP) mouse event; the page records the
time from the event to the page being hidden (next animation frame after the overlay is applied)
and to the start of navigation (the Navigation API's navigate event, which the probe then cancels
so that the page stays to report its figures). The reference is the
time from a click on ordinary text to the next animation frame: one frame of this browser here.
"""

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM, EXIT_HOST

from .common import running_site, summary

RUNS = 15

PROBE = """
(() => {
  let clickedAt = null;
  document.addEventListener("click", (event) => { clickedAt = event.timeStamp; }, true);
  navigation.addEventListener("navigate", (event) => {
    if (!event.destination.url.startsWith(location.origin)) {
      window.__navigateAt = performance.now();
      event.preventDefault();
    }
  });
  // Bubbling phase on window: runs after exit.js has handled the click.
  window.addEventListener("click", (event) => {
    const exiting = document.documentElement.classList.contains("is-exiting");
    requestAnimationFrame(() => {
      const elapsed = performance.now() - clickedAt;
      if (!exiting) {
        window.__frame = elapsed;
      } else {
        window.__exit = {hidden: elapsed, navigate: window.__navigateAt - clickedAt};
      }
    });
  });
})();
"""


def run() -> list[str]:
    frames, hidden, navigate = [], [], []
    with running_site() as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 320, "height": 640})
        context.route(f"https://{EXIT_HOST}/**", lambda route: route.abort())
        context.add_init_script(PROBE)
        page = context.new_page()
        for _ in range(RUNS):
            page.goto(base_url + "/partenaires/caf-herault/")
            page.locator("main p").first.click()
            frames.append(page.wait_for_function("() => window.__frame").json_value())
            page.locator(".exit-button").click(no_wait_after=True)
            result = page.wait_for_function("() => window.__exit").json_value()
            hidden.append(result["hidden"])
            navigate.append(result["navigate"])
        browser.close()
    reference = sorted(frames)[len(frames) // 2]
    median_hidden = sorted(hidden)[len(hidden) // 2]
    return [
        f"Sortie rapide ({len(hidden)} essais) : page masquée en {summary(hidden)} ms après le "
        f"clic (objectif < 16 ms) ; référence, une image sans sortie : {summary(frames)} ms ; "
        f"ratio {median_hidden / reference:.2f}",
        f"Sortie rapide : navigation lancée en {summary(navigate)} ms après le clic "
        "(objectif < 50 ms)",
    ]
