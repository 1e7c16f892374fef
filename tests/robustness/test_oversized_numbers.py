"""Class 1: numbers no cell can hold, and numbers YAML reads as something else than they show.

40- and 5,000-digit populations, dwellings, ratios, deadlines, percents, realisations,
baselines and years, in every kind of file and on the command line: refused in one line,
failed by `lekp check`, never converted (Python refuses int() of 5,000 digits) and never
passed. A large ratio that is allowed gives exact numbers, the same digits in JSON and CSV.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from .conftest import assert_check_fails, assert_refused, error_line, readers
from .hostile import (
    BASE_MUNICIPALITIES,
    BIG,
    Hostile,
    oversized_numbers,
    valid_large_ratio,
    yaml_number_forms,
)

CASES = list(oversized_numbers())
FORMS = list(yaml_number_forms())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_an_oversized_number_is_refused_by_every_reader(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    for args in readers(case.kind, path):
        line = assert_refused(lekp, args, tmp_path, path=path, code=case.reader_code, line=case.line)
        assert len(line) < 400
        assert "hoogstens -" not in line  # a bound that says nothing: 'at most -'


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_check_fails_an_oversized_number(lekp, tmp_path: Path, case: Hostile) -> None:
    assert_check_fails(lekp, case.write(tmp_path), case.code, case.line)


@pytest.mark.parametrize("case", FORMS, ids=lambda case: case.id)
def test_a_yaml_number_that_is_not_what_it_shows_is_refused(lekp, tmp_path: Path, case: Hostile) -> None:
    # YAML 1.1 reads 010 as 8, 0100 as 64 (and 1/64 is an exact decimal), 1:40 as 100 and
    # true as 1: each would silently give another ratio than the one written.
    path = case.write(tmp_path)
    assert_check_fails(lekp, path, case.code, case.line)
    for args in readers(case.kind, path):
        assert_refused(lekp, args, tmp_path, path=path, code=case.reader_code, line=case.line)


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["targets", "--inwoners", "1e40"], "--inwoners"),
        (["targets", "--inwoners", BIG["40"]], "--inwoners"),
        (["targets", "--inwoners", BIG["5000"]], "--inwoners"),
        (["targets", "--inwoners", "100000001"], "--inwoners"),
        (["targets", "--inwoners", "12", "--wooneenheden", BIG["5000"]], "--wooneenheden"),
        (["targets", "-g", "Mol", "--jaar", "99999999999999999999"], "--jaar"),
        (["targets", "-g", "Mol", "--jaar", BIG["5000"]], "--jaar"),
        (["targets", "-g", "Mol", "--werf", BIG["40"]], "--werf"),
        (["summary", "--jaar", BIG["40"]], "--jaar"),
        (["compare", "-g", "Mol", "-g", "Geel", "--jaar", "-" + BIG["40"]], "--jaar"),
        (["trajectory", "-g", "Mol", "--jaar", BIG["40"]], "--jaar"),
        (["check", "--max-change", BIG["5000"]], "--max-change"),
        (["check", "--headline-tolerance", "1e400"], "--headline-tolerance"),
    ],
    ids=lambda value: value if isinstance(value, str) else " ".join(a[:20] for a in value),
)
def test_an_oversized_option_value_is_a_usage_error(
    lekp, tmp_path: Path, args: list[str], option: str
) -> None:
    if args[0] == "check":
        run = lekp(*args)
        line = error_line(run, exit_code=2)
    else:
        line = assert_refused(lekp, [*args, "-f", "csv"], tmp_path, exit_code=2)
    assert line.startswith(f"lekp: fout: {option}: "), line
    assert len(line) < 400


@pytest.mark.parametrize(
    "args",
    [
        ["progress", "-g", "Mol", "--realisaties", "REALISATIONS", "--tot", "99999999999999999999"],
        ["progress", "-g", "Mol", "--realisaties", "REALISATIONS", "--tot", BIG["5000"]],
        ["report", "-g", "Mol", "--realisaties", "REALISATIONS", "--tot", BIG["40"]],
    ],
    ids=["tot 20 digits", "tot 5000 digits", "report tot 40 digits"],
)
def test_an_oversized_tot_is_a_usage_error(lekp, tmp_path: Path, args: list[str]) -> None:
    realisations = tmp_path / "realisaties.csv"
    realisations.write_text("indicator,jaar,waarde\nbomen,2022,3\n", encoding="utf-8")
    args = [str(realisations) if a == "REALISATIONS" else a for a in args]
    fmt = ["-f", "html"] if args[0] == "report" else ["-f", "csv"]
    line = assert_refused(lekp, [*args, *fmt], tmp_path, exit_code=2)
    assert line.startswith("lekp: fout: --tot: "), line
    assert len(line) < 400


def _cells(csv_text: str, indicator: str) -> dict[str, str]:
    rows = [row for row in csv.DictReader(io.StringIO(csv_text)) if row["indicator"] == indicator]
    assert len(rows) == 1
    return rows[0]


def _json_number_text(json_text: str, indicator: str, key: str) -> str:
    """The digits of a JSON number exactly as written (never through a float)."""
    records = json.loads(
        json_text, parse_float=lambda digits: ("number", digits), parse_int=lambda d: ("number", d)
    )
    record = next(
        r for r in records if r["indicator"] == ("number", indicator) or r["indicator"] == indicator
    )
    kind, digits = record[key]
    assert kind == "number"
    return str(digits)


def test_a_large_valid_ratio_gives_exact_numbers_in_json_and_csv(lekp, tmp_path: Path) -> None:
    catalogue = tmp_path / "ratio.yaml"
    catalogue.write_text(valid_large_ratio(), encoding="utf-8")
    municipalities = tmp_path / "municipalities.csv"
    municipalities.write_text(BASE_MUNICIPALITIES, encoding="utf-8")
    assert lekp("check", catalogue).exit_code == 0
    common = ["targets", "-g", "Antwerpen", "--catalogue", catalogue, "--municipalities", municipalities]
    as_csv = lekp(*common, "-f", "csv")
    as_json = lekp(*common, "-f", "json")
    assert (as_csv.exit_code, as_json.exit_code) == (0, 0), as_csv.stderr + as_json.stderr
    # Antwerpen has 565,615 inwoners on 1 January 2026 in the base file; 999,999 trees each.
    expected = str(565_615 * 999_999)
    assert expected == "565614434385"
    row = _cells(as_csv.stdout, "bomen")
    assert row["target_exact"] == row["target"] == expected
    assert f'"target_exact": {expected},' in as_json.stdout
    assert _json_number_text(as_json.stdout, "bomen", "target_exact") == row["target_exact"]
    assert _json_number_text(as_json.stdout, "bomen", "target") == row["target"]


@pytest.mark.parametrize(
    ("amount", "per", "inwoners", "expected"),
    [
        ("999999.999999", "1", "100000000", "99999999999900"),
        ("1", "1000000000", "3", "0.000000003"),
        ("0.000001", "1000000000", "7", "0.000000000000007"),
    ],
    ids=["largest", "smallest per", "smallest amount and per"],
)
def test_extreme_valid_ratios_are_exact_digit_for_digit(
    lekp, tmp_path: Path, amount: str, per: str, inwoners: str, expected: str
) -> None:
    # computed by hand: no exponent, no binary float, the same text in JSON and CSV
    assert format(Decimal(amount) / Decimal(per) * Decimal(inwoners), "f").rstrip("0").rstrip(".") == expected
    catalogue = tmp_path / "ratio.yaml"
    catalogue.write_text(
        valid_large_ratio().replace("{amount: 999999, per: 1}", f"{{amount: {amount}, per: {per}}}"),
        encoding="utf-8",
    )
    common = ["targets", "--catalogue", catalogue, "--inwoners", inwoners, "--rounding", "none"]
    as_csv = lekp(*common, "-f", "csv")
    as_json = lekp(*common, "-f", "json")
    assert (as_csv.exit_code, as_json.exit_code) == (0, 0), as_csv.stderr + as_json.stderr
    row = _cells(as_csv.stdout, "bomen")
    assert row["target_exact"] == expected
    assert f'"target_exact": {expected},' in as_json.stdout
    assert _json_number_text(as_json.stdout, "bomen", "target_exact") == expected
