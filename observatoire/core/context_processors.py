from django.utils.functional import SimpleLazyObject

from .i18n import language_links
from .selectors import get_safety_settings


def site_chrome(request):
    """What the base layout needs on every page: the quick exit, the help lines' hours, and this
    address in every language (the language menu and the `hreflang` alternates). The territory
    served is base.html's own (`{% served_territory %}`): pages rendered without a request need
    it too."""
    return {
        "safety": SimpleLazyObject(lambda: get_safety_settings(request=request)),
        # A page the resolver did not reach (an error, a refusal) links to the home pages: its
        # address may be the very thing refused (too long, invalid).
        "language_links": SimpleLazyObject(
            lambda: language_links(path=request.path if request.resolver_match else "/")
        ),
    }
