from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "observatoire.knowledge"
    verbose_name = _("Travaux et ressources")

    def ready(self):
        from wagtail.signals import unpublished

        from observatoire.core.page_cache import clear_page_cache, register_public_content

        from . import page_context, receivers  # noqa: F401  (page context, publication signal)
        from .models import FollowUp, Recommendation

        register_public_content(Recommendation)
        # A note shows once published: a full save of a live note (publishing), and
        # unpublishing; a draft or a submission only writes its revision and a few fields.
        register_public_content(FollowUp, changed=_published)
        unpublished.connect(clear_page_cache, sender=FollowUp, dispatch_uid="page-cache-followup")


def _published(follow_up, *, update_fields) -> bool:
    return follow_up.live and update_fields is None
