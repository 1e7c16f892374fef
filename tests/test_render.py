"""Renderers on small inputs, compared with golden strings."""

from __future__ import annotations

import io
import json
from decimal import Decimal as D

from lekp_calc.render.delimited import write_csv
from lekp_calc.render.jsonout import write_json
from lekp_calc.render.markdown import write_table
from lekp_calc.render.numbers import human, json_number, plain

COLUMNS = ("gemeente", "basis_value", "target_exact", "target")
RECORDS = [("Mol", 38793, D("2793.096"), D("2793.1")), ("=cmd", 20, D("1.00"), None)]


def test_plain_numbers():
    assert plain(D("954.750")) == "954.75"
    assert plain(D("1.00")) == "1"
    assert plain(D("1E+3")) == "1000"
    assert plain(D("1.5E+3")) == "1500"
    assert plain(D("0.0")) == "0"
    assert plain(38793) == "38793"
    assert plain(D("0.036")) == "0.036"


def test_human_numbers():
    assert human(38793) == "38.793"
    assert human(D("2793.096")) == "2.793,096"
    assert human(D("2793.1"), decimals=1) == "2.793,1"
    assert human(D("1234567.5"), "en") == "1,234,567.5"
    assert human(D("954.750")) == "954,75"
    assert human(D("19396.5"), decimals=0) == "19.397"  # half up, like the catalogue
    assert human(D("0.5"), "en", 0) == "1"


def test_json_number_is_exact():
    assert json_number(D("2793.096")) == 2793.096
    assert json.dumps(json_number(D("1364.724"))) == "1364.724"
    assert json_number(D("38793.0")) == 38793
    assert isinstance(json_number(D("38793.0")), int)


def test_plain_csv():
    out = io.StringIO()
    write_csv(COLUMNS, RECORDS, out)
    assert out.getvalue() == (
        "gemeente,basis_value,target_exact,target\nMol,38793,2793.096,2793.1\n=cmd,20,1,\n"
    )


def test_excel_csv():
    out = io.StringIO()
    write_csv(COLUMNS, RECORDS, out, excel=True)
    assert out.getvalue() == (
        "\ufeffgemeente;basis_value;target_exact;target\r\n"
        "Mol;38793;2793,096;2793,1\r\n"
        "'=cmd;20;1;\r\n"  # a formula-looking text cell is defused; numbers never are
    )


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


def test_markdown_table_escapes_pipes():
    out = io.StringIO()
    write_table(["a", "n"], [("x|y", "1.000")], out, right=(1,))
    assert out.getvalue() == "| a | n |\n|---|---:|\n| x\\|y | 1.000 |\n"


def test_fast_targets_csv_equals_the_generic_writer(catalogue, data):
    from lekp_calc.compute import TargetPlan, custom_subject, subject_for
    from lekp_calc.models import Rounding
    from lekp_calc.render.targets import TARGET_COLUMNS, target_records, write_targets_csv

    subjects = [subject_for(m, 2026) for m in data.municipalities]
    subjects += [
        subject_for(data.resolve("Mol").municipality, 2026, wooneenheden=20000),
        custom_subject(1234),
    ]
    for rounding in (None, Rounding.NONE):
        results = list(TargetPlan(catalogue, "2.1", rounding=rounding).apply_all(subjects))
        for excel in (False, True):
            for lang in ("nl", "en"):
                generic, fast = io.StringIO(), io.StringIO()
                write_csv(TARGET_COLUMNS, target_records(results, lang), generic, excel=excel)
                write_targets_csv(results, lang, fast, excel=excel)
                assert fast.getvalue() == generic.getvalue()
