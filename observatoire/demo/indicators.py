"""Demo figures: generated files in the SSMSI format, imported like real ones.

They are named « donnees-generees-… » so that the edition list says so on every indicator page;
the same seed gives the same bytes, so a second run finds the files already imported.
"""

import tempfile
from pathlib import Path

from wagtail.models import Locale

from observatoire.directory.models import Commune
from observatoire.indicators.sample import GENERATED_MARK, upper_sample_texts, write_sample
from observatoire.indicators.services import load_reference
from observatoire.indicators.ssmsi import import_file

from .territory import DemoTerritory, demo_territory

DEMO_LABELS = [
    "Violences physiques intrafamiliales",
    "Violences sexuelles",
    "Violences physiques hors cadre familial",
]
YEARS = range(2016, 2026)


def load_demo_indicators() -> int:
    """Import the generated commune, département and région files; returns observations added."""
    load_reference()
    load_demo_partner_figures()
    communes = list(Commune.objects.values_list("code", "population"))
    if not communes:
        return 0
    added = 0
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        commune_file = write_sample(
            folder / f"{GENERATED_MARK}-ssmsi-communes-2025.csv.gz",
            communes=communes,
            years=YEARS,
            geography_year=2025,
            labels=DEMO_LABELS,
        )
        departements, regions = upper_sample_texts(
            communes=communes, years=YEARS, labels=DEMO_LABELS
        )
        upper = []
        for name, text in (("departements", departements), ("regions", regions)):
            path = folder / f"{GENERATED_MARK}-ssmsi-{name}-2025.csv"
            path.write_text(text, encoding="utf-8")
            upper.append(path)
        for path in (commune_file, *upper):
            added += import_file(path=path).observations
    return added


# The partner declaring each indicator, by its role.
# Figures the partners declare each year: (code, label, the role of the partner that declares
# them, unit, counts of people?).
PARTNER_INDICATORS = [
    (
        "familles-accompagnees-caf",
        "Familles accompagnées par les travailleurs sociaux de la Caf après des violences",
        "caf",
        "familles",
        True,
    ),
    (
        "interventions-iscg",
        "Interventions des intervenants sociaux en commissariat et gendarmerie (ISCG)",
        "prefecture",
        "interventions",
        False,
    ),
    (
        "nuitees-hebergement-urgence",
        "Nuitées d’hébergement d’urgence de femmes victimes et de leurs enfants",
        "departement",
        "nuitées",
        False,
    ),
]
# (indicator code, period, value, state): two years per partner, the last one not yet public:
# awaiting validation in the figures' workflow, or a draft.
PUBLISHED, SUBMITTED, DRAFT = "publié", "soumis", "brouillon"
DEMO_FIGURES = [
    ("familles-accompagnees-caf", "2024", 212, PUBLISHED),
    ("familles-accompagnees-caf", "2025", 7, SUBMITTED),
    ("interventions-iscg", "2024", 1380, PUBLISHED),
    ("interventions-iscg", "2025", 1455, SUBMITTED),
    ("nuitees-hebergement-urgence", "2024", 9125, PUBLISHED),
    ("nuitees-hebergement-urgence", "2025", 9870, DRAFT),
]


def load_demo_partner_figures() -> None:
    """Partner indicators and example declarations (marked as examples in their comment).
    Each indicator goes to the demo's partner of its role (the Caf, the State, the Département)."""
    from observatoire.indicators.models import Indicator, PartnerFigure, Source
    from observatoire.indicators.submissions import PARTNER_SOURCE
    from observatoire.partners.models import PartnerPage

    t = demo_territory()
    source, _ = Source.objects.get_or_create(name=PARTNER_SOURCE["name"], defaults=PARTNER_SOURCE)
    for code, label, role, unit, about_people in PARTNER_INDICATORS:
        slug = t.slug(role)
        partner = PartnerPage.objects.filter(slug=slug, locale=Locale.get_default()).first()
        if partner is None:
            continue
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "label": label,
                "definition": f"{label}, déclarées chaque année par le partenaire.",
                "unit": unit,
                "denominator": Indicator.NONE,
                "source": source,
                "grains": ["departement"],
                "about_people": about_people,
                "partner": partner,
            },
        )
    for code, period, value, state in DEMO_FIGURES:
        indicator = Indicator.objects.filter(code=code).first()
        if indicator is None:
            continue
        figure, created = PartnerFigure.objects.get_or_create(
            indicator=indicator,
            period=period,
            defaults={"value": value, "comment": "Exemple de démonstration.", "live": False},
        )
        if not created:
            continue  # what editors did with it since stays
        revision = figure.save_revision(log_action=False)
        if state == PUBLISHED:  # its observation follows (indicators/receivers.py)
            revision.publish(skip_permission_checks=True)
        elif state == SUBMITTED:
            figure.get_workflow().start(figure, None)


def letter_index(t: DemoTerritory) -> dict:
    return {
        "slug": "lettre",
        "title": "La lettre de l’observatoire",
        "intro": "Chaque année, les chiffres clés des violences faites aux femmes "
        f"{t.in_departement} et les travaux de l’observatoire, à lire en ligne ou à imprimer.",
    }


LETTER_FIGURES = [
    ("violences-intrafamiliales", ""),
    ("violences-sexuelles", ""),
    (
        "familles-accompagnees-caf",
        "Exemple de démonstration : les familles sont comptées une fois dans l’année, quel que "
        "soit le nombre de rendez-vous.",
    ),
    ("interventions-iscg", ""),
    ("nuitees-hebergement-urgence", ""),
]
LETTER_BODY = [
    ("heading", "Trois thèmes étudiés avec le comité de l’observatoire"),
    (
        "paragraph",
        "<p>Exemple de démonstration, à remplacer par le texte de la coordination. En 2023, "
        "l’observatoire a travaillé sur les enfants exposés aux violences conjugales, "
        "co-victimes ; sur les violences dans les premières relations amoureuses des jeunes ; "
        "et sur la place de l’alcool et des drogues dans les violences conjugales.</p>",
    ),
    (
        "paragraph",
        "<p>Chaque thème réunit des femmes qui ont vécu des violences, des professionnelles "
        "et professionnels de terrain et des chercheuses et chercheurs. Leurs recommandations "
        "sont adressées aux partenaires de l’observatoire, qui en rendent compte.</p>",
    ),
]


def load_demo_letter(*, home, territory: DemoTerritory) -> None:
    """The letters' page and a 2024 letter built on the demo figures (marked as an example)."""
    from observatoire.indicators.models import LetterIndexPage, LetterPage
    from observatoire.pages.services import ensure_child_page

    index = ensure_child_page(parent=home, page_class=LetterIndexPage, **letter_index(territory))
    ensure_child_page(
        parent=index,
        page_class=LetterPage,
        slug="2024",
        title="La lettre de l’observatoire 2024",
        intro="Exemple de démonstration : les chiffres viennent de fichiers générés, pas de "
        f"la réalité {territory.of_departement}.",
        year=2024,
        key_figures=[
            ("figure", {"indicator": code, "note": note}) for code, note in LETTER_FIGURES
        ],
        body=LETTER_BODY,
    )
