"""Workbooks read by a real reader: LibreOffice prints them to PDF, and the PDF is read back.

The other workbook tests open the files with openpyxl, which reads what was written but shows
nothing. Here LibreOffice (headless, `soffice --convert-to pdf`, in a Dutch locale so that
numbers print as a Flemish reader sees them) lays every sheet out on A4 as it would print it,
and pypdf extracts the text of each page. Each page's footer names its sheet ("Werf 1 …
pagina 3 van 24"), so the pages of every sheet are known. Checked, for every kind of workbook:

- every column header of every sheet of tables is on the first page of that sheet, whole (a
  header may wrap between words, or after a hyphen, never inside a word);
- the page count is sane: no sheet takes more pages than its rows need (the province's
  progress workbook once printed as 15 pages of column A), and a province's progress fits in
  a budget written below;
- what the formats promise is what a reader sees: a percent as "54,3 %", a matrix cell as
  the percent and its status letter ("100,0 % B"), the table's title in the page header.

LibreOffice is slow to start: all workbooks are converted in one run, once for this module,
with a profile of its own in a temporary folder. Without LibreOffice the tests are skipped,
unless LEKP_REQUIRE_LIBREOFFICE=1 (as `.ci/run` sets after installing it): then its absence
fails them.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from conftest import Cli

from .helpers import REALISATIONS, TESTS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
REQUIRED = os.environ.get("LEKP_REQUIRE_LIBREOFFICE") == "1"

if SOFFICE is None and not REQUIRED:
    pytest.skip("LibreOffice (soffice) is not installed", allow_module_level=True)

SEVEN = TESTS / "data" / "realisaties_zeven.csv"
BROKEN = TESTS / "check" / "corpus" / "csv" / "negative.csv"

# Each kind of workbook: its command line (written in Dutch unless it says --lang en).
KINDS: dict[str, tuple[str, ...]] = {
    "targets-gemeente": ("targets", "-g", "Mol"),
    "targets-twee": ("targets", "-g", "Mol", "-g", "Geel"),
    "targets-provincie": ("targets", "-p", "Antwerpen"),
    "gemeenten": ("gemeenten",),
    "werven": ("werven",),
    "summary-provincie": ("summary",),
    "summary-gemeente": ("summary", "--per", "gemeente", "-p", "Limburg"),
    "compare": ("compare", "-g", "Mol", "-g", "Geel", "-g", "Herentals", "-g", "Balen"),
    "trajectory": ("trajectory", "-g", "Mol"),
    "progress": ("progress", "-g", "Mol", "--realisaties", str(REALISATIONS)),
    "progress-zeven": ("progress", "-p", "Antwerpen", "--realisaties", str(SEVEN)),
    "progress-provincie": ("progress", "-p", "Antwerpen", "--realisaties", "{synthetic}"),
    "progress-provincie-en": ("progress", "-p", "Antwerpen", "--realisaties", "{synthetic}", "--lang", "en"),
    "verdeling": ("progress", "-p", "Antwerpen", "--realisaties", "{synthetic}", "--verdeling"),
    "template": ("progress", "--template", "-g", "Mol"),
    "check": ("check", str(BROKEN)),
}
ABOUT = {"Over", "About", "Uitleg", "Instructions"}  # sheets of text, not of tables
FOOTER = re.compile(r"^(.*?)\s*(?:pagina|page) (\d+) (?:van|of) (\d+)\s*$", re.MULTILINE)
# The province's progress (67 gemeenten, 14 targets): 2 pages of spread, 2 per werf, its 938
# records and the 'Over' sheet. Measured at 23 pages; 237 before issue 17.
PROVINCE_BUDGET = 30


@dataclass
class Printed:
    """A workbook as LibreOffice printed it: per sheet its pages' text, and the sheets' rows."""

    path: Path
    pages: dict[str, list[str]]
    total: int
    seconds: float

    def first(self, sheet: str) -> str:
        return self.pages[sheet][0]


def _flat(text: str) -> str:
    """A page's text as one line: whitespace collapsed, a break after a hyphen undone."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory, synthetic_antwerpen: Path) -> dict[str, Printed]:
    """Every kind of workbook, written by lekp and printed to PDF by LibreOffice in one run."""
    if SOFFICE is None:
        pytest.fail("LEKP_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")
    from pypdf import PdfReader

    folder = tmp_path_factory.mktemp("libreoffice")
    cli = Cli()
    books = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1767225600")
        for kind, args in KINDS.items():
            path = folder / f"{kind}.xlsx"
            run = cli(*(a.format(synthetic=synthetic_antwerpen) for a in args), "-o", path)
            assert path.exists(), (kind, run.stderr)
            books.append(path)
    profile = folder / "profile"
    environment = {**os.environ, "LC_ALL": "nl_BE.UTF-8", "LANG": "nl_BE.UTF-8", "HOME": str(folder)}
    started = time.perf_counter()
    done = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "pdf"),
            *map(str, books),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=900,
        check=False,
    )
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    out: dict[str, Printed] = {}
    for kind in KINDS:
        pdf = folder / "pdf" / f"{kind}.pdf"
        assert pdf.exists(), (kind, done.stdout, done.stderr)
        pages: dict[str, list[str]] = {}
        reader = PdfReader(pdf)
        for page in reader.pages:
            text = page.extract_text()
            found = FOOTER.search(text)
            assert found, (kind, text[:300])
            pages.setdefault(found.group(1).strip(), []).append(text)
        out[kind] = Printed(folder / f"{kind}.xlsx", pages, len(reader.pages), seconds / len(KINDS))
    return out


