"""A generated file in the SSMSI commune format, clearly marked as such, for tests and demos.

Counts are random (seeded) from each commune's population; the source's secrecy rule is then
applied as the SSMSI does: a commune's figure is published only when more than 5 facts were
recorded in each of 3 successive years, or none in all 3. Otherwise the row says `ndiff`, its
count and rate are `NA`, and `complement_info_*` holds an average of the suppressed communes.
"""

# This module keeps its own `csv.writer` on purpose, outside `core.csv_files` (the one writer
# of what the site publishes): it imitates a third party's file, the SSMSI's import format, byte
# for byte, and must not neutralise cells that start like a formula ("-" in a negative number).
import csv
import gzip
import io
import random
from pathlib import Path

from observatoire.core import territory

from .reference import SSMSI_INDICATORS
from .ssmsi import REQUIRED

GENERATED_MARK = "donnees-generees"
HEADER_TAIL = [
    "annee",
    "indicateur",
    "unite_de_compte",
    "nombre",
    "taux_pour_mille",
    "est_diffuse",
    "insee_pop",
    "insee_pop_millesime",
    "insee_log",
    "insee_log_millesime",
    "complement_info_nombre",
    "complement_info_taux",
]
# Facts per 1,000 inhabitants and per year, roughly the national order of magnitude.
RATES = {"Violences physiques intrafamiliales": 2.8, "Violences sexuelles": 1.3}
DEFAULT_RATE = 2.0
ALL_LABELS = [label for _, label, _ in SSMSI_INDICATORS]


def _decimal(value: float) -> str:
    return f"{value:.4f}".replace(".", ",")


def sample_text(**options) -> str:
    out = io.StringIO()
    _write_rows(out, **options)
    return out.getvalue()


def write_sample(path: Path, **options) -> Path:
    """Written as it is generated (a national-size file never sits in memory); gzip when the
    name ends in .gz, with a fixed timestamp so that the same options give the same bytes."""
    with path.open("wb") as raw:
        if path.suffix == ".gz":
            with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as zipped:
                _write_text(zipped, options)
        else:
            _write_text(raw, options)
    return path


def _write_text(binary, options: dict) -> None:
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="", write_through=False)
    _write_rows(text, **options)
    text.flush()
    text.detach()


