from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "observatoire.pages"
    verbose_name = "Pages du site"
