from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils import translation
from django.views.static import serve
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap

from observatoire.api import api
from observatoire.core import i18n
from observatoire.core.views import closed, healthz
from observatoire.directory.sitemaps import DirectorySitemap
from observatoire.indicators.sitemaps import IndicatorSitemap
from observatoire.knowledge.sitemaps import KnowledgeSitemap

SITEMAPS = {
    "pages": PageSitemap,
    "annuaire": DirectorySitemap,
    "indicateurs": IndicatorSitemap,
    "travaux": KnowledgeSitemap,
}

# Wagtail builds each back-office form class once, as its URLs load, and its choosers compute
# their labels (« Choisissez une page (Page partenaire) ») right then, in the active language:
# the thread that first resolves an address, a request in Arabic say, would fix them for every
# later request. The back-office speaks French only, so its URLs load in French.
with translation.override(settings.LANGUAGE_CODE):
    urlpatterns = [
        path("healthz", healthz, name="healthz"),
        path(settings.ADMIN_PATH.strip("/") + "/securite/", include("observatoire.accounts.urls")),
        # Some of Wagtail's routes, narrowed or replaced (before the admin's own).
        path(settings.ADMIN_PATH.strip("/") + "/", include("observatoire.accounts.narrowed_urls")),
        path(settings.ADMIN_PATH.strip("/") + "/", include("observatoire.core.admin_urls")),
        path(settings.ADMIN_PATH.strip("/") + "/", include("wagtail.admin.urls")),
        path("documents/", include("wagtail.documents.urls")),
        path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
        path("api/v1/", api.urls),
    ]

# The public site, in every language: French at /, the others under /en/, /ar/, … (core/i18n.py).
# Wagtail's private pages (a password or a sign-in, its « Confidentialité » setting) cannot work
# here: the visitor's access would live in a session, and public pages carry no cookie (the
# session cookie is scoped to the back-office). No page uses them (no PageViewRestriction), so
# their public views, `/_util/login/` and `/_util/authenticate_with_password/…`, are closed
# (404) rather than left as forms that can never succeed, without the safety bar.
urlpatterns += i18n_patterns(
    path("annuaire/", include("observatoire.directory.urls")),
    path("barometre/", include("observatoire.barometer.urls")),
    path("indicateurs/", include("observatoire.indicators.urls")),
    path("territoires/", include("observatoire.indicators.territory_urls")),
    path("donnees/", include("observatoire.indicators.opendata_urls")),
    path("integrer/barometre/", include("observatoire.barometer.embed_urls")),
    path("", include("observatoire.knowledge.urls")),
    re_path(r"^_util/", closed),
    # Wagtail's page view, with the French page when a page has no translation yet.
    re_path(r"^((?:[\w\-]+/)*)$", i18n.serve, name="wagtail_serve"),
    prefix_default_language=False,
)

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]
