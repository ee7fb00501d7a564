from django.urls import path

from . import views

urlpatterns = [
    path("site-history/", views.site_history),
    path("site-history/results/", views.site_history_results),
]
