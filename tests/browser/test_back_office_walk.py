"""Every back-office page each role can reach, opened in Chromium: none breaks its policy,
throws a JavaScript error or answers 5xx, and every one is named in its header.

The walk follows the links of the back-office from the dashboard, one page per kind of
address (numbers in paths count as one), and never a link that changes something by GET
(there are none: Wagtail confirms by POST) or leaves the session."""

import re
from collections import deque

import pytest

from .accounts import ROLES

# Links never followed: leaving, downloads, and confirmation pages whose POST would change data
# (the GET only shows the question, but the walk has no business there).
NOT_FOLLOWED = re.compile(
    r"/logout/|/delete/|/unpublish/|/revert/|/copy/|/move/|/lock/|/unlock/|/convert_alias/"
    r"|/reinitialiser/|/codes-de-secours/|/retirer/|/soumettre/|/valider/|/publier/"
    r"|/workflow/|/cancel|/disable/|/enable/|jsi18n|sprite|export|\.csv|\.json|/bulk/"
    r"|/preview/|#"
)
# Pages per role at most (the coordination reaches the most kinds of page).
LIMITS = {"coordination": 60}


def _kind(path: str) -> str:
    return re.sub(r"/\d+/", "/N/", path.split("?")[0])


def walk(page, site: str, *, limit: int) -> dict[str, int]:
    """{path: status} of the pages reached, one per kind of address."""
    seen_kinds, visited, queue = set(), {}, deque([site + "/gestion/"])
    while queue and len(visited) < limit:
        url = queue.popleft()
        kind = _kind(url[len(site) :])
        if kind in seen_kinds:
            continue
        seen_kinds.add(kind)
        response = page.goto(url, wait_until="load")
        visited[url[len(site) :]] = response.status if response else 0
        header = page.locator("header h1, header h2").first
        if kind != "/gestion/" and header.count():
            assert header.inner_text().strip() != "Accueil", url
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            if href.startswith(site + "/gestion/") and not NOT_FOLLOWED.search(href[len(site) :]):
                queue.append(href.split("#")[0])
    return visited


@pytest.mark.parametrize("role", [role for role in ROLES if role != "telephone-perdu"])
def test_every_page_a_role_reaches_keeps_to_the_policy_and_works(back_office, site, role):
    page, recorder = back_office(role)
    visited = walk(page, site, limit=LIMITS.get(role, 20))
    assert len(visited) > 5
    broken = {path: status for path, status in visited.items() if status >= 500}
    assert broken == {}
    # The fixture checks, at its end, that no page broke its policy or threw an error.
    print(f"\n{role}: {len(visited)} pages, {len(recorder.csp_violations)} policy violations")
