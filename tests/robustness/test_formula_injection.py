"""Class 9: text that a spreadsheet would run as a formula (CSV injection).

A label, source, werf name, engagement, headline or note of the catalogue, a name of the
municipalities file, a remark of a realisations or baseline file that starts with =, +, -
or @ is refused by `lekp check` (Y217, C314) and by every command that reads the file. The
CSV writers are the second guard: any text cell starting with =, +, -, @, tab or CR gets a
leading apostrophe, in both dialects, while numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from lekp_calc.render.delimited import write_csv

from .conftest import assert_check_fails, assert_refused, readers
from .hostile import Hostile, formulas

CASES = list(formulas())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_check_refuses_a_formula(lekp, tmp_path: Path, case: Hostile) -> None:
    assert_check_fails(lekp, case.write(tmp_path), case.code, case.line)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_every_reader_refuses_a_formula(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    for args in readers(case.kind, path):
        assert_refused(lekp, args, tmp_path, path=path, code=case.reader_code, line=case.line)


COLUMNS = ("text", "other", "number")
RECORDS = [
    ("=1+1", "+31 14 55 55 55", Decimal("-2.5")),
    ("-SUM(A1:A9)", "@HYPERLINK(x)", -3),
    ("\tpadded", "\rreturn", Decimal("0.5")),
    ("a=b", "plain; text", None),
]


def test_the_plain_csv_writer_defuses_every_formula_start() -> None:
    stream = io.StringIO(newline="")
    write_csv(COLUMNS, RECORDS, stream)
    expected = (
        "text,other,number\n"
        "'=1+1,'+31 14 55 55 55,-2.5\n"
        "'-SUM(A1:A9),'@HYPERLINK(x),-3\n"
        "'\tpadded,\"'\rreturn\",0.5\n"
        "a=b,plain; text,\n"
    )
    assert stream.getvalue() == expected


def test_the_excel_csv_writer_defuses_every_formula_start() -> None:
    stream = io.StringIO(newline="")
    write_csv(COLUMNS, RECORDS, stream, excel=True)
    expected = (
        "\ufefftext;other;number\r\n"
        "'=1+1;'+31 14 55 55 55;-2,5\r\n"
        "'-SUM(A1:A9);'@HYPERLINK(x);-3\r\n"
        "'\tpadded;\"'\rreturn\";0,5\r\n"
        'a=b;"plain; text";\r\n'
    )
    assert stream.getvalue() == expected


@pytest.mark.parametrize("excel", [False, True], ids=["plain", "excel"])
def test_no_exported_text_cell_starts_a_formula(excel: bool) -> None:
    stream = io.StringIO(newline="")
    write_csv(COLUMNS, RECORDS, stream, excel=excel)
    rows = list(
        csv.reader(
            io.StringIO(stream.getvalue().lstrip("\ufeff"), newline=""), delimiter=";" if excel else ","
        )
    )
    for row in rows[1:]:
        for cell in row[:2]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_a_file_name_that_starts_a_formula_is_defused_in_a_check_report(
    lekp, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "=1+1.csv").write_text("indicator,jaar,waarde\nbomen,2019,3\n", encoding="utf-8")
    run = lekp("check", "=1+1.csv", "-f", "csv")
    assert run.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert rows and all(row["path"] == "'=1+1.csv" for row in rows), run.stdout


def test_a_formula_like_gemeente_in_a_list_never_reaches_the_export(lekp, tmp_path: Path) -> None:
    listing = tmp_path / "lijst.txt"
    listing.write_text("=Mol\n@Geel\n", encoding="utf-8")
    assert lekp("check", listing).exit_code == 0
    run = lekp("targets", "--gemeenten-file", listing, "-f", "csv")
    assert run.exit_code == 0, run.stderr
    gemeenten = {row["gemeente"] for row in csv.DictReader(io.StringIO(run.stdout))}
    assert gemeenten == {"Mol", "Geel"}
