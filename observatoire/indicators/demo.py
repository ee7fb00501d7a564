"""Demo figures: generated files in the SSMSI format, imported like real ones.

They are named « donnees-generees-… » so that the edition list says so on every indicator page;
the same seed gives the same bytes, so a second run finds the files already imported.
"""

import tempfile
from pathlib import Path

from observatoire.directory.models import Commune

from .sample import GENERATED_MARK, upper_sample_texts, write_sample
from .services import load_reference
from .ssmsi import import_file

DEMO_LABELS = [
    "Violences physiques intrafamiliales",
    "Violences sexuelles",
    "Violences physiques hors cadre familial",
]
YEARS = range(2016, 2026)


def load_demo_indicators() -> int:
    """Import the generated commune, département and région files; returns observations added."""
    load_reference()
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
