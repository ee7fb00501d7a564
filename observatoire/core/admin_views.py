"""The page of a file being imported in the background, and its state for the page's script."""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.auth import require_admin_access

from . import imports
from .admin_ui import AdminPageMixin
from .models import ImportJob


def _job(request, pk: int) -> ImportJob:
    job = get_object_or_404(ImportJob.objects.select_related("created_by"), pk=pk)
    if not request.user.has_perm(job.permission):
        raise PermissionDenied
    return job


class ImportJobView(AdminPageMixin, TemplateView):
    template_name = "core/admin/import_job.html"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.job = _job(request, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Import de « {self.job.file_name} »"

    def get_parent_breadcrumbs(self):
        back = self.job.options.get("back")
        return [back] if back else []

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            job=self.job,
            state=imports.job_state(job=self.job),
            state_url=reverse("import_job_state", args=[self.job.pk]),
            **kwargs,
        )


@require_admin_access
def import_job_state(request, pk: int) -> JsonResponse:
    return JsonResponse(imports.job_state(job=_job(request, pk)))
