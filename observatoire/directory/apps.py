from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "observatoire.directory"
    verbose_name = _("Annuaire et carte")

    def ready(self):
        from wagtail.signals import unpublished

        from observatoire.core.page_cache import clear_page_cache, register_public_content

        from .models import Commune, Epci, Place, Postcode, Service, Structure

        register_public_content(Commune, Epci, Postcode)
        # An entry shows once published: a full save of a live entry (publishing, an import),
        # and unpublishing; a draft only writes its revision and a few fields.
        entries = (Structure, Place, Service)
        register_public_content(*entries, changed=_published)
        for model in entries:
            unpublished.connect(clear_page_cache, sender=model, dispatch_uid=f"page-cache-{model}")


def _published(entry, *, update_fields) -> bool:
    return entry.live and update_fields is None
