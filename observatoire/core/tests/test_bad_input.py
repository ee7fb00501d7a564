"""No input reaches a 5xx, and every refusal is in French.

Every URL pattern of the public site (read from Django's resolver; the back-office, static and
media files aside) and every operation of the API (read from its OpenAPI description) receive,
in each path segment and each query parameter, a NUL byte (percent-encoded and raw), invalid
UTF-8, huge and negative integers, quotes and very long values. Only 2xx, 3xx and 4xx answers
are accepted; an HTML answer is a French page with the safety bar, an API error is JSON with a
French message, and no answer shows a traceback. Runs on SQLite and on PostgreSQL (which
refuses NUL characters in text, the reason most of these inputs once gave a 500).
"""

import json
import logging
import re
import uuid
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client
from django.urls import Resolver404, URLResolver, get_resolver, resolve
from django.urls.resolvers import RegexPattern

ROOT = Path(__file__).resolve().parents[3]

# As they are written in the address (the test client decodes percent-escapes in the path the
# way a WSGI server does; in the query string they reach Django as sent).
BAD_VALUES = {
    "nul-encoded": "%00",
    "nul-raw": "\x00",
    "invalid-utf8": "%ff%fe",
    "huge-integer": "99999999999999999999999",
    "negative-integer": "-1",
    "quotes": "'\"",
    # Long, but within REQUEST_LIMITS: it reaches the views.
    "long": "x" * 3000,
    # Beyond REQUEST_LIMITS["url"]: refused before any view (the 400 page « Adresse trop longue »).
    "too-long": "9" * 5000,
}
# Sent all at once to every page, besides the parameters its own forms and links use.
COMMON_PARAMETERS = ["page", "q", "p", "commune", "epci", "partenaire", "refus", "id", "code"]
SKIPPED_PREFIXES = (
    settings.ADMIN_PATH.strip("/") + "/",
    settings.STATIC_URL.strip("/") + "/",
    settings.MEDIA_URL.strip("/") + "/",
)
SAMPLES = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": str(uuid.UUID(int=1))}
ENGLISH = re.compile(
    r"\b(input|should|valid|not found|field|required|method|allowed|error|request|server"
    r"|forbidden|unauthorized|too many|missing|expected)\b",
    re.IGNORECASE,
)
SAFETY_BAR = ('lang="fr"', 'class="safety-bar"', "data-exit", 'href="tel:3919"')


# --- The public URL patterns, from Django's resolver -------------------------------------------


class Slot(NamedTuple):
    name: str  # the argument's name, or its position for an unnamed group
    kind: str  # a path converter's name, or the group's regular expression


class Pattern(NamedTuple):
    route: str  # as ResolverMatch.route spells it
    parts: tuple  # literal text (str) and arguments (Slot), in order
    name: str


_ROUTE_ARGUMENT = re.compile(r"<(?:(\w+):)?(\w+)>")


def _regex_parts(regex: str) -> list:
    """Literal text and top-level groups of a URL regex (named or not)."""
    parts, literal, depth, start, position, i = [], "", 0, 0, 0, 0
    while i < len(regex):
        char = regex[i]
        if char == "\\" and depth == 0:
            literal += regex[i + 1]
            i += 2
            continue
        if char == "\\":
            i += 2
            continue
        if char == "(":
            if depth == 0:
                parts.append(literal)
                literal, start = "", i
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                group = regex[start : i + 1]
                named = re.match(r"\(\?P<(\w+)>(.*)\)$", group, re.DOTALL)
                if named:
                    parts.append(Slot(named.group(1), named.group(2)))
                else:
                    parts.append(Slot(str(position), group[1:-1]))
                    position += 1
        elif depth == 0 and char not in "^$":
            literal += char
        i += 1
    parts.append(literal)
    return [part for part in parts if part != ""]


