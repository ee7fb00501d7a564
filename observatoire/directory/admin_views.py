"""The directory import in the back-office: the same all-or-nothing import as the command."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView

from observatoire.core.admin_ui import AdminPageMixin, listing_breadcrumb

from .importer import NOT_UTF8, DirectoryImportError, import_text
from .models import Service

MAX_BYTES = 5 * 1024 * 1024
# Imported entries are published at once: only those who may publish the directory import.
IMPORT_PERMISSION = "directory.publish_service"


def can_import(user) -> bool:
    return user.has_perm(IMPORT_PERMISSION)


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Fichier CSV ou JSON",
        help_text="Format data·inclusion v1, comme l’export de l’annuaire ; 5 Mo au plus.",
    )

    def clean_file(self) -> tuple[str, str]:
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".json")):
            raise forms.ValidationError("Choisissez un fichier .csv ou .json.")
        if upload.size > MAX_BYTES:
            raise forms.ValidationError("Le fichier dépasse 5 Mo : découpez-le.")
        try:
            return upload.name, upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(NOT_UTF8) from error


class ImportView(AdminPageMixin, FormView):
    template_name = "directory/admin/import.html"
    form_class = ImportForm
    page_title = "Importer des services"
    header_icon = "upload"

    def get_parent_breadcrumbs(self):
        return [listing_breadcrumb(Service)]

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        name, text = form.cleaned_data["file"]
        try:
            counts = import_text(text=text, file_name=name)
        except DirectoryImportError as error:
            return self.render_to_response(
                self.get_context_data(form=form, import_errors=error.errors)
            )
        messages.success(
            self.request,
            f"{name} importé : {counts['created']} services créés, {counts['updated']} mis à jour.",
        )
        return redirect(reverse(Service.snippet_viewset.get_url_name("list")))
