"""Create the demo content: home, observatory, partners, news, information and easy-to-read pages,
directory examples, barometers, figures, letter, themes, publications and agenda, for the
département served (`DEPARTEMENT`; see `observatoire/demo/territory.py`).

Idempotent: a page that already exists (same slug under the same parent) is left untouched, so
running it again changes nothing and never overwrites what editors wrote.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from observatoire.barometer.content import BAROMETERS
from observatoire.barometer.content.editions import load_demo_editions
from observatoire.barometer.services import ensure_questionnaire
from observatoire.core.models import SafetySettings
from observatoire.demo import easy_read, info, partners, site
from observatoire.demo.directory import SHELTER_DEMO_ADDRESS, ensure_demo_entries, structures
from observatoire.demo.indicators import load_demo_indicators, load_demo_letter
from observatoire.demo.knowledge import load_demo_knowledge
from observatoire.demo.logos import placeholder_logo
from observatoire.demo.territory import DemoTerritory, demo_territory
from observatoire.demo.translations import load_demo_translations
from observatoire.directory.geography import load_geography, read_geography
from observatoire.directory.models import Commune
from observatoire.pages import services
from observatoire.pages.models import (
    EasyReadPage,
    HelplinesPage,
    NewsIndexPage,
    NewsPage,
    ObservatoryPage,
    SiteMapPage,
    StandardPage,
)
from observatoire.partners.models import PartnerIndexPage, PartnerPage, PartnershipSettings


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
        if not Commune.objects.exists():  # the examples are placed in the communes
            load_geography(data=read_geography())
        territory = demo_territory()
        home = services.ensure_home_page(hostname=hostname, port=port, **site.home(territory))
        services.ensure_child_page(
            parent=home,
            page_class=ObservatoryPage,
            slug="observatoire",
            **site.observatory(territory),
        )
        services.ensure_child_page(parent=home, page_class=HelplinesPage, **info.HELPLINES_PAGE)
        services.ensure_child_page(parent=home, page_class=StandardPage, **info.EXIT_GUIDE)
        self._partners(home, territory)
        news_index = services.ensure_child_page(
            parent=home, page_class=NewsIndexPage, **info.NEWS_INDEX
        )
        for news in site.news(territory):
            services.ensure_child_page(parent=news_index, page_class=NewsPage, **news)
        for page in (
            info.legal_notice(territory),
            info.PERSONAL_DATA,
            info.accessibility(territory),
        ):
            services.ensure_child_page(parent=home, page_class=StandardPage, **page)
        services.ensure_child_page(parent=home, page_class=SiteMapPage, **info.SITE_MAP)
        self._easy_read(home, territory)
        # The pages a person in danger needs first, in every language (« à relire »).
        load_demo_translations(territory)
        SafetySettings.load()
        ensure_demo_entries(structures=structures(territory), shelter_address=SHELTER_DEMO_ADDRESS)
        for barometer in BAROMETERS:
            ensure_questionnaire(questionnaire=barometer.QUESTIONNAIRE, version=barometer.VERSION)
        load_demo_editions()
        if figures:
            load_demo_indicators()
        load_demo_letter(home=home, territory=territory)
        if knowledge:
            load_demo_knowledge(home=home, territory=territory)
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(f"Contenu de démonstration prêt ({territory.acronym}).")
            )

    def _easy_read(self, home, territory: DemoTerritory):
        index = services.ensure_child_page(parent=home, page_class=EasyReadPage, **easy_read.INDEX)
        for page in easy_read.pages(territory):
            services.ensure_child_page(parent=index, page_class=EasyReadPage, **page)

    def _partners(self, home, territory: DemoTerritory):
        index = services.ensure_child_page(
            parent=home, page_class=PartnerIndexPage, **info.partner_index(territory)
        )
        for partner in partners.partners(territory):
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
        if not settings.budget_total and not settings.body:
            for field, value in partners.partnership(territory).items():
                setattr(settings, field, value)
            settings.full_clean()
            settings.save()
