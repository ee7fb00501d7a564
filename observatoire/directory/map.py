"""The Hérault drawn as SVG from the communes' outlines. Pure: no Django import.

Longitude and latitude are projected with a local equirectangular projection (longitudes
scaled by the cosine of the mean latitude), which is accurate enough for one département.
"""

import math
from dataclasses import dataclass

WIDTH = 1000


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

    @property
    def x_scale(self) -> float:
        return math.cos(math.radians((self.north + self.south) / 2))

    @property
    def height(self) -> int:
        ratio = (self.north - self.south) / ((self.east - self.west) * self.x_scale)
        return round(WIDTH * ratio)

    def project(self, lon: float, lat: float) -> tuple[int, int]:
        x = (lon - self.west) / (self.east - self.west) * WIDTH
        y = (self.north - lat) / (self.north - self.south) * self.height
        return round(x), round(y)


def frame_of(outlines: list[list]) -> Frame:
    points = [
        point for outline in outlines for polygon in outline for ring in polygon for point in ring
    ]
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    margin = 0.01
    return Frame(min(lons) - margin, min(lats) - margin, max(lons) + margin, max(lats) + margin)


def path_of(outline: list, frame: Frame) -> str:
    parts = []
    for polygon in outline:
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
