"""Wagtail's own routes that it leaves open to every back-office account, narrowed: each is
placed before the admin's route of the same path (observatoire/urls.py)."""

from django.urls import path

from . import views

urlpatterns = [
    # The site history: for the accounts that read the audit trail.
    path("reports/site-history/", views.site_history, name="audit_site_history"),
    path(
        "reports/site-history/results/",
        views.site_history_results,
        name="audit_site_history_results",
    ),
    # « Publishing cancels the review in progress »: asked before publishing, for who may.
    path(
        "pages/workflow/confirm_cancellation/<int:page_id>/",
        views.confirm_workflow_cancellation,
        name="narrowed_confirm_workflow_cancellation",
    ),
]
