"""What a Wagtail page shows beyond its own fields, read through its app's selectors.

Models never import selectors (an import-linter contract in `make lint`): a page model says
what it is, and each app's `page_context.py` says what its pages read, with `@provides`,
imported by the app's `ready()`. The pages' common base (`pages.models.IntroPage`) adds that
context in `get_context`. One provider per page type; a page type without one reads nothing.
"""

from collections.abc import Callable

Provider = Callable[..., dict]
_providers: dict[type, Provider] = {}


def provides(page_type: type) -> Callable[[Provider], Provider]:
    """`@provides(HomePage)` on `def home(page, request) -> dict`."""

    def register(provider: Provider) -> Provider:
        if _providers.get(page_type, provider) is not provider:
            raise ValueError(f"{page_type.__name__} already has a context provider")
        _providers[page_type] = provider
        return provider

    return register


def context_for(page, request) -> dict:
    provider = _providers.get(type(page))
    return provider(page, request) if provider is not None else {}
