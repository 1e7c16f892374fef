"""CSV and JSON: exact numbers, the Excel dialect, formula guards, and the fast targets CSV."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from lekp_calc.numberformat import human, plain, signed
from lekp_calc.render import Format, Options, render
from lekp_calc.render.delimited import write_csv
from lekp_calc.render.jsonout import dumps, write_json
from lekp_calc.strings import Ids
from lekp_calc.views.targets import targets_view

DATA = Path(__file__).resolve().parents[2] / "data"
COLUMNS = ("gemeente", "basis_value", "target_exact", "target")
RECORDS = [("Mol", 38793, D("2793.096"), D("2793.1")), ("=cmd", 20, D("1.00"), None)]


def test_plain_numbers():
    assert plain(D("954.750")) == "954.75"
    assert plain(D("1.00")) == "1"
    assert plain(D("1E+3")) == "1000"
    assert plain(D("1.5E+3")) == "1500"
    assert plain(D("0.0")) == "0"
    assert plain(D("-0")) == "0"
    assert plain(D("-0.000")) == "0"
    assert plain(38793) == "38793"
    assert plain(D("0.036")) == "0.036"
    assert plain(D("-1206.30")) == "-1206.3"


def test_human_numbers():
    assert human(38793) == "38.793"
    assert human(D("2793.096")) == "2.793,096"
    assert human(D("2793.1"), decimals=1) == "2.793,1"
    assert human(D("1234567.5"), "en") == "1,234,567.5"
    assert human(D("954.750")) == "954,75"
    assert human(D("19396.5"), decimals=0) == "19.397"  # half up, like the catalogue
    assert human(D("0.5"), "en", 0) == "1"
    assert human(D("-0.04"), decimals=0) == "0"  # never '-0'
    assert human(D("-0.0")) == "0"


def test_signed_differences():
    assert signed(D("1603.5")) == "+1.603,5"
    assert signed(D("-5")) == "-5"
    assert signed(D("-0.04"), decimals=0) == "0"
    assert signed(D("0")) == "0"


def test_json_numbers_are_exact():
    assert dumps(D("2793.096")) == "2793.096"
    assert dumps(D("1364.724")) == "1364.724"
    assert dumps(D("38793.0")) == "38793"
    assert dumps(D("-0")) == "0"
    # a float would make this 2.4000000000000001e+24, another number than the CSV holds
    assert dumps(D("2.4000000000000001E+24")) == "2400000000000000100000000"
    assert json.loads(dumps({"a": D("0.1"), "b": [1, None, True, "x"]}), parse_float=D) == {
        "a": D("0.1"), "b": [1, None, True, "x"]
    }  # fmt: skip


def test_plain_csv():
    out = io.StringIO()
    write_csv(COLUMNS, RECORDS, out)
    assert out.getvalue() == (
        "gemeente,basis_value,target_exact,target\nMol,38793,2793.096,2793.1\n'=cmd,20,1,\n"
    )


def test_excel_csv():
    out = io.StringIO()
    write_csv(COLUMNS, RECORDS, out, excel=True)
    assert out.getvalue() == (
        "\ufeffgemeente;basis_value;target_exact;target\r\n"
        "Mol;38793;2793,096;2793,1\r\n"
        "'=cmd;20;1;\r\n"  # a formula-looking text cell is defused; numbers never are
    )


@pytest.mark.parametrize("excel", [False, True])
@pytest.mark.parametrize("text", ["=1+1", "+31 2", "-x", "@SUM(A1)", "\tcmd"])
def test_csv_guards_formula_like_text(text, excel):
    out = io.StringIO()
    write_csv(("a", "n"), [(text, D("-5")), ("gewoon", -3)], out, excel=excel)
    rows = list(
        csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"), newline=""), delimiter=";" if excel else ",")
    )
    assert rows[1] == ["'" + text, "-5"]  # the text defused; a negative number stays a number
    assert rows[2] == ["gewoon", "-3"]


@pytest.mark.parametrize(
    "excel",
    [False, True],
)
def test_csv_quotes_a_carriage_return(excel):
    # Readers refuse control characters, so no data file brings one; '\r' is still a formula start.
    out = io.StringIO()
    write_csv(("a", "n"), [("\rcmd", 5)], out, excel=excel)
    rows = list(
        csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"), newline=""), delimiter=";" if excel else ",")
    )
    assert rows[1] == ["'\rcmd", "5"]


def test_json_array_streams_like_json_dump():
    out = io.StringIO()
    write_json(COLUMNS, RECORDS, out)
    expected = [
        {"gemeente": "Mol", "basis_value": 38793, "target_exact": 2793.096, "target": 2793.1},
        {"gemeente": "=cmd", "basis_value": 20, "target_exact": 1, "target": None},
    ]
    assert json.loads(out.getvalue()) == expected
    assert out.getvalue() == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    empty = io.StringIO()
    write_json(COLUMNS, [], empty)
    assert json.loads(empty.getvalue()) == []


def _generic(result, excel: bool) -> str:
    out = io.StringIO()
    write_csv(result.COLUMNS, result.rows(), out, excel=excel)
    return out.getvalue()


@pytest.mark.parametrize("rounding", [None, "none"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_fast_targets_csv_equals_the_generic_writer(library, rounding, lang):
    results = [
        library.targets(alle=True, rounding=rounding, lang=lang),  # all 285 gemeenten
        library.targets(["Mol"], wooneenheden=20000, rounding=rounding, lang=lang),
        library.targets(inwoners=1234, rounding=rounding, lang=lang),
    ]
    assert len(results[0].subjects) == 285
    for result in results:
        for excel in (False, True):
            assert "".join(result.csv_lines(excel)) == _generic(result, excel)


def test_fast_targets_csv_quotes_a_note_over_two_lines(tmp_path):
    from lekp_calc import Lekp

    source = (DATA / "werven.yaml").read_text(encoding="utf-8")
    note = '    note_nl: "opvang of infiltratie die in nieuwe verkavelingen verplicht is, telt niet"'
    assert source.count(note) == 1
    catalogue = tmp_path / "werven.yaml"
    two_lines = '    note_nl: "wettelijk verplichte opvang\\nin nieuwbouw telt niet"'
    catalogue.write_text(source.replace(note, two_lines), encoding="utf-8")
    result = Lekp(catalogue=catalogue).targets(["Mol", "Gent"], werf=4)
    for excel in (False, True):
        fast = "".join(result.csv_lines(excel))
        assert fast == _generic(result, excel)
        rows = list(
            csv.reader(io.StringIO(fast.lstrip("\ufeff"), newline=""), delimiter=";" if excel else ",")
        )
        assert len(rows) == 1 + 2 * 2
        assert rows[2][-1] == "wettelijk verplichte opvang\nin nieuwbouw telt niet"


@pytest.mark.parametrize("excel", [False, True])
def test_the_csv_renderer_writes_the_fast_lines(library, excel):
    result = library.targets(provincie="Limburg")
    out = io.StringIO()
    render(targets_view(result), Format.CSV, out, Options(excel=excel))
    assert out.getvalue() == _generic(result, excel)


def test_the_json_renderer_writes_the_records(library):
    result = library.targets(["Mol", "Gent"])
    out = io.StringIO()
    render(targets_view(result), Format.JSON, out)
    parsed = json.loads(out.getvalue(), parse_float=D)
    assert parsed == [
        {
            k: (D(plain(v)) if isinstance(v, D) else v.items if isinstance(v, Ids) else v)
            for k, v in record.items()
        }
        for record in result.records()
    ]
    # the assumptions behind a figure are a JSON array of the catalogue's ids
    renovaties = next(r for r in parsed if r["indicator"] == "renovaties")
    assert renovaties["assumptions"] == ["afronding", "wooneenheden"]
    energy = next(r for r in parsed if r["gemeente"] == "Mol" and r["indicator"] == "energievermogen")
    assert energy["target_exact"] == D("38793") * 36 / 500  # 2,793.096 kWp, exactly