def _tables(book: Path) -> list[tuple[str, list[str], int]]:
    """The sheets of tables of a workbook: name, column headers, and lines of rows (a row of
    wrapped text counts its lines) — what the pages must hold."""
    found = []
    for ws in openpyxl.load_workbook(book).worksheets:
        if ws.title in ABOUT or ws.sheet_state != "visible":
            continue
        headers = [str(cell.value) for cell in next(ws.iter_rows(max_row=1)) if cell.value is not None]
        lines = sum((ws.row_dimensions[row].height or 15) / 15 for row in range(1, ws.max_row + 1))
        found.append((ws.title, headers, math.ceil(lines)))
    return found


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_sheet_is_printed_and_its_headers_are_on_its_first_page(
    printed: dict[str, Printed], kind: str
) -> None:
    book = printed[kind]
    sheets = _tables(book.path)
    assert sheets
    for sheet, headers, _ in sheets:
        assert sheet in book.pages, (kind, sheet, list(book.pages))
        first = _flat(book.first(sheet))
        missing = [heading for heading in headers if _flat(heading) not in first]
        assert missing == [], (kind, sheet, missing)


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_sheet_takes_more_pages_than_its_rows_need(printed: dict[str, Printed], kind: str) -> None:
    # Scaled to the page's width, a sheet's rows run down the pages: an A4 page holds at least
    # 25 lines of rows at the smallest scale lekp lets a wide sheet take, so a sheet of n lines
    # takes at most ceil(n / 25) pages (a sheet printed as pages of a few columns takes more).
    book = printed[kind]
    for sheet, _, lines in _tables(book.path):
        assert len(book.pages[sheet]) <= max(1, math.ceil(lines / 25)), (
            kind,
            sheet,
            lines,
            len(book.pages[sheet]),
        )


def test_a_province_s_progress_prints_within_its_budget(printed: dict[str, Printed]) -> None:
    book = printed["progress-provincie"]
    assert book.total <= PROVINCE_BUDGET, {sheet: len(pages) for sheet, pages in book.pages.items()}
    # each werf's matrix of 67 gemeenten on two pages at most, the spread (14 targets × 5 groups) three
    for sheet, most in (("Verdeling", 3), ("Werf 1", 2), ("Werf 2", 2), ("Werf 3", 2), ("Werf 4", 2)):
        assert len(book.pages[sheet]) <= most, (sheet, len(book.pages[sheet]))


def test_a_percent_prints_as_a_percent(printed: dict[str, Printed]) -> None:
    # Mol's bomen: 21,000 of 38,701 (1 January 2025) = 54.262 % -> 54,3 % (tests/render/test_xlsx.py)
    first = _flat(printed["progress"].first("Voortgang"))
    assert "Extra bomen (stuks) 38.701 21.000 54,3 %" in first


def test_a_matrix_cell_prints_its_percent_and_its_status(printed: dict[str, Printed]) -> None:
    # realisaties_zeven.csv: Herenthout 100 % of its bomen before 2030 (behaald, B), no hagen (–),
    # Geel 10 % (achter, A); the column's percents are whole, so shown without decimals.
    werf = " ".join(_flat(page) for page in printed["progress-zeven"].pages["Werf 1"])
    assert "Herenthout 100 % B –" in werf, werf[:400]
    assert "Geel 10 % A" in werf
    english = " ".join(_flat(page) for page in printed["progress-provincie-en"].pages["Werf 1"])
    # an English workbook writes '51.3%' (no space, as English does; printed here in a Dutch locale,
    # hence the comma) and the English letters: R reached, T on track, B behind, M met, X missed
    assert re.search(r"\d,\d% [RTBMX]\b", english), english[:400]


def test_each_page_header_names_the_table(printed: dict[str, Printed]) -> None:
    pages = printed["targets-gemeente"].pages
    assert all(
        page.startswith("Mol · NIS 13025 · provincie Antwerpen") for sheet in pages for page in pages[sheet]
    )
    assert "Werf 2: Verrijk je wijk" in pages["Werf 2"][0].splitlines()[1]
    # a second page of a long sheet repeats the header row (the gemeenten of a province)
    gemeenten = printed["gemeenten"].pages["Gemeenten"]
    assert len(gemeenten) > 1
    assert all("NIS Gemeente" in _flat(page) for page in gemeenten)


def test_the_legend_is_printed_with_the_workbook(printed: dict[str, Printed]) -> None:
    about = " ".join(_flat(page) for page in printed["progress-zeven"].pages["Over"])
    assert "Legende" in about
    # a wrapped cell is extracted apart from its row: the letter and its sentence are each there
    sentence = "doel al bereikt: de termijn loopt nog en het gerealiseerde totaal haalt nu al het volledige"
    assert sentence in about
    assert re.search(r"\bB\b", about)
