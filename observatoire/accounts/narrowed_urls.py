from django.urls import path

from . import views

# Placed before Wagtail's own routes of the same paths, which they narrow to the audit readers.
urlpatterns = [
    path("site-history/", views.site_history, name="audit_site_history"),
    path("site-history/results/", views.site_history_results, name="audit_site_history_results"),
]
