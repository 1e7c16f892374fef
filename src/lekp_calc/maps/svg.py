"""Inline SVG maps of the Flemish municipalities: choropleths and locator maps.

Pure functions that return SVG text; no file IO, no printing. The caller chooses the fill colours
and draws any legend. This module owns only the hatch that marks "no data" and the dark outline
that highlights municipalities (and the two colours of a locator map).

Lambert 72 metres become SVG user units of `_UNIT_M` metres with y flipped (Lambert y grows
northwards, SVG y downwards). The path data therefore does not depend on the width asked for:
it is built once per territory, and `width` only sets the displayed size and the stroke widths.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Collection, Iterable, Mapping
from functools import cache
from html import escape
from itertools import pairwise

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
) -> str:
    """An inline `<svg>` map with one `<path data-nis="...">` per municipality of `territory`.

    `territory` is "2025" or "2024". `fills` maps a NIS code to a CSS colour; a code that maps
    to None, or is missing, is drawn hatched, meaning "no data". `titles` gives each
    municipality's tooltip text (its `<title>`); a missing code gets the municipality's name.
    Municipalities in `highlight` are drawn last, with a thick dark outline on top of their
    neighbours. `label` becomes the map's `aria-label`; pass one, a map needs an accessible name.
    Codes that are not in the territory raise ValueError. The output depends only on the
    arguments, so the same call gives the same text.
    """
    if width <= 0:
        raise ValueError(f"width must be positive, not {width}")
    shapes = _territory(territory).shapes
    for what, codes in (("fills", fills), ("titles", titles), ("highlight", highlight)):
        _check_codes(what, codes, shapes)
    paths, extent_x, extent_y = _path_data(territory)
    per_px = extent_x / width
    margin = math.ceil(_MARGIN_PX * per_px)
    view_x, view_y = extent_x + 2 * margin, extent_y + 2 * margin
    height = round(width * view_y / view_x)
    per_px = view_x / width

    # The pattern id is unique in a page unless the whole map is the same; then the patterns are too.
    fingerprint = repr(
        (territory, width, sorted(fills.items()), sorted(titles.items()), sorted(highlight), css_class, label)
    )
    hatch_id = "lekp-no-data-" + hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:12]
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{escape(css_class)}" '
        f'viewBox="{-margin} {-margin} {view_x} {view_y}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(label)}">'
    ]
    if any(fills.get(code) is None for code in shapes):
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
    for code in sorted(shapes, key=lambda c: (c in marked, c)):
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
    lines += ["</g>", "</svg>"]
    return "\n".join(lines)


def locator(territory: str, nis_code: str, *, width: int = 240, label: str = "") -> str:
    """A small map of Flanders with every municipality light grey and `nis_code` marked.

    The marked municipality gets a strong colour and a dark outline; every path's tooltip is
    the municipality's name. `label` (the `aria-label`) defaults to that name.
    """
    shapes = _territory(territory).shapes
    _check_codes("locator", [nis_code], shapes)
    fills: dict[str, str | None] = {code: _LOCATOR_FILL for code in shapes}
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
    )
