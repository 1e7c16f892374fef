"""Statbel's population file read in every published shape, and every hostile variant refused, located.

The files are written by scripts/generate_statbel.py from the shipped population figures, so
the expected sums are known: Mol's rows add up to its 38,793 inwoners of 1 January 2026 and
all Flemish rows to 6,898,350 (data/SOURCES.md); the Brussels and Walloon rows are invented and
must be passed over.
"""

from __future__ import annotations

import hashlib
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from lekp_calc.check.codes import Code
from lekp_calc.datafiles import statbel
from lekp_calc.datafiles.statbel import read_statbel, year_in_name
from statbel_files import FLANDERS_2026, MOL, MOL_2026, generator, population_file

SHAPES = ["TF_SOC_POP_STRUCT_2026.zip", "TF_SOC_POP_STRUCT_2026.txt", "TF_SOC_POP_STRUCT_2026.xlsx"]


def _codes(read: statbel.StatbelFile) -> list[str]:
    return [problem.code.name for problem in read.problems]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


@pytest.mark.parametrize("name", SHAPES)
def test_every_published_shape_gives_the_shipped_sums(tmp_path, name):
    path = population_file(tmp_path, name)
    read = read_statbel(path)
    assert read.problems == []
    assert read.totals[MOL] == MOL_2026  # Mol's rows: 38,793 inwoners on 1 January 2026
    assert len(read.totals) == 285  # the Flemish gemeenten, and only those (region 2000)
    assert sum(read.totals.values()) == FLANDERS_2026  # 6,898,350 in all
    assert read.names[MOL] == "Mol"
    assert read.size == path.stat().st_size
    assert read.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert {hint.year for hint in read.hints} == {2026}


def test_the_zip_is_read_with_its_byte_order_mark_and_names_its_member(tmp_path):
    path = population_file(tmp_path)
    with zipfile.ZipFile(path) as archive:
        assert archive.read("TF_SOC_POP_STRUCT_2026.txt").startswith(b"\xef\xbb\xbfCD_REFNIS|")
    read = read_statbel(path)
    assert read.shape == "zip" and read.member == "TF_SOC_POP_STRUCT_2026.txt"
    assert [(hint.where, hint.year) for hint in read.hints] == [("name", 2026), ("member", 2026)]
    rows = len(generator().rows(2026))  # every row of the file: Flemish, Brussels and Walloon
    assert read.rows == rows


@pytest.mark.parametrize(
    "options",
    [{"bom": False}, {"newline": "\r\n"}, {"delimiter": ";"}, {"old_names": True}, {"year_column": 2026}],
    ids=["no BOM", "CRLF", "semicolons", "old column names", "CD_YEAR"],
)
def test_the_text_file_in_every_spelling(tmp_path, options):
    read = read_statbel(population_file(tmp_path, "TF_SOC_POP_STRUCT_2026.txt", **options))
    assert read.problems == []
    assert read.totals[MOL] == MOL_2026 and sum(read.totals.values()) == FLANDERS_2026


def test_old_column_names_in_a_workbook_with_a_year_column(tmp_path):
    path = population_file(tmp_path, "TF_SOC_POP_STRUCT_2026.xlsx", old_names=True, year_column=2026)
    assert generator().header(old_names=True)[:2] == ["CD_MUNTY_REFNIS", "TX_MUNTY_DESCR_NL"]
    read = read_statbel(path)
    assert read.problems == []
    assert sum(read.totals.values()) == FLANDERS_2026
    assert {(hint.where, hint.year) for hint in read.hints} == {
        ("name", 2026),
        ("sheet", 2026),
        ("column", 2026),
    }


def test_a_zip_under_another_name_is_read_as_a_zip(tmp_path):
    path = population_file(tmp_path, "TF_SOC_POP_STRUCT_2026.zip")
    renamed = path.rename(tmp_path / "bevolking_2026.txt")
    read = read_statbel(renamed)
    assert read.shape == "zip" and read.problems == [] and read.totals[MOL] == MOL_2026


@pytest.mark.parametrize(
    ("name", "year"),
    [
        ("TF_SOC_POP_STRUCT_2027.zip", 2027),
        ("2017-12 TF_SOC_POP_STRUCT_2017_tcm325-283761.csv", 2017),
        ("bevolking-2026.txt", 2026),
        ("bevolking.zip", None),
        ("bevolking 2025 en 2026.txt", None),
    ],
)
def test_the_year_a_name_gives(name, year):
    assert year_in_name(name) == year


# --- hostile files ----------------------------------------------------------------------------


