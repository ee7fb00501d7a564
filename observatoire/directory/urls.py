from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("", views.search, name="search"),
    path("carte/", views.services_map, name="map"),
    path("<slug:slug>/", views.service_detail, name="service"),
]
