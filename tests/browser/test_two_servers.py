"""Two application servers on one database and one shared cache (PostgreSQL and Redis in CI),
as deploy/scaling.md describes: a page published through one is served at once by the other,
and one client's posts are counted across both."""

import urllib.error
import urllib.parse
import urllib.request

import pytest

from . import server
from .conftest import NO_PROBLEM, make_context, signed_in_state

POSTS_PER_MINUTE = 5
PAGE = "/plan-du-site/"


@pytest.fixture(scope="module")
def two_servers(site_and_env):
    """Two more gunicorns on the browser site's database and cache, with a small limit."""
    _, env = site_and_env
    env = dict(env, RATE_LIMIT_POSTS_PER_MINUTE=str(POSTS_PER_MINUTE))
    with (
        server.gunicorn(env, server.free_port()) as first,
        server.gunicorn(env, server.free_port()) as second,
    ):
        yield first, second


def _get(url: str) -> tuple[str, str]:
    with urllib.request.urlopen(url) as response:
        return response.read().decode(), response.headers.get("X-Page-Cache", "")


def test_a_page_published_through_one_server_is_served_at_once_by_the_other(
    browser, site, two_servers
):
    first, second = two_servers
    _get(second + PAGE)
    assert _get(second + PAGE)[1] == "hit"  # the second server serves it from the cache

    state = signed_in_state(browser, site, "coordination")
    context, recorder = make_context(
        browser, first, width=1280, height=900, storage_state=state, exit_site=False
    )
    page = context.new_page()
    page.goto(first + "/gestion/pages/search/?q=Plan")
    page.locator("main td.title").get_by_role("link", name="Plan du site", exact=True).click()
    page.wait_for_url("**/edit/")
    page.locator("#id_intro").fill("Toutes les pages du site, publiées par le premier serveur.")
    page.locator("button.w-dropdown__toggle").last.click()
    page.get_by_role("button", name="Publier").click()
    page.wait_for_url("**/gestion/pages/**")
    context.close()
    assert recorder.problems() == NO_PROBLEM

    html, cache = _get(second + PAGE)
    assert "publiées par le premier serveur" in html and cache == "miss"


def test_one_clients_posts_are_counted_across_both_servers(two_servers):
    statuses = []
    for number in range(POSTS_PER_MINUTE + 2):
        base = two_servers[number % 2]
        request = urllib.request.Request(
            base + "/annuaire/",
            data=urllib.parse.urlencode({"q": "Béziers"}).encode(),
            # The proxy in front (127.0.0.1 is trusted) names the client.
            headers={"X-Forwarded-For": "192.0.2.77"},
        )
        try:
            with urllib.request.urlopen(request) as response:
                statuses.append(response.status)
        except urllib.error.HTTPError as error:
            statuses.append(error.code)
    assert statuses[:POSTS_PER_MINUTE] == [200] * POSTS_PER_MINUTE
    assert statuses[POSTS_PER_MINUTE:] == [429, 429]
