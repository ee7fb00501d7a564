"""Reads of the barometer: the published version, its situations for a path, published counts."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Sum

from observatoire.core.helplines import HELPLINES
from observatoire.directory.selectors import public_services

from .models import EmbedPartner, Questionnaire, UsageCount, Version

GROUP_SIZE = 5  # situations shown together, on a phone screen
SMALL_CELL = 10  # published counts under this are hidden


@dataclass(frozen=True)
class Situation:
    key: str
    text: str
    theme: str


def published_version(*, slug: str) -> Version | None:
    questionnaire = Questionnaire.objects.filter(slug=slug).first()
    return questionnaire.current_version() if questionnaire else None


def path_label(*, version: Version, path: str) -> str | None:
    return next((p.value["label"] for p in version.paths if p.value["key"] == path), None)


def posted_answers(*, version: Version, data: Mapping[str, str]) -> dict[str, str]:
    """The answers in a posted form (`s-<situation>` fields), for the scoring and nothing else."""
    return {block.value["key"]: data.get(f"s-{block.value['key']}", "") for block in version.items}


def situations(*, version: Version, path: str) -> list[list[Situation]]:
    """The situations worded for `path`, in groups of GROUP_SIZE."""
    worded = [
        Situation(
            key=block.value["key"],
            text=next(w["text"] for w in block.value["wordings"] if w["path"] == path),
            theme=block.value["theme"],
        )
        for block in version.items
    ]
    return [worded[i : i + GROUP_SIZE] for i in range(0, len(worded), GROUP_SIZE)]


def zone_texts(*, version: Version) -> list[dict]:
    """Each zone's words, with its helplines resolved for click-to-call."""
    lines = {line.key: line for line in HELPLINES}
    chosen = {s.pk for block in version.zones for s in block.value.get("services") or [] if s}
    public = {s.pk: s for s in public_services().filter(pk__in=chosen)}
    return [
        {
            **dict(block.value),
            "width": block.value["high"] - block.value["low"],
            "lines": [lines[key] for key in block.value["helplines"]],
            "services": [
                public[s.pk] for s in block.value.get("services") or [] if s and s.pk in public
            ],
        }
        for block in version.zones
    ]


@dataclass(frozen=True)
class CountRow:
    label: str
    cells: list[int | None]  # None: fewer than SMALL_CELL, hidden
    total: int | None


def published_counts(*, version: Version) -> tuple[list[str], list[CountRow]]:
    """Counted results by path (rows) and zone (columns), small cells hidden."""
    zones = [block.value["key"] for block in version.zones]
    rows = []
    for block in version.paths:
        counts = dict(
            UsageCount.objects.filter(version=version, path=block.value["key"])
            .values_list("zone")
            .annotate(n=Sum("count"))
        )
        cells = [
            c if c >= SMALL_CELL or c == 0 else None for c in (counts.get(z, 0) for z in zones)
        ]
        # With a cell hidden, the total would give it away: it is hidden too.
        total = None if None in cells else sum(cells)
        rows.append(CountRow(label=block.value["label"], cells=cells, total=total))
    return zones, rows


def embed_origins() -> list[str]:
    """Origins allowed to frame the embedded barometers."""
    return list(
        EmbedPartner.objects.filter(active=True).order_by("origin").values_list("origin", flat=True)
    )


def embed_partner_key(*, key: str) -> str:
    """`key` if it names an allowed partner site, else empty (results counted as the site's own)."""
    if key and EmbedPartner.objects.filter(key=key, active=True).exists():
        return key
    return ""


def embed_code(*, partner: EmbedPartner, questionnaire: Questionnaire, site_url: str) -> str:
    """The HTML a partner pastes into its page."""
    src = f"{site_url}/integrer/barometre/{questionnaire.slug}/?partenaire={partner.key}"
    return (
        f'<iframe src="{src}" title="{questionnaire.title}, par l’Observatoire des violences '
        f'faites aux femmes de l’Hérault" width="100%" height="900" loading="lazy" '
        f'referrerpolicy="no-referrer" sandbox="allow-scripts allow-forms allow-same-origin '
        f'allow-top-navigation-by-user-activation" data-ovff-barometre></iframe>\n'
        f'<script src="{site_url}/static/barometer/embed.js" async></script>'
    )
