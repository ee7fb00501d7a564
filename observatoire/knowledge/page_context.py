"""What the knowledge pages read beyond their fields (core/page_context.py)."""

from observatoire.core.page_context import provides

from . import selectors
from .forms import PublicationFilterForm
from .models import AgendaPage, PublicationIndexPage, ThemePage


@provides(ThemePage)
def theme(page: ThemePage, request) -> dict:
    return {
        "recommendations": selectors.theme_recommendations(theme=page),
        "publications": selectors.theme_publications(theme=page),
    }


@provides(AgendaPage)
def agenda(page: AgendaPage, request) -> dict:
    upcoming, past = selectors.agenda(index=page)
    return {"upcoming": upcoming, "past": past}


@provides(PublicationIndexPage)
def publication_index(page: PublicationIndexPage, request) -> dict:
    form = PublicationFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    return {
        "filter_form": form,
        "publications": selectors.filtered_publications(index=page, **filters),
    }
