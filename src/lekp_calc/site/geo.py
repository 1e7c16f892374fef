"""The site's one map file: every gemeente's outline once, every gemeente a link, a view per
province and per gemeente.

The pages embed it (`<object type="image/svg+xml" data="../geo/kaart.svg#p-antwerpen">`), so the
outlines are written once per language and a browser fetches them once. A fragment chooses
what the map shows, without any script, from `file://` as over http:

- no fragment: Flanders (the start page), each gemeente numbered;
- `#p-<province>`: a `<view>` zoomed to the province; its gemeenten numbered in a larger type,
  the neighbours pale and without numbers;
- `#g-<NIS code>`: the gemeente's locator, zoomed to its province, the gemeente marked in red
  with a dark outline, the others grey, no numbers.

Each is a CSS rule on `:target` (a `<view>` is the target of its fragment), so one file serves
every page. Every outline is an `<a href target="_top">` named by its `<title>` (the number and
the name, the accessible name and the tooltip); a link inside the file is relative to the file
itself. Numbers are keyed to the list each page prints beside the map, so that no gemeente
needs a hover to be found, and they take no clicks (`pointer-events: none`).

Why not another technique: an external `<use href="kaart.svg#…">` is blocked by Chromium from
`file://`; an inline copy per page would repeat the outlines 300 times.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape

from ..maps.boundaries import territory
from ..maps.svg import UNIT_M, label_point, path_data

MARGIN = 0.03  # of a view's larger side, around the area it frames
FLANDERS_NUMBER = 0.0115  # a number's height as a share of the view's width: ~11 px on a page of 62rem
PROVINCE_NUMBER = 0.019  # the same for a province, whose map shares the page's width with its list
SHRINK = 0.5  # a number in a small gemeente shrinks to at most this share of its type, to stay inside
# Fills: province tints when there are no realisations (light tints of the Okabe-Ito colours, which
# colour-blind readers tell apart), the classes of percent on track (ColorBrewer YlGn, as the
# report), a hatch for no data.
TINTS = ("#f8dfa6", "#c7e5f8", "#a6dccd", "#f9f3b3", "#a6c9e2")
CLASSES = ("#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837")
NO_DATA = "nd"


@dataclass(frozen=True, slots=True)
class Place:
    """A gemeente on the map: its link (relative to the map file), number, fill class and title."""

    nis_code: str
    province: str  # the province's slug
    href: str
    number: int
    fill: str  # 't0'…'t4' (a province's tint), 'c0'…'c4' (a class of percent), 'nd' (no data)
    title: str


@dataclass(frozen=True, slots=True)
class Box:
    """A view's frame in user units: x, y, width, height."""

    x: int
    y: int
    width: int
    height: int

    @property
    def view_box(self) -> str:
        """The `viewBox` attribute."""
        return f"{self.x} {self.y} {self.width} {self.height}"


@cache
def _boxes(name: str) -> dict[str, tuple[float, float, float, float]]:
    """Per gemeente its bounding box in user units (x0, y0, x1, y1; y down)."""
    shapes = territory(name)
    left, top = shapes.bbox.min_x, shapes.bbox.max_y
    out = {}
    for code, shape in shapes.shapes.items():
        xs = [x for ring in shape.rings for x, _ in ring]
        ys = [y for ring in shape.rings for _, y in ring]
        out[code] = (
            (min(xs) - left) / UNIT_M,
            (top - max(ys)) / UNIT_M,
            (max(xs) - left) / UNIT_M,
            (top - min(ys)) / UNIT_M,
        )
    return out


