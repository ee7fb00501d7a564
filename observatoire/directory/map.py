"""A département (or some of its communes) drawn as SVG from the communes' outlines. Pure: no
Django import.

Longitude and latitude are projected with a local equirectangular projection: longitudes are
scaled by the cosine of the frame's middle latitude, north or south of the equator alike (the
cosine is even), which is accurate enough for one département, from Paris to Guyane. The drawing
is WIDTH units wide and as high as the outlines need; a very flat or very tall set of outlines (a
single narrow commune) is given room on its short side instead, so that the viewBox stays
between MIN_RATIO and MAX_RATIO and the shapes keep their true proportions.
"""

import math
from dataclasses import dataclass
from functools import cached_property

WIDTH = 1000
MIN_RATIO = 0.25  # height / width of the drawing
MAX_RATIO = 4.0
MARGIN = 0.01  # of the larger side, around the outlines
MIN_MARGIN_DEGREES = 0.002  # about 200 m: a single point still gets a frame around it


@dataclass(frozen=True)
class Shape:
    code: str
    name: str
    path: str


@dataclass(frozen=True)
class Frame:
    west: float
    south: float
    east: float
    north: float

    @cached_property
    def x_scale(self) -> float:
        """The length of a degree of longitude, in degrees of latitude, at the middle latitude."""
        return math.cos(math.radians((self.north + self.south) / 2))

    @cached_property
    def height(self) -> int:
        wide = (self.east - self.west) * self.x_scale
        high = self.north - self.south
        if wide <= 0 or high <= 0:
            return WIDTH
        return max(1, round(WIDTH * high / wide))

    def project(self, lon: float, lat: float) -> tuple[int, int]:
        wide, high = self.east - self.west, self.north - self.south
        x = (lon - self.west) / wide * WIDTH if wide > 0 else WIDTH / 2
        y = (self.north - lat) / high * self.height if high > 0 else self.height / 2
        return round(x), round(y)


def frame_of(outlines: list[list | None]) -> Frame:
    """The frame around the outlines (GeoJSON-like: polygons of rings of [lon, lat]; a commune
    without an outline counts for nothing)."""
    points = [
        point
        for outline in outlines
        for polygon in outline or []
        for ring in polygon
        for point in ring
    ]
    if not points:
        return Frame(-1.0, -1.0, 1.0, 1.0)
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    x_scale = max(math.cos(math.radians((north + south) / 2)), 0.01)
    # Spans measured alike on both axes (in degrees of latitude), with the margin around them.
    wide, high = (east - west) * x_scale, north - south
    margin = max(MARGIN * max(wide, high), MIN_MARGIN_DEGREES)
    wide, high = wide + 2 * margin, high + 2 * margin
    # Room on the short side when the shape is too flat or too tall for a sensible viewBox.
    pad_x = max(high / MAX_RATIO - wide, 0) / 2
    pad_y = max(MIN_RATIO * wide - high, 0) / 2
    dx = (margin + pad_x) / x_scale
    dy = margin + pad_y
    return Frame(west - dx, south - dy, east + dx, north + dy)


def path_of(outline: list | None, frame: Frame) -> str:
    parts = []
    for polygon in outline or []:
        for ring in polygon:
            points = []
            for lon, lat in ring:
                point = frame.project(lon, lat)
                if not points or points[-1] != point:
                    points.append(point)
            if len(points) >= 3:
                head, *tail = points
                parts.append(f"M{head[0]} {head[1]}" + "".join(f"L{x} {y}" for x, y in tail) + "Z")
    return "".join(parts)


def draw(communes: list[tuple[str, str, list]]) -> tuple[Frame, list[Shape]]:
    """communes: (code, name, outline). Returns the frame and one SVG path per commune."""
    frame = frame_of([outline for _, _, outline in communes])
    return frame, [Shape(code, name, path_of(outline, frame)) for code, name, outline in communes]


# The one shading of every map (directory and indicators): the lightest for nothing, then three
# steps up to each cut and beyond; the legends explain the steps, site.css gives the colours.
STEPS = ("map__c0", "map__c1", "map__c2", "map__c3")


def shade(value: float, cuts: tuple[float, float]) -> str:
    """`value` 0 (or none): the lightest; up to `cuts[0]`, up to `cuts[1]`, beyond."""
    if not value:
        return STEPS[0]
    return STEPS[1] if value <= cuts[0] else STEPS[2] if value <= cuts[1] else STEPS[3]
