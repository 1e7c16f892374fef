"""Reading a data file as text: one problem for whatever stops it, and never more than it needs."""

from __future__ import annotations

import io
import sys
import tracemalloc

import pytest

from lekp_calc.check.problems import Problems
from lekp_calc.datafiles import text
from lekp_calc.datafiles.text import decode, read_bytes, read_text


def codes(problems: Problems) -> list[tuple[str, int | None, int | None]]:
    return [(p.code.name, p.line, p.column) for p in problems]


def test_utf8_with_or_without_bom():
    problems = Problems("x")
    assert decode("\ufeffnaam\r\nMol\r\n".encode(), problems) == "naam\r\nMol\r\n"
    assert decode(b"naam\nMol\n", problems) == "naam\nMol\n"
    assert problems == []


@pytest.mark.parametrize(
    ("raw", "expected", "words"),
    [
        (b"", ("F102", None, None), "file is empty"),
        (b" \r\n\t\n", ("F102", None, None), "file is empty"),
        ("naam\nHerst\u00e4ppe\n".encode("latin-1"), ("F103", 2, 6), "byte 0xe4 at line 2, byte 6"),
        ("naam\nMol\n".encode("utf-16"), ("F103", 1, 1), "the file is UTF-16, not UTF-8"),
        ("naam,code\nMol,13025\n".encode("utf-16-be"), ("F103", 1, 1), "the file is UTF-16, not UTF-8"),
        # a workbook under any name: a zip (.xlsx, .xlsm, .ods) or an OLE2 file (.xls)
        (b"PK\x03\x04\x14\x00\x06\x00", ("F105", None, None), "save it as an Excel workbook (.xlsx)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", ("F105", None, None), "or as CSV UTF-8"),
    ],
)
def test_what_stops_decoding(raw, expected, words):
    problems = Problems("x")
    assert decode(raw, problems) is None
    assert codes(problems) == [expected]
    assert words in problems[0].message("en")


def test_paths_that_are_no_readable_file(tmp_path):
    problems = Problems("x")
    assert read_bytes(tmp_path / "missing.csv", problems) is None
    assert read_bytes(tmp_path, problems) is None
    assert [p.code.name for p in problems] == ["F101", "F106"]


def test_standard_input_only_where_allowed(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Mol\n"), encoding="utf-8"))
    problems = Problems("-")
    assert read_text("-", problems, allow_stdin=True) == "Mol\n"
    monkeypatch.chdir(tmp_path)
    assert read_text("-", problems) is None  # a file named '-', which does not exist
    assert [p.code.name for p in problems] == ["F101"]


def test_too_much_on_standard_input(monkeypatch):
    monkeypatch.setattr(text, "MAX_BYTES", 10)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 11), encoding="utf-8"))
    problems = Problems("-")
    assert read_bytes("-", problems, allow_stdin=True) is None
    assert [p.code.name for p in problems] == ["F108"]


def test_a_small_file_costs_little_memory(tmp_path):
    path = tmp_path / "regio.txt"
    path.write_text("Mol\n" * 1000, encoding="utf-8")
    tracemalloc.start()
    data = read_bytes(path, Problems(str(path)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert data == b"Mol\n" * 1000
    assert peak < 1024 * 1024  # not the 100 MB limit allocated up front
