"""Build data/boundaries.json: the Flemish municipal boundaries as one compact, shared topology.

Usage: python scripts/build_boundaries.py [SOURCE_DIR] [--output PATH]
       (defaults: ../shared/data-sources next to the repository, and data/boundaries.json)

Inputs, in SOURCE_DIR (their origin: data/SOURCES.md): the boundaries of the 285 municipalities
of 2025 and of the 300 of 2019-2024 as GeoJSON in Belgian Lambert 72 (EPSG:31370) metres, and
flemish_mergers_2025.csv (which 2024 municipality became which 2025 one).

Output: a TopoJSON-like file that `lekp_calc.maps.boundaries` decodes with the standard library.

1. The two source files were simplified independently upstream, so a border that did not change
   on 2025-01-01 still has different vertices in the two files (typically 15-50 m apart, locally
   up to about 250 m). To store and simplify such a border once, the 2024 territory is derived
   from the 2025 geometry: a municipality that was not merged keeps its 2025 outline, and the
   outline of each merged 2025 municipality is split by the borders between its predecessors,
   taken from the 2024 file, whose ends are snapped onto the 2025 outline. The script checks
   that every derived 2024 municipality has about its source area.
2. Junctions are the points where the neighbours of a ring point differ between the rings that
   pass through it (three or more rings meet, or a shared border ends). Every ring is cut into
   arcs at its junctions, and identical arcs (also reversed) are stored once, so each border is
   shared by its two municipalities and by the two territories.
3. Every arc is simplified once with Douglas-Peucker, keeping its end points, so neighbours stay
   gap-free. Where a ring would fall below 4 points or change its area too much (the tiny
   Baarle-Hertog enclaves), or where a simplified arc would cross another arc or itself, the
   tolerance of those arcs is halved until it does not. No ring, polygon or municipality is
   dropped.
4. Coordinates are quantized to a grid (TopoJSON `transform`) and every arc is delta-encoded as
   a flat list [x0, y0, dx1, dy1, ...] of grid steps.

The output is compact JSON with a fixed key order and arcs numbered in order of first use, so
running the script twice on the same inputs gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import NoReturn

from lekp_calc.maps.boundaries import FORMAT, FORMAT_VERSION, TERRITORIES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data-sources"
DEFAULT_OUTPUT = ROOT / "data" / "boundaries.json"

# The format the decoder (lekp_calc.maps.boundaries) checks: named once, there.
SOURCE_FILES = {
    "2025": "flemish_municipalities_2025_boundaries.geojson",
    "2024": "flemish_municipalities_pre2025_boundaries.geojson",
}
assert tuple(SOURCE_FILES) == TERRITORIES
UPSTREAM_SHAPEFILES = {
    "2025": "data_voor_swing/shapefiles/gemeente.shp",
    "2024": "data_voor_swing/shapefiles/gemeente2024.shp",
}
MERGERS = "flemish_mergers_2025.csv"
EXPECTED_COUNTS = {"2025": 285, "2024": 300}

# Douglas-Peucker tolerance: about a quarter of a pixel on a 640-pixel-wide map of Flanders
# (237 km wide), so every municipality keeps its recognisable shape.
TOLERANCE_M = 100
# Quantization grid: a tenth of the tolerance, far below anything a map can show.
GRID_M = 10
# A simplified ring must keep this share of its area (relative error), else its arcs get a
# smaller tolerance; this keeps small enclaves recognisable instead of turning them into slivers.
MAX_AREA_ERROR = 0.3
# How far along a 2024 internal border its end is searched for the crossing with the 2025 outline.
SNAP_REACH_M = 1000.0
# A derived 2024 municipality must have its source area within this relative error.
MAX_DERIVED_AREA_ERROR = 0.02
MAX_BYTES = 400_000

PUBLISHER = "Statbel (Algemene Directie Statistiek – Statistics Belgium)"
UPSTREAM_REPOSITORY = "provinciesincijfers/gebiedsniveaus"
UPSTREAM_COMMIT = "3b1b6d8d3548e495f597db134f437f0d08898535"
LICENCE = "Statbel Licentie open data"
# The shapes are Provincies in Cijfers' simplification of Statbel's statistical sectors of this date.
STATBEL_EDITION = "statistical sectors of 2025-01-01"
CRS = "EPSG:31370"

Point = tuple[int, int]
Ring = list[Point]  # open: the first point is not repeated at the end
Polygon = list[Ring]  # outer ring (counter-clockwise) followed by its holes (clockwise)
Shapes = dict[str, list[Polygon]]
ArcRings = list[list[list[int]]]  # per polygon, per ring: arc indices (~i is arc i reversed)


@dataclass
class Layer:
    """The municipalities of one territory: names and polygons by NIS code."""

    names: dict[str, str]
    shapes: Shapes
    positions: int  # coordinate positions in the source file, closing points included


@dataclass
class Chain:
    """A border between two predecessors of one merged municipality, `left` on its left side."""

    points: list[Point]
    left: str
    right: str


def fail(message: str) -> NoReturn:
    sys.exit(f"build_boundaries: {message}")


# --- geometry -------------------------------------------------------------------------------


def signed_area(ring: Ring) -> float:
    """Shoelace area of an open ring: positive when counter-clockwise (y grows northwards)."""
    total = 0
    for i, (x0, y0) in enumerate(ring):
        x1, y1 = ring[(i + 1) % len(ring)]
        total += x0 * y1 - x1 * y0
    return total / 2


def segment_distance(p: tuple[float, float], a: Point, b: Point) -> float:
    """Distance from p to the segment a-b (to the point a when a == b)."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy)


