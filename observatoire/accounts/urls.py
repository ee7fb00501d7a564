from django.urls import path

from . import views

urlpatterns = [
    path("activer/", views.two_factor_setup, name="two_factor_setup"),
    path("verifier/", views.two_factor_verify, name="two_factor_verify"),
    path("codes-de-secours/", views.recovery_codes, name="two_factor_recovery_codes"),
    path("reinitialiser/<int:pk>/", views.reset_for_account, name="two_factor_reset"),
]