def _parts(pattern) -> list:
    text = str(pattern)
    if isinstance(pattern, RegexPattern):
        return _regex_parts(text)
    parts, last = [], 0
    for match in _ROUTE_ARGUMENT.finditer(text):
        parts += [text[last : match.start()], Slot(match.group(2), match.group(1) or "str")]
        last = match.end()
    return [part for part in [*parts, text[last:]] if part != ""]


def public_patterns() -> list[Pattern]:
    """Every URL pattern outside the back-office, static and media files."""
    found = []

    def join(route1: str, route2: str) -> str:  # as django.urls.resolvers.URLResolver does
        return route2 if not route1 else route1 + route2.removeprefix("^")

    def walk(entries, route, parts, namespace):
        for entry in entries:
            inner_route = join(route, str(entry.pattern))
            inner_parts = [*parts, *_parts(entry.pattern)]
            if isinstance(entry, URLResolver):
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, inner_route, inner_parts, inner)
            elif not inner_route.removeprefix("^").startswith(SKIPPED_PREFIXES):
                name = f"{namespace}{entry.name}" if entry.name else inner_route
                found.append(Pattern(inner_route, tuple(inner_parts), name))

    walk(get_resolver().url_patterns, "", [], "")
    return found


def _sample(slot: Slot) -> str:
    if slot.kind in SAMPLES:
        return SAMPLES[slot.kind]
    if "\\d{4}" in slot.kind:
        return "2023"
    if slot.kind.startswith("\\d"):
        return "1"
    if "/" in slot.kind:  # Wagtail's page path: the home page
        return ""
    return "x"


def _build(pattern: Pattern, values: dict[str, str]) -> str:
    return "/" + "".join(
        values.get(part.name, _sample(part)) if isinstance(part, Slot) else part
        for part in pattern.parts
    )


# --- Real values for the arguments, from the site's own links -----------------------------------

MAX_CRAWLED_PAGES = 150


class _Links(HTMLParser):
    """The links of a page and the parameters of its GET forms."""

    def __init__(self):
        super().__init__()
        self.links: set[str] = set()
        self.parameters: set[str] = set()
        self._get_form = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("a", "iframe") and (attributes.get("href") or attributes.get("src")):
            self.links.add(attributes.get("href") or attributes["src"])
        elif tag == "form":
            self._get_form = (attributes.get("method") or "get").lower() == "get"
        elif tag in ("input", "select", "textarea", "button") and self._get_form:
            self.parameters.update(filter(None, [attributes.get("name")]))

    def handle_endtag(self, tag):
        if tag == "form":
            self._get_form = False


class Example(NamedTuple):
    values: dict[str, str]  # the pattern's arguments, by slot name
    query: tuple[tuple[str, str], ...]  # the real query string it was found with
    parameters: frozenset[str]  # the query parameters its page and the links to it use


def _arguments(pattern: Pattern, match) -> dict[str, str]:
    values = {str(i): str(value) for i, value in enumerate(match.args)}
    values.update({k: str(v) for k, v in match.kwargs.items() if isinstance(v, (str, int))})
    return {
        part.name: values[part.name]
        for part in pattern.parts
        if isinstance(part, Slot) and part.name in values
    }


