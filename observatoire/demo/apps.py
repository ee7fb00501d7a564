from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content (`manage.py load_demo`): it depends on every domain app, none on it."""

    name = "observatoire.demo"
    label = "demo"
    verbose_name = "Contenu de démonstration"
