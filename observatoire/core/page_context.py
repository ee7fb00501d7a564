"""What a Wagtail page shows beyond its own fields, read through its app's selectors.

Models never import selectors (an import-linter contract in `make lint`): a page model says
what it is, and each app's `page_context.py` says what its pages read, with `@provides`,
imported by the app's `ready()`. The pages' common base (`pages.models.IntroPage`) adds that
context in `get_context`. A page type may have a provider in each app that adds to it (the home
page reads its news from `pages` and its partners from `partners`), never two in one module,
and their keys never overlap; a page type without one reads nothing.
"""

from collections.abc import Callable

Provider = Callable[..., dict]
# page type -> {module of the provider: provider}
_providers: dict[type, dict[str, Provider]] = {}


def provides(page_type: type) -> Callable[[Provider], Provider]:
    """`@provides(HomePage)` on `def home(page, request) -> dict`."""

    def register(provider: Provider) -> Provider:
        by_module = _providers.setdefault(page_type, {})
        if by_module.get(provider.__module__, provider) is not provider:
            raise ValueError(
                f"{page_type.__name__} already has a context provider in {provider.__module__}"
            )
        by_module[provider.__module__] = provider
        return provider

    return register


def context_for(page, request) -> dict:
    context: dict = {}
    for provider in _providers.get(type(page), {}).values():
        added = provider(page, request)
        if overlap := context.keys() & added.keys():
            raise ValueError(f"{type(page).__name__}: two providers give {sorted(overlap)}")
        context.update(added)
    return context
