"""The quick exit, as a person in danger would use it: mouse, keyboard, no JavaScript, Back."""

import base64
import io
import json
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from .conftest import BROWSER_ARGS, CHROMIUM, EXIT_HOST, NO_PROBLEM, axe_violations, make_context

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


# --- Back after an exit, with the back-forward cache on ------------------------------------
# Playwright starts Chromium with --disable-back-forward-cache; a person's Chromium keeps even
# `no-store` pages of this site in that cache (it sets no cookie). These tests use a Chromium
# of the same Playwright with the cache on, and the same flags as the `browser` fixture.

# Runs before the page's own scripts, so that its listeners run before exit.js's:
# - on pagehide, it paints the safety bar pure green (CSSOM, which the policy allows): a frame
#   with that green bar shows the page as rendered after it was left, i.e. by a restore;
# - on a restore, it tells what the page looked like as it came out of the cache, before any
#   handler could cover it, then whether the cover ever came off, and its state as it left.
WATCH_RESTORE = """
const departed = () => {
  const bar = document.querySelector(".safety-bar");
  if (bar) bar.style.setProperty("background", "rgb(0, 255, 0)", "important");
};
window.__markDeparted = departed;
addEventListener("pagehide", departed);
const state = () => ({
  rootHidden: document.documentElement.hidden,
  mainRendered: document.querySelector("main")?.getClientRects().length > 0,
  barRendered: document.querySelector(".safety-bar")?.getClientRects().length > 0,
});
addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  window.__restoreReport({moment: "restored", url: location.href, ...state()});
  new MutationObserver(() => {
    if (!document.documentElement.hidden) window.__restoreReport({moment: "uncovered"});
  }).observe(document.documentElement, {attributes: true, attributeFilter: ["hidden"]});
  navigation.addEventListener("navigate", (navigate) => {
    window.__restoreReport({moment: "leaving", url: navigate.destination.url, ...state()});
  });
});
"""


def _shows_the_page_rendered_after_it_was_left(jpeg: bytes) -> bool:
    """Whether a frame shows the safety bar painted green on pagehide, over a visible share of
    the frame (the neutral page, the exit overlay and a blank page have no green at all)."""
    pixels = Image.open(io.BytesIO(jpeg)).convert("RGB").tobytes()
    green = sum(
        1
        for i in range(0, len(pixels), 3)
        if pixels[i] < 60 and pixels[i + 1] > 200 and pixels[i + 2] < 60
    )
    return green > len(pixels) // 3 // 100


def _frames(trace: bytes) -> list[bytes]:
    """The screenshots of a Chromium trace: one per frame the compositor presented."""
    events = json.loads(trace)
    events = events["traceEvents"] if isinstance(events, dict) else events
    return [
        base64.b64decode(event["args"]["snapshot"])
        for event in events
        if event.get("name") == "Screenshot"
    ]


@pytest.fixture(scope="module")
def bfcache_browser(browser):
    bfcache_browser = browser.browser_type.launch(
        executable_path=CHROMIUM,
        args=BROWSER_ARGS,
        ignore_default_args=["--disable-back-forward-cache"],
    )
    yield bfcache_browser
    bfcache_browser.close()


def _exit(page, how):
    if how == "clic":
        page.get_by_role("link", name="Effacer mes traces").first.click()
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)


def _next_frame(page):
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


@pytest.mark.parametrize("how", ["clic", "maj"])
def test_back_after_an_exit_shows_nothing_of_the_site(bfcache_browser, site, how):
    """Back after an exit brings a page of the site out of the back-forward cache: it comes out
    covered (it covered itself on pagehide), stays covered and leaves again, and no frame
    presented on the way back shows it as rendered after it was left.

    Not asserted, because no script of the page can prevent it: when the page was left from the
    address bar (as here), Chromium may present once more, ahead of the restored page's first
    rendering, the picture its compositor kept from before that departure (one frame, in some
    runs; the page could not know it was being left, so it had no covered frame to keep)."""
    context, recorder = make_context(bfcache_browser, site)
    page = context.new_page()
    reports = []
    page.expose_function("__restoreReport", lambda report: reports.append(report))
    page.add_init_script(WATCH_RESTORE)
    # Two addresses typed in (or a bookmark, a link from elsewhere): two entries of the site,
    # the first one left for the second by an ordinary navigation, so kept in the cache.
    page.goto(site + "/")
    page.goto(site + "/partenaires/")
    page.evaluate("window.__markDeparted()")  # this page is replaced by the exit anyway
    assert _shows_the_page_rendered_after_it_was_left(page.screenshot(type="jpeg"))
    _exit(page, how)
    assert page.evaluate("history.length") == 3  # about:blank, the home page, the neutral site

    visits = len(recorder.neutral_visits)
    bfcache_browser.start_tracing(page=page, screenshots=True)
    page.go_back()  # the home page comes back from the cache, and leaves again
    expect(page).to_have_url(NEUTRAL)
    expect(page.get_by_role("heading", level=1)).to_be_visible()  # the neutral page
    _next_frame(page)
    frames = _frames(bfcache_browser.stop_tracing())

    assert len(recorder.neutral_visits) == visits + 1
    covered = {"rootHidden": True, "mainRendered": False, "barRendered": False}
    assert reports == [  # and never "uncovered"
        {"moment": "restored", "url": site + "/", **covered},
        {"moment": "leaving", "url": recorder.neutral_visits[-1]["url"], **covered},
    ]
    assert frames  # the way back was recorded
    showing = [
        i for i, frame in enumerate(frames) if _shows_the_page_rendered_after_it_was_left(frame)
    ]
    assert showing == [], f"{len(showing)} of {len(frames)} frames show the site"
    context.close()
    assert recorder.problems() == NO_PROBLEM


