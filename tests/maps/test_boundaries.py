"""The shipped municipal boundaries (data/boundaries.json) and the SVG maps drawn from them.

Expected values come from the repository's CSV files, from the source GeoJSON in
../shared/data-sources (tests that need it skip when it is absent, as on a clean CI checkout)
or from plain geography, never from the asset itself.
"""

from __future__ import annotations

import csv
import json
import math
import re
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

from lekp_calc.maps import boundaries, svg

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
ASSET = DATA / "boundaries.json"
SCRIPT = REPO / "scripts" / "build_boundaries.py"
SOURCES = REPO.parent / "shared" / "data-sources"
GEOJSON = {
    "2025": "flemish_municipalities_2025_boundaries.geojson",
    "2024": "flemish_municipalities_pre2025_boundaries.geojson",
}
CSV = {"2025": "municipalities.csv", "2024": "municipalities_2024.csv"}
SVG_NS = "{http://www.w3.org/2000/svg}"

needs_sources = pytest.mark.skipif(
    not all((SOURCES / name).is_file() for name in GEOJSON.values()),
    reason=f"the source GeoJSON files are not in {SOURCES} (clean checkout)",
)


def csv_names(territory: str) -> dict[str, str]:
    with (DATA / CSV[territory]).open(encoding="utf-8", newline="") as handle:
        return {row["nis_code"]: row["name_nl"] for row in csv.DictReader(handle)}


@cache
def raw_asset() -> dict:
    return json.loads(ASSET.read_bytes())


@cache
def source_polygons(territory: str) -> dict[str, list[list[list[list[float]]]]]:
    doc = json.loads((SOURCES / GEOJSON[territory]).read_text(encoding="utf-8"))
    result = {}
    for feature in doc["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        result[feature["properties"]["nis_code"]] = polygons
    return result


def area(ring) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring))) / 2


def arcs_of(territory: str, code: str) -> set[int]:
    """The arcs of one municipality in the asset, direction ignored."""
    (feature,) = [f for f in raw_asset()["objects"][territory] if f["nis_code"] == code]
    return {arc if arc >= 0 else ~arc for polygon in feature["polygons"] for ring in polygon for arc in ring}


# --- the asset ------------------------------------------------------------------------------


@pytest.mark.parametrize("territory", ["2025", "2024"])
def test_asset_has_exactly_the_municipalities_of_the_csv(territory):
    expected = csv_names(territory)
    assert len(expected) == {"2025": 285, "2024": 300}[territory]
    shapes = boundaries.territory(territory).shapes
    assert sorted(shapes) == sorted(expected)
    assert {code: shape.name_nl for code, shape in shapes.items()} == expected
    assert all(code == shape.nis_code for code, shape in shapes.items())


@pytest.mark.parametrize("territory", ["2025", "2024"])
def test_every_shape_has_closed_rings_of_at_least_four_points(territory):
    for code, shape in boundaries.territory(territory).shapes.items():
        assert shape.rings, code
        for ring in shape.rings:
            assert len(ring) >= 4, code
            assert ring[0] == ring[-1], code
            assert len(set(ring)) >= 3, code
            assert area(ring) > 0, code


def test_asset_is_small():
    assert ASSET.stat().st_size <= 400_000


def test_asset_records_its_source_and_processing():
    doc = raw_asset()
    assert doc["format"] == "lekp-boundaries"
    assert doc["version"] == 1
    source = doc["source"]
    assert source["publisher"] == "Statbel (Algemene Directie Statistiek – Statistics Belgium)"
    assert "3b1b6d8d3548e495f597db134f437f0d08898535" in source["via"]
    assert "provinciesincijfers/gebiedsniveaus" in source["via"]
    assert source["licence"] == "Statbel Licentie open data"
    assert source["crs"] == doc["crs"] == "EPSG:31370"
    assert set(source["files"]) == {"2025", "2024"}
    assert {f["file"] for f in source["files"].values()} == set(GEOJSON.values())
    assert 100 <= doc["simplification"]["tolerance_m"] <= 200
    assert doc["transform"]["scale"] == [doc["quantization"]["grid_m"]] * 2
    assert source["publisher"] in boundaries.citation()


