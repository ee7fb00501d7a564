"""Back-office pages of the platform: a file being imported in the background (and its state for
the page's script), and the translations to review (« Traductions »)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.auth import require_admin_access

from . import imports, selectors, translations
from .admin_ui import AdminPageMixin
from .models import ImportJob, TranslationReview


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
        return _("Import de « %(file)s »") % {"file": self.job.file_name}

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


class TranslationListView(AdminPageMixin, TemplateView):
    """Every translation an account may see: « à relire » or read, and whether the French
    changed since."""

    template_name = "core/admin/translations.html"
    page_title = gettext_lazy("Traductions")
    header_icon = "globe"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            reviews=selectors.translation_reviews(user=self.request.user), **kwargs
        )


@require_POST
def mark_translation_reviewed(request, pk: int):
    review = get_object_or_404(TranslationReview, pk=pk)
    target = selectors.translated_object(review=review)
    if target is None or not selectors.can_review(user=request.user, target=target):
        raise PermissionDenied
    translations.mark_reviewed(review=review, user=request.user)
    messages.success(
        request, _("Traduction « %(title)s » marquée comme relue.") % {"title": target}
    )
    return redirect("translations")
