from django.urls import path

from . import views

app_name = "barometer"

urlpatterns = [
    path("statistiques/", views.statistics, name="statistics"),
    path("<slug:slug>/", views.questionnaire, name="questionnaire"),
    path("<slug:slug>/facile-a-lire/", views.questions_easy, name="questions_easy"),
    path("<slug:slug>/compter/", views.count, name="count"),
    path("<slug:slug>/merci/", views.counted, name="counted"),
    path("<slug:slug>/imprimer/<slug:path>/", views.printable, name="print"),
]
