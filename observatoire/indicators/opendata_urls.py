from django.urls import path

from . import opendata_views as views

app_name = "opendata"

urlpatterns = [
    path("", views.index, name="index"),
    path("catalogue.jsonld", views.catalogue, name="catalogue"),
    path("schema-indicateur-communes.json", views.schema_communes, name="schema-communes"),
    path("schema-indicateur-serie.json", views.schema_series, name="schema-series"),
    path("schema-chiffres-partenaires.json", views.schema_declarations, name="schema-declarations"),
]
