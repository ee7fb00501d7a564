"""Keyboard-only use at 320 px: every focus is visible and never hidden under the sticky bar."""

import pytest

FOCUS_STATE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const bar = document.querySelector('.safety-bar').getBoundingClientRect();
  return {
    tag: el.tagName, text: (el.textContent || '').trim().slice(0, 40),
    indicator: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
    inBar: el.closest('.safety-bar') !== null,
    top: box.top, bottom: box.bottom, barBottom: bar.bottom, viewport: innerHeight,
  };
}"""


def _walk(page, key: str, steps: int) -> set[str]:
    seen = set()
    for _ in range(steps):
        page.keyboard.press(key)
        state = page.evaluate(FOCUS_STATE)
        if state["tag"] == "BODY":
            break
        assert state["indicator"], state
        if not state["inBar"]:
            assert state["top"] >= state["barBottom"] - 1, state
            assert state["bottom"] <= state["viewport"] + 1, state
        seen.add(state["text"])
    return seen


@pytest.mark.parametrize("path", ["/", "/partenaires/caf-herault/", "/effacer-mes-traces/"])
def test_tabbing_forwards_then_backwards(browsing, site, path):
    page, _ = browsing
    page.goto(site + path)
    seen = _walk(page, "Tab", 60)
    assert "Quitter ce site rapidement" in seen and "Effacer mes traces" in seen
    # Backwards, the page scrolls up: this is where a sticky bar can hide the focus.
    page.keyboard.press("End")
    page.locator("footer a").last.focus()
    _walk(page, "Shift+Tab", 60)