def intersection(p: Point, q: Point, a: Point, b: Point) -> tuple[float, tuple[float, float]] | None:
    """Where segment p-q crosses segment a-b: (parameter along p-q, point), or None."""
    rx, ry = q[0] - p[0], q[1] - p[1]
    sx, sy = b[0] - a[0], b[1] - a[1]
    denominator = rx * sy - ry * sx
    if denominator == 0:
        return None  # parallel: a collinear overlap is not a crossing
    ex, ey = a[0] - p[0], a[1] - p[1]
    t = (ex * sy - ey * sx) / denominator
    u = (ex * ry - ey * rx) / denominator
    if 0 <= t <= 1 and 0 <= u <= 1:
        return t, (p[0] + t * rx, p[1] + t * ry)
    return None


def clean_ring(coordinates: list[list[float]], *, outer: bool) -> Ring:
    """An open ring of whole metres without repeated points, outer rings counter-clockwise."""
    ring: Ring = []
    for x, y in coordinates:
        point = (round(x), round(y))
        if not ring or ring[-1] != point:
            ring.append(point)
    while len(ring) > 1 and ring[-1] == ring[0]:
        ring.pop()
    if len(ring) < 3:
        fail(f"degenerate ring in the source: {coordinates[:4]}")
    if (signed_area(ring) > 0) != outer:
        ring.reverse()
    return ring


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker simplification that keeps the first and the last point."""
    if len(points) <= 2:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, distance = -1, -1.0
        for k in range(first + 1, last):
            d = segment_distance(points[k], points[first], points[last])
            if d > distance:
                farthest, distance = k, d
        if distance > tolerance:
            keep[farthest] = True
            stack.extend(((first, farthest), (farthest, last)))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


# --- input ----------------------------------------------------------------------------------


def read_layer(path: Path) -> Layer:
    doc = json.loads(path.read_text(encoding="utf-8"))
    crs = doc.get("crs", {}).get("properties", {}).get("name", "")
    if not crs.endswith("EPSG::31370"):
        fail(f"{path.name}: expected Lambert 72 (EPSG:31370) coordinates, the file says {crs!r}")
    names: dict[str, str] = {}
    shapes: Shapes = {}
    positions = 0
    for feature in doc["features"]:
        code = feature["properties"]["nis_code"]
        geometry = feature["geometry"]
        if geometry["type"] == "Polygon":
            parts = [geometry["coordinates"]]
        elif geometry["type"] == "MultiPolygon":
            parts = geometry["coordinates"]
        else:
            fail(f"{path.name}: {code} has geometry type {geometry['type']}")
        if code in shapes:
            fail(f"{path.name}: {code} occurs twice")
        names[code] = feature["properties"]["name_nl"]
        shapes[code] = [[clean_ring(ring, outer=i == 0) for i, ring in enumerate(part)] for part in parts]
        positions += sum(len(ring) for part in parts for ring in part)
    return Layer(names, shapes, positions)


def read_successors(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["old_nis_code"]: row["new_nis_code"] for row in csv.DictReader(handle)}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the 2024 territory on the 2025 geometry ------------------------------------------------


def internal_chains(members: list[str], shapes: Shapes) -> list[Chain]:
    """The borders between the given municipalities, as chains from junction to junction."""
    owner: dict[tuple[Point, Point], str] = {}
    for code in members:
        for polygon in shapes[code]:
            for ring in polygon:
                for i, point in enumerate(ring):
                    owner[point, ring[(i + 1) % len(ring)]] = code
    # Directed internal edge -> (member on its left, member on its right).
    sides = {
        edge: (code, owner[edge[1], edge[0]])
        for edge, code in owner.items()
        if owner.get((edge[1], edge[0]), code) != code
    }
    neighbours: dict[Point, set[Point]] = defaultdict(set)
    for p, q in sides:
        neighbours[p].add(q)

    def is_node(point: Point) -> bool:
        around = sorted(neighbours[point])
        if len(around) != 2:
            return True
        # A degree-2 point where the pair of members changes still ends a chain.
        return sides[around[0], point] != sides[point, around[1]]

    chains: list[Chain] = []
    used: set[tuple[Point, Point]] = set()
    for start in sorted(p for p in neighbours if is_node(p)):
        for second in sorted(neighbours[start]):
            if (start, second) in used:
                continue
            points = [start, second]
            while not is_node(points[-1]):
                points.append(next(p for p in sorted(neighbours[points[-1]]) if p != points[-2]))
            for p, q in pairwise(points):
                used.update(((p, q), (q, p)))
            chains.append(Chain(points, *sides[start, second]))
    if len(used) != len(sides):
        fail(f"a border between {members} is a closed loop (an enclave); not supported")
    return chains


def snap_start(points: list[Point], ring: Ring) -> tuple[list[Point], tuple[Point, Point, Point] | None]:
    """Cut the start of a chain at its last crossing with `ring`, or move it onto the ring.

    The chain starts on the 2024 outline, which lies a few tens of metres from the 2025 one
    (`ring`): it may start outside the ring and cross it, or start just inside. Returns the new
    chain, starting on the ring, and the point to insert into ring segment (a, b) if it is new.
    """
    total = sum(math.dist(p, q) for p, q in pairwise(points))
    reach = min(SNAP_REACH_M, total / 2)
    best: tuple[int, float, int, tuple[float, float]] | None = None
    travelled = 0.0
    for i in range(len(points) - 1):
        if travelled > reach:
            break
        for j, a in enumerate(ring):
            hit = intersection(points[i], points[i + 1], a, ring[(j + 1) % len(ring)])
            if hit and (best is None or (i, hit[0]) > best[:2]):
                best = (i, hit[0], j, hit[1])
        travelled += math.dist(points[i], points[i + 1])
    if best is None:
        # No crossing: the chain starts inside; go to the nearest point of the ring.
        j = min(
            range(len(ring)), key=lambda k: segment_distance(points[0], ring[k], ring[(k + 1) % len(ring)])
        )
        a, b = ring[j], ring[(j + 1) % len(ring)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        t = ((points[0][0] - a[0]) * dx + (points[0][1] - a[1]) * dy) / (dx * dx + dy * dy)
        t = max(0.0, min(1.0, t))
        exact = (a[0] + t * dx, a[1] + t * dy)
        rest = points[1:]
    else:
        i, _, j, exact = best
        a, b = ring[j], ring[(j + 1) % len(ring)]
        rest = points[i + 1 :]
    # Whole metres, like the source; the snapped point moves less than a metre off the segment.
    point = (round(exact[0]), round(exact[1]))
    if rest and rest[0] == point:
        rest = rest[1:]
    insert = None if point in (a, b) else (a, b, point)
    return [point, *rest], insert


def insert_points(ring: Ring, inserts: dict[tuple[Point, Point], list[Point]]) -> Ring:
    """The ring with the snapped points added on the segments that carry them."""
    result: Ring = []
    for i, a in enumerate(ring):
        b = ring[(i + 1) % len(ring)]
        result.append(a)
        extra = inserts.get((min(a, b), max(a, b)), [])
        result.extend(sorted(extra, key=lambda p: math.dist(a, p)))
    return result


def split_outline(outline: Ring, chains: list[Chain]) -> dict[str, list[Ring]]:
    """Split a counter-clockwise outline into faces along chains that start and end on it.

    Each face is traced with its interior on the left; the member on the left of the chains
    that bound a face owns it.
    """
    # Half-edges in twin pairs (2k, 2k+1): outline pieces between chain ends, then chains.
    position = {point: i for i, point in enumerate(outline)}
    cuts = sorted({position[end] for c in chains for end in (c.points[0], c.points[-1]) if end in position})
    if not cuts:
        fail("no border of the predecessors reaches the outline of the merged municipality")
    edges: list[tuple[list[Point], str | None]] = []  # points, owner (None: inside, unknown)
    closed = [*outline, *outline]
    for k, start in enumerate(cuts):
        end = cuts[(k + 1) % len(cuts)]
        piece = closed[start : (end if end > start else end + len(outline)) + 1]
        edges += [(piece, None), (piece[::-1], "")]
    for chain in chains:
        edges += [(chain.points, chain.left), (chain.points[::-1], chain.right)]
    outgoing: dict[Point, list[int]] = defaultdict(list)
    for index, (points, _) in enumerate(edges):
        outgoing[points[0]].append(index)

    def angle(index: int) -> float:
        (x0, y0), (x1, y1) = edges[index][0][:2]
        return math.atan2(y1 - y0, x1 - x0)

    for point, around in outgoing.items():
        around.sort(key=angle)
        if len({angle(i) for i in around}) != len(around):
            fail(f"two borders leave {point} in the same direction")
    faces: dict[str, list[Ring]] = defaultdict(list)
    done: set[int] = set()
    for first in range(len(edges)):
        if first in done:
            continue
        face: Ring = []
        owners: set[str | None] = set()
        index = first
        while index not in done:
            done.add(index)
            points, owner = edges[index]
            face += points[:-1]
            owners.add(owner)
            around = outgoing[points[-1]]
            # The next edge is the first one clockwise from the way back.
            index = around[(around.index(index ^ 1) - 1) % len(around)]
        if index != first:
            fail("the borders of the predecessors do not form closed faces")
        if "" in owners:
            continue  # the outside of the merged municipality
        members = sorted(owner for owner in owners if owner is not None)
        if len(members) != 1 or signed_area(face) <= 0:
            fail(f"a face of a merged municipality belongs to {members}")
        faces[members[0]].append(face)
    return faces


def derive_2024(new: Layer, old: Layer, successors: dict[str, str]) -> tuple[Shapes, Shapes, list[str]]:
    """Both territories on the 2025 geometry: (2025 shapes with snapped points, 2024 shapes, notes)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for old_code in sorted(old.shapes):
        if old_code not in successors or successors[old_code] not in new.shapes:
            fail(f"2024 municipality {old_code} has no 2025 successor with a boundary")
        groups[successors[old_code]].append(old_code)
    if set(groups) != set(new.shapes):
        fail(f"2025 municipalities without predecessor: {sorted(set(new.shapes) - set(groups))}")

    merged = {code: members for code, members in groups.items() if len(members) > 1}
    chains: dict[str, list[Chain]] = {}
    inserts: dict[tuple[Point, Point], list[Point]] = defaultdict(list)
    for code, members in sorted(merged.items()):
        if len(new.shapes[code]) != 1 or len(new.shapes[code][0]) != 1:
            fail(f"merged municipality {code} is not one polygon without holes; not supported")
        outline = new.shapes[code][0][0]
        degree: dict[Point, int] = defaultdict(int)
        found = internal_chains(members, old.shapes)
        for chain in found:
            degree[chain.points[0]] += 1
            degree[chain.points[-1]] += 1
        snapped: list[Chain] = []
        for chain in found:
            points = chain.points
            for _ in range(2):  # the start, then (reversed) the end
                if degree[points[0]] == 1:  # on the 2024 outline, not a junction of predecessors
                    points, insert = snap_start(points, outline)
                    if insert:
                        a, b, point = insert
                        inserts[min(a, b), max(a, b)].append(point)
                points = points[::-1]
            snapped.append(Chain(points, chain.left, chain.right))
        chains[code] = snapped

    shapes_2025 = {
        code: [[insert_points(ring, inserts) for ring in polygon] for polygon in polygons]
        for code, polygons in new.shapes.items()
    }
    shapes_2024: Shapes = {}
    errors: list[tuple[float, str]] = []
    for code, members in sorted(groups.items()):
        if code in merged:
            faces = split_outline(shapes_2025[code][0][0], chains[code])
            if set(faces) != set(members):
                fail(f"splitting {code} gave faces for {sorted(faces)}, expected {members}")
            for member in members:
                shapes_2024[member] = [[face] for face in faces[member]]
        else:
            shapes_2024[members[0]] = shapes_2025[code]
        for member in members:
            source = sum(signed_area(r) for p in old.shapes[member] for r in p)
            derived = sum(signed_area(r) for p in shapes_2024[member] for r in p)
            errors.append((abs(derived - source) / source, member))
    worst, where = max(errors)
    if worst > MAX_DERIVED_AREA_ERROR:
        fail(f"derived 2024 municipality {where} differs {worst:.1%} in area from its source")
    notes = [
        f"{len(merged)} merged municipalities split into {sum(map(len, merged.values()))} predecessors "
        f"along {sum(map(len, chains.values()))} borders; {sum(map(len, inserts.values()))} points snapped",
        f"largest area difference of a 2024 municipality with its source: {worst:.2%} ({where})",
    ]
    return shapes_2025, dict(sorted(shapes_2024.items())), notes


