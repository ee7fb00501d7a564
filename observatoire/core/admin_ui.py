"""Pieces of the back-office shared by every app's listings."""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.urls import URLPattern, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)


class AdminPageMixin(WagtailAdminTemplateMixin):
    """A back-office page of the platform: its header names it, under the listing it belongs
    to (Wagtail's default breadcrumbs stop at « Accueil », which the header then shows)."""

    def get_parent_breadcrumbs(self) -> list[dict]:
        return []

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            *self.get_parent_breadcrumbs(),
            {"url": "", "label": self.get_page_title()},
        ]


def listing_breadcrumb(model) -> dict:
    """The breadcrumb of a snippet's listing."""
    return {
        "url": reverse(model.snippet_viewset.get_url_name("list")),
        "label": capfirst(model._meta.verbose_name_plural),
    }


class _Scoped:
    scope = None  # (queryset, user) -> the part of it the user may see; set by the viewset


class ScopedChooseView(_Scoped, ChooseView):
    def get_object_list(self):
        return self.scope(super().get_object_list(), self.request.user)


class ScopedChooseResultsView(_Scoped, ChooseResultsView):
    def get_object_list(self):
        return self.scope(super().get_object_list(), self.request.user)


class ScopedChosenView(_Scoped, SnippetChosenView):
    """Choosing by id (what the chooser sends back) finds only what the list shows."""

    def get_object(self, pk):
        return self.scope(self.model_class.objects.filter(pk=pk), self.request.user).get()


class ScopedChosenMultipleView(_Scoped, SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.scope(self.model_class.objects.filter(pk__in=pks), self.request.user)


class ScopedChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser that lists, finds and returns only what its viewset's scope allows."""

    scope = None
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(scope=self.scope, **kwargs)


class ScopedObjectsMixin:
    """For a snippet viewset whose accounts each see part of the objects: `scope(queryset,
    user)` narrows the listing and the chooser, and every view of one object (each URL
    pattern that takes `pk`: edit, delete, history, revisions, usage, workflow...) refuses an
    object outside it, so that no view of Wagtail's can forget the scope."""

    chooser_viewset_class = ScopedChooserViewSet

    def scope(self, queryset: QuerySet, user) -> QuerySet:
        raise NotImplementedError

    @cached_property
    def chooser_viewset(self):
        viewset = super().chooser_viewset
        viewset.scope = self.scope
        return viewset

    def get_queryset(self, request):
        return self.scope(self.model._default_manager.all(), request.user)

    def get_urlpatterns(self):
        return [self._guarded(pattern) for pattern in super().get_urlpatterns()]

    def _guarded(self, pattern: URLPattern) -> URLPattern:
        # The pattern's named groups, whether it is a route or a regular expression (the
        # comparison of two revisions is one: it has no converters, and must be guarded too).
        if "pk" not in pattern.pattern.regex.groupindex:
            return pattern
        view, manager = pattern.callback, self.model._default_manager

        @wraps(view)
        def guarded(request, *args, **kwargs):
            found = manager.filter(pk=unquote(str(kwargs["pk"])))
            if found.exists() and not self.scope(found, request.user).exists():
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return URLPattern(pattern.pattern, guarded, pattern.default_args, pattern.name)


class ScopedChoicesForm(WagtailAdminModelForm):
    """A back-office form whose links offer an account only what it may link to: each field
    `scoped_choices(user)` names lists that queryset alone, and any other choice (an id typed
    into the request) is refused with `OWN_ONLY`, the form kept as it was filled."""

    OWN_ONLY = gettext_lazy("Choisissez une fiche de votre partenaire.")

    def scoped_choices(self, user) -> dict[str, QuerySet]:
        return {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        for name, queryset in self.scoped_choices(self.for_user).items():
            if name in self.fields:
                self.fields[name].queryset = queryset
                self.fields[name].error_messages["invalid_choice"] = self.OWN_ONLY