# --- The visual count of Shift presses ------------------------------------------------------
def _layout(page):
    return page.evaluate(
        """() => ['.safety-bar', '.safety-hint', '.site-header', 'main'].map((selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return [selector, box.x, box.y, box.width, box.height];
        })"""
    )


def _count_state(page):
    return page.evaluate(
        """() => {
            const box = document.querySelector('[data-exit-count]');
            return {
                shown: !box.hidden && box.getClientRects().length > 0,
                text: box.textContent.replace(/\\s+/g, ' ').trim(),
                filled: box.querySelectorAll('[data-exit-pip].is-on').length,
                pips: box.querySelectorAll('[data-exit-pip]').length,
            };
        }"""
    )


def test_shift_count_appears_after_the_first_press_and_resets(browsing, site):
    page, _ = browsing
    page.clock.install()
    page.goto(site + "/partenaires/caf-herault/")
    assert _count_state(page)["shown"] is False
    layout = _layout(page)

    page.keyboard.press("Shift")
    assert _count_state(page) == {"shown": True, "text": "Maj : 1 sur 3", "filled": 1, "pips": 3}
    # Exposed to assistive technologies as text (the pips themselves are decoration).
    count = page.locator("[data-exit-count]")
    assert count.aria_snapshot().replace("\xa0", " ") == '- paragraph: "Maj : 1 sur 3"'
    assert page.locator("[data-exit-status]").text_content() == (
        "Appuyez encore 2 fois sur Maj pour quitter ce site."
    )
    # Over the page, next to the exit button: nothing of the page moved.
    assert _layout(page) == layout
    count_box = count.bounding_box()
    button_box = page.locator(".exit-button").bounding_box()
    assert count_box["y"] >= button_box["y"] + button_box["height"]
    assert count_box["x"] + count_box["width"] <= page.viewport_size["width"]
    assert axe_violations(page) == []

    page.keyboard.press("Shift")
    assert _count_state(page) == {"shown": True, "text": "Maj : 2 sur 3", "filled": 2, "pips": 3}
    assert _layout(page) == layout

    page.clock.run_for(5001)  # the same delay as the count itself
    assert _count_state(page)["shown"] is False
    assert "Délai dépassé" in page.locator("[data-exit-status]").text_content()
    assert page.url.startswith(site)

    page.keyboard.press("Shift")
    assert _count_state(page)["filled"] == 1
    page.keyboard.press("a")  # any other key: the count starts again, and is hidden
    assert _count_state(page)["shown"] is False


def test_shift_count_is_seen_in_forced_colours_and_without_motion(browsing, site):
    page, _ = browsing
    page.emulate_media(forced_colors="active", reduced_motion="reduce")
    page.goto(site + "/")
    page.keyboard.press("Shift")
    pips = page.evaluate(
        """() => [...document.querySelectorAll('[data-exit-pip]')].map((pip) => {
            const style = getComputedStyle(pip);
            return {on: pip.classList.contains('is-on'), fill: style.backgroundColor,
                    edge: style.borderTopColor, transition: style.transitionDuration};
        })"""
    )
    assert [pip["on"] for pip in pips] == [True, False, False]
    # The filled pip differs from the empty ones, and every pip has a visible edge.
    assert pips[0]["fill"] != pips[1]["fill"] == pips[2]["fill"]
    assert all(pip["edge"] != pip["fill"] for pip in pips[1:])
    assert {pip["transition"] for pip in pips} == {"0s"}
    assert page.locator("[data-exit-count]").is_visible()
    assert axe_violations(page) == []