# --- topology -------------------------------------------------------------------------------


def canonical_loop(ring: Ring) -> tuple[Point, ...]:
    """A closed ring without junctions, rotated to its smallest point, in a fixed direction."""
    start = ring.index(min(ring))
    rotated = ring[start:] + ring[:start]
    if rotated[-1] < rotated[1]:
        rotated = [rotated[0], *rotated[:0:-1]]
    return (*rotated, rotated[0])


def build_topology(layers: dict[str, Shapes]) -> tuple[list[list[Point]], dict[str, dict[str, ArcRings]]]:
    """Cut every ring at its junctions and store each arc once: (arcs, arc indices per ring)."""
    rings = [
        ring for shapes in layers.values() for polygons in shapes.values() for p in polygons for ring in p
    ]
    pairs: dict[Point, set[tuple[Point, Point]]] = defaultdict(set)
    for ring in rings:
        for i, point in enumerate(ring):
            before, after = ring[i - 1], ring[(i + 1) % len(ring)]
            pairs[point].add((min(before, after), max(before, after)))
    junctions = {point for point, seen in pairs.items() if len(seen) > 1}

    arcs: list[list[Point]] = []
    index: dict[tuple[Point, ...], int] = {}

    def arc_id(points: tuple[Point, ...]) -> int:
        if points in index:
            return index[points]
        if points[::-1] in index:
            return ~index[points[::-1]]
        index[points] = len(arcs)
        arcs.append(list(points))
        return index[points]

    def ring_arcs(ring: Ring) -> list[int]:
        cuts = [i for i, point in enumerate(ring) if point in junctions]
        if not cuts:
            loop = canonical_loop(ring)
            forward = signed_area(list(loop[:-1])) > 0
            return [arc_id(loop) if forward == (signed_area(ring) > 0) else ~arc_id(loop)]
        rotated = ring[cuts[0] :] + ring[: cuts[0]] + [ring[cuts[0]]]
        ends = [i - cuts[0] for i in cuts] + [len(ring)]
        return [arc_id(tuple(rotated[a : b + 1])) for a, b in pairwise(ends)]

    objects = {
        territory: {
            code: [[ring_arcs(ring) for ring in polygon] for polygon in polygons]
            for code, polygons in shapes.items()
        }
        for territory, shapes in layers.items()
    }
    return arcs, objects