def _local(href: str) -> str | None:
    """The path and query string of a link to this site, else None."""
    parts = urlsplit(href)
    if parts.scheme not in ("", "http", "https") or not parts.path.startswith("/"):
        return None
    if parts.netloc not in ("", "testserver", "localhost", "127.0.0.1"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _seeds() -> list[str]:
    """Addresses the site reaches only through a form (a POST and its redirection) or from
    partners' sites (the barometer's embedding), so that no link leads to them."""
    from observatoire.barometer.models import EmbedPartner, Questionnaire
    from observatoire.directory.models import Commune, Epci

    seeds = []
    commune = Commune.objects.order_by("code").first()
    if commune is not None:
        seeds.append(f"/annuaire/?commune={commune.code}")
    epci = Epci.objects.order_by("code").first()
    if epci is not None:
        seeds.append(f"/annuaire/carte/?epci={epci.code}")
    partner = EmbedPartner.objects.filter(active=True).first()
    for slug in Questionnaire.objects.values_list("slug", flat=True):
        seeds += [f"/barometre/{slug}/", f"/barometre/{slug}/merci/?refus=1"]
        seeds += [f"/integrer/barometre/{slug}/", f"/integrer/barometre/{slug}/merci/"]
        if partner is not None:
            seeds.append(f"/integrer/barometre/{slug}/?partenaire={partner.key}")
    return seeds


def examples(client: Client, patterns: list[Pattern]) -> dict[str, list[Example]]:
    """For each pattern, real addresses of the site: found from the home page, the sitemap and
    a few seeds by following links (up to MAX_CRAWLED_PAGES pages); one without and one with a
    query string per pattern, and for Wagtail's pages one page of each type. Each comes with
    the query parameters of the GET forms of its page and of the links to it."""
    from wagtail.models import Page

    by_route = {pattern.route: pattern for pattern in patterns}
    page_types: dict[type, str] = {}
    for page in Page.objects.live().public().specific().order_by("path"):
        if page.url:
            page_types.setdefault(type(page), page.url)
    page_examples = set(page_types.values())
    sitemap = client.get("/sitemap.xml").content.decode()
    queue = [
        *(_build(p, {}) for p in patterns if not _slot_kinds(p) and not p.route.startswith("api/")),
        *page_examples,
        *_seeds(),
        *(urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)),
    ]
    linked_parameters: dict[str, set[str]] = {}
    found: dict[str, dict[tuple, tuple[str, dict, tuple, set, bool]]] = {}
    later: list[str] = []  # other Wagtail pages: crawled for their links once all else is
    seen: set[str] = set()
    crawled = 0
    while (queue or later) and crawled < MAX_CRAWLED_PAGES:
        address = queue.pop(0) if queue else later.pop(0)
        if address in seen:
            continue
        seen.add(address)
        path, _, query = address.partition("?")
        pairs = tuple(parse_qsl(query, keep_blank_values=True))
        linked_parameters.setdefault(path, set()).update(name for name, _ in pairs)
        try:
            match = resolve(path)
        except Resolver404:
            continue
        pattern = by_route.get(match.route)
        if pattern is None:
            continue
        is_page = "/" in _slot_kinds(pattern)
        key = (path,) if is_page else (bool(pairs),)
        per_pattern = found.setdefault(pattern.route, {})
        if key in per_pattern and per_pattern[key][4]:
            continue
        if is_page and path not in page_examples and queue:
            seen.discard(address)
            later.append(address)
            continue
        crawled += 1
        response = client.get(path, QUERY_STRING=query)
        links = _Links()
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            links.feed(response.content.decode())
        if (not is_page or path in page_examples) and (
            response.status_code == 200 or key not in per_pattern
        ):
            # An address that answers 404 is kept until one of the same pattern answers 200.
            ok = response.status_code == 200
            per_pattern[key] = (path, _arguments(pattern, match), pairs, links.parameters, ok)
        queue += [local for local in map(_local, links.links) if local and local not in seen]
    return {
        route: [
            Example(
                values,
                pairs,
                frozenset(parameters | linked_parameters.get(path, set()) | {k for k, _ in pairs}),
            )
            for path, values, pairs, parameters, _ok in per_pattern.values()
        ]
        for route, per_pattern in found.items()
    }


def _slot_kinds(pattern: Pattern) -> str:
    return "".join(part.kind for part in pattern.parts if isinstance(part, Slot))


# --- The requests -------------------------------------------------------------------------------


class Probe(NamedTuple):
    method: str
    address: str  # path and query string, as sent
    what: str  # for the failure message


def _with_query(path: str, pairs) -> str:
    return path + ("?" + "&".join(f"{k}={v}" for k, v in pairs) if pairs else "")


def _replaced(pairs, name: str, value: str) -> list[tuple[str, str]]:
    """The real query string with one parameter set to `value` (added if absent)."""
    kept = [(k, quote(v, safe="")) for k, v in pairs if k != name]
    return [*kept, (name, value)]


