from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "observatoire.core"
    verbose_name = "Socle du site"
