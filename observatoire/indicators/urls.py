from django.urls import path, re_path

from . import views

app_name = "indicators"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("<slug:code>/", views.indicator, name="indicator"),
    path("<slug:code>/serie.csv", views.series_csv, name="series-csv"),
    re_path(r"^(?P<code>[-\w]+)/(?P<period>\d{4})/$", views.indicator, name="indicator-period"),
    re_path(r"^(?P<code>[-\w]+)/(?P<period>\d{4})\.csv$", views.communes_csv, name="communes-csv"),
]
