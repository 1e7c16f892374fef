"""The HTML report in a real headless browser (Debian's chromium): it renders, and prints on A4.

Without chromium these tests are skipped, unless LEKP_REQUIRE_BROWSER=1 (as `.ci/run` sets
after installing chromium), in which case its absence fails them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from lekp_calc.cli import app

DATA = Path(__file__).resolve().parent / "data"
REALISED = (0x09, 0x69, 0xDA)  # the colour of the realised path in the charts
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")

if BROWSER is None:
    if os.environ.get("LEKP_REQUIRE_BROWSER") == "1":
        raise RuntimeError("LEKP_REQUIRE_BROWSER=1 but no chromium on PATH")
    pytest.skip("chromium is not installed", allow_module_level=True)


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


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    from typer.testing import CliRunner

    folder = tmp_path_factory.mktemp("report")
    target = folder / "mol.html"
    result = CliRunner().invoke(
        app, ["report", "-g", "Mol", "--realisaties", str(DATA / "realisaties_mol.csv"), "-o", str(target)]
    )
    assert result.exit_code == 0, result.stderr
    return target


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


def test_the_browser_sees_the_headings_numbers_and_charts(report, tmp_path):
    dom = chromium("--dump-dom", report.as_uri(), profile=tmp_path / "p").stdout
    assert "<h1>Lokaal Energie- en Klimaatpact: Mol</h1>" in dom
    for heading in ("Kerngegevens", "Doelstellingen per werf", "Voortgang tot eind 2025"):
        assert f"<h2>{heading}</h2>" in dom
    assert dom.count("<svg") == 14
    assert dom.count('class="realised"') == 14
    assert "38.793" in dom and "21.000" in dom  # target and realised trees


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
