"""The HTML report in a real headless browser (Debian's chromium): it renders, fits a phone,
and prints on A4; a province's report draws a map per target that the browser paints as its
legend says.

Without chromium these tests are skipped, unless LEKP_REQUIRE_BROWSER=1 (as `.ci/run` sets
after installing chromium), in which case its absence fails them.

A narrow screen: the report is loaded in a 420 px wide frame (headless chromium will not make
its window narrower than 500 px), with a measuring script added to a copy of the page (the
report itself holds no script). The decision tested: the target column ("Doel") of every
targets table is shown and lies wholly inside the 420 px viewport, so that nobody has to
scroll sideways to read a target; the optional columns (ratio, exact value) are hidden there.

Maps: a script added to a copy of the page reads what the browser made of every map (each
shape's painted fill, its tooltip, the legend's swatches) and writes it into the page, which
`--dump-dom` returns. Printing: chromium's PDF is checked for A4 pages; that no map is cut
across two pages is checked on the print layout itself (the print stylesheet applied to a
frame as wide as an A4 page's text, 180 mm): every map figure keeps together
(`break-inside: avoid`) and is lower than a page's text (267 mm), so the break can always
fall before it. The realisations of the province are INVENTED (scripts/generate_realisations.py).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import REALISATIONS

REALISED = (0x09, 0x69, 0xDA)  # the colour of the realised path in the charts
BROWSER = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else (
    shutil.which("chromium") or shutil.which("chromium-browser")
)  # fmt: skip
REQUIRED = os.environ.get("LEKP_REQUIRE_BROWSER") == "1"

if BROWSER is None and not REQUIRED:
    pytest.skip("chromium is not installed", allow_module_level=True)

NARROW = 420


@pytest.fixture(scope="module", autouse=True)
def _browser() -> None:
    if BROWSER is None:
        pytest.fail("LEKP_REQUIRE_BROWSER=1 but no chromium is installed")


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    command = [
        str(BROWSER),
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def write_report(target: Path, *args: str) -> Path:
    from lekp_calc.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["report", *args, "-o", str(target)])
    assert stop.value.code == 0
    return target


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    return write_report(folder / "mol.html", "-g", "Mol", "--realisaties", str(REALISATIONS))


@pytest.fixture(scope="module")
def dom(report, tmp_path_factory) -> str:
    return chromium("--dump-dom", report.as_uri(), profile=tmp_path_factory.mktemp("profile")).stdout


def screenshot(page: Path, tmp_path: Path, height: int = 8000):
    from PIL import Image

    shot = tmp_path / f"{page.stem}.png"
    done = chromium(
        "--hide-scrollbars",
        f"--window-size=1000,{height}",
        f"--screenshot={shot}",
        page.as_uri(),
        profile=tmp_path / "p",
    )
    assert shot.exists(), done.stderr
    return Image.open(shot).convert("RGB")


def looks_rendered(image, colours=(REALISED,), least: int = 2000) -> bool:
    """Text, tables and charts are drawn: enough ink, and the realised paths in their colour
    (or, for maps, `least` pixels in the colours of the map's classes)."""
    raw = image.tobytes()
    pixels = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    ink = sum(1 for r, g, b in pixels if r + g + b < 600)
    drawn = sum(
        1
        for p in pixels
        if any(all(abs(c - t) < 40 for c, t in zip(p, colour, strict=True)) for colour in colours)
    )
    return ink > 0.03 * len(pixels) and drawn > least


def test_the_browser_sees_the_headings_numbers_and_charts(dom):
    assert "<h1>Lokaal Energie- en Klimaatpact: Mol</h1>" in dom
    headings = re.findall(r"<h2>([^<]+)</h2>", dom)
    assert headings[0] == "Samenvatting"  # the summary box comes first
    for heading in ("Kerngegevens", "Doelstellingen per werf", "Voortgang tot eind 2025", "Bijlage: bronnen"):
        assert heading in headings
    assert dom.count('<svg class="chart"') == 14  # one chart per indicator of pact 2.1
    assert dom.count("<svg") == 14 + 1  # and the locator map
    # a realised line for the 9 targets the file reports (every year 2021-2025); none for the 5 it
    # never reports, which say "niet gerapporteerd" instead (issue 16)
    assert dom.count('class="realised"') == 9
    assert dom.count('class="not-reported"') == 5
    assert "38.701" in dom  # trees: 38,701 x 1 (1 January 2025, the year judged)
    assert "21.000" in dom  # trees realised: 3,000 + 4,100 + 3,900 + 5,200 + 4,800


def test_the_general_support_of_the_province_antwerpen(dom):
    assert "Algemene ondersteuning door de provincie Antwerpen" in dom
    assert "De provincie ondersteunt door middel van het opstellen van lokale klimaatplannen 2030" in dom


def test_qualifying_notes_are_footnotes(dom):
    notes = dict(re.findall(r'<li id="([\w-]+-note-\d+)" value="\d+">([^<]*)</li>', dom))
    assert "opvang of infiltratie die in nieuwe verkavelingen verplicht is, telt niet" in notes.values()
    assert "waarvan 18 kWp per 500 inwoners tegen eind 2025" in notes.values()
    for anchor in notes:
        assert f'<a href="#{anchor}">' in dom  # each list's note is linked from its own table


def test_screenshot_shows_a_rendered_report(report, tmp_path):
    image = screenshot(report, tmp_path)
    assert image.size == (1000, 8000)
    assert looks_rendered(image)


def test_screenshot_check_fails_on_an_empty_or_broken_page(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><body><h1>Mol</h1><svg", encoding="utf-8")
    assert not looks_rendered(screenshot(empty, tmp_path))
    assert not looks_rendered(screenshot(broken, tmp_path))


def test_prints_on_a4(report, tmp_path):
    pdf = tmp_path / "mol.pdf"
    done = chromium(
        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri(), profile=tmp_path / "p"
    )
    assert pdf.exists(), done.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = [[float(n) for n in box.split()] for box in re.findall(rb"/MediaBox\s*\[([^\]]+)\]", data)]
    assert boxes
    for x0, y0, width, height in boxes:  # A4 is 210 x 297 mm = 595.3 x 841.9 points, every page
        assert (x0, y0) == (0, 0)
        short, long = sorted((width, height))  # upright, or across for a wide table
        assert abs(short - 595.3) < 1.5 and abs(long - 841.9) < 1.5
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert pages >= 4  # targets and 14 charts do not fit on fewer A4 pages


MEASURE = """<script>
addEventListener('load', () => {
  const tables = [];
  for (const table of document.querySelectorAll('table')) {
    const heads = [...table.querySelectorAll('thead th')];
    const index = heads.findIndex(th => th.dataset.key === 'target');
    const cells = index < 0 ? [] : [...table.querySelectorAll('tr')].map(tr => tr.children[index]);
    tables.push({
      id: table.id,
      target: index < 0 ? null : {
        label: heads[index].textContent,
        shown: cells.map(c => getComputedStyle(c).display),
        left: Math.min(...cells.map(c => c.getBoundingClientRect().left)),
        right: Math.max(...cells.map(c => c.getBoundingClientRect().right)),
      },
      optional: heads.filter(th => th.classList.contains('opt')).map(th => getComputedStyle(th).display),
      right: table.getBoundingClientRect().right,
    });
  }
  parent.postMessage(JSON.stringify({viewport: document.documentElement.clientWidth, page:
    document.documentElement.scrollWidth, tables: tables}), '*');
});
</script>"""

HARNESS = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{page}" style="width:{width}px;height:900px;border:0"></iframe>
<script>addEventListener('message', e => {{ const p = document.createElement('pre'); p.id = 'measure';
p.textContent = e.data; document.body.appendChild(p); }});</script></body></html>"""


def measure(page: Path, width: int, folder: Path) -> dict:
    """The layout of `page`'s tables in a viewport `width` px wide."""
    copy = folder / f"measured-{page.name}"
    copy.write_text(
        page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8"
    )
    harness = folder / f"harness-{page.name}"
    harness.write_text(HARNESS.format(page=copy.name, width=width), encoding="utf-8")
    done = chromium("--window-size=1000,1000", "--virtual-time-budget=5000", "--dump-dom", harness.as_uri(),
                    profile=folder / "p")  # fmt: skip
    found = re.search(r'<pre id="measure">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found, done.stderr[-2000:]
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def narrow(report, tmp_path_factory) -> dict:
    return measure(report, NARROW, tmp_path_factory.mktemp("narrow"))


def test_the_target_column_stays_in_view_on_a_phone(narrow):
    assert narrow["viewport"] <= NARROW
    targets = [t for t in narrow["tables"] if t["id"].startswith("werf-")]
    assert [t["id"] for t in targets] == ["werf-1", "werf-2", "werf-3", "werf-4"]
    for table in targets:
        column = table["target"]
        assert column["label"] == "Doel"
        # shown: a cell of the table, or of a row laid out as a block (never display: none)
        assert set(column["shown"][1:]) <= {"table-cell", "inline-block"}, table["id"]
        assert column["left"] >= 0 and column["right"] <= narrow["viewport"], table["id"]
        assert table["optional"] and set(table["optional"]) == {"none"}  # ratio and exact value hidden


def test_the_target_column_of_the_progress_stays_in_view_on_a_phone(narrow):
    (progress,) = [t for t in narrow["tables"] if t["id"] == "progress"]
    assert set(progress["target"]["shown"][1:]) <= {"table-cell", "inline-block"}
    assert progress["target"]["right"] <= narrow["viewport"]


@pytest.fixture(scope="module")
def wide(report, tmp_path_factory) -> dict:
    return measure(report, 1000, tmp_path_factory.mktemp("wide"))


def test_a_wide_screen_shows_the_optional_columns(wide):
    for table in (t for t in wide["tables"] if t["id"].startswith("werf-")):
        assert set(table["optional"]) == {"table-cell"}, table["id"]
        assert table["right"] <= wide["viewport"], table["id"]


@pytest.mark.parametrize("screen", ["narrow", "wide"])
def test_no_table_makes_the_page_scroll_sideways(screen, request):
    layout = request.getfixturevalue(screen)
    assert layout["page"] <= layout["viewport"]
    assert all(t["right"] <= layout["viewport"] for t in layout["tables"])


def test_a_gemeente_outside_antwerpen_has_no_provincial_support(tmp_path):
    page = write_report(tmp_path / "gent.html", "-g", "Gent")
    dom = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "p").stdout
    assert "<h1>Lokaal Energie- en Klimaatpact: Gent</h1>" in dom
    assert "provincie Antwerpen" not in dom


# --- what the browser paints: the locator, the summary box, the maps of a province -----------

INSPECT = """<script>
addEventListener('load', () => {
  const rgb = el => getComputedStyle(el).fill;
  const box = el => { const r = el.getBoundingClientRect();
    return {top: r.top + scrollY, left: r.left, right: r.right, bottom: r.bottom + scrollY,
            height: r.height}; };
  const maps = [...document.querySelectorAll('figure.map')].map(figure => {
    const svg = figure.querySelector('svg.map');
    return {
      id: figure.id, classes: figure.className, box: box(figure), svg: box(svg),
      breakInside: getComputedStyle(figure).breakInside,
      paths: [...svg.querySelectorAll('path')].map(p => {
        const fill = p.getAttribute('fill') || '';
        const ref = fill.startsWith('url(#') ? document.getElementById(fill.slice(5, -1)) : null;
        return {nis: p.dataset.nis, fill: fill, painted: rgb(p), stroke: getComputedStyle(p).stroke,
                title: p.querySelector('title').textContent, pattern: ref ? ref.tagName : null,
                box: box(p)};
      }),
      swatches: [...figure.querySelectorAll('svg.legend rect.legend-swatch')].map(
        r => ({colour: r.dataset.colour, painted: rgb(r)})),
    };
  });
  const sections = [...document.querySelectorAll('main > section')].map(
    s => ({id: s.id, classes: s.className, box: box(s), border: getComputedStyle(s).borderTopWidth}));
  const landscape = el => el.closest('div.wide, section.wide, figure.landscape') !== null;
  const beyond = el => el.getBoundingClientRect().right > document.documentElement.clientWidth;
  const elements = [...document.querySelectorAll('table, figure')];
  const wide = elements.filter(el => !landscape(el) && beyond(el)).map(el => el.id);
  const across = elements.filter(el => landscape(el) && beyond(el)).map(el => el.id);
  const found = JSON.stringify({maps: maps, sections: sections, wide: wide, across: across,
    viewport: document.documentElement.clientWidth, page: document.documentElement.scrollWidth});
  if (parent !== window) { parent.postMessage(found, '*'); return; }
  const pre = document.createElement('pre'); pre.id = 'measure'; pre.textContent = found;
  document.body.appendChild(pre);
});
</script>"""

A4_TEXT_WIDTH = round(180 / 25.4 * 96)  # 210 mm less 2 x 15 mm of margin, in CSS pixels: 680
A4_TEXT_HEIGHT = round(267 / 25.4 * 96)  # 297 mm less 2 x 15 mm: 1,009


def inspect(page: Path, folder: Path, *, width: int | None = None, print_layout: bool = False) -> dict:
    """What the browser made of `page`'s maps and sections; in a frame `width` px wide, and with
    the print stylesheet applied to the screen when `print_layout`."""
    text = page.read_text(encoding="utf-8")
    if print_layout:  # paper: the print rules hold, those for a screen do not; no scroll bar takes room
        assert text.count("@media print {") == 1
        text = text.replace("@media print {", "@media all {").replace("@media screen", "@media not all")
        text = text.replace("</style>", "html { scrollbar-width: none; }</style>", 1)
    copy = folder / f"inspected-{page.name}"
    copy.write_text(text.replace("</body>", INSPECT + "</body>"), encoding="utf-8")
    target = copy
    if width is not None:
        target = folder / f"frame-{page.name}"
        target.write_text(HARNESS.format(page=copy.name, width=width), encoding="utf-8")
    args = ("--window-size=1000,1000", "--virtual-time-budget=10000", "--dump-dom", target.as_uri())
    done = chromium(*args, profile=folder / "p")
    found = re.search(r'<pre id="measure">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found, done.stderr[-2000:]
    return json.loads(html.unescape(found.group(1)))


def rgb(colour: str) -> str:
    """'#31a354' as the browser reports a painted colour: 'rgb(49, 163, 84)'."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


# The classes of percent reached, from the issue: < 25, 25-50, 50-75, 75-100, >= 100 (YlGn).
CLASSES = ((25, "#ffffcc"), (50, "#c2e699"), (75, "#78c679"), (100, "#31a354"), (None, "#006837"))
GREY = "#eaeef2"  # a gemeente outside the report
PERCENT = re.compile(r"^(?P<name>.+): (?P<percent>-?[\d.]+(?:,\d+)?) %(?P<rest>.*)$")


def class_colour(percent: float) -> str:
    return next(colour for high, colour in CLASSES if high is None or percent < high)


def dutch_number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def test_the_locator_map_highlights_the_gemeente(report, tmp_path, library):
    seen = inspect(report, tmp_path)
    (locator,) = [m for m in seen["maps"] if "locator" in m["classes"]]
    paths = locator["paths"]
    assert len(paths) == len({p["nis"] for p in paths})
    province = {m.nis_code for m in library.select(provincie="Antwerpen").municipalities}
    assert province <= {p["nis"] for p in paths}  # the province of Mol, and what lies around it
    mol = paths[-1]  # drawn last, on top of its neighbours
    assert mol["nis"] == "13025" and mol["title"] == "Mol"
    assert mol["painted"] == rgb("#cf222e") and mol["stroke"] == rgb("#1f2328")
    assert {p["painted"] for p in paths[:-1] if p["nis"] in province} == {rgb("#d0d7de")}
    assert {p["painted"] for p in paths if p["nis"] not in province} == {rgb("#f6f8fa")}
    inside = locator["svg"]
    assert mol["box"]["height"] > 0
    assert inside["left"] <= mol["box"]["left"] and mol["box"]["right"] <= inside["right"]
    # the summary box opens the report, framed; the facts with the map follow
    sections = seen["sections"]
    assert [s["id"] for s in sections[:2]] == ["summary", "facts"]
    assert sections[0]["classes"] == "summary" and sections[0]["border"] == "2px"
    assert sections[0]["box"]["bottom"] <= sections[1]["box"]["top"]


@pytest.fixture(scope="module")
def province(synthetic_antwerpen, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("province")
    return write_report(
        folder / "antwerpen.html", "-p", "Antwerpen", "--realisaties", str(synthetic_antwerpen)
    )


@pytest.fixture(scope="module")
def province_seen(province, tmp_path_factory) -> dict:
    return inspect(province, tmp_path_factory.mktemp("seen"))


def check_maps(seen: dict, territory: int, records: list[dict], members: set[str]) -> None:
    """Every map of a province report: a shape per gemeente of the province and of what lies around it
    (fewer than the territory's), painted as its legend says and as the records of the progress have it."""
    maps = seen["maps"]
    assert [m["id"] for m in maps][:2] == ["map-overview", "map-bomen"]
    assert len(maps) == 1 + 14  # the overview and a map per target of pact 2.1
    by_target = {(r["nis_code"], r["indicator"]): r for r in records}
    for found in maps:
        paths = found["paths"]
        assert len(members) < len(paths) < territory, found["id"]  # zoomed to the province
        assert len({p["nis"] for p in paths}) == len(paths), found["id"]  # one shape per gemeente
        assert members <= {p["nis"] for p in paths}, found["id"]
        swatches = [s["colour"] for s in found["swatches"]]
        assert swatches == [colour for _, colour in CLASSES] + ["none"]
        assert all(s["painted"] == rgb(s["colour"]) for s in found["swatches"][:5])
        indicator = found["id"].removeprefix("map-")
        for path in paths:
            code, fill, title = path["nis"], path["fill"], path["title"]
            if code not in members:
                assert (fill, path["painted"]) == (GREY, rgb(GREY)), (found["id"], code)
                assert title.endswith(": niet in dit rapport")
                continue
            record = by_target.get((code, indicator))
            if fill.startswith("url(#"):  # no data: hatched with a pattern of the page
                assert path["pattern"] == "pattern", (found["id"], code)
                assert path["painted"].startswith('url("#')
                assert title.endswith(": niet gerapporteerd" if record else ": geen gegevens")
                if record:
                    assert record["status"] == "niet gerapporteerd"
                continue
            assert fill in swatches[:5], (found["id"], code, fill)  # a colour of the legend
            assert path["painted"] == rgb(fill)
            shown = PERCENT.match(title)
            assert shown, title
            assert fill == class_colour(dutch_number(shown["percent"])), (found["id"], title)
            if record:  # a target's map: the percent and status of the records
                assert dutch_number(shown["percent"]) == float(record["percent"])
                assert shown["rest"].startswith(" (") and record["status"] != "niet gerapporteerd"


def test_every_map_of_a_province_report(province_seen, library, synthetic_antwerpen):
    records = library.progress(provincie="Antwerpen", realisaties=synthetic_antwerpen).records()
    members = {m.nis_code for m in library.select(provincie="Antwerpen").municipalities}
    assert len(members) == 67
    check_maps(province_seen, 285, records, members)
    # the invented data leave some targets unreported: some shapes are hatched, others coloured
    bomen = province_seen["maps"][1]["paths"]
    assert any(p["fill"].startswith("url(#") for p in bomen)
    assert len({p["fill"] for p in bomen if p["fill"].startswith("#")}) >= 3


def test_every_map_of_the_2024_territory(synthetic_antwerpen, tmp_path):
    from lekp_calc import Lekp

    page = write_report(
        tmp_path / "antwerpen-2024.html",
        "-p", "Antwerpen", "--realisaties", str(synthetic_antwerpen), "--grondgebied", "2024",
    )  # fmt: skip
    library = Lekp(grondgebied="2024")
    records = library.progress(provincie="Antwerpen", realisaties=synthetic_antwerpen).records()
    members = {m.nis_code for m in library.select(provincie="Antwerpen").municipalities}
    # 67 + Borsbeek (merged into Antwerpen in 2025) and Zwijndrecht (into Beveren-Kruibeke-Zwijndrecht,
    # province Oost-Vlaanderen): no rows in the file of 2025 codes, so hatched
    assert len(members) == 69
    check_maps(inspect(page, tmp_path), 300, records, members)


def test_the_screenshot_of_a_province_report_is_not_blank(province, tmp_path):
    classes = [tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) for _, colour in CLASSES[1:]]
    image = screenshot(province, tmp_path)
    assert looks_rendered(image, colours=classes, least=5000)
    empty = tmp_path / "empty.html"
    empty.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    assert not looks_rendered(screenshot(empty, tmp_path), colours=classes, least=5000)


def test_a_province_report_prints_on_a4_without_cutting_a_map(province, tmp_path):
    pdf = tmp_path / "antwerpen.pdf"
    done = chromium(
        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", province.as_uri(), profile=tmp_path / "p"
    )
    assert pdf.exists(), done.stderr
    data = pdf.read_bytes()
    boxes = [[float(n) for n in box.split()] for box in re.findall(rb"/MediaBox\s*\[([^\]]+)\]", data)]
    # A4, upright or across (the distribution's tables are wider than an upright page)
    assert boxes
    assert all(abs(min(w, h) - 595.3) < 1.5 and abs(max(w, h) - 841.9) < 1.5 for _, _, w, h in boxes)
    # the print layout: the print stylesheet on a frame as wide as an A4 page's text
    layout = inspect(province, tmp_path, width=A4_TEXT_WIDTH, print_layout=True)
    maps = layout["maps"]
    assert len(maps) == 15
    for found in maps:
        assert found["breakInside"] == "avoid", found["id"]  # kept together …
        assert found["box"]["height"] < A4_TEXT_HEIGHT / 2, found["id"]  # … two to a page …
        assert found["box"]["right"] <= A4_TEXT_WIDTH  # and not cut at the side


@pytest.mark.parametrize("which", ["report", "province"])
def test_a_report_prints_at_full_size(which, request, tmp_path):
    """No table or map is wider than an A4 page's text, upright or (for those printed on a landscape
    page) across, so chromium need not shrink the page to fit (which printed 10 pt as about 7 pt);
    the tables keep every number column on paper."""
    page = request.getfixturevalue(which)
    layout = inspect(page, tmp_path, width=A4_TEXT_WIDTH, print_layout=True)
    assert layout["wide"] == []
    across = inspect(page, tmp_path, width=A4_TEXT_HEIGHT, print_layout=True)  # 267 mm: a page across
    assert across["across"] == [] and across["page"] <= across["viewport"]


# --- a blank is not a zero (issue 16): what the browser draws for gaps and a target never reported

CHARTS = """<script>
addEventListener('load', () => {
  const box = el => { const r = el.getBoundingClientRect(); return {width: r.width, height: r.height}; };
  const charts = {};
  for (const figure of document.querySelectorAll('figure[id^="chart-"]')) {
    const svg = figure.querySelector('svg.chart');
    charts[figure.id] = {
      lines: [...svg.querySelectorAll('polyline.realised')].map(
        p => ({points: p.getAttribute('points').trim().split(/\\s+/).length,
               stroke: getComputedStyle(p).stroke, box: box(p)})),
      points: [...svg.querySelectorAll('circle')].filter(c => !c.classList.contains('milestone')).map(
        c => c.querySelector('title').textContent),
      label: [...svg.querySelectorAll('text.not-reported')].map(t => ({text: t.textContent, box: box(t)})),
      expected: svg.querySelectorAll('polyline.expected').length,
    };
  }
  const pre = document.createElement('pre'); pre.id = 'measure'; pre.textContent = JSON.stringify(charts);
  document.body.appendChild(pre);
});
</script>"""


@pytest.fixture(scope="module")
def charts_with_gaps(tmp_path_factory) -> dict:
    """Mol's report for a file with bomen for 2021-2023 (2024 and 2025 blank), hagen for 2021 and
    2023 (2022 blank), laadpunten every year to 2025 and hemelwater never: what the browser draws."""
    folder = tmp_path_factory.mktemp("gaps")
    realisations = folder / "realisaties.csv"
    realisations.write_text(
        "indicator,jaar,waarde\n"
        "bomen,2021,3000\nbomen,2022,4100\nbomen,2023,3900\nbomen,2024,\nbomen,2025,\n"
        "hagen,2021,1000\nhagen,2023,500\n"
        + "".join(f"laadpunten,{year},10\n" for year in range(2021, 2026)),
        encoding="utf-8",
    )
    page = write_report(folder / "mol.html", "-g", "Mol", "--realisaties", str(realisations), "--tot", "2025")
    copy = folder / "inspected.html"
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", CHARTS + "</body>"), encoding="utf-8")
    done = chromium("--window-size=1000,1000", "--dump-dom", copy.as_uri(), profile=folder / "p")
    found = re.search(r'<pre id="measure">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found, done.stderr[-2000:]
    return json.loads(html.unescape(found.group(1)))


def test_a_target_never_reported_has_no_realised_line_only_its_path_and_a_label(charts_with_gaps):
    hemelwater = charts_with_gaps["chart-hemelwater"]
    assert hemelwater["lines"] == [] and hemelwater["points"] == []  # no line on 0, no "2021: 0"
    assert hemelwater["expected"] == 1  # the target's path is drawn
    (label,) = hemelwater["label"]
    assert label["text"] == "niet gerapporteerd" and label["box"]["width"] > 0  # painted


def test_trailing_blank_years_end_the_realised_line(charts_with_gaps):
    bomen = charts_with_gaps["chart-bomen"]
    # one line from 0 at the end of 2020 through 2021, 2022 and 2023: four points, drawn in its colour
    assert [line["points"] for line in bomen["lines"]] == [4]
    assert bomen["lines"][0]["stroke"] == "rgb(9, 105, 218)" and bomen["lines"][0]["box"]["width"] > 0
    # a point per reported year, cumulative: 3,000; 3,000 + 4,100; + 3,900; nothing for 2024 or 2025
    assert bomen["points"] == ["2021: 3.000", "2022: 7.100", "2023: 11.000"]
    assert bomen["label"] == []


def test_a_blank_year_between_reported_ones_breaks_the_line(charts_with_gaps):
    hagen = charts_with_gaps["chart-hagen"]
    # 0 (end 2020) to 2021 is one line; 2023 stands alone after the gap of 2022
    assert [line["points"] for line in hagen["lines"]] == [2]
    assert hagen["points"] == ["2021: 1.000", "2023: 1.500"]  # 1,000 + 500
    laadpunten = charts_with_gaps["chart-laadpunten"]
    assert [line["points"] for line in laadpunten["lines"]] == [6]  # 2020-2025, unbroken
    assert laadpunten["points"][-1] == "2025: 50"  # 5 × 10
