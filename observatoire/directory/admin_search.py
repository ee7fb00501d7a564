"""Finding directory entries in the back-office, in listings and in choosers.

Every word typed must appear in the entry's name, its structure's name, its description or its
commune, whatever the accents and the case: « hebergement » finds « Hébergement d’urgence »,
« cidff » every service of the CIDFF. Secret entries are found too (the public search index
never holds them), and a partner editor finds only its partner's entries.
"""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.views.snippets import IndexView

from observatoire.core.admin_ui import (
    ScopedChooseResultsView,
    ScopedChooserViewSet,
    ScopedChooseView,
)
from observatoire.core.search_text import folded_words


def matching(queryset: QuerySet, *, query: str) -> QuerySet:
    for word in folded_words(query):
        queryset = queryset.filter(admin_search__contains=word)
    return queryset


class EntryIndexView(IndexView):
    def search_queryset(self, queryset):
        return matching(queryset, query=self.search_query) if self.is_searching else queryset


class EntrySearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Rechercher"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Nom, structure ou commune")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = matching(objects, query=query)
            self.is_searching, self.search_query = True, query
        return objects


class EntryChooseView(ScopedChooseView):
    filter_form_class = EntrySearchForm


class EntryChooseResultsView(ScopedChooseResultsView):
    filter_form_class = EntrySearchForm


class EntryChooserViewSet(ScopedChooserViewSet):
    """Lists what the account may link to (its viewset's scope), with the search above."""

    choose_view_class = EntryChooseView
    choose_results_view_class = EntryChooseResultsView
