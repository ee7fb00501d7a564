"""Geometry for build_geography.py: WKB reading, rounding, dissolving, checks. Pure Python.

An outline is a MultiPolygon as nested lists: [polygon][ring][(x, y)], the first ring of each
polygon its outer ring, the others its holes; rings are closed (first point == last point).
"""

import struct
from itertools import pairwise

DECIMALS = 4  # about 10 m: more than enough for a département map


def read_wkb(data: bytes):
    """Point -> (x, y); Polygon -> [ring]; MultiPolygon -> [polygon]. Rings are [(x, y), ...]."""
    offset = 0

    def geometry():
        nonlocal offset
        endian = "<" if data[offset] == 1 else ">"
        kind = struct.unpack_from(endian + "I", data, offset + 1)[0]
        offset += 5
        if kind & 0x20000000:  # EWKB with an SRID
            offset += 4
        kind &= 0xFFFF

        def count():
            nonlocal offset
            value = struct.unpack_from(endian + "I", data, offset)[0]
            offset += 4
            return value

        def point():
            nonlocal offset
            x, y = struct.unpack_from(endian + "dd", data, offset)
            offset += 16
            return (x, y)

        if kind == 1:
            return point()
        if kind == 3:
            return [[point() for _ in range(count())] for _ in range(count())]
        if kind == 6:
            return [geometry() for _ in range(count())]
        raise ValueError(f"Unsupported WKB geometry type {kind}")

    return geometry()


def read_outline(data: bytes) -> list:
    """A Polygon or MultiPolygon as a MultiPolygon (a list of polygons)."""
    shape = read_wkb(data)
    if shape and isinstance(shape[0][0], tuple):  # a Polygon: [ring][point]
        return [shape]
    return shape


def rounded(ring):
    out = []
    for x, y in ring:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def bounds(polygons) -> tuple[float, float, float, float]:
    """(west, south, east, north) of an outline."""
    xs = [x for polygon in polygons for ring in polygon for x, _ in ring]
    ys = [y for polygon in polygons for ring in polygon for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def within_bounds(point, polygons, margin: float = 0.01) -> bool:
    """Whether a point lies in the bounding box of the outline (about 1 km of margin)."""
    west, south, east, north = bounds(polygons)
    x, y = point
    return west - margin <= x <= east + margin and south - margin <= y <= north + margin


def ring_mean(ring) -> tuple[float, float]:
    return (sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring))


def _area(ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring))) / 2


def _inside(point, ring) -> bool:
    """Even-odd rule: whether a point lies inside a closed ring."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def dissolve(outlines: list[list]) -> list:
    """The union of outlines that share their borders exactly (a topology-preserving source):
    the edges drawn twice are inner borders and go; the others are chained into rings.

    When the parts do not fit edge to edge, their polygons are kept side by side: still one
    MultiPolygon that covers the same ground, with the inner borders showing.
    """
    parts = [polygon for outline in outlines for polygon in outline]
    counts: dict[frozenset, int] = {}
    edges = []
    for polygon in parts:
        for ring in polygon:
            ring = [tuple(point) for point in ring]
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            for a, b in pairwise(ring):
                if a != b:
                    key = frozenset((a, b))
                    counts[key] = counts.get(key, 0) + 1
                    edges.append((a, b))
    kept = [(a, b) for a, b in edges if counts.pop(frozenset((a, b)), 2) % 2]
    neighbours: dict[tuple, list] = {}
    for a, b in kept:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    if not kept or any(len(ends) % 2 for ends in neighbours.values()):
        return parts
    rings = []
    for start, _ in kept:
        if not neighbours[start]:
            continue
        ring, point = [start], start
        while neighbours[point]:
            following = neighbours[point].pop()
            neighbours[following].remove(point)
            ring.append(following)
            point = following
            if point == start:
                break
        if ring[-1] != start or len(ring) < 4:
            return parts
        rings.append(ring)
    polygons = _assembled(rings)
    if abs(_surface(polygons) - _surface(parts)) > 1e-9 * max(_surface(parts), 1e-12):
        return parts  # the parts overlap, or the rings did not chain as one surface
    return polygons


def _surface(polygons) -> float:
    return sum(_area(p[0]) - sum(_area(hole) for hole in p[1:]) for p in polygons)


def _assembled(rings: list) -> list:
    """Rings into polygons: a ring inside an odd number of others is a hole of the smallest."""
    rings.sort(key=_area, reverse=True)
    probes = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in (ring[:2] for ring in rings)]
    polygons: dict[int, list] = {}
    for index, ring in enumerate(rings):
        around = [j for j in range(index) if _inside(probes[index], rings[j])]
        if len(around) % 2 and around[-1] in polygons:
            polygons[around[-1]].append(ring)  # sorted by area: the last is the smallest
        else:
            polygons[index] = [ring]
    return list(polygons.values())
