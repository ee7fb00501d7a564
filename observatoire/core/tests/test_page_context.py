import pytest

from observatoire.core import page_context


class Page:
    pass


@pytest.fixture
def registry(monkeypatch):
    monkeypatch.setattr(page_context, "_providers", {})


def _provider(module: str, values: dict):
    def provide(page, request):
        return values

    provide.__module__ = module
    return provide


def test_each_app_adds_what_it_reads_to_a_page(registry):
    page_context.provides(Page)(_provider("observatoire.pages.page_context", {"news": [1]}))
    page_context.provides(Page)(_provider("observatoire.partners.page_context", {"partners": []}))
    assert page_context.context_for(Page(), None) == {"news": [1], "partners": []}
    assert page_context.context_for(object(), None) == {}


def test_one_provider_per_module_and_no_key_given_twice(registry):
    page_context.provides(Page)(_provider("app_a.page_context", {"x": 1}))
    with pytest.raises(ValueError, match="already has a context provider"):
        page_context.provides(Page)(_provider("app_a.page_context", {"y": 1}))
    page_context.provides(Page)(_provider("app_b.page_context", {"x": 2}))
    with pytest.raises(ValueError, match="two providers give"):
        page_context.context_for(Page(), None)
