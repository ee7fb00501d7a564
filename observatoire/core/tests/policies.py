"""Content-Security-Policy headers read as directives: django-csp writes them in an order that
may change from one process to the next, so tests compare what each directive allows."""

# The public policy, as it has always been.
PUBLIC = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def directives(policy) -> dict[str, list[str]]:
    """A policy (a response, or the header's text) as {directive: [source, …]}, in the order
    of its sources. A directive named twice is an error, not something to merge."""
    if not isinstance(policy, str):
        policy = policy["Content-Security-Policy"]
    parsed: dict[str, list[str]] = {}
    for directive in policy.split(";"):
        name, *sources = directive.split()
        assert name not in parsed, f"{name} named twice in {policy!r}"
        parsed[name] = sources
    return parsed
