from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "observatoire.knowledge"
    verbose_name = "Travaux et ressources"
