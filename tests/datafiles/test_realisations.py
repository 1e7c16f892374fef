"""Baseline files: a gemeente's own CO2 of 2015 and energy use of a base year."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lekp_calc.check.problems import Problems
from lekp_calc.datafiles.load import load_baseline, load_realisations
from lekp_calc.datafiles.realisations import parse_baseline, read_baseline
from lekp_calc.datafiles.schema import BASELINE
from lekp_calc.datafiles.table import ParsedTable, parse_text
from lekp_calc.domain.model import Baseline
from lekp_calc.errors import DataError

HEADER = "grootheid,jaar,waarde,eenheid\n"


def baseline(text: str):
    table = parse_text(HEADER + text, "b.csv", BASELINE)
    return table, parse_baseline(table)


def test_a_baseline_with_both_quantities():
    table, found = baseline("co2,2015,1250.5,ton CO2\nEnergie,2019,4800,MWh\n")
    assert not table.problems
    assert found == Baseline(co2_2015=D("1250.5"), energy_base_year=2019, energy=D(4800))


@pytest.mark.parametrize(
    ("rows", "code", "line", "message"),
    [
        ("elektriciteit,2019,4800,MWh\n", "B701", 2,
         "unknown grootheid 'elektriciteit': use 'co2' (tonnes CO2 in 2015), 'energie' (MWh primary energy "
         "in a base year), or 'co2_jaar' and 'energie_jaar' for what was measured in a year of the pact"),
        ("co2,2019,1250.5,ton\n", "B702", 2, "the CO2 baseline of the pact is 2015, not 2019"),
        ("co2,2015,1250.5,ton\nco2,2015,1300,ton\n", "B703", 3, "co2 appears twice (first on line 2)"),
        ("energie,1990,4800,MWh\n", "B704", 2, "energy base year 1990 is not between 2000 and 2030"),
    ],
)  # fmt: skip
def test_baseline_rules(rows, code, line, message):
    table, found = baseline(rows)
    assert found is None
    assert [(p.code.name, p.line, p.message("en")) for p in table.problems] == [(code, line, message)]


def test_a_baseline_without_rows():
    # Through a file, a header without rows is C322 (the generic reader stops first) ...
    table, found = baseline("")
    assert found is None
    assert [p.code.name for p in table.problems] == ["C322"]
    # ... so B705 is only reached by a table without problems and without rows.
    empty = ParsedTable("b.csv", BASELINE, Problems("b.csv"))
    assert parse_baseline(empty) is None
    assert [(p.code.name, p.message("en")) for p in empty.problems] == [
        ("B705", "the baseline gives neither 'co2' nor 'energie'")
    ]


def test_loading_a_baseline(tmp_path):
    path = tmp_path / "basislijn.csv"
    path.write_text("grootheid;jaar;waarde\nco2;2015;1250,5\n", encoding="utf-8")  # as Excel saves it
    assert load_baseline(path) == Baseline(co2_2015=D("1250.5"))
    path.write_text("grootheid,jaar,waarde\nco2,2019,1\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_baseline(path)
    assert info.value.message("en") == f"{path}:2:5: B702 the CO2 baseline of the pact is 2015, not 2019"
    table, found = read_baseline(tmp_path / "missing.csv")
    assert found is None and [p.code.name for p in table.problems] == ["F101"]


def test_loading_realisations_refuses_errors_and_keeps_warnings(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("indicator,jaar,waarde\nbomn,2022,5\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_realisations(path, ["bomen"])
    assert info.value.message("en") == f"{path}:2:1: R601 unknown indicator 'bomn'; did you mean bomen?"


def test_an_indicator_is_named_as_loosely_as_a_gemeente(tmp_path):
    # 'Bomen' is bomen, in every command and in `lekp check` alike: accepted and read as its key
    path = tmp_path / "r.csv"
    path.write_text("indicator,jaar,waarde\nBomen,2021,10\nRenovaties fossielvrij,2022,3\n", encoding="utf-8")
    rows = load_realisations(path, ["bomen", "renovaties_fossielvrij"])
    assert [(r.indicator, r.jaar, r.waarde) for r in rows] == [
        ("bomen", 2021, D(10)),
        ("renovaties_fossielvrij", 2022, D(3)),
    ]
    # the same indicator and year twice, however it is spelled, is still twice (R603)
    twice = tmp_path / "twice.csv"
    twice.write_text("indicator,jaar,waarde\nbomen,2021,10\nBOMEN,2021,5\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_realisations(twice, ["bomen"])
    assert [p.code.name for p in info.value.problems] == ["R603"]


def test_check_and_commands_agree_on_a_loose_indicator(lekp, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("indicator,jaar,waarde\nBomen,2021,3000\n", encoding="utf-8")
    assert lekp("check", path).exit_code == 0
    run = lekp("progress", "-g", "Mol", "--realisaties", path, "--tot", "2021", "-f", "json")
    assert run.exit_code == 0, run.stderr
    (bomen,) = [r for r in run.json() if r["indicator"] == "bomen"]
    assert bomen["realised"] == 3000
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("indicator,jaar,waarde\nBoompjes,2021,3000\n", encoding="utf-8")
    assert lekp("check", wrong).exit_code == 1
    refused = lekp("progress", "-g", "Mol", "--realisaties", wrong)
    assert refused.stderr.startswith(f"lekp: fout: {wrong}:2:1: R601")


def test_a_baseline_quantity_is_named_as_loosely_as_an_indicator():
    table, found = baseline("CO2,2015,1250.5,ton CO2\nEnergie jaar,2022,4700,MWh\n")
    assert not table.problems
    assert found is not None and found.co2_2015 == D("1250.5")
    assert found.energy_actual == {2022: D(4700)}  # 'Energie jaar' is energie_jaar
