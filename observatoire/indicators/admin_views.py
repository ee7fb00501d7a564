"""« Indicateurs » in the back-office: the editions imported, the SSMSI file uploaded and
imported in the background, an edition withdrawn; a partner's figures declared by a CSV file,
and each step of a figure (submit, validate, publish). Registered in wagtail_hooks.py."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from django.views.generic import FormView, TemplateView
from wagtail.admin.auth import require_admin_access

from observatoire.core import imports, territory
from observatoire.core.admin_ui import AdminPageMixin, ScopedChoicesForm
from observatoire.core.imports import ImportRefused

from . import declarations, services, ssmsi, ssmsi_jobs, submissions, tasks
from .models import Edition, Observation

VIEW, IMPORT, WITHDRAW = (
    "indicators.view_edition",
    "indicators.import_edition",
    "indicators.withdraw_edition",
)
EXTENSIONS = (".csv", ".csv.gz", ".gz", ".parquet")
JOB_KIND = "ssmsi"


class PermissionRequiredMixin:
    permission = VIEW

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def editions_breadcrumb() -> dict:
    return {"url": reverse("indicators_editions"), "label": _("Éditions des indicateurs")}


class EditionListView(PermissionRequiredMixin, AdminPageMixin, TemplateView):
    """Every file imported: what, by whom, when, what it gave; withdrawn ones say so."""

    template_name = "indicators/admin/editions.html"
    page_title = gettext_lazy("Éditions des indicateurs")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        editions = Edition.objects.select_related("source", "imported_by", "withdrawn_by")
        page = Paginator(editions, 50).get_page(self.request.GET.get("p"))
        user = self.request.user
        return super().get_context_data(
            page=page,
            may_import=user.has_perm(IMPORT),
            may_withdraw=user.has_perm(WITHDRAW),
            jobs=imports.recent_jobs(kind=JOB_KIND, limit=5),
            **kwargs,
        )


class PartnerFigureForm(ScopedChoicesForm):
    """A figure is declared for one of the indicators the account's partner publishes."""

    OWN_ONLY = gettext_lazy("Choisissez un indicateur de votre partenaire.")

    def scoped_choices(self, user):
        return {"indicator": submissions.declarable_indicators(user=user)}


class SsmsiUploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Fichier du SSMSI"))
    scope = forms.ChoiceField(
        label=gettext_lazy("Communes à importer"),
        choices=[
            ("departement", territory.lazy_words(gettext_lazy("celles %(of_departement)s"))),
            ("france", gettext_lazy("toutes les communes de France, pour comparer (plus long)")),
        ],
        initial="departement",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The size limit is a setting, written in the reader's language when the form is shown.
        self.fields["file"].help_text = _(
            "Le fichier communal publié chaque année sur data.gouv.fr (ou le fichier "
            "départemental ou régional) : CSV séparé par « ; », compressé en gzip ou non, ou "
            "Parquet ; %(size)s au plus."
        ) % {"size": filesizeformat(settings.IMPORT_MAX_BYTES)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(EXTENSIONS):
            raise forms.ValidationError(
                _("Choisissez un fichier .csv, .csv.gz ou .parquet, tel que publié par le SSMSI.")
            )
        if upload.size > settings.IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("Le fichier dépasse %(size)s.")
                % {"size": filesizeformat(settings.IMPORT_MAX_BYTES)}
            )
        upload.sha256 = imports.upload_digest(upload)
        previous = ssmsi.imported_edition(digest=upload.sha256)
        if previous is not None:
            raise forms.ValidationError(ssmsi_jobs.already_imported_message(previous))
        return upload


class SsmsiImportView(PermissionRequiredMixin, AdminPageMixin, FormView):
    permission = IMPORT
    template_name = "indicators/admin/import.html"
    form_class = SsmsiUploadForm
    page_title = gettext_lazy("Importer un fichier du SSMSI")
    header_icon = "upload"

    def get_parent_breadcrumbs(self):
        return [editions_breadcrumb()]

    def get_context_data(self, **kwargs):
        return super().get_context_data(jobs=imports.recent_jobs(kind=JOB_KIND), **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        job = imports.receive_upload(
            upload=upload,
            sha256=upload.sha256,
            kind=JOB_KIND,
            permission=IMPORT,
            options={
                "departement": ssmsi.SERVED
                if form.cleaned_data["scope"] == "departement"
                else None,
                "back": {"url": reverse("indicators_editions"), "label": _("Éditions")},
            },
            user=self.request.user,
        )
        imports.enqueue(job=job, task=tasks.import_ssmsi_file)
        return redirect("import_job", job.pk)


class EditionWithdrawView(PermissionRequiredMixin, AdminPageMixin, TemplateView):
    """GET: what withdrawing does; POST: withdraw."""

    permission = WITHDRAW
    template_name = "indicators/admin/withdraw.html"
    header_icon = "bin"

    def dispatch(self, request, *args, **kwargs):
        self.edition = get_object_or_404(Edition.objects.select_related("source"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Retirer l’édition « %(name)s »") % {"name": Path(self.edition.file_name).name}

    def get_parent_breadcrumbs(self):
        return [editions_breadcrumb()]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            edition=self.edition,
            observations=Observation.objects.filter(edition=self.edition).count(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        try:
            removed = services.withdraw_edition(edition=self.edition, user=request.user)
        except services.EditionError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                # Translators: French keeps « observations supprimées » for one observation too.
                ngettext(
                    "« %(name)s » est retirée : %(count)s observations supprimées ; les pages des "
                    "indicateurs sont à jour.",
                    "« %(name)s » est retirée : %(count)s observations supprimées ; les pages des "
                    "indicateurs sont à jour.",
                    removed,
                )
                % {"name": self.edition.file_name, "count": removed},
            )
        return redirect("indicators_editions")


# --- Partners' figures: a CSV of figures ------------------------------------------------------


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
    if not submissions.declarable_indicators(user=request.user).exists():
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
            "indicators": submissions.declarable_indicators(user=request.user),
            "schema": reverse("opendata:schema-declarations"),
        },
    )