def _segment_variants(pattern: Pattern, values: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(path, what) with one argument, one page slug or one literal segment replaced."""
    for index, part in enumerate(pattern.parts):
        if isinstance(part, Slot):
            value = values.get(part.name, _sample(part))
            segments = value.strip("/").split("/") if "/" in value else [value]
            for position in range(len(segments)):
                for label, bad in BAD_VALUES.items():
                    changed = list(segments)
                    changed[position] = bad
                    text = "/".join(changed) + ("/" if value.endswith("/") else "")
                    yield (
                        _build(pattern, {**values, part.name: text}),
                        f"argument {part.name}[{position}]={label}",
                    )
        else:
            # A literal segment: replaced whole (others keep their place).
            for position, segment in enumerate(part.split("/")):
                if not segment:
                    continue
                for label, bad in BAD_VALUES.items():
                    pieces = part.split("/")
                    pieces[position] = bad
                    parts = list(pattern.parts)
                    parts[index] = "/".join(pieces)
                    yield (
                        _build(pattern._replace(parts=tuple(parts)), values),
                        f"segment {segment!r}={label}",
                    )


def site_probes(client: Client, patterns: list[Pattern], known) -> list[Probe]:
    """For each pattern and each of its examples (or samples): each argument, page slug and
    literal segment of the path set to each bad value; each query parameter of its page set
    to each (one at a time), then all the common ones at once; and a PUT."""
    assert len(patterns) >= 30, [p.route for p in patterns]
    probes = []
    for pattern in patterns:
        if pattern.route.startswith("api/"):
            continue  # the API's operations are probed from their OpenAPI description
        for example in known.get(pattern.route) or [Example({}, (), frozenset())]:
            base = _build(pattern, example.values)
            query = _with_query("", [(k, quote(v, safe="")) for k, v in example.query])
            if not example.query:  # the path once per pattern (not again with its query)
                probes += [
                    Probe("GET", path, f"{pattern.name} {what}")
                    for path, what in _segment_variants(pattern, example.values)
                ]
                probes.append(Probe("PUT", base, f"{base} PUT"))
                probes += [
                    Probe(
                        "GET",
                        _with_query(base, [(name, bad) for name in COMMON_PARAMETERS]),
                        f"{base}?<common>={label}",
                    )
                    for label, bad in BAD_VALUES.items()
                ]
            for parameter in sorted(example.parameters):
                probes += [
                    Probe(
                        "GET",
                        _with_query(base, _replaced(example.query, parameter, bad)),
                        f"{base}{query} {parameter}={label}",
                    )
                    for label, bad in BAD_VALUES.items()
                ]
    # A request sent twice (a page's parameter that is also a common one, the same bad path
    # reached from two examples) answers the same: each is sent once.
    unique: dict[tuple[str, str], Probe] = {}
    for probe in probes:
        unique.setdefault((probe.method, probe.address), probe)
    return list(unique.values())


def api_probes(client: Client) -> tuple[list[Probe], int]:
    """Each operation's path and query parameters, one at a time, from the OpenAPI description;
    the real values of path parameters come from the answers of operations that need none."""
    description = json.loads(client.get("/api/v1/openapi.json").content)
    operations = [
        (path, method, operation)
        for path, methods in description["paths"].items()
        for method, operation in methods.items()
    ]
    assert len(operations) >= 4
    known: dict[str, str] = {}
    for path, method, _operation in operations:
        if method == "get" and "{" not in path:
            _collect(json.loads(client.get(path).content), known)
    probes = []
    for path, method, operation in operations:
        parameters = operation.get("parameters", [])
        in_path = [p["name"] for p in parameters if p["in"] == "path"]
        in_query = [p["name"] for p in parameters if p["in"] == "query"]
        real = {name: known.get(name, "x") for name in in_path}

        def address(values, path=path):
            return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)

        for name in in_path:
            probes += [
                Probe(method.upper(), address({**real, name: bad}), f"{path} {name}={label}")
                for label, bad in BAD_VALUES.items()
            ]
        for name in in_query:
            probes += [
                Probe(
                    method.upper(),
                    _with_query(address(real), [(name, bad)]),
                    f"{path} ?{name}={label}",
                )
                for label, bad in BAD_VALUES.items()
            ]
        probes.append(Probe("POST", address(real), f"{path} POST"))
        probes.append(Probe("DELETE", address(real), f"{path} DELETE"))
    probes.append(Probe("GET", "/api/v1/pas-une-operation", "unknown operation"))
    probes.append(Probe("GET", "/api/v2/", "unknown version"))
    return probes, len(operations)


def _collect(data, known: dict[str, str]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and value:
                known.setdefault(key, value)
            else:
                _collect(value, known)
    elif isinstance(data, list):
        for item in data[:3]:
            _collect(item, known)


# --- The checks ---------------------------------------------------------------------------------


def problems(probe: Probe, response) -> list[str]:
    """What is wrong with this answer (nothing if it is fine)."""
    found = []
    status = response.status_code
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8", errors="replace")
    content_type = response.get("Content-Type", "")
    if status >= 500:
        found.append(f"status {status}")
    if "Traceback" in text or 'File "/' in text:
        found.append("traceback")
    if urlsplit(probe.address).path.startswith("/api/") and status >= 400:
        if not content_type.startswith("application/json"):
            found.append(f"API error as {content_type!r}")
        else:
            detail = json.loads(text).get("detail")
            messages = (
                [detail] if isinstance(detail, str) else [e.get("msg", "") for e in detail or []]
            )
            if not messages or not all(messages):
                found.append(f"API error without a message: {text[:200]}")
            english = [m for m in messages if ENGLISH.search(m)]
            if english:
                found.append(f"API error in English: {english[:2]}")
    elif content_type.startswith("text/html") and (body or status >= 400):
        missing = [marker for marker in SAFETY_BAR if marker not in text]
        if missing:
            found.append(f"HTML without {missing}: {text[:120]!r}")
    return [f"{probe.method} {probe.what} [{probe.address[:120]!r}] -> {p}" for p in found]


def send(client: Client, probe: Probe):
    path, _, query = probe.address.partition("?")
    # Given apart, the query string reaches Django exactly as written (a raw NUL included).
    return client.generic(probe.method, path, QUERY_STRING=query)


@pytest.fixture
def figures(demo, tmp_path):
    """A few published figures (the demo loads none): 20 communes, three years, one
    indicator, so that the indicator, year and territory pages exist."""
    from observatoire.indicators.tests.helpers import import_sample_figures

    import_sample_figures(tmp_path, communes=20, years=range(2022, 2025))


@pytest.fixture
def quiet_client(figures):
    """A client that gets the 500 page rather than the exception; 404s are not logged."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield Client(raise_request_exception=False)
    logger.setLevel(level)


# Patterns no crawl can give a real example of: nothing links to them with GET.
WITHOUT_EXAMPLE = {
    "barometer:count",  # POST only (the counting form)
    "wagtaildocs_authenticate_with_password",  # private documents: none
    "wagtailcore_authenticate_with_password",  # private pages: closed (urls.py)
    "wagtailcore_login",
}


def test_no_public_url_pattern_answers_bad_input_with_a_5xx(quiet_client):
    patterns = public_patterns()
    known = examples(quiet_client, patterns)
    unreached = {
        pattern.name
        for pattern in patterns
        if _slot_kinds(pattern) and not pattern.route.startswith("api/")
        if not any(ok for ok in _reached(known, pattern))
    }
    # A new pattern with arguments needs a real address to be probed beyond its 404: a link
    # from a page, or a seed in _seeds().
    assert unreached <= WITHOUT_EXAMPLE, unreached - WITHOUT_EXAMPLE
    probes = site_probes(quiet_client, patterns, known)
    assert len(probes) > 1000
    failures = [p for probe in probes for p in problems(probe, send(quiet_client, probe))]
    assert not failures, f"{len(failures)} of {len(probes)} requests:\n" + "\n".join(failures)


def _reached(known, pattern) -> list[bool]:
    return [bool(example.values) for example in known.get(pattern.route, [])]


def test_no_api_operation_answers_bad_input_with_a_5xx_or_in_english(quiet_client):
    probes, operations = api_probes(quiet_client)
    assert operations >= 4 and len(probes) > 50
    failures = [p for probe in probes for p in problems(probe, send(quiet_client, probe))]
    assert not failures, f"{len(failures)} of {len(probes)} requests:\n" + "\n".join(failures)


# --- The refusals, one by one -------------------------------------------------------------------


def _html(response) -> str:
    html = response.content.decode()
    assert all(marker in html for marker in SAFETY_BAR), html[:300]
    return html


@pytest.mark.parametrize(
    "address",
    [
        "/annuaire/?commune=%00",
        "/annuaire/?commune=\x00",
        "/a%00b/",
        "/annuaire/%ff/",
        "/ressources/?theme=%C3",
        "/recherche/?q=caf%E9",
        "/indicateurs/?%00=1",
    ],
)
def test_nul_and_invalid_utf8_get_the_french_400_page(db, client, address):
    path, _, query = address.partition("?")
    response = client.get(path, QUERY_STRING=query)
    assert response.status_code == 400
    assert "Requête incorrecte" in _html(response)


def test_a_percent_sign_written_as_such_in_the_query_is_not_a_nul(db, client):
    # « %2500 » is the text « %00 », « %25ff » the text « %ff »: nothing to refuse. (In the
    # path, Django's decoding makes them look like « %00 » and « %ff »: refused there.)
    assert client.get("/indicateurs/", QUERY_STRING="q=%2500&r=%25ff").status_code == 200
    assert client.get("/page-%C3%A9t%C3%A9-100%25/").status_code == 404  # « été », « % »


def test_too_long_an_address_gets_a_french_400_page_saying_so(db, client):
    limit = settings.REQUEST_LIMITS["url"]
    assert client.get("/indicateurs/", QUERY_STRING="q=" + "x" * (limit - 20)).status_code == 200
    response = client.get("/indicateurs/", QUERY_STRING="q=" + "x" * limit)
    assert response.status_code == 400
    assert "Adresse trop longue" in _html(response)
    response = client.get("/api/v1/indicateurs/", QUERY_STRING="q=" + "x" * limit)
    assert response.status_code == 400
    assert response.json() == {"detail": "Adresse trop longue."}


def test_too_long_a_header_gets_a_french_400_page_saying_so(db, client):
    limit = settings.REQUEST_LIMITS["header"]
    response = client.get("/indicateurs/", headers={"X-Long": "x" * limit})
    assert response.status_code == 400
    assert "Demande trop volumineuse" in _html(response)
    many = {f"X-Header-{i}": "x" * (limit // 2) for i in range(9)}
    assert "Demande trop volumineuse" in _html(client.get("/indicateurs/", headers=many))
    response = client.get("/api/v1/indicateurs/", headers={"Cookie": "x" * limit})
    assert response.status_code == 400
    assert response.json()["detail"] == "En-têtes de la requête trop longs."


def test_a_method_not_allowed_gets_a_french_body(db, client):
    response = client.delete("/indicateurs/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert "Méthode non autorisée" in _html(response)
    response = client.post("/api/v1/indicateurs/")
    assert response.status_code == 405
    assert response["Allow"] == "GET"
    assert response.json() == {"detail": "Méthode non autorisée."}


def test_api_errors_are_french_json(db, client):
    response = client.get("/api/v1/indicateurs/territoires", {"page": "deux"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": [
            {
                "type": "int_parsing",
                "loc": ["query", "page"],
                "msg": "Paramètre «\u00a0page\u00a0»\u00a0: un entier est attendu.",
            }
        ]
    }
    response = client.get("/api/v1/indicateurs/inconnu/chiffres")
    assert response.status_code == 404
    assert response.json() == {"detail": "Introuvable."}
    response = client.get("/api/v1/pas-une-operation/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Introuvable."}


def test_an_api_failure_is_json_without_detail(db, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("secret detail that must not leak")

    monkeypatch.setattr("observatoire.indicators.selectors.catalogue", explode)
    response = Client(raise_request_exception=False).get("/api/v1/indicateurs/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "detail": "Erreur du serveur\u00a0: l’équipe technique est prévenue."
    }


def test_with_the_database_unreachable_the_api_answers_a_json_503(db, client, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    client.raise_request_exception = False
    with monkeypatch.context() as patch:  # undone before the test database is rolled back
        patch.setattr("django.db.backends.utils.CursorWrapper.execute", unreachable)
        response = client.get("/api/v1/annuaire/services")
    assert response.status_code == 503 and response["Retry-After"] == "120"
    assert response.json() == {
        "detail": "Service momentanément indisponible\u00a0: réessayez dans quelques minutes."
    }


def test_wagtail_private_page_views_are_closed(db, client):
    from wagtail.models import PageViewRestriction

    assert not PageViewRestriction.objects.exists()
    for path in ("/_util/login/", "/_util/authenticate_with_password/1/2/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Page introuvable" in _html(response)


# --- The servers in front of Django ---------------------------------------------------------------

NGINX_ERROR_PAGE = ROOT / "deploy" / "errors" / "requete-refusee.html"


def render_nginx_error_page() -> str:
    """The page nginx shows for its own refusals: rendered without a request, as the 503 page."""
    from django.template import loader

    return loader.get_template("request_refused.html").render()


def _flag(text: str, name: str) -> int:
    return int(re.search(rf"--{name}[\s=\"',]+(\d+)", text).group(1))


def test_gunicorn_lets_long_requests_reach_django():
    conf = (ROOT / "deploy/gunicorn.conf.py").read_text()
    line = int(re.search(r"^limit_request_line = (\d+)$", conf, re.MULTILINE).group(1))
    field = int(re.search(r"^limit_request_field_size = (\d+)$", conf, re.MULTILINE).group(1))
    limits = settings.REQUEST_LIMITS
    assert limits["url"] < line <= 8190  # gunicorn's own maximum
    assert limits["header"] < field
    # `make run` and the browser tests' server use the same values.
    for path in ("Makefile", "tests/browser/server.py"):
        text = (ROOT / path).read_text()
        assert _flag(text, "limit-request-line") == line, path
        assert _flag(text, "limit-request-field_size") == field, path
    # nginx's buffers (one line each) sit between Django's limits and gunicorn's.
    nginx = (ROOT / "deploy/nginx.conf").read_text()
    size = int(re.search(r"large_client_header_buffers \d+ (\d+)k;", nginx).group(1)) * 1024
    assert limits["url"] < size <= line + 2  # + the line's CRLF
    assert limits["header"] < size <= field
    assert "error_page 400 414 494 =400 /_erreurs/requete-refusee.html;" in nginx
    assert "error_page 413 /_erreurs/requete-refusee.html;" in nginx


def test_nginx_error_page_is_the_rendered_template():
    html = NGINX_ERROR_PAGE.read_text(encoding="utf-8")
    assert html == render_nginx_error_page(), (
        "deploy/errors/requete-refusee.html is out of date: render it again with "
        "`DJANGO_SETTINGS_MODULE=observatoire.settings.test .venv/bin/python -m "
        "observatoire.core.tests.test_bad_input`"
    )
    assert all(marker in html for marker in SAFETY_BAR)
    assert f'href="{settings.OVFF_DEFAULT_EXIT_URL}"' in html
    # nginx serves these unhashed copies (collectstatic keeps them beside the hashed ones).
    for asset in re.findall(r'(?:href|src)="/static/([^"]+)"', html):
        assert (ROOT / "observatoire/core/static" / asset).is_file(), asset


if __name__ == "__main__":  # renders deploy/errors/requete-refusee.html again
    import django

    django.setup()
    NGINX_ERROR_PAGE.write_text(render_nginx_error_page(), encoding="utf-8")
