"""The quick exit, as a person in danger would use it: mouse, keyboard, no JavaScript, Back."""

import re

import pytest

from .conftest import EXIT_HOST, make_context

NEUTRAL = re.compile(rf"https://{re.escape(EXIT_HOST)}/.*")

# Reports, from inside the page, what the page looked like at the instant navigation started.
WATCH_NAVIGATION = """
navigation.addEventListener("navigate", (event) => {
  const main = document.querySelector("main");
  window.__exitReport({
    destination: event.destination.url,
    hidden: main !== null && getComputedStyle(main).display === "none",
    overlay: document.querySelector(".exit-overlay")?.textContent || null,
  });
});
"""


def _watch(page):
    reports = []
    page.expose_function("__exitReport", lambda report: reports.append(report))
    page.add_init_script(WATCH_NAVIGATION)
    return reports


def test_click_blanks_the_page_before_leaving_and_leaves_no_referrer(browsing, site):
    page, recorder = browsing
    reports = _watch(page)
    page.goto(site + "/partenaires/caf-herault/")
    page.get_by_role("link", name="Effacer mes traces").first.click()
    page.wait_for_url(NEUTRAL)
    assert reports and reports[0]["destination"].startswith(f"https://{EXIT_HOST}/")
    assert reports[0]["hidden"] is True
    assert reports[0]["overlay"]
    assert "referer" not in recorder.neutral_visits[-1]["headers"]


def test_back_after_exit_never_shows_the_site(browsing, site):
    page, _ = browsing
    page.goto(site + "/")
    page.get_by_role("navigation", name="Menu principal").get_by_role(
        "link", name="Partenaires"
    ).click()
    page.wait_for_url(site + "/partenaires/")
    page.get_by_role("link", name="Caf de l’Hérault").first.click()
    page.wait_for_url(site + "/partenaires/caf-herault/")
    page.get_by_role("link", name="Effacer mes traces").first.click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert not page.url.startswith(site), page.url
    assert page.evaluate("history.length") == 2  # about:blank, then the neutral site


def test_shift_three_times_exits(browsing, site):
    page, _ = browsing
    reports = _watch(page)
    page.goto(site + "/observatoire/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    assert reports[0]["hidden"] is True


def test_live_region_counts_down_in_french(browsing, site):
    page, _ = browsing
    page.clock.install()
    page.goto(site + "/")
    status = page.locator("[data-exit-status]")
    assert status.get_attribute("role") == "status"
    page.keyboard.press("Shift")
    assert status.text_content() == "Appuyez encore 2 fois sur Maj pour quitter ce site."
    page.keyboard.press("Shift")
    assert status.text_content() == "Appuyez encore 1 fois sur Maj pour quitter ce site."
    page.clock.run_for(5001)
    assert "Délai dépassé" in status.text_content()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url.startswith(site)


def test_shift_combined_with_another_key_does_not_count(browsing, site):
    page, _ = browsing
    page.goto(site + "/")
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.startswith(site)
    page.keyboard.press("Shift")  # now the third clean press
    page.wait_for_url(NEUTRAL)


@pytest.mark.parametrize(
    "keys",
    [
        ("Shift", "Shift", "a", "Shift"),  # any other key resets the count
        ("Shift", "Shift", "Tab", "Shift"),
        ("Escape", "Escape", "Escape"),  # Escape is deliberately not an exit
    ],
    ids=["lettre", "tabulation", "echap"],
)
def test_sequences_that_do_not_exit(browsing, site, keys):
    page, _ = browsing
    page.goto(site + "/")
    for key in keys:
        page.keyboard.press(key)
    page.wait_for_timeout(300)
    assert page.url.startswith(site)


def test_presses_more_than_five_seconds_apart_do_not_exit(browsing, site):
    page, _ = browsing
    page.clock.install()
    page.goto(site + "/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.clock.run_for(5001)
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.startswith(site)


def test_first_tab_reaches_the_exit_skip_link(browsing, site):
    page, _ = browsing
    page.goto(site + "/numeros-utiles/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "({text: document.activeElement.textContent.trim(),"
        " exit: document.activeElement.hasAttribute('data-exit')})"
    )
    assert focused == {"text": "Quitter ce site rapidement", "exit": True}
    assert page.locator(":focus").is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url(NEUTRAL)


def test_skip_to_content_moves_focus_without_a_history_entry(browsing, site):
    page, _ = browsing
    page.goto(site + "/")
    length = page.evaluate("history.length")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"
    assert page.evaluate("history.length") == length


def test_page_restored_from_back_forward_cache_leaves(browsing, site):
    page, _ = browsing
    page.goto(site + "/")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    page.wait_for_url(NEUTRAL)


def test_exit_works_without_javascript(browser, site):
    context, recorder = make_context(browser, site, javascript=False)
    page = context.new_page()
    page.goto(site + "/")
    page.get_by_role("link", name="Effacer mes traces").first.click()
    page.wait_for_url(NEUTRAL)
    assert recorder.neutral_visits
    assert "referer" not in recorder.neutral_visits[-1]["headers"]
    context.close()