def _write_rows(
    out,
    *,
    communes: list[tuple[str, int]],
    years: range,
    geography_year: int,
    seed: int = 34,
    labels: list[str] | None = None,
) -> None:
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerow([f"CODGEO_{geography_year}", *HEADER_TAIL])
    populations = dict(communes)
    rng = random.Random(seed)  # noqa: S311  # nosec B311
    for label in labels or ALL_LABELS:
        counts = _label_counts(rng, label, communes, years)
        secret = {key: not _publishable(counts, key[0], key[1], years) for key in counts}
        hidden = [counts[k] for k, s in secret.items() if s]
        average = sum(hidden) / len(hidden) if hidden else 0
        burglary = label.startswith("Cambriolages")
        unit = "Logement" if burglary else "Victime"
        for (code, year), count in counts.items():
            population = populations[code]
            dwellings = max(1, population * 55 // 100)
            denominator = dwellings if burglary else population
            if secret[(code, year)]:
                number, taux, diffusion = "NA", "NA", "ndiff"
                complement = (_decimal(average), _decimal(1000 * average / max(denominator, 1)))
            else:
                number, diffusion = count, "diff"
                taux = _decimal(1000 * count / denominator) if denominator else "NA"
                complement = ("NA", "NA")
            writer.writerow(
                [
                    code,
                    year,
                    label,
                    unit,
                    number,
                    taux,
                    diffusion,
                    population,
                    geography_year - 3,
                    dwellings,
                    geography_year - 3,
                    *complement,
                ]
            )


def _label_counts(rng, label: str, communes, years: range) -> dict[tuple[str, int], int]:
    mean = RATES.get(label, DEFAULT_RATE) / 1000
    return {
        (code, year): _draw(rng, population * mean)
        for code, population in communes
        for year in years
    }


def commune_counts(*, communes, years: range, seed: int = 34, labels=None) -> dict:
    """The generated counts before the source's secrecy: {label: {(code, year): count}}."""
    rng = random.Random(seed)  # noqa: S311  # nosec B311
    return {label: _label_counts(rng, label, communes, years) for label in labels or ALL_LABELS}


# Metropolitan France's départements: those the département and région files list besides the
# one served, drawn around a common mean.
OTHER_DEPARTEMENTS = [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"]
COMPARED_REGION = "11"  # Île-de-France: a second région, to compare with the one served
UPPER_HEADER = REQUIRED  # the département and région files have no secrecy columns


def _regions(departement: str) -> dict[str, list[str]]:
    """The région of the département served and Île-de-France, with their départements
    (core/data/territories.json)."""
    reference = territory.reference()["departements"]
    home = reference[departement]["region"]
    return {
        region: [code for code, raw in reference.items() if raw["region"] == region]
        for region in dict.fromkeys([home, COMPARED_REGION])
    }


def upper_sample_texts(
    *, communes, years: range, seed: int = 34, labels=None, departement: str | None = None
) -> tuple[str, str]:
    """Département and région files consistent with the commune sample: the département served
    (`DEPARTEMENT` unless named) is the sum of its communes, its région the sum of its
    départements; France is the sum of all."""
    departement = departement or territory.current().code
    regions = _regions(departement)
    true_counts = commune_counts(communes=communes, years=years, seed=seed, labels=labels)
    rng = random.Random(seed + 1)  # noqa: S311  # nosec B311
    own_population = sum(population for _, population in communes)
    departements, regions_out = io.StringIO(), io.StringIO()
    dep_writer = csv.writer(
        departements, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n"
    )
    reg_writer = csv.writer(
        regions_out, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n"
    )
    dep_writer.writerow(["Code_departement", "Code_region", *UPPER_HEADER])
    reg_writer.writerow(["Code_region", *UPPER_HEADER])
    codes = sorted(set(OTHER_DEPARTEMENTS) | {departement})
    for label, counts in true_counts.items():
        for year in years:
            by_departement = {}
            for code in codes:
                population = own_population if code == departement else 650_000
                if code == departement:
                    count = sum(c for (_, y), c in counts.items() if y == year)
                else:
                    count = _draw(rng, population * RATES.get(label, DEFAULT_RATE) / 1000)
                by_departement[code] = (count, population)
                region = next((r for r, members in regions.items() if code in members), "00")
                dep_writer.writerow(_upper_row(code, region, year, label, count, population))
            for region, members in regions.items():
                count = sum(by_departement[m][0] for m in members if m in by_departement)
                population = sum(by_departement[m][1] for m in members if m in by_departement)
                reg_writer.writerow(_upper_row(region, None, year, label, count, population))
    return departements.getvalue(), regions_out.getvalue()


def _upper_row(code, region, year, label, count, population) -> list:
    head = [code] if region is None else [code, region]
    rate = _decimal(1000 * count / population)
    return [
        *head,
        year,
        label,
        "Victime",
        count,
        rate,
        population,
        year - 3,
        population // 2,
        year - 3,
    ]


def _draw(rng: random.Random, mean: float) -> int:
    # A Poisson draw by inversion; means here stay small enough.
    if mean > 50:
        return max(0, round(rng.gauss(mean, mean**0.5)))
    limit, product, count = pow(2.718281828459045, -mean), rng.random(), 0
    while product > limit:
        product *= rng.random()
        count += 1
    return count


def _publishable(counts, code: str, year: int, years: range) -> bool:
    """More than 5 facts in each of the 3 years ending with `year`, or none in all 3."""
    window = [counts.get((code, y)) for y in range(year - 2, year + 1) if y in years]
    if len(window) < 3:
        window = [counts[(code, y)] for y in list(years)[:3]]
    return all(c > 5 for c in window) or all(c == 0 for c in window)