def test_asset_is_compact_json():
    text = ASSET.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert text.count("\n") == 1
    assert json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n" == text


@pytest.mark.parametrize(("one", "other"), [("13025", "13008"), ("13025", "13003")])
def test_neighbours_share_their_border_arcs(one, other):
    # Mol borders Geel and Balen.
    for territory in ("2025", "2024"):
        assert arcs_of(territory, one) & arcs_of(territory, other)


@pytest.mark.parametrize("territory", ["2025", "2024"])
def test_each_border_is_used_by_at_most_two_municipalities_in_opposite_directions(territory):
    uses: dict[int, list[int]] = defaultdict(list)
    for feature in raw_asset()["objects"][territory]:
        for polygon in feature["polygons"]:
            for ring in polygon:
                for arc in ring:
                    uses[arc if arc >= 0 else ~arc].append(arc)
    for arc, signs in uses.items():
        assert len(signs) <= 2, arc
        if len(signs) == 2:
            assert (signs[0] >= 0) != (signs[1] >= 0), arc


def test_unmerged_municipalities_share_their_arcs_between_territories():
    with (DATA / "mergers_2025.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    unmerged = [row for row in rows if row["merged_2025"] == "False"]
    assert len(unmerged) == 272
    new, old = boundaries.territory("2025").shapes, boundaries.territory("2024").shapes
    for row in unmerged:
        assert old[row["old_nis_code"]].rings == new[row["new_nis_code"]].rings, row["old_nis_code"]
        assert arcs_of("2024", row["old_nis_code"]) == arcs_of("2025", row["new_nis_code"])
    # A merged municipality is the union of its predecessors: it reuses their outer arcs.
    assert arcs_of("2025", "11002") <= arcs_of("2024", "11002") | arcs_of("2024", "11007")


@needs_sources
@pytest.mark.parametrize("territory", ["2025", "2024"])
def test_neighbours_in_the_source_share_an_arc(territory):
    owners: dict[frozenset, set[str]] = defaultdict(set)
    for code, polygons in source_polygons(territory).items():
        for polygon in polygons:
            for ring in polygon:
                for p, q in pairwise(ring):
                    owners[frozenset((tuple(p), tuple(q)))].add(code)
    pairs = {tuple(sorted(codes)) for codes in owners.values() if len(codes) == 2}
    assert len(pairs) > 700
    arcs = {code: arcs_of(territory, code) for pair in pairs for code in pair}
    assert [pair for pair in sorted(pairs) if not arcs[pair[0]] & arcs[pair[1]]] == []


@needs_sources
@pytest.mark.parametrize("territory", ["2025", "2024"])
def test_shapes_keep_their_source_area_and_parts(territory):
    shapes = boundaries.territory(territory).shapes
    for code, polygons in source_polygons(territory).items():
        source = sum(area(polygon[0]) - sum(area(hole) for hole in polygon[1:]) for polygon in polygons)
        rings = shapes[code].rings
        if territory == "2025":
            # Nothing dropped: Baarle-Hertog keeps every enclave and every hole. (The 2024
            # territory reuses the 2025 outline of a municipality that was not merged.)
            assert len(rings) == sum(map(len, polygons)), code
        # Outer rings run counter-clockwise and holes clockwise, so the signed areas add up.
        decoded = sum(signed_area(ring) for ring in rings)
        assert abs(decoded - source) <= 0.05 * source, code


def signed_area(ring) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring)) / 2


@needs_sources
@pytest.mark.parametrize("territory", ["2025", "2024"])
def test_bounding_box_is_that_of_the_source(territory):
    points = [
        point
        for polygons in source_polygons(territory).values()
        for polygon in polygons
        for ring in polygon
        for point in ring
    ]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    bbox = boundaries.territory(territory).bbox
    # Within the simplification tolerance plus the quantization grid.
    for got, expected in zip(
        (bbox.min_x, bbox.min_y, bbox.max_x, bbox.max_y), (min(xs), min(ys), max(xs), max(ys)), strict=True
    ):
        assert abs(got - expected) <= 120


