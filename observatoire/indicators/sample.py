"""A generated file in the SSMSI commune format, clearly marked as such, for tests and demos.

Counts are random (seeded) from each commune's population; the source's secrecy rule is then
applied as the SSMSI does: a commune's figure is published only when more than 5 facts were
recorded in each of 3 successive years, or none in all 3. Otherwise the row says `ndiff`, its
count and rate are `NA`, and `complement_info_*` holds an average of the suppressed communes.
"""

import csv
import gzip
import io
import random
from pathlib import Path

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


def _decimal(value: float) -> str:
    return f"{value:.4f}".replace(".", ",")


def sample_text(
    *,
    communes: list[tuple[str, int]],
    years: range,
    geography_year: int,
    seed: int = 34,
    labels: list[str] | None = None,
) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerow([f"CODGEO_{geography_year}", *HEADER_TAIL])
    true_counts = commune_counts(communes=communes, years=years, seed=seed, labels=labels)
    for label, counts in true_counts.items():
        secret = {key: not _publishable(counts, key[0], key[1], years) for key in counts}
        hidden = [counts[k] for k, s in secret.items() if s]
        average = sum(hidden) / len(hidden) if hidden else 0
        for (code, year), count in counts.items():
            population = dict(communes)[code]
            dwellings = max(1, population * 55 // 100)
            denominator = dwellings if label.startswith("Cambriolages") else population
            unit = "Logement" if label.startswith("Cambriolages") else "Victime"
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
    return out.getvalue()


def commune_counts(*, communes, years: range, seed: int = 34, labels=None) -> dict:
    """The generated counts before the source's secrecy: {label: {(code, year): count}}."""
    rng = random.Random(seed)  # noqa: S311  # nosec B311
    labels = labels or [label for _, label, _ in SSMSI_INDICATORS]
    return {
        label: {
            (code, year): _draw(rng, population * RATES.get(label, DEFAULT_RATE) / 1000)
            for code, population in communes
            for year in years
        }
        for label in labels
    }


# Occitanie's départements; the others of metropolitan France are drawn around their mean.
OCCITANIE = ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"]
OTHER_DEPARTEMENTS = [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"]
REGIONS = {"76": OCCITANIE, "11": ["75", "77", "78", "91", "92", "93", "94", "95"]}
UPPER_HEADER = REQUIRED  # the département and région files have no secrecy columns


def upper_sample_texts(*, communes, years: range, seed: int = 34, labels=None) -> tuple[str, str]:
    """Département and région files consistent with the commune sample: the Hérault is the sum
    of its communes, Occitanie the sum of its départements; France is the sum of all."""
    true_counts = commune_counts(communes=communes, years=years, seed=seed, labels=labels)
    rng = random.Random(seed + 1)  # noqa: S311  # nosec B311
    herault_population = sum(population for _, population in communes)
    departements, regions = io.StringIO(), io.StringIO()
    dep_writer = csv.writer(
        departements, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n"
    )
    reg_writer = csv.writer(
        regions, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n"
    )
    dep_writer.writerow(["Code_departement", "Code_region", *UPPER_HEADER])
    reg_writer.writerow(["Code_region", *UPPER_HEADER])
    codes = sorted(set(OTHER_DEPARTEMENTS) | {"34"})
    for label, counts in true_counts.items():
        for year in years:
            by_departement = {}
            for code in codes:
                population = herault_population if code == "34" else 650_000
                if code == "34":
                    count = sum(c for (_, y), c in counts.items() if y == year)
                else:
                    count = _draw(rng, population * RATES.get(label, DEFAULT_RATE) / 1000)
                by_departement[code] = (count, population)
                region = next((r for r, members in REGIONS.items() if code in members), "00")
                dep_writer.writerow(_upper_row(code, region, year, label, count, population))
            for region, members in REGIONS.items():
                count = sum(by_departement[m][0] for m in members if m in by_departement)
                population = sum(by_departement[m][1] for m in members if m in by_departement)
                reg_writer.writerow(_upper_row(region, None, year, label, count, population))
    return departements.getvalue(), regions.getvalue()


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


def write_sample(path: Path, **options) -> Path:
    data = ("\ufeff" + sample_text(**options)).encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)
    return path


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
