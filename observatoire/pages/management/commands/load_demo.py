"""Create the demo content: home, observatory, partners, news, information and easy-to-read pages.

Idempotent: a page that already exists (same slug under the same parent) is left untouched, so
running it again changes nothing and never overwrites what editors wrote.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from observatoire.barometer.content import BAROMETERS
from observatoire.barometer.content.editions import load_demo_editions
from observatoire.barometer.services import ensure_questionnaire
from observatoire.core.models import SafetySettings
from observatoire.directory import demo as directory_demo
from observatoire.directory.models import Commune
from observatoire.directory.services import ensure_demo_entries, load_geography, read_geography
from observatoire.indicators.demo import load_demo_indicators, load_demo_letter
from observatoire.knowledge.demo import load_demo_knowledge
from observatoire.pages import services
from observatoire.pages.demo import easy_read, info, partners, site
from observatoire.pages.demo.logos import placeholder_logo
from observatoire.pages.demo.translations import load_demo_translations
from observatoire.pages.models import (
    EasyReadPage,
    HelplinesPage,
    NewsIndexPage,
    NewsPage,
    ObservatoryPage,
    PartnerIndexPage,
    PartnerPage,
    PartnershipSettings,
    SiteMapPage,
    StandardPage,
)


class Command(BaseCommand):
    help = "Charge le contenu de démonstration (sans effet s'il est déjà présent)."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="localhost")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument(
            "--sans-chiffres",
            dest="figures",
            action="store_false",
            help="Sans les fichiers d’indicateurs générés (plus rapide, pour les tests).",
        )
        parser.add_argument(
            "--sans-travaux",
            dest="knowledge",
            action="store_false",
            help="Sans les thèmes, publications et événements d’exemple (pour les tests).",
        )

    @transaction.atomic
    def handle(
        self,
        *args,
        hostname: str,
        port: int,
        figures: bool = True,
        knowledge: bool = True,
        **options,
    ):
        home = services.ensure_home_page(hostname=hostname, port=port, **site.HOME)
        services.ensure_child_page(
            parent=home, page_class=ObservatoryPage, slug="observatoire", **site.OBSERVATORY
        )
        services.ensure_child_page(parent=home, page_class=HelplinesPage, **info.HELPLINES_PAGE)
        services.ensure_child_page(parent=home, page_class=StandardPage, **info.EXIT_GUIDE)
        self._partners(home)
        news_index = services.ensure_child_page(
            parent=home, page_class=NewsIndexPage, **info.NEWS_INDEX
        )
        for news in site.NEWS:
            services.ensure_child_page(parent=news_index, page_class=NewsPage, **news)
        for page in (info.LEGAL_NOTICE, info.PERSONAL_DATA, info.ACCESSIBILITY):
            services.ensure_child_page(parent=home, page_class=StandardPage, **page)
        services.ensure_child_page(parent=home, page_class=SiteMapPage, **info.SITE_MAP)
        self._easy_read(home)
        # The pages a person in danger needs first, in every language (« à relire »).
        load_demo_translations()
        SafetySettings.load()
        if not Commune.objects.exists():  # the examples need the communes
            load_geography(data=read_geography())
        ensure_demo_entries(
            structures=directory_demo.STRUCTURES,
            shelter_address=directory_demo.SHELTER_DEMO_ADDRESS,
        )
        for barometer in BAROMETERS:
            ensure_questionnaire(questionnaire=barometer.QUESTIONNAIRE, version=barometer.VERSION)
        load_demo_editions()
        if figures:
            load_demo_indicators()
        load_demo_letter(home=home)
        if knowledge:
            load_demo_knowledge(home=home)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Contenu de démonstration prêt."))

    def _easy_read(self, home):
        index = services.ensure_child_page(parent=home, page_class=EasyReadPage, **easy_read.INDEX)
        for page in easy_read.PAGES:
            services.ensure_child_page(parent=index, page_class=EasyReadPage, **page)

    def _partners(self, home):
        index = services.ensure_child_page(
            parent=home, page_class=PartnerIndexPage, **info.PARTNER_INDEX
        )
        for partner in partners.PARTNERS:
            logo = services.ensure_image(
                title=f"Logo provisoire – {partner['title']}",
                file_name=f"logo-{partner['slug']}.png",
                build_png=lambda partner=partner: placeholder_logo(
                    text=partner["short"], colour=partner["colour"]
                ),
            )
            fields = {k: v for k, v in partner.items() if k not in {"short", "colour"}}
            services.ensure_child_page(parent=index, page_class=PartnerPage, logo=logo, **fields)
        settings = PartnershipSettings.load()
        if not settings.budget_total:
            for field, value in partners.PARTNERSHIP.items():
                setattr(settings, field, value)
            settings.full_clean()
            settings.save()
