"""/integrer/barometre/<slug>/: the barometers for partners' sites (see views.embedded)."""

from django.urls import path

from . import views

urlpatterns = [
    path("<slug:slug>/", views.embedded, name="embed_barometer"),
    path("<slug:slug>/merci/", views.embedded_counted, name="embed_barometer_counted"),
]
