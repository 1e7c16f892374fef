"""The municipal boundaries of Flanders, decoded from the shipped `boundaries.json`.

The asset is built by `scripts/build_boundaries.py` from Statbel's boundaries (via Provincies in
Cijfers): one TopoJSON-like topology for the 2025 territory (285 municipalities) and the 2019-2024
territory (300), in Belgian Lambert 72 (EPSG:31370) metres, simplified and quantized. Arcs are
delta-encoded flat lists `[x0, y0, dx1, dy1, ...]` of grid steps; `transform` turns grid steps into
metres; a ring is a list of arc indices, where `~i` (negative) is arc `i` reversed.

Decoding uses the standard library only and is cached per process.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

ASSET_NAME: Final = "boundaries.json"
FORMAT: Final = "lekp-boundaries"
FORMAT_VERSION: Final = 1
TERRITORIES: Final = ("2025", "2024")

Point = tuple[float, float]
Ring = tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Shape:
    """One municipality: its NIS code, Dutch name and boundary rings in Lambert 72 metres.

    `rings` holds every ring of every polygon (outer rings, holes and islands such as the
    Baarle-Hertog enclaves), each closed (its last point repeats the first); outer rings run
    counter-clockwise and holes clockwise. Fill them with the even-odd rule and the holes show.
    """

    nis_code: str
    name_nl: str
    rings: tuple[Ring, ...]


@dataclass(frozen=True, slots=True)
class BBox:
    """A bounding box in Lambert 72 metres (y grows northwards)."""

    min_x: float
    min_y: float
    max_x: float
    max_y: float

    @property
    def width(self) -> float:
        """East-west extent in metres."""
        return self.max_x - self.min_x

    @property
    def height(self) -> float:
        """North-south extent in metres."""
        return self.max_y - self.min_y


@dataclass(frozen=True, slots=True)
class Territory:
    """The municipalities of one territory ("2025" or "2024") and their bounding box."""

    name: str
    shapes: Mapping[str, Shape]  # by NIS code, in NIS-code order
    bbox: BBox


def _asset_path() -> Path:
    """Where the shipped asset is; the one place that knows how shipped data is found."""
    # Imported here so that this module depends on the data-location helper in one place only.
    from lekp_calc.paths import data_file

    return data_file(ASSET_NAME)


def _decode_arcs(doc: Mapping[str, Any]) -> list[list[Point]]:
    """Absolute points, in metres, of every arc."""
    (scale_x, scale_y), (translate_x, translate_y) = doc["transform"]["scale"], doc["transform"]["translate"]
    arcs: list[list[Point]] = []
    for flat in doc["arcs"]:
        x = y = 0
        points: list[Point] = []
        steps = iter(flat)
        for dx, dy in zip(steps, steps, strict=True):
            x += dx
            y += dy
            points.append((x * scale_x + translate_x, y * scale_y + translate_y))
        arcs.append(points)
    return arcs


def _decode_ring(arc_ids: list[int], arcs: list[list[Point]], reversed_arcs: dict[int, list[Point]]) -> Ring:
    """One closed ring from its arcs; consecutive arcs share their joining point, kept once."""
    points: list[Point] = []
    for arc in arc_ids:
        if arc >= 0:
            part = arcs[arc]
        else:
            # A border is walked forwards by one neighbour and backwards by the other: reverse once.
            part = reversed_arcs.get(arc) or reversed_arcs.setdefault(arc, arcs[~arc][::-1])
        points.extend(part[1:] if points else part)
    return tuple(points)


@dataclass(frozen=True, slots=True)
class _Asset:
    """The decoded asset: both territories and the source to cite."""

    territories: Mapping[str, Territory]
    citation: str


@cache
def _asset() -> _Asset:
    """The asset, read and decoded once per process."""
    path = _asset_path()
    doc = json.loads(path.read_bytes())
    if doc.get("format") != FORMAT or doc.get("version") != FORMAT_VERSION:
        raise ValueError(f"{path}: not a {FORMAT} file of version {FORMAT_VERSION}; reinstall lekp")
    arcs = _decode_arcs(doc)
    reversed_arcs: dict[int, list[Point]] = {}
    result: dict[str, Territory] = {}
    for name in TERRITORIES:
        shapes: dict[str, Shape] = {}
        for feature in doc["objects"][name]:
            rings = tuple(
                _decode_ring(ring, arcs, reversed_arcs) for polygon in feature["polygons"] for ring in polygon
            )
            shapes[feature["nis_code"]] = Shape(feature["nis_code"], feature["name_nl"], rings)
        xs = [x for shape in shapes.values() for ring in shape.rings for x, _ in ring]
        ys = [y for shape in shapes.values() for ring in shape.rings for _, y in ring]
        bbox = BBox(min(xs), min(ys), max(xs), max(ys))
        result[name] = Territory(name, MappingProxyType(dict(sorted(shapes.items()))), bbox)
    return _Asset(MappingProxyType(result), str(doc["source"]["citation"]))


def territories() -> Mapping[str, Territory]:
    """Both territories by name: "2025" (285 municipalities) and "2024" (300, the LEKP signatories)."""
    return _asset().territories


def territory(name: str) -> Territory:
    """One territory by name, "2025" or "2024"."""
    try:
        return _asset().territories[name]
    except KeyError:
        raise ValueError(f"unknown territory {name!r}; expected one of {', '.join(TERRITORIES)}") from None


def citation() -> str:
    """The source to cite under a map, as the Statbel open-data licence requires."""
    return _asset().citation
