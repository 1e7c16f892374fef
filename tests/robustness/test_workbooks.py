"""Class 17: a damaged or hostile workbook is one problem, never a traceback.

An `.xlsx` is a zip of XML parts. Each part openpyxl parses, cut in half, a zip cut off, a
member whose bytes fail their CRC, a missing part, a legacy `.xls` or a password-protected
workbook under the name `.xlsx`, a text file under that name, a workbook without sheets or
without a filled-in cell: `lekp check FILE` fails it in one line that names the file and the
code (F105, or F102 for an empty one), and `lekp progress -g Mol --realisaties FILE` (and
every other command that reads the kind) refuses it in one line `lekp: fout: FILE…`, exit 1.
The reason is said in words from the message catalogue, written out here by hand; never the
name of a Python exception class.

Workbooks built to exhaust memory or time are refused before openpyxl reads them, with F108:
a zip bomb (a few hundred KB that unpack to more than 200 MB; built here, in a temporary
folder), a zip whose table of contents lists a hundred thousand parts, a sheet that claims a
million rows, and rows stretched to the last column, XFD.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import TIMEOUT, assert_refused, error_line, readers
from .hostile import BASE_WORKBOOK, Hostile, broken_workbooks, with_part

CASES = list(broken_workbooks())
EXCEPTION_NAMES = re.compile(r"BadZipFile|ParseError|KeyError|IndexError|ValueError|Error\b|Exception")


def _location(case: Hostile, path: Path) -> str:
    return f"{path}:{case.sheet}" if case.sheet else f"{path}"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_check_fails_a_broken_workbook_in_one_line(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    run = lekp("check", path)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.exit_code == 1, (run.stdout, run.stderr)
    assert run.stdout.splitlines() == [f"{_location(case, path)}: error {case.code} {case.message}"]
    assert run.stderr == "lekp check: MISLUKT: 1 bestand, 1 fout, 0 waarschuwingen\n"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_progress_refuses_a_broken_workbook_in_one_line(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    line = error_line(lekp("progress", "-g", "Mol", "--realisaties", path))
    assert line == f"lekp: fout: {_location(case, path)}: {case.code} {case.message}"
    assert not EXCEPTION_NAMES.search(line), line


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_every_reader_refuses_a_broken_workbook(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    for args in readers(case.kind, path):
        line = assert_refused(lekp, args, tmp_path, path=path, code=case.code)
        assert line == f"lekp: fout: {_location(case, path)}: {case.code} {case.message}"


def test_the_reason_is_in_english_too(lekp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEKP_LANG", "en")
    path = tmp_path / "styles.xlsx"
    path.write_bytes(with_part(BASE_WORKBOOK, "xl/styles.xml", lambda content: content[:100]))
    run = lekp("progress", "-g", "Mol", "--realisaties", path)
    assert (run.exit_code, run.stdout, "Traceback" in run.stderr) == (1, "", False)
    assert run.stderr.splitlines() == [
        f"lekp: error: {path}: F105 not a readable Excel workbook (.xlsx): "
        "the part 'xl/styles.xml' is not valid XML"
    ]


# --- workbooks built to exhaust memory or time ----------------------------------------------

SST = b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _zip_bomb(path: Path, megabytes: int) -> None:
    """The valid base workbook whose shared strings are padded with `megabytes` MB of spaces:
    valid XML that deflate packs about a thousand to one (210 MB: some 210 KB on disk)."""
    with (
        zipfile.ZipFile(io.BytesIO(BASE_WORKBOOK)) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for name in source.namelist():
            if name != "xl/sharedStrings.xml":
                target.writestr(name, source.read(name))
                continue
            strings = source.read(name)
            with target.open(name, "w") as member:
                member.write(strings.replace(b"</sst>", b""))
                spaces = b" " * (1024 * 1024)
                for _ in range(megabytes):
                    member.write(spaces)
                member.write(b"</sst>")


BOMB_MESSAGE = "F108 uitgepakt groter dan 200 MB (een .xlsx is een zip-archief): niet gelezen"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(lekp, tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    _zip_bomb(path, 210)  # 210 MB of spaces + the parts: more than the 200 MB lekp unpacks
    assert path.stat().st_size < 1024 * 1024  # small on disk
    run = lekp("check", path)
    assert run.exit_code == 1, run.stderr
    assert run.stdout.splitlines() == [f"{path}: error {BOMB_MESSAGE}"]
    line = error_line(lekp("progress", "-g", "Mol", "--realisaties", path))
    assert line == f"lekp: fout: {path}: {BOMB_MESSAGE}"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc/self/status")
def test_a_zip_bomb_costs_no_memory(tmp_path: Path) -> None:
    # In a process of its own, which reports its own peak memory: a 400 MB part once took 1.6 GB.
    # VmHWM is the peak of this program's memory alone (ru_maxrss would also count the memory
    # of the test process it was forked from).
    path = tmp_path / "bomb.xlsx"
    _zip_bomb(path, 400)
    code = (
        "import atexit, re, sys\n"
        "from lekp_calc.cli import main\n"
        "def peak():\n"
        "    status = open('/proc/self/status').read()\n"
        "    print(re.search(r'VmHWM:\\s*(\\d+) kB', status).group(1), file=sys.stderr)\n"
        "atexit.register(peak)\n"
        "sys.exit(main())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "check", str(path)], capture_output=True, timeout=TIMEOUT, check=False
    )
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 1, lines
    assert done.stdout.decode() == f"{path}: error {BOMB_MESSAGE}\n"
    assert lines[0] == "lekp check: MISLUKT: 1 bestand, 1 fout, 0 waarschuwingen"
    assert int(lines[1]) < 150 * 1024, lines  # kilobytes: a small part of the 400 MB the part unpacks to


def test_a_zip_with_too_many_parts_is_refused(lekp, tmp_path: Path) -> None:
    # 100,000 empty members: a table of contents of some 5 MB, which Python's zipfile would
    # hold as 100,000 objects of several hundred bytes each before openpyxl even starts.
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(io.BytesIO(BASE_WORKBOOK)) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        for number in range(100_000):
            target.writestr(f"x/{number}", b"")
    message = "F108 het zip-archief heeft meer onderdelen dan een werkboek: niet gelezen"
    run = lekp("check", path)
    assert run.exit_code == 1, run.stderr
    assert run.stdout.splitlines() == [f"{path}: error {message}"]
    assert (
        error_line(lekp("progress", "-g", "Mol", "--realisaties", path)) == f"lekp: fout: {path}: {message}"
    )


def _sheet_rows(rows: str) -> bytes:
    """The base workbook with the sheet's rows replaced by the XML `rows`."""
    return with_part(
        BASE_WORKBOOK,
        "xl/worksheets/sheet1.xml",
        lambda content: re.sub(
            rb"<sheetData>.*</sheetData>", b"<sheetData>" + rows.encode() + b"</sheetData>", content
        ),
    )


HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>indicator</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>jaar</t></is></c><c r="C1" t="inlineStr"><is><t>waarde</t></is></c></row>'
)


def test_a_sheet_that_claims_a_million_rows_stops_early(lekp, tmp_path: Path) -> None:
    # One cell in row 1,048,576: the rows before it are empty, but they are rows.
    path = tmp_path / "far.xlsx"
    path.write_bytes(_sheet_rows(HEADER_ROW + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>'))
    message = "F108 meer dan 200000 rijen: niet gelezen"
    run = lekp("check", path)
    assert run.exit_code == 1, run.stderr
    assert run.stdout.splitlines() == [f"{path}:Realisaties: error {message}"]
    line = error_line(lekp("progress", "-g", "Mol", "--realisaties", path))
    assert line == f"lekp: fout: {path}:Realisaties: {message}"


def test_rows_stretched_to_the_last_column_stop_early(lekp, tmp_path: Path) -> None:
    # 400 rows with a cell in A and in XFD (column 16,384): 400 × 16,384 = 6,553,600 cells,
    # more than the 5,000,000 lekp reads, in a file of a few KB.
    rows = "".join(
        f'<row r="{n}"><c r="A{n}"><v>1</v></c><c r="XFD{n}"><v>1</v></c></row>' for n in range(2, 402)
    )
    path = tmp_path / "wide.xlsx"
    path.write_bytes(_sheet_rows(HEADER_ROW + rows))
    message = "F108 meer dan 5.000.000 cellen: niet gelezen"
    run = lekp("check", path)
    assert run.exit_code == 1, run.stderr
    assert run.stdout.splitlines() == [f"{path}:Realisaties: error {message}"]
    line = error_line(lekp("progress", "-g", "Mol", "--realisaties", path))
    assert line == f"lekp: fout: {path}:Realisaties: {message}"


def test_a_wrong_claimed_size_does_not_hide_cells(lekp, tmp_path: Path) -> None:
    # A program that writes the sheet's size as A1:A1 (one cell): every cell is still read.
    path = tmp_path / "dimension.xlsx"
    path.write_bytes(
        with_part(
            BASE_WORKBOOK,
            "xl/worksheets/sheet1.xml",
            lambda content: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:A1"/>', content),
        )
    )
    csv = tmp_path / "same.csv"
    csv.write_text("nis_code,indicator,jaar,waarde,opmerking\n13025,bomen,2021,3000,aanplant Gompel\n")
    assert lekp("check", path).exit_code == 0
    runs = [lekp("progress", "-g", "Mol", "--realisaties", name, "-f", "json") for name in (path, csv)]
    assert runs[0].exit_code == runs[1].exit_code == 0, runs[0].stderr
    assert runs[0].stdout == runs[1].stdout
    bomen = next(row for row in runs[0].json() if row["indicator"] == "bomen")
    assert bomen["realised"] == 3000  # the one row of the sheet, in column D
