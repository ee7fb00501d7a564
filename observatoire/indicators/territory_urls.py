from django.urls import path

from . import views

urlpatterns = [
    path("<str:code>/", views.territory, name="territory"),
    path("<str:code>/fiche.pdf", views.territory_pdf, name="territory-pdf"),
]
