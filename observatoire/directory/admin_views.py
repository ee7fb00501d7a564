"""The directory import in the back-office: the same all-or-nothing import as the command, run
by the background worker (core.imports) so that a large file never holds a web worker."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from observatoire.core import imports
from observatoire.core.admin_ui import AdminPageMixin, listing_breadcrumb

from . import tasks
from .models import Service

MAX_BYTES = 20 * 1024 * 1024
# Imported entries are created and published at once: only those who may do both import
# (reviewers publish what they approve, but add nothing).
IMPORT_PERMISSION = "directory.add_service"
PUBLISH_PERMISSION = "directory.publish_service"
JOB_KIND = "annuaire"


def can_import(user) -> bool:
    return user.has_perm(IMPORT_PERMISSION) and user.has_perm(PUBLISH_PERMISSION)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fichier CSV ou JSON"),
        help_text=gettext_lazy(
            "Format data·inclusion v1, comme l’export de l’annuaire, en UTF-8 ; 20 Mo au plus."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".json")):
            raise forms.ValidationError(_("Choisissez un fichier .csv ou .json."))
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("Le fichier dépasse 20 Mo : découpez-le."))
        return upload


def _stored_breadcrumb(model) -> dict:
    """The listing's breadcrumb as the job keeps it (JSON): its label written out now."""
    breadcrumb = listing_breadcrumb(model)
    return {**breadcrumb, "label": str(breadcrumb["label"])}


class ImportView(AdminPageMixin, FormView):
    template_name = "directory/admin/import.html"
    form_class = ImportForm
    page_title = gettext_lazy("Importer des services")
    header_icon = "upload"

    def get_parent_breadcrumbs(self):
        return [listing_breadcrumb(Service)]

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(jobs=imports.recent_jobs(kind=JOB_KIND, limit=5), **kwargs)

    def form_valid(self, form):
        job = imports.receive_upload(
            upload=form.cleaned_data["file"],
            kind=JOB_KIND,
            permission=IMPORT_PERMISSION,
            options={"back": _stored_breadcrumb(Service)},
            user=self.request.user,
        )
        imports.enqueue(job=job, task=tasks.import_directory_file)
        return redirect("import_job", job.pk)
