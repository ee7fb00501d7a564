from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "observatoire.directory"
    verbose_name = "Annuaire et carte"