def _write(tmp_path: Path, rows: list[list[str]], name: str = "TF_SOC_POP_STRUCT_2026.txt") -> Path:
    return generator().write(tmp_path / name, rows)


def test_a_duplicated_cell_is_refused_at_its_row(tmp_path):
    g = generator()
    rows = g.rows(2026)
    path = _write(tmp_path, g.duplicated(rows, 4))  # data row 5 is line 6; its copy is line 7
    read = read_statbel(path)
    assert [(p.code, p.line, p.column) for p in read.problems] == [(Code.P905, 7, 1)]
    assert "als op rij 6" in read.problems[0].message()


@pytest.mark.parametrize(
    ("count", "code"),
    [("abc", Code.C304), ("-4", Code.C305), ("12.5", Code.C307), ("1.234", Code.C306), ("", Code.C303)],
)
def test_a_count_that_is_no_count_is_refused_at_its_cell(tmp_path, count, code):
    g = generator()
    path = _write(tmp_path, g.with_count(g.rows(2026), 7, count))  # data row 8 is line 9
    line = _lines(path)[8]
    read = read_statbel(path)
    assert [(p.code, p.line) for p in read.problems] == [(code, 9)]
    assert read.problems[0].column == line.rindex("|") + 2  # the MS_POPULATION cell, the last one


def test_a_count_in_a_workbook_is_located_by_its_cell(tmp_path):
    g = generator()
    path = g.write(tmp_path / "TF_SOC_POP_STRUCT_2026.xlsx", g.with_count(g.rows(2026), 7, "-4"))
    read = read_statbel(path)
    assert [p.format(with_severity=False).split(" ")[0] for p in read.problems] == [
        f"{path}:Sheet1!U9:"  # MS_POPULATION is the 21st column (U); data row 8 is sheet row 9
    ]
    assert read.problems[0].code is Code.C305


def test_a_flemish_gemeente_in_another_region_is_refused_once(tmp_path):
    g = generator()
    path = _write(tmp_path, g.with_region(g.rows(2026), MOL, "3000"))
    read = read_statbel(path)
    assert _codes(read) == ["P908"]  # once for Mol, not once for each of its rows
    first = next(number for number, line in enumerate(_lines(path), start=1) if line.startswith(f"{MOL}|"))
    assert read.problems[0].line == first
    assert read.problems[0].message() == (
        "Mol (13025) ligt in Vlaanderen maar heeft gewestcode 3000; een Vlaamse gemeente heeft 2000"
    )
    assert MOL not in read.totals


def test_a_brussels_gemeente_in_the_flemish_region_is_refused(tmp_path):
    g = generator()
    path = _write(tmp_path, g.with_region(g.rows(2026), "21004", "2000"))
    assert _codes(read_statbel(path)) == ["P908"]


def test_brussels_without_province_and_wallonia_are_passed_over(tmp_path):
    g = generator()
    rows = g.rows(2026)
    brussels = [row for row in rows if row[g.REGION] == "4000"]
    wallonia = [row for row in rows if row[g.REGION] == "3000"]
    assert len(brussels) > 0 and all(row[g.LAYOUT.index("CD_PROV_REFNIS")] == "" for row in brussels)
    assert len({row[g.CODE] for row in wallonia}) == 261
    read = read_statbel(_write(tmp_path, rows))
    assert read.problems == []
    assert not any(code.startswith("21") for code in read.totals)


def test_a_truncated_zip_is_refused(tmp_path):
    path = population_file(tmp_path)
    generator().truncated(path)
    assert _codes(read_statbel(path)) == ["P901"]


def test_a_zip_with_two_members_is_refused_naming_them(tmp_path):
    g = generator()
    path = g.two_members(tmp_path / "TF_SOC_POP_STRUCT_2026.zip", g.rows(2026))
    read = read_statbel(path)
    assert _codes(read) == ["P902"]
    assert "'TF_SOC_POP_STRUCT_2026.txt', 'LEESMIJ.txt'" in read.problems[0].message()


def test_a_zip_without_members_is_refused(tmp_path):
    path = tmp_path / "TF_SOC_POP_STRUCT_2026.zip"
    with zipfile.ZipFile(path, "w"):
        pass
    assert _codes(read_statbel(path)) == ["P902"]


