"""Back-office: partners declare their figures; the coordination validates and publishes."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from observatoire.accounts.roles import RESEARCHER
from observatoire.accounts.selectors import is_coordinator, partner_id_of, role_names
from observatoire.core.admin_ui import ScopedObjectsMixin
from observatoire.core.imports import ImportRefused

from . import declarations, submissions
from .admin_views import VIEW, EditionListView, EditionWithdrawView, SsmsiImportView
from .models import Indicator, PartnerFigure
from .services import EDITION_ACTIONS

# Each step: its button, who may take it (the button shows only to them), and the action
# (which checks again and says why not).
STEPS = {
    "soumettre": (gettext_lazy("Soumettre"), submissions.may_submit, submissions.submit),
    "valider": (gettext_lazy("Valider"), submissions.may_validate, submissions.validate),
    "publier": (gettext_lazy("Publier"), submissions.may_publish, submissions.publish),
}


def scoped_figures(user, figures: QuerySet | None = None) -> QuerySet:
    """The coordination and the researchers read every figure; a partner editor its own."""
    if figures is None:
        figures = PartnerFigure.objects.all()
    figures = figures.select_related("indicator", "indicator__partner")
    if is_coordinator(user=user) or RESEARCHER in role_names(user=user):
        return figures
    partner_id = partner_id_of(user=user)
    return figures.filter(indicator__partner_id=partner_id) if partner_id else figures.none()


class FigureIndexView(SnippetViewSet.index_view_class):
    @cached_property
    def header_buttons(self):
        if not _declarable(self.request.user).exists():  # researchers read, declare nothing
            return super().header_buttons
        return [
            *super().header_buttons,
            HeaderButton(
                _("Importer un fichier CSV"),
                url=reverse("indicators_figure_import"),
                icon_name="upload",
            ),
        ]


class PartnerFigureViewSet(ScopedObjectsMixin, SnippetViewSet):
    index_view_class = FigureIndexView
    model = PartnerFigure
    icon = "table"
    menu_label = gettext_lazy("Chiffres des partenaires")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["indicator", "period", "value", "status"]
    list_filter = ["status"]
    panels = [
        FieldPanel("indicator"),
        FieldPanel("period"),
        FieldPanel("value"),
        FieldPanel("comment"),
    ]

    def scope(self, queryset, user):
        return scoped_figures(user, queryset)

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update=for_update)

        class ScopedForm(form_class):
            def __init__(self, *args, for_user=None, **kwargs):
                super().__init__(*args, for_user=for_user, **kwargs)
                if for_user is not None:
                    self.fields["indicator"].queryset = _declarable(for_user)

        return ScopedForm


register_snippet(PartnerFigureViewSet)


@require_admin_access
@require_http_methods(["GET", "POST"])
def take_step(request, pk: int, step: str):
    """GET shows what the step does; POST takes it (services check who may)."""
    figure = get_object_or_404(scoped_figures(request.user), pk=pk)
    if step not in STEPS:
        raise Http404
    label, _may_take, action = STEPS[step]
    if request.method == "GET":
        return render(request, "indicators/figure_step.html", {"figure": figure, "label": label})
    try:
        action(figure=figure, user=request.user)
    except submissions.FigureError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("« %(figure)s » : %(step)s, c’est fait.") % {"figure": figure, "step": label.lower()},
        )
    return redirect(reverse("wagtailsnippets_indicators_partnerfigure:list"))


class DeclarationFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fichier CSV (UTF-8, séparateur « ; »)"),
        help_text=gettext_lazy(
            "Colonnes : indicateur ; periode ; nombre ; commentaire (facultatif)."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > declarations.MAX_BYTES:  # refused before it is read
            raise forms.ValidationError(declarations.TOO_LARGE)
        return upload


@require_admin_access
@require_http_methods(["GET", "POST"])
def import_figures(request):
    """A CSV of figures becomes drafts, all or nothing; the person then submits them."""
    if not _declarable(request.user).exists():
        raise PermissionDenied
    form = DeclarationFileForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            lines = declarations.read(data=form.cleaned_data["file"].read(), user=request.user)
            figures = declarations.record(lines=lines, user=request.user)
        except ImportRefused as error:
            errors = error.shown
        else:
            messages.success(
                request,
                # Translators: French writes « chiffre(s) » whatever the number.
                ngettext(
                    "%(count)s chiffre(s) enregistré(s) en brouillon : vérifiez-les, puis "
                    "soumettez-les à la coordination.",
                    "%(count)s chiffre(s) enregistré(s) en brouillon : vérifiez-les, puis "
                    "soumettez-les à la coordination.",
                    len(figures),
                )
                % {"count": len(figures)},
            )
            return redirect(reverse("wagtailsnippets_indicators_partnerfigure:list"))
    return render(
        request,
        "indicators/figure_import.html",
        {
            "form": form,
            "errors": errors,
            "indicators": _declarable(request.user),
            "schema": reverse("opendata:schema-declarations"),
        },
    )


def _declarable(user):
    indicators = Indicator.objects.exclude(partner=None).select_related("partner")
    if is_coordinator(user=user):
        return indicators
    return indicators.filter(partner_id=partner_id_of(user=user))


@hooks.register("register_admin_urls")
def edition_urls():
    return [
        path("indicateurs/editions/", EditionListView.as_view(), name="indicators_editions"),
        path("indicateurs/importer/", SsmsiImportView.as_view(), name="indicators_ssmsi_import"),
        path(
            "indicateurs/editions/<int:pk>/retirer/",
            EditionWithdrawView.as_view(),
            name="indicators_edition_withdraw",
        ),
    ]


class EditionsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW)


@hooks.register("register_admin_menu_item")
def editions_menu_item():
    return EditionsMenuItem(
        gettext_lazy("Indicateurs"), reverse("indicators_editions"), icon_name="table", order=240
    )


@hooks.register("register_admin_urls")
def figure_urls():
    return [
        path("chiffres-partenaires/importer/", import_figures, name="indicators_figure_import"),
        path(
            "chiffres-partenaires/<int:pk>/<str:step>/",
            take_step,
            name="indicators_figure_step",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def figure_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, PartnerFigure):
        return
    for step, (label, may_take, _action) in STEPS.items():
        if may_take(figure=snippet, user=user):
            yield ListingButton(
                label,
                reverse("indicators_figure_step", args=[snippet.pk, step]),
                priority=5,
            )


@hooks.register("before_edit_snippet")
def submitted_figures_are_frozen(request, instance):
    if isinstance(instance, PartnerFigure) and instance.status != PartnerFigure.DRAFT:
        messages.warning(request, _("Un chiffre soumis ne se modifie plus."))
        return redirect(reverse("wagtailsnippets_indicators_partnerfigure:list"))
    return None


@hooks.register("register_log_actions")
def figure_log_actions(actions):
    for action, label in {**submissions.FIGURE_ACTIONS, **EDITION_ACTIONS}.items():
        actions.register_action(action, label, label)
