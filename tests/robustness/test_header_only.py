"""Class 2: a file with a header and no data.

A CSV of every kind with only its header (with or without a final newline, with a BOM and
CRLF as Excel saves it, with blank lines after it) is C322 in `lekp check` and refused by
every command that reads it; a gemeenten list with only comments is G802; a catalogue
without pact versions or without targets is refused instead of crashing on 'the newest
version'.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import assert_check_fails, assert_refused, error_line, readers
from .hostile import Hostile, header_only

CASES = list(header_only())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_check_fails_a_file_without_data(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    if case.line is None:
        run = lekp("check", path)
        assert run.exit_code == 1
        assert f"{path}: error {case.code} " in run.stdout
    else:
        assert_check_fails(lekp, path, case.code, case.line)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_every_reader_refuses_a_file_without_data(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    for args in readers(case.kind, path):
        assert_refused(lekp, args, tmp_path, path=path, code=case.reader_code, line=case.line)


@pytest.mark.parametrize("kind", ["mergers", "deelgemeenten"])
def test_check_fails_the_other_kinds_without_data(lekp, tmp_path: Path, kind: str) -> None:
    header = {
        "mergers": "old_nis_code,old_name_nl,old_arrondissement_nis,old_province_nis,new_nis_code,"
        "new_name_nl,merged_2025,effective_date",
        "deelgemeenten": "deelgemeente_code,deelgemeente_nl,nis_code,name_nl",
    }[kind]
    path = tmp_path / f"{kind}.csv"
    path.write_text(header + "\n", encoding="utf-8")
    assert_check_fails(lekp, path, "C322", 1)


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (["targets", "--gemeenten-file", "-"], "", "lekp: fout: -: F102 "),
        (["targets", "--gemeenten-file", "-"], "# alleen commentaar\n", "lekp: fout: -: G802 "),
        (
            ["progress", "-g", "Mol", "--realisaties", "-"],
            "indicator,jaar,waarde\n",
            "lekp: fout: -:1:1: C322 ",
        ),
    ],
    ids=["empty list", "comments only", "realisations header only"],
)
def test_nothing_on_standard_input_is_refused(lekp, args: list[str], stdin: str, expected: str) -> None:
    line = error_line(lekp(*args, "-f", "csv", stdin=stdin))
    assert line.startswith(expected), line