# --- simplification and quantization --------------------------------------------------------


def ring_points(arc_ids: list[int], arcs: list[list[Point]]) -> Ring:
    """The open ring that a list of arc indices describes, repeated points dropped."""
    ring: Ring = []
    for arc in arc_ids:
        points = arcs[arc] if arc >= 0 else arcs[~arc][::-1]
        for point in points[:-1]:
            if not ring or ring[-1] != point:
                ring.append(point)
    while len(ring) > 1 and ring[-1] == ring[0]:
        ring.pop()
    return ring


def quantize(points: list[Point], translate: Point) -> list[Point]:
    """Grid coordinates (round half up, integers only), repeated points dropped, ends kept."""
    grid = [
        ((x - translate[0] + GRID_M // 2) // GRID_M, (y - translate[1] + GRID_M // 2) // GRID_M)
        for x, y in points
    ]
    result = [grid[0]]
    for point in grid[1:-1]:
        if point != result[-1]:
            result.append(point)
    if len(result) > 1 and result[-1] == grid[-1]:
        result.pop()
    result.append(grid[-1])
    return result


def side(a: Point, b: Point, c: Point) -> int:
    """Which side of the line a-b the point c is on: 1 left, -1 right, 0 on it."""
    cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (cross > 0) - (cross < 0)


def crossing_arcs(arcs: list[list[Point]]) -> set[int]:
    """The arcs with a segment that properly crosses a segment of another arc or of itself."""
    cell = 2000 // GRID_M  # a spatial grid of 2 km cells, so only nearby segments are compared
    segments = [(index, p, q) for index, arc in enumerate(arcs) for p, q in pairwise(arc)]
    buckets: dict[Point, list[int]] = defaultdict(list)
    for k, (_, p, q) in enumerate(segments):
        for gx in range(min(p[0], q[0]) // cell, max(p[0], q[0]) // cell + 1):
            for gy in range(min(p[1], q[1]) // cell, max(p[1], q[1]) // cell + 1):
                buckets[gx, gy].append(k)
    found: set[int] = set()
    for bucket in buckets.values():
        for i, first in enumerate(bucket):
            arc1, p, q = segments[first]
            for second in bucket[i + 1 :]:
                arc2, a, b = segments[second]
                if len({p, q, a, b}) < 4:
                    continue  # segments that share an end point meet there; that is no crossing
                if side(p, q, a) * side(p, q, b) < 0 and side(a, b, p) * side(a, b, q) < 0:
                    found.update((arc1, arc2))
    return found


def simplify(
    arcs: list[list[Point]], rings: list[list[int]], translate: Point
) -> tuple[list[list[Point]], list[float]]:
    """Simplified arcs on the grid, and the tolerance each one got.

    Arcs of a ring that would keep fewer than 3 distinct points or change its area by more than
    MAX_AREA_ERROR, and arcs that would cross another arc or themselves, get half the tolerance,
    until every ring passes and no arcs cross (so neighbours neither overlap nor leave gaps).
    """
    tolerance = [float(TOLERANCE_M)] * len(arcs)
    areas = [signed_area(ring_points(ring, arcs)) for ring in rings]
    result = [quantize(douglas_peucker(arc, TOLERANCE_M), translate) for arc in arcs]
    while True:
        refine = crossing_arcs(result)
        for ring, area in zip(rings, areas, strict=True):
            simplified = ring_points(ring, result)
            error = abs(signed_area(simplified) * GRID_M * GRID_M - area) / abs(area)
            if len(simplified) < 3 or error > MAX_AREA_ERROR:
                refine.update(arc if arc >= 0 else ~arc for arc in ring)
        if not refine:
            return result, tolerance
        for arc in sorted(refine):
            tolerance[arc] /= 2
            if tolerance[arc] < 1:
                fail(f"arc {arc} cannot be simplified into valid rings on a {GRID_M} m grid")
            result[arc] = quantize(douglas_peucker(arcs[arc], tolerance[arc]), translate)


def delta_encode(points: list[Point]) -> list[int]:
    flat = [*points[0]]
    for (x0, y0), (x1, y1) in pairwise(points):
        flat += [x1 - x0, y1 - y0]
    return flat


# --- main -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Build data/boundaries.json from the boundary GeoJSON files."
    )
    parser.add_argument(
        "source", nargs="?", type=Path, default=DEFAULT_SOURCE, help="the data-sources folder"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the asset")
    args = parser.parse_args()
    source: Path = args.source

    layers = {territory: read_layer(source / name) for territory, name in SOURCE_FILES.items()}
    for territory, layer in layers.items():
        if len(layer.shapes) != EXPECTED_COUNTS[territory]:
            fail(f"{territory}: {len(layer.shapes)} municipalities, expected {EXPECTED_COUNTS[territory]}")
    shapes_2025, shapes_2024, notes = derive_2024(
        layers["2025"], layers["2024"], read_successors(source / MERGERS)
    )
    shapes = {"2025": dict(sorted(shapes_2025.items())), "2024": shapes_2024}
    arcs, objects = build_topology(shapes)

    rings = [
        ring for by_code in objects.values() for polygons in by_code.values() for p in polygons for ring in p
    ]
    translate = (min(x for arc in arcs for x, _ in arc), min(y for arc in arcs for _, y in arc))
    simplified, tolerances = simplify(arcs, rings, translate)

    doc = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "source": {
            "publisher": PUBLISHER,
            "edition": STATBEL_EDITION,
            "via": f"{UPSTREAM_REPOSITORY} commit {UPSTREAM_COMMIT}",
            "licence": LICENCE,
            "citation": f"{PUBLISHER}, {STATBEL_EDITION}, via {UPSTREAM_REPOSITORY} "
            f"(commit {UPSTREAM_COMMIT[:7]}); {LICENCE}",
            "crs": CRS,
            "files": {
                territory: {
                    "file": name,
                    "upstream": UPSTREAM_SHAPEFILES[territory],
                    "sha256": sha256(source / name),
                }
                for territory, name in SOURCE_FILES.items()
            },
            "mergers": {"file": MERGERS, "sha256": sha256(source / MERGERS)},
        },
        "crs": CRS,
        "derivation": "2024 territory on the 2025 geometry: unmerged municipalities keep their 2025 "
        "outline, merged ones are split by the 2024 borders between their predecessors",
        "simplification": {
            "method": "Douglas-Peucker on each shared arc, arc end points kept",
            "tolerance_m": TOLERANCE_M,
            "max_area_error": MAX_AREA_ERROR,
            "arcs_with_smaller_tolerance": sum(t < TOLERANCE_M for t in tolerances),
            "dropped": "nothing",
        },
        "quantization": {"grid_m": GRID_M},
        "transform": {"scale": [GRID_M, GRID_M], "translate": list(translate)},
        "arc_encoding": "flat [x0,y0,dx1,dy1,...] in grid steps; point k is translate + scale * the sum "
        "of pairs 0..k; a negative arc index ~i is arc i reversed",
        "arcs": [delta_encode(arc) for arc in simplified],
        "objects": {
            territory: [
                {"nis_code": code, "name_nl": layers[territory].names[code], "polygons": polygons}
                for code, polygons in by_code.items()
            ]
            for territory, by_code in objects.items()
        },
    }
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
    data = text.encode("utf-8")
    if len(data) > MAX_BYTES:
        fail(f"{len(data):,} bytes, more than the limit of {MAX_BYTES:,}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)

    drawn = {
        territory: sum(
            len(ring_points(r, simplified)) for polygons in by_code.values() for p in polygons for r in p
        )
        for territory, by_code in objects.items()
    }
    for note in notes:
        print(note)
    print(
        f"points: {layers['2025'].positions:,} + {layers['2024'].positions:,} in the sources; "
        f"{sum(map(len, arcs)):,} in {len(arcs):,} shared arcs; "
        f"{sum(map(len, simplified)):,} after simplification ({TOLERANCE_M} m) and quantization ({GRID_M} m)"
    )
    print(f"points drawn per territory: 2025 {drawn['2025']:,}, 2024 {drawn['2024']:,}")
    print(f"wrote {args.output} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