@pytest.mark.parametrize("territory", ["2025", "2024"])
def test_bounding_box_is_flanders_in_lambert_72(territory):
    bbox = boundaries.territory(territory).bbox
    assert 20_000 <= bbox.min_x <= 25_000  # De Panne, by the French border
    assert 240_000 <= bbox.max_x <= 300_000  # Voeren
    assert 150_000 <= bbox.min_y <= 160_000
    assert 240_000 <= bbox.max_y <= 245_000  # the Dutch border north of Antwerp


@needs_sources
def test_rebuilding_gives_identical_bytes_and_the_shipped_asset(tmp_path):
    outputs = []
    for name in ("first.json", "second.json"):
        target = tmp_path / name
        result = subprocess.run(
            [sys.executable, str(SCRIPT), str(SOURCES), "--output", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "bytes" in result.stdout
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0] == ASSET.read_bytes(), "data/boundaries.json is stale: run scripts/build_boundaries.py"


def test_decoding_reads_the_shipped_file_only():
    # A fresh interpreter records every file it opens while decoding both territories.
    code = textwrap.dedent(
        """
        import sys
        opened = []
        sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
        from lekp_calc.maps import boundaries
        assert len(boundaries.territory("2025").shapes) == 285
        assert len(boundaries.territory("2024").shapes) == 300
        print("\\n".join(opened))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    opened = {
        Path(name).resolve()
        for name in result.stdout.splitlines()
        if not name.endswith((".py", ".pyc", ".so", ".pth")) and Path(name).is_file()
    }
    shipped = boundaries._asset_path().resolve()
    assert shipped in opened
    assert {path.parent for path in opened} == {shipped.parent}, "read outside the shipped data folder"
    assert not [path for path in opened if path.suffix == ".geojson"]
    assert shipped.read_bytes() == ASSET.read_bytes()


def test_decoding_is_fast_and_cached():
    boundaries._asset.cache_clear()
    started = time.perf_counter()
    both = boundaries.territories()
    elapsed = time.perf_counter() - started
    assert set(both) == {"2025", "2024"}
    assert elapsed < 0.25  # about 10 ms on a laptop; generous for slow CI machines
    assert boundaries.territories() is both


def test_unknown_territory_is_refused():
    with pytest.raises(ValueError, match="2023"):
        boundaries.territory("2023")


# --- SVG ------------------------------------------------------------------------------------


def parse(text: str) -> ET.Element:
    return ET.fromstring(text)


def municipality_paths(root: ET.Element) -> list[ET.Element]:
    return [p for p in root.iter(f"{SVG_NS}path") if "data-nis" in p.attrib]


def first_point(path: ET.Element) -> tuple[float, float]:
    x, y = re.match(r"M(-?\d+(?:\.\d)?)[ ,]?(-?\d+(?:\.\d)?)", path.attrib["d"]).groups()
    return float(x), float(y)


@pytest.mark.parametrize("territory", ["2025", "2024"])
def test_choropleth_draws_every_municipality_once(territory):
    names = csv_names(territory)
    text = svg.choropleth(territory, {}, {})
    root = parse(text)
    codes = [p.attrib["data-nis"] for p in municipality_paths(root)]
    assert Counter(codes) == Counter(names.keys())
    assert root.attrib["role"] == "img"
    assert "aria-label" in root.attrib
    for path in municipality_paths(root):
        assert path.find(f"{SVG_NS}title").text == names[path.attrib["data-nis"]]
        assert re.fullmatch(r"(M-?\d+(\.\d)? -?\d+(\.\d)?(l[-\d. ]+)?z)+", path.attrib["d"])


def test_choropleth_fills_and_hatches_missing_data():
    names = csv_names("2025")
    codes = sorted(names)
    fills = {code: "#08519c" for code in codes}
    fills[codes[0]] = None
    del fills[codes[1]]
    root = parse(svg.choropleth("2025", fills, {}, label="Renovaties per 1.000 woningen"))
    (pattern,) = root.iter(f"{SVG_NS}pattern")
    assert pattern.find(f"{SVG_NS}line") is not None
    hatch = f"url(#{pattern.attrib['id']})"
    by_code = {p.attrib["data-nis"]: p for p in municipality_paths(root)}
    assert by_code[codes[0]].attrib["fill"] == hatch
    assert by_code[codes[1]].attrib["fill"] == hatch
    assert {by_code[code].attrib["fill"] for code in codes[2:]} == {"#08519c"}
    assert root.attrib["aria-label"] == "Renovaties per 1.000 woningen"
    assert root.find(f".//{SVG_NS}g").attrib["fill-rule"] == "evenodd"


def test_choropleth_without_missing_data_has_no_pattern():
    fills = dict.fromkeys(csv_names("2024"), "#cccccc")
    assert "<pattern" not in svg.choropleth("2024", fills, {})


def test_hatch_ids_differ_between_maps_and_repeat_for_the_same_map():
    one = svg.choropleth("2025", {}, {}, label="one")
    other = svg.choropleth("2025", {}, {}, label="other")
    pattern_id = re.compile(r'<pattern id="([^"]+)"')
    assert pattern_id.search(one).group(1) != pattern_id.search(other).group(1)
    assert svg.choropleth("2025", {}, {}, label="one") == one


def test_titles_and_attributes_are_escaped():
    text = svg.choropleth(
        "2025",
        {"13025": "red"},
        {"13025": '<script>alert("x")</script> & co'},
        label='"Mol" <b>',
        css_class='map" onload="x',
    )
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    root = parse(text)
    (mol,) = [p for p in municipality_paths(root) if p.attrib["data-nis"] == "13025"]
    assert mol.find(f"{SVG_NS}title").text == '<script>alert("x")</script> & co'
    assert root.attrib["aria-label"] == '"Mol" <b>'
    assert "onload" not in root.attrib


def test_map_is_oriented_north_up_and_fitted_to_its_viewbox():
    root = parse(svg.choropleth("2025", {}, {}, width=640))
    by_code = {p.attrib["data-nis"]: p for p in municipality_paths(root)}
    # Essen lies on the Dutch border, Halle south of Brussels; De Panne in the west, Voeren in the east.
    assert first_point(by_code["11016"])[1] < first_point(by_code["23027"])[1]
    assert first_point(by_code["38008"])[0] < first_point(by_code["73109"])[0]
    min_x, min_y, view_w, view_h = map(float, root.attrib["viewBox"].split())
    assert root.attrib["width"] == "640"
    assert abs(int(root.attrib["height"]) - 640 * view_h / view_w) <= 1
    bbox = boundaries.territory("2025").bbox
    assert 2.4 < view_w / view_h < 2.8
    assert math.isclose(view_w / view_h, bbox.width / bbox.height, rel_tol=0.03)
    for path in by_code.values():
        x, y = first_point(path)
        assert min_x <= x <= min_x + view_w
        assert min_y <= y <= min_y + view_h


def test_highlighted_municipalities_are_drawn_last_with_an_outline():
    root = parse(svg.choropleth("2025", {}, {}, highlight=["13025", "11002"]))
    paths = municipality_paths(root)
    assert len(paths) == 285
    assert [p.attrib["data-nis"] for p in paths[-2:]] == ["11002", "13025"]
    assert all("stroke" in p.attrib for p in paths[-2:])
    assert not any("stroke" in p.attrib for p in paths[:-2])


def test_codes_outside_the_territory_are_refused():
    with pytest.raises(ValueError, match="11007"):
        svg.choropleth("2025", {"11007": "red"}, {})  # Borsbeek is part of Antwerpen since 2025
    with pytest.raises(ValueError, match="99999"):
        svg.choropleth("2024", {}, {}, highlight=["99999"])
    with pytest.raises(ValueError):
        svg.locator("2025", "11007")


def test_locator_marks_one_municipality():
    root = parse(svg.locator("2024", "11007"))
    paths = municipality_paths(root)
    assert len(paths) == 300
    assert root.attrib["width"] == "240"
    assert root.attrib["aria-label"] == "Borsbeek"
    assert paths[-1].attrib["data-nis"] == "11007"
    assert "stroke" in paths[-1].attrib
    others = {p.attrib["fill"] for p in paths[:-1]}
    assert len(others) == 1
    assert paths[-1].attrib["fill"] not in others
    assert "<pattern" not in svg.locator("2024", "11007")
