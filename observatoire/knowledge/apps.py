from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "observatoire.knowledge"
    verbose_name = _("Travaux et ressources")

    def ready(self):
        from observatoire.core.page_cache import register_public_content

        from . import page_context  # noqa: F401  (registers what its pages read)
        from .models import FollowUp, Recommendation

        register_public_content(Recommendation)
        register_public_content(FollowUp, changed=_validated)


def _validated(follow_up, *, update_fields) -> bool:
    return follow_up.state == follow_up.VALIDATED
