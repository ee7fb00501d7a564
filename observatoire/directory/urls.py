from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("", views.search, name="search"),
    path("carte/", views.services_map, name="map"),
    path("export.csv", views.export_csv, name="export-csv"),
    path("export.json", views.export_json, name="export-json"),
    path("schema.json", views.export_schema, name="export-schema"),
    path("<slug:slug>/", views.service_detail, name="service"),
]
