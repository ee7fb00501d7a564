"""Wagtail's own back-office routes that the platform replaces, each placed before the admin's
route of the same path (observatoire/urls.py)."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404

from .admin_views import PageCreateView

urlpatterns = [
    # « Ajouter une page », one creation at a time under a parent.
    path(
        "pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>"
        "/<int:parent_page_id>/",
        display_custom_404(never_cache(require_admin_access(PageCreateView.as_view()))),
        name="serialised_page_create",
    ),
]
