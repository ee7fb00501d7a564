"""Back-office pages of the platform: a file being imported in the background (and its state for
the page's script), the translations to review (« Traductions »), and Wagtail's page creation
made safe against two saves at once."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.create import CreateView as WagtailPageCreateView
from wagtail.models import Page

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


class PageCreateView(WagtailPageCreateView):
    """Wagtail's « Ajouter une page », one creation at a time under a parent.

    Two saves of the same new page's form could reach the server together: a double click, or a
    second action (« Programmer pour publication ») clicked while the first one (« Enregistrer
    la programmation », which saves the new page) was still on its way. Both found the slug
    free, and the second one's insert failed with a 500. Here the parent's row is locked before
    the form is checked, so the second request sees the first one's page; when that page is the
    draft this same person has just created there, the person is taken to it."""

    OWN_DRAFT_AGE = timedelta(minutes=2)

    def post(self, request):
        with transaction.atomic():
            Page.objects.select_for_update().filter(pk=self.parent_page.pk).exists()
            return super().post(request)

    def form_invalid(self, form):
        draft = None if self.expects_json_response else self._own_new_draft(form)
        if draft is None:
            return super().form_invalid(form)
        messages.warning(
            self.request,
            _(
                "« %(title)s » venait d’être enregistrée par votre clic précédent : "
                "voici ce brouillon. Vérifiez-le, puis renouvelez votre action si besoin "
                "(publier, programmer, soumettre)."
            )
            % {"title": draft.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", draft.pk)

    def _own_new_draft(self, form) -> Page | None:
        """The page under this parent, with the slug this form asked for, that this person
        created moments ago and never published: the one their previous click saved."""
        slug = form.data.get("slug")
        if "slug" not in form.errors or not slug:
            return None
        return (
            self.parent_page.get_children()
            .filter(
                slug=slug,
                owner=self.request.user,
                first_published_at__isnull=True,
                latest_revision_created_at__gte=timezone.now() - self.OWN_DRAFT_AGE,
            )
            .first()
        )
