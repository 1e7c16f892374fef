"""Inline SVG maps of the Flemish municipalities: choropleths and locator maps.

Pure functions that return SVG text; no file IO, no printing. The caller chooses the fill colours
and draws any legend. This module owns only the hatch that marks "no data" and the dark outline
that highlights municipalities (and the two colours of a locator map).

Lambert 72 metres become SVG user units of `_UNIT_M` metres with y flipped (Lambert y grows
northwards, SVG y downwards). The path data therefore does not depend on the width asked for:
it is built once per territory, and `width` only sets the displayed size and the stroke widths.
A map may show only part of the territory (`area`: a province fills the map); the viewBox then
frames those municipalities, and the neighbours that reach into the frame are drawn, cut at its
edge, so that the area is seen in its surroundings.

On paper there is no tooltip: a map can write a number (keyed to a list beside it) or a name on
every municipality, at its pole of inaccessibility (the point inside it farthest from its border,
found as Garcia-Castellanos and Lombardero's "polylabel" does), so that the text lies inside the
shape even for a crescent or a municipality of several parts.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from html import escape
from itertools import pairwise

from .boundaries import BBox
from .boundaries import territory as _territory

# One user unit is 100 m: at the default 640 pixels for Flanders' 237 km a unit is 0.3 pixel,
# so whole units are precise enough and keep the path data short.
_UNIT_M = 100
_MARGIN_PX = 2  # room at the edges for the highlight outline
_BORDER = "#ffffff"
_BORDER_PX = 0.5
_HIGHLIGHT = "#1f2328"
_HIGHLIGHT_PX = 2.0
_HATCH_LINE = "#8c959f"
_HATCH_BACKGROUND = "#ffffff"
_HATCH_SPACING_PX = 5.0
_HATCH_LINE_PX = 1.5
_LOCATOR_FILL = "#d0d7de"
_LOCATOR_MARK = "#cf222e"
_LOCATOR_OUTSIDE = "#f6f8fa"  # beyond the area of a zoomed locator: the surroundings, paler
_AREA_MARGIN = 0.03  # of the area's larger side, around a map zoomed to an area
_NUMBER_PX = 7.5  # the height of a municipality's number at the map's nominal width
_NAME_PX = 12.0
_LABEL_INK = "#1f2328"
_LABEL_HALO = "#ffffff"


def _numbers(values: Iterable[int]) -> str:
    """Numbers for path data, space-separated; a minus sign separates by itself."""
    text = ""
    for value in values:
        text += str(value) if value < 0 or not text else f" {value}"
    return text


@cache
def _path_data(name: str) -> tuple[dict[str, str], int, int]:
    """The `d` attribute of every municipality of a territory, and its extent in user units."""
    territory = _territory(name)
    left, top = territory.bbox.min_x, territory.bbox.max_y
    paths: dict[str, str] = {}
    for code, shape in territory.shapes.items():
        parts: list[str] = []
        for ring in shape.rings:
            points: list[tuple[int, int]] = []
            for x, y in ring:
                point = (round((x - left) / _UNIT_M), round((top - y) / _UNIT_M))
                if not points or point != points[-1]:
                    points.append(point)
            if len(points) > 1 and points[-1] == points[0]:
                points.pop()  # "z" closes the ring
            # Relative steps ("l") are shorter than absolute coordinates.
            steps = [v for (x0, y0), (x1, y1) in pairwise(points) for v in (x1 - x0, y1 - y0)]
            parts.append(f"M{_numbers(points[0])}" + (f"l{_numbers(steps)}" if steps else "") + "z")
        paths[code] = "".join(parts)
    extent_x = math.ceil(territory.bbox.width / _UNIT_M)
    extent_y = math.ceil(territory.bbox.height / _UNIT_M)
    return paths, extent_x, extent_y


def path_data(territory: str) -> tuple[dict[str, str], int, int]:
    """The `d` attribute of every municipality of a territory in user units of `UNIT_M` metres
    (x from the territory's west edge, y down from its north edge), and the extent in user units:
    for a caller that draws its own map from the same shapes (the site's one map file)."""
    return _path_data(territory)


UNIT_M = _UNIT_M


def _signed_distance(x: float, y: float, rings: Sequence[Sequence[tuple[float, float]]]) -> float:
    """The distance from (x, y) to the nearest border: positive inside the shape (even-odd), else negative."""
    inside = False
    best = math.inf
    for ring in rings:
        for (ax, ay), (bx, by) in pairwise(ring):
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                inside = not inside
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else min(1.0, max(0.0, ((x - ax) * dx + (y - ay) * dy) / length))
            px, py = ax + t * dx - x, ay + t * dy - y
            best = min(best, px * px + py * py)
    return math.sqrt(best) if inside else -math.sqrt(best)


def _ring_area(ring: Sequence[tuple[float, float]]) -> float:
    return abs(sum(ax * by - bx * ay for (ax, ay), (bx, by) in pairwise(ring))) / 2


@cache
def label_point(territory: str, code: str) -> tuple[float, float, float]:
    """The point of a municipality where its label goes, in Lambert 72 metres: the pole of
    inaccessibility of its largest part, to within 1/30 of that part's size (at least 100 m),
    and its distance to the border (the radius of the largest circle there inside the shape).

    A grid of square cells covers the part; the cell whose centre is farthest inside is kept,
    and a cell is split in four only while it could still hold a point farther inside (its
    centre's distance plus half its diagonal).
    """
    rings = _territory(territory).shapes[code].rings
    outer = max(rings, key=_ring_area)
    xs, ys = [x for x, _ in outer], [y for _, y in outer]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    size = min(x1 - x0, y1 - y0)
    if size <= 0:
        return (*outer[0], 0.0)
    precision = max(100.0, max(x1 - x0, y1 - y0) / 30)
    cells: list[tuple[float, float, float, float, float]] = []  # (-potential, x, y, half, distance)

    def push(x: float, y: float, half: float) -> None:
        distance = _signed_distance(x, y, rings)
        heapq.heappush(cells, (-(distance + half * math.sqrt(2)), x, y, half, distance))

    half = size / 2
    x = x0
    while x < x1:
        y = y0
        while y < y1:
            push(x + half, y + half, half)
            y += size
        x += size
    middle = ((x0 + x1) / 2, (y0 + y1) / 2)
    best = (_signed_distance(*middle, rings), *middle)
    while cells:
        potential, x, y, half, distance = heapq.heappop(cells)
        if distance > best[0]:
            best = (distance, x, y)
        if -potential - best[0] <= precision:
            continue
        half /= 2
        for dx, dy in ((-half, -half), (half, -half), (-half, half), (half, half)):
            push(x + dx, y + dy, half)
    return best[1], best[2], max(best[0], 0.0)


def _check_codes(what: str, codes: Iterable[str], known: Collection[str]) -> None:
    """Refuse codes that are not in the territory: a 2024 code on a 2025 map is a caller's bug."""
    unknown = sorted(set(codes) - set(known))
    if unknown:
        shown = ", ".join(unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        raise ValueError(f"{what}: NIS codes not in this territory: {shown}")


def _length(value: float) -> str:
    """A length in user units, with at most two decimals."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def choropleth(
    territory: str,
    fills: Mapping[str, str | None],
    titles: Mapping[str, str],
    *,
    width: int = 640,
    highlight: Collection[str] = (),
    css_class: str = "map",
    label: str = "",
    area: Collection[str] = (),
    numbers: Mapping[str, int] | None = None,
    names: Mapping[str, str] | None = None,
    key: str = "",
) -> str:
    """An inline `<svg>` map with one `<path data-nis="...">` per municipality of `territory`.

    `territory` is "2025" or "2024". `fills` maps a NIS code to a CSS colour; a code that maps
    to None, or is missing, is drawn hatched, meaning "no data". `titles` gives each
    municipality's tooltip text (its `<title>`); a missing code gets the municipality's name.
    Municipalities in `highlight` are drawn last, with a thick dark outline on top of their
    neighbours. `label` becomes the map's `aria-label`; pass one, a map needs an accessible name.
    Codes that are not in the territory raise ValueError. The output depends only on the
    arguments, so the same call gives the same text.

    `area` zooms the map to those municipalities (with a small margin): only the municipalities
    that reach into that frame are drawn. `numbers` writes a number on each municipality it
    names (`<text class="map-number" data-nis=...>`), `names` a name (`class="map-name"`), both
    at `label_point`, dark on a white halo. `key` makes the id of the hatch pattern unique in a
    page that holds the same map twice.
    """
    if width <= 0:
        raise ValueError(f"width must be positive, not {width}")
    shapes = _territory(territory).shapes
    numbers = numbers or {}
    names = names or {}
    for what, codes in (
        ("fills", fills),
        ("titles", titles),
        ("highlight", highlight),
        ("area", area),
        ("numbers", numbers),
        ("names", names),
    ):
        _check_codes(what, codes, shapes)
    paths, extent_x, extent_y = _path_data(territory)
    left, top = _territory(territory).bbox.min_x, _territory(territory).bbox.max_y
    if area:
        frame = _frame(territory, area)
        min_x, min_y = (frame.min_x - left) / _UNIT_M, (top - frame.max_y) / _UNIT_M
        size_x, size_y = frame.width / _UNIT_M, frame.height / _UNIT_M
        margin_units = _AREA_MARGIN * max(size_x, size_y)
        origin_x, origin_y = math.floor(min_x - margin_units), math.floor(min_y - margin_units)
        view_x = math.ceil(min_x + size_x + margin_units) - origin_x
        view_y = math.ceil(min_y + size_y + margin_units) - origin_y
        shown = [code for code in shapes if _overlaps(territory, code, frame, margin_units * _UNIT_M)]
    else:
        margin = math.ceil(_MARGIN_PX * extent_x / width)
        origin_x = origin_y = -margin
        view_x, view_y = extent_x + 2 * margin, extent_y + 2 * margin
        shown = list(shapes)
    height = round(width * view_y / view_x)
    per_px = view_x / width

    # The pattern id is unique in a page unless the whole map is the same; then the patterns are too.
    fingerprint = repr(
        (territory, width, sorted(fills.items()), sorted(titles.items()), sorted(highlight), css_class, label)
    )
    hatch_id = "lekp-no-data-" + (
        escape(key) if key else hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:12]
    )
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{escape(css_class)}" '
        f'viewBox="{origin_x} {origin_y} {view_x} {view_y}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(label)}">'
    ]
    if any(fills.get(code) is None for code in shown):
        spacing = _length(_HATCH_SPACING_PX * per_px)
        lines.append(
            f'<defs><pattern id="{hatch_id}" patternUnits="userSpaceOnUse" width="{spacing}" '
            f'height="{spacing}" patternTransform="rotate(45)">'
            f'<rect width="{spacing}" height="{spacing}" fill="{_HATCH_BACKGROUND}"/>'
            # A line on the tile's edge, twice as wide: each tile shows half, and the stripes join.
            f'<line x1="0" y1="0" x2="0" y2="{spacing}" stroke="{_HATCH_LINE}" '
            f'stroke-width="{_length(2 * _HATCH_LINE_PX * per_px)}"/></pattern></defs>'
        )
    lines.append(
        f'<g fill-rule="evenodd" stroke="{_BORDER}" stroke-width="{_length(_BORDER_PX * per_px)}" '
        'stroke-linejoin="round">'
    )
    marked = set(highlight)
    # Highlighted municipalities come last so that their outline lies on top of the neighbours'.
    for code in sorted(shown, key=lambda c: (c in marked, c)):
        colour = fills.get(code)
        fill = f"url(#{hatch_id})" if colour is None else escape(colour)
        outline = (
            f' stroke="{_HIGHLIGHT}" stroke-width="{_length(_HIGHLIGHT_PX * per_px)}"'
            if code in marked
            else ""
        )
        title = escape(titles.get(code, shapes[code].name_nl))
        lines.append(
            f'<path data-nis="{code}" fill="{fill}"{outline} d="{paths[code]}"><title>{title}</title></path>'
        )
    lines.append("</g>")
    lines += _labels(territory, numbers, _NUMBER_PX * per_px, "map-number", fit=True)
    lines += _labels(territory, names, _NAME_PX * per_px, "map-name")
    lines.append("</svg>")
    return "\n".join(lines)


def _labels(
    territory: str, texts: Mapping[str, object], size: float, css_class: str, *, fit: bool = False
) -> list[str]:
    """A text centred on each municipality's label point, dark on a white halo (readable on any fill).

    `fit`: a text that would not fit in the circle around its point gets a smaller type (down to
    half of `size`), so that the numbers of small neighbours do not run into each other.
    """
    if not texts:
        return []
    bbox = _territory(territory).bbox
    out = [
        f'<g class="{css_class}s" font-size="{_length(size)}" font-family="system-ui, sans-serif" '
        f'text-anchor="middle" fill="{_LABEL_INK}" stroke="{_LABEL_HALO}" '
        f'stroke-width="{_length(size / 4)}" paint-order="stroke" stroke-linejoin="round">'
    ]
    for code, shown in texts.items():
        x, y, radius = label_point(territory, code)
        words = escape(str(shown))
        own = size
        if fit:
            # a digit is about 0.6 of the type's size wide; the text may fill the circle's diameter
            room = 2 * radius / _UNIT_M / (0.6 * max(len(str(shown)), 1))
            own = max(size / 2, min(size, room))
        ux = (x - bbox.min_x) / _UNIT_M
        uy = (bbox.max_y - y) / _UNIT_M + own * 0.35  # the baseline, so that the digits' middle is there
        smaller = f' font-size="{_length(own)}"' if own != size else ""
        out.append(
            f'<text class="{css_class}" data-nis="{code}" x="{_length(ux)}" y="{_length(uy)}"{smaller}>'
            f"{words}</text>"
        )
    out.append("</g>")
    return out


def aspect(territory: str, area: Collection[str] = ()) -> float:
    """Width over height of a map of `area` (or of the whole territory): a wide map prints across a page."""
    frame = _frame(territory, area) if area else _territory(territory).bbox
    return frame.width / frame.height


@cache
def _shape_box(territory: str, code: str) -> tuple[float, float, float, float]:
    points = [point for ring in _territory(territory).shapes[code].rings for point in ring]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _frame(territory: str, area: Iterable[str]) -> BBox:
    """The bounding box, in metres, of the municipalities of `area`."""
    boxes = [_shape_box(territory, code) for code in area]
    return BBox(
        min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)
    )


def _overlaps(territory: str, code: str, frame: BBox, margin: float) -> bool:
    x0, y0, x1, y1 = _shape_box(territory, code)
    return not (
        x1 < frame.min_x - margin
        or x0 > frame.max_x + margin
        or y1 < frame.min_y - margin
        or y0 > frame.max_y + margin
    )


def locator(
    territory: str,
    nis_code: str,
    *,
    width: int = 240,
    label: str = "",
    area: Collection[str] = (),
    named: bool = False,
) -> str:
    """A small map of Flanders (or of `area`, such as the province) with every municipality light
    grey and `nis_code` marked.

    The marked municipality gets a strong colour and a dark outline; every path's tooltip is
    the municipality's name. `label` (the `aria-label`) defaults to that name. `area` zooms the
    map as `choropleth` does, the municipalities outside it paler; `named` writes the marked
    municipality's name on it, for paper.
    """
    shapes = _territory(territory).shapes
    _check_codes("locator", [nis_code], shapes)
    inside = set(area) or set(shapes)
    fills: dict[str, str | None] = {
        code: _LOCATOR_FILL if code in inside else _LOCATOR_OUTSIDE for code in shapes
    }
    fills[nis_code] = _LOCATOR_MARK
    titles = {code: shape.name_nl for code, shape in shapes.items()}
    return choropleth(
        territory,
        fills,
        titles,
        width=width,
        highlight=(nis_code,),
        css_class="map locator",
        label=label or shapes[nis_code].name_nl,
        area=area,
        names={nis_code: shapes[nis_code].name_nl} if named else None,
    )