def frame(name: str, codes: Sequence[str] = ()) -> Box:
    """The view of `codes` (all gemeenten when empty), with a margin."""
    boxes = _boxes(name)
    chosen = [boxes[code] for code in codes] if codes else list(boxes.values())
    x0, y0 = min(b[0] for b in chosen), min(b[1] for b in chosen)
    x1, y1 = max(b[2] for b in chosen), max(b[3] for b in chosen)
    margin = MARGIN * max(x1 - x0, y1 - y0)
    left, top = math.floor(x0 - margin), math.floor(y0 - margin)
    return Box(left, top, math.ceil(x1 + margin) - left, math.ceil(y1 + margin) - top)


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def map_file(name: str, places: Sequence[Place], provinces: Mapping[str, Sequence[str]], label: str) -> str:
    """The SVG file: `provinces` maps a province's slug to its gemeenten's NIS codes."""
    paths, _, _ = path_data(name)
    shapes = territory(name)
    whole = frame(name)
    size = whole.width * FLANDERS_NUMBER
    style = [
        "a path{stroke:#fff;stroke-width:.6px;vector-effect:non-scaling-stroke;stroke-linejoin:round}",
        *(f"a.t{i} path{{fill:{colour}}}" for i, colour in enumerate(TINTS)),
        *(f"a.c{i} path{{fill:{colour}}}" for i, colour in enumerate(CLASSES)),
        f"a.{NO_DATA} path{{fill:url(#no-data)}}",
        "a:hover path,a:focus path{fill:#ffd33d;stroke:#1f2328;stroke-width:2.5px}",
        "a:focus{outline:none}",
        ".numbers{pointer-events:none;font-family:system-ui,sans-serif;fill:#1f2328;stroke:#fff;"
        "stroke-width:.25em;paint-order:stroke;stroke-linejoin:round;text-anchor:middle}",
        f".numbers text{{font-size:calc({_number(size)}px * var(--f,1))}}",
        ".loc:target~.shapes path{fill:#d0d7de}",
        ".loc:target~.numbers{display:none}",
    ]
    views = [f'<view id="vlaanderen" viewBox="{whole.view_box}"/>']
    for slug, codes in provinces.items():
        box = frame(name, codes)
        own = _number(box.width * PROVINCE_NUMBER)
        views.append(f'<view id="p-{slug}" class="prov" viewBox="{box.view_box}"/>')
        style += [
            f"#p-{slug}:target~.shapes a:not(.in-{slug}) path{{fill:#eaeef2}}",
            f"#p-{slug}:target~.numbers text{{font-size:{own}px}}",
            f"#p-{slug}:target~.numbers text:not(.in-{slug}){{display:none}}",
            f".loc-{slug}:target~.shapes a:not(.in-{slug}) path{{fill:#f6f8fa}}",
        ]
        for code in codes:
            views.append(f'<view id="g-{code}" class="loc loc-{slug}" viewBox="{box.view_box}"/>')
            style.append(
                f"#g-{code}:target~.shapes #a{code} path{{fill:#cf222e;stroke:#1f2328;stroke-width:2.5px}}"
            )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{whole.view_box}" role="group" '
        f'aria-label="{escape(label)}">',
        f"<title>{escape(label)}</title>",
        "<style>" + "\n".join(style) + "</style>",
        '<defs><pattern id="no-data" patternUnits="userSpaceOnUse" width="6" height="6" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#8c959f" stroke-width="3"/></pattern></defs>',
        *views,
        '<g class="shapes" fill-rule="evenodd">',
    ]
    for place in places:
        out.append(
            f'<a id="a{place.nis_code}" class="{place.fill} in-{place.province}" href="{escape(place.href)}" '
            f'target="_top"><title>{escape(place.title)}</title><path d="{paths[place.nis_code]}"/></a>'
        )
    out.append("</g>")
    out.append('<g class="numbers" aria-hidden="true">')
    bbox = shapes.bbox
    for place in places:
        x, y, radius = label_point(name, place.nis_code)
        digits = len(str(place.number))
        room = 2 * radius / UNIT_M / (0.6 * digits)  # a digit is about 0.6 of its type wide
        fit = max(SHRINK, min(1.0, room / size))
        shrink = f' style="--f:{_number(fit)}"' if fit < 1 else ""
        out.append(
            f'<text class="in-{place.province}" x="{_number((x - bbox.min_x) / UNIT_M)}" '
            f'y="{_number((bbox.max_y - y) / UNIT_M)}" dy=".35em"{shrink}>{place.number}</text>'
        )
    out.append("</g></svg>\n")
    return "\n".join(out)
