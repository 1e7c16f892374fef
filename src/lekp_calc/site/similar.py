"""Similar gemeenten: the few closest in inwoners and in population density.

The area of a gemeente is the area of its shipped boundary (`data/boundaries.json`, Statbel's
statistical sectors in Belgian Lambert 72, metres): the shoelace sum over its rings, outer
rings counter-clockwise and holes clockwise, so that holes subtract and enclaves add. The
boundaries are simplified for drawing, so an area is close to, not exactly, the official one.

The distance between two gemeenten is measured on log scales, so that a gemeente of 10,000
is as far from one of 20,000 as one of 50,000 is from one of 100,000:

    distance = √( ln(inwoners_a / inwoners_b)² + ln(density_a / density_b)² )

with density = inwoners / km². The closest `count` gemeenten of the whole territory are
similar; a tie is broken by NIS code, so the choice is deterministic.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from ..maps.boundaries import territory

COUNT = 5


@dataclass(frozen=True, slots=True)
class Peer:
    """One gemeente's size: inwoners, area (km²) and density (inwoners per km²)."""

    nis_code: str
    name: str
    province: str
    inwoners: int
    area_km2: float

    @property
    def density(self) -> float:
        """Inwoners per km² (at least one inwoner, so that the log is defined)."""
        return max(self.inwoners, 1) / self.area_km2


def areas(name: str) -> dict[str, float]:
    """The area in km² of every gemeente of a territory ("2025" or "2024"), from its boundary."""
    out: dict[str, float] = {}
    for code, shape in territory(name).shapes.items():
        signed = sum(
            sum(ax * by - bx * ay for (ax, ay), (bx, by) in pairwise(ring)) / 2 for ring in shape.rings
        )
        out[code] = abs(signed) / 1_000_000
    return out


def distance(a: Peer, b: Peer) -> float:
    """The distance on log scales of inwoners and density (see the module's docstring)."""
    people = math.log(max(a.inwoners, 1) / max(b.inwoners, 1))
    dense = math.log(a.density / b.density)
    return math.hypot(people, dense)


def similar(peers: Iterable[Peer], count: int = COUNT) -> dict[str, list[tuple[Peer, float]]]:
    """Per gemeente the `count` others closest to it, closest first, with their distance."""
    everyone = sorted(peers, key=lambda p: p.nis_code)
    out: dict[str, list[tuple[Peer, float]]] = {}
    for peer in everyone:
        ranked = sorted(
            ((other, distance(peer, other)) for other in everyone if other.nis_code != peer.nis_code),
            key=lambda pair: (pair[1], pair[0].nis_code),
        )
        out[peer.nis_code] = ranked[:count]
    return out


def peers_of(rows: Iterable[tuple[str, str, str, int]], area: Mapping[str, float]) -> list[Peer]:
    """Peers from (NIS code, name, province, inwoners) rows and the areas by NIS code; a gemeente
    without a boundary (a user's file naming one lekp cannot draw) is left out."""
    return [
        Peer(code, name, province, people, area[code])
        for code, name, province, people in rows
        if area.get(code)
    ]