def test_an_encrypted_zip_is_refused_before_it_is_opened(tmp_path):
    path = population_file(tmp_path)
    raw = bytearray(path.read_bytes())
    # Set bit 0 of the general purpose flags, what a password-protected entry declares: in the
    # local header (offset 6) and in the table of contents (offset 8).
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.index(signature) + offset
        raw[at] |= 0x1
    path.write_bytes(bytes(raw))
    assert zipfile.ZipFile(path).infolist()[0].flag_bits & 0x1
    assert _codes(read_statbel(path)) == ["P901"]


def test_a_zip_bomb_is_refused_from_its_declared_size(tmp_path, monkeypatch):
    path = population_file(tmp_path)
    monkeypatch.setattr(statbel, "MAX_TEXT", 1000)  # the member declares far more than 1,000 bytes
    read = read_statbel(path)
    assert _codes(read) == ["F108"] and read.rows == 0


def test_a_text_file_above_the_declared_limit_is_refused(tmp_path, monkeypatch):
    path = population_file(tmp_path, "TF_SOC_POP_STRUCT_2026.txt")
    monkeypatch.setattr(statbel, "MAX_TEXT", 1000)
    assert _codes(read_statbel(path)) == ["F108"]


@pytest.mark.parametrize("name", ["TF_SOC_POP_STRUCT_2026.zip", "TF_SOC_POP_STRUCT_2026.txt"])
def test_an_empty_file_is_refused(tmp_path, name):
    assert _codes(read_statbel(generator().empty(tmp_path / name))) == ["F102"]


def test_a_header_without_rows(tmp_path):
    assert _codes(read_statbel(_write(tmp_path, []))) == ["C322"]


def test_a_file_without_the_columns_lekp_needs(tmp_path):
    path = tmp_path / "TF_SOC_POP_STRUCT_2026.txt"
    path.write_text("CD_REFNIS|TX_DESCR_NL|CD_SEX\n11001|Aartselaar|F\n", encoding="utf-8")
    read = read_statbel(path)
    assert _codes(read) == ["P903"]
    assert "CD_RGN_REFNIS, CD_NATLTY, CD_CIV_STS, CD_AGE, MS_POPULATION" in read.problems[0].message()


def test_latin1_is_refused_at_its_byte(tmp_path):
    path = _write(tmp_path, generator().rows(2026))
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b"Aartselaar", b"A\xe9rtselaar", 1)
    path.write_bytes(b"\n".join(lines))
    read = read_statbel(path)
    assert [(p.code, p.line, p.column) for p in read.problems] == [(Code.F103, 4, 8)]  # after '11001|A'


def test_a_row_with_a_cell_too_many(tmp_path):
    g = generator()
    rows = [list(row) for row in g.rows(2026)]
    rows[2].append("extra")
    assert [(p.code, p.line) for p in read_statbel(_write(tmp_path, rows)).problems] == [(Code.C315, 4)]


def test_a_line_too_long_stops_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(statbel, "MAX_LINE", 300)
    g = generator()
    rows = [list(row) for row in g.rows(2026)]
    rows[5][1] = "x" * 400
    read = read_statbel(_write(tmp_path, rows))
    assert [(p.code, p.line) for p in read.problems] == [(Code.C318, 7)]


def test_reading_stops_after_too_many_problems(tmp_path, monkeypatch):
    monkeypatch.setattr(statbel, "MAX_PROBLEMS", 10)
    g = generator()
    rows = [[*row[:-1], "x"] for row in g.rows(2026)]
    read = read_statbel(_write(tmp_path, rows))
    assert _codes(read) == ["C304"] * 10 + ["P910"]  # ten recorded, then the reason reading stopped


def test_a_year_column_that_varies(tmp_path):
    g = generator()
    path = tmp_path / "TF_SOC_POP_STRUCT_2026.txt"
    lines = list(g.lines(g.rows(2026), year_column=2026))
    lines[10] = lines[10].replace("|2026\n", "|2025\n")
    path.write_text("".join(lines), encoding="utf-8")
    read = read_statbel(path)
    assert [(p.code, p.line) for p in read.problems] == [(Code.P904, 11)]


def test_the_text_is_streamed_not_read_whole(tmp_path):
    g = generator()
    path = g.write(tmp_path / "TF_SOC_POP_STRUCT_2026.txt", g.rows(2026, per_gemeente=40))
    size = path.stat().st_size
    assert size > 4_000_000
    tracemalloc.start()
    try:
        read = read_statbel(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read.problems == [] and sum(read.totals.values()) == FLANDERS_2026
    # A fraction of the file, never the whole of it: what stays is one number per Flemish cell of
    # the cross table (for duplicates), not the text. benchmarks/run.py measures the real size.
    assert peak < size / 2, (peak, size)
