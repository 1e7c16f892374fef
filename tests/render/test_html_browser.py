"""The HTML report in a real headless browser (Debian's chromium): it renders, fits a phone,
and prints on A4.

Without chromium these tests are skipped, unless LEKP_REQUIRE_BROWSER=1 (as `.ci/run` sets
after installing chromium), in which case its absence fails them.

A narrow screen: the report is loaded in a 420 px wide frame (headless chromium will not make
its window narrower than 500 px), with a measuring script added to a copy of the page (the
report itself holds no script). The decision tested: the target column ("Doel") of every
targets table is shown and lies wholly inside the 420 px viewport, so that nobody has to
scroll sideways to read a target; the optional columns (ratio, exact value) are hidden there.
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


def looks_rendered(image) -> bool:
    """Text, tables and charts are drawn: enough ink, and the realised paths in their colour."""
    raw = image.tobytes()
    pixels = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    ink = sum(1 for r, g, b in pixels if r + g + b < 600)
    realised = sum(1 for p in pixels if all(abs(c - t) < 40 for c, t in zip(p, REALISED, strict=True)))
    return ink > 0.03 * len(pixels) and realised > 2000


def test_the_browser_sees_the_headings_numbers_and_charts(dom):
    assert "<h1>Lokaal Energie- en Klimaatpact: Mol</h1>" in dom
    for heading in ("Kerngegevens", "Doelstellingen per werf", "Voortgang tot eind 2025", "Bijlage: bronnen"):
        assert f"<h2>{heading}</h2>" in dom
    assert dom.count("<svg") == 14  # one chart per indicator of pact 2.1
    assert dom.count('class="realised"') == 14
    assert "38.793" in dom  # trees: 38,793 x 1
    assert "21.000" in dom  # trees realised: 3,000 + 4,100 + 3,900 + 5,200 + 4,800


def test_the_general_support_of_the_province_antwerpen(dom):
    assert "Algemene ondersteuning door de provincie Antwerpen" in dom
    assert "De provincie ondersteunt door middel van het opstellen van lokale klimaatplannen 2030" in dom


def test_qualifying_notes_are_footnotes(dom):
    notes = dict(re.findall(r'<li id="note-(\d+)" value="\d+">([^<]*)</li>', dom))
    assert "wettelijk verplichte opvang in nieuwbouw telt niet" in notes.values()
    assert "waarvan 18 kWp per 500 inwoners tegen eind 2025" in notes.values()
    for number in notes:
        assert f'<a href="#note-{number}">{number}</a>' in dom


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
        assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5
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
        assert set(column["shown"]) == {"table-cell"}, table["id"]  # not display: none
        assert column["left"] >= 0 and column["right"] <= narrow["viewport"], table["id"]
        assert table["optional"] and set(table["optional"]) == {"none"}  # ratio and exact value hidden


def test_the_target_column_of_the_progress_stays_in_view_on_a_phone(narrow):
    (progress,) = [t for t in narrow["tables"] if t["id"] == "progress"]
    assert set(progress["target"]["shown"]) == {"table-cell"}
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
