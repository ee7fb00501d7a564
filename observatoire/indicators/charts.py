"""Line charts drawn by the site as SVG coordinates. Pure: no Django import.

The chart is decoration for sighted readers: the same figures are always in a table beside it.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from observatoire.core.formatting import format_number

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 36


@dataclass(frozen=True)
class Line:
    name: str
    css: str
    points: list[tuple[float, float]]  # one per known value (gaps are left out)

    @property
    def polyline(self) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in self.points)


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    lines: list[Line]
    x_labels: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    baseline: float


def line_chart(periods: list[str], series: list[tuple[str, str, list[float | None]]]) -> Chart:
    """series: (name, css class, one value or None per period)."""
    values = [v for _, _, column in series for v in column if v is not None]
    top = _nice_ceiling(max(values, default=1) or 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(periods) - 1, 1)

    def y_of(value: float) -> float:
        return TOP + plot_h * (1 - value / top)

    lines = [
        Line(name, css, [(LEFT + i * step, y_of(v)) for i, v in enumerate(column) if v is not None])
        for name, css, column in series
    ]
    ticks = [(y_of(top * i / 4), _french(top * i / 4)) for i in range(5)]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        lines=lines,
        x_labels=[(LEFT + i * step, period) for i, period in enumerate(periods)],
        y_ticks=ticks,
        baseline=y_of(0),
    )


def _nice_ceiling(value: float) -> float:
    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _french(value: float) -> str:
    """An axis label or a point's value: at most two decimals, the French way."""
    return format_number(round(Decimal(str(value)), 2))
