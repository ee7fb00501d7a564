"""Reads of the barometer: the published version, its situations for a path, published counts."""

from dataclasses import dataclass

from django.db.models import Sum

from observatoire.core.helplines import HELPLINES

from .models import Questionnaire, UsageCount, Version

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
    return [
        {
            **dict(block.value),
            "width": block.value["high"] - block.value["low"],
            "lines": [lines[key] for key in block.value["helplines"]],
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
