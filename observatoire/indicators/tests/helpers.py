"""Published figures for tests: generated files in the SSMSI's formats, imported."""

from pathlib import Path

from observatoire.demo.indicators import DEMO_LABELS
from observatoire.directory.models import Commune
from observatoire.indicators.sample import upper_sample_texts, write_sample
from observatoire.indicators.ssmsi import import_file


def import_sample_figures(folder: Path, *, communes: int, years: range) -> None:
    """The first `communes` communes, one indicator, the département and the région."""
    places = list(Commune.objects.order_by("code").values_list("code", "population")[:communes])
    labels = DEMO_LABELS[:1]
    write_sample(
        folder / "c.csv.gz", communes=places, years=years, geography_year=2025, labels=labels
    )
    departements, regions = upper_sample_texts(communes=places, years=years, labels=labels)
    (folder / "d.csv").write_text(departements, encoding="utf-8")
    (folder / "r.csv").write_text(regions, encoding="utf-8")
    for name in ("c.csv.gz", "d.csv", "r.csv"):
        import_file(path=folder / name)
