"""Trajectories, progress against realisations, baselines: values worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

import pytest

from lekp_calc.datafiles.load import load_realisations
from lekp_calc.datafiles.realisations import parse_realisations, read_realisations
from lekp_calc.datafiles.schema import REALISATIONS as REALISATIONS_KIND
from lekp_calc.datafiles.table import parse_text
from lekp_calc.domain.model import Baseline, Realisation
from lekp_calc.domain.progress import (
    BEHIND,
    ON_TRACK,
    REACHED,
    engagement_paths,
    expected_by,
    progress,
    share,
    trajectory,
)
from lekp_calc.domain.targets import TargetPlan, subject_for

DATA = Path(__file__).resolve().parent.parent / "data"
REALISATIONS = DATA / "realisaties_mol.csv"
TODAY = date(2026, 11, 28)
THOUSANDTH = D("0.001")


def to_3(value: D) -> D:
    """A value to three decimals, half up: how the engagement paths are given."""
    return value.quantize(THOUSANDTH, rounding=ROUND_HALF_UP)


@pytest.fixture(scope="module")
def mol_targets(catalogue, data):
    # Mol, 1 January 2026: 38,793 inwoners, 19,095 wooneenheden; pact 2.1.
    return TargetPlan(catalogue, "2.1").apply(subject_for(data.resolve("Mol").municipality, 2026))


@pytest.fixture(scope="module")
def mol_rows(catalogue):
    return load_realisations(REALISATIONS, catalogue.indicator_keys, today=TODAY)


def test_statuses_are_dutch_words():
    assert (REACHED, ON_TRACK, BEHIND) == ("behaald", "op schema", "achter")


def test_expected_path_is_a_straight_line():
    # The path starts at 0 at the end of 2020 and reaches the target at the end of the deadline.
    assert expected_by(D("38793"), 2030, 2021) == D("38793") * 1 / 10 == D("3879.3")
    assert expected_by(D("38793"), 2030, 2025) == D("38793") * 5 / 10 == D("19396.5")
    assert expected_by(D("955"), 2024, 2021) == D("955") * 1 / 4 == D("238.75")  # deadline end 2024
    assert expected_by(D("955"), 2024, 2026) == D("955")  # after the deadline: the target
    assert expected_by(D("78"), 2025, 2022) == D("78") * 2 / 5 == D("31.2")
    assert expected_by(D("78"), 2025, 2020) == D("0")  # before the pact
    # 100 x 1/7 = 14.2857… is no finite decimal: three places, half up.
    assert share(D("100"), 1, 7) == D("14.286")
    assert share(D("100"), 1, 8) == D("12.5")  # a finite decimal stays exact


def test_trajectory(mol_targets):
    points = {(p.indicator.key, p.year): p for p in trajectory(mol_targets)}
    assert points["bomen", 2021].expected_cumulative == D("38793") / 10 == D("3879.3")
    assert points["bomen", 2030].expected_cumulative == D("38793")
    assert points["bomen", 2030].target == D("38793")
    # klimaattafels: 19,095 x 50 / 1,000 = 954.75 -> 955, by the end of 2024: 955 x 2/4
    assert points["klimaattafels", 2022].expected_cumulative == D("955") * 2 / 4 == D("477.5")
    assert ("klimaattafels", 2025) not in points  # the path ends at the deadline
    # energievermogen: 38,793 x 36 / 500 = 2,793.096 -> 2,793.1 kWp, x 3/10
    assert points["energievermogen", 2023].expected_cumulative == D("2793.1") * 3 / 10 == D("837.93")
    assert len(trajectory(mol_targets, "bomen")) == 10  # 2021-2030
    assert trajectory(mol_targets, "geen_indicator") == []


def test_progress_of_mol_at_the_end_of_2025(mol_targets, mol_rows):
    items = {p.indicator.key: p for p in progress(mol_targets, mol_rows, 2025)}
    bomen = items["bomen"]
    # 3,000 + 4,100 + 3,900 + 5,200 + 4,800 = 21,000 trees; the path expects 38,793 x 5/10 = 19,396.5.
    realised = D(3000 + 4100 + 3900 + 5200 + 4800)
    assert bomen.realised == realised == D("21000")
    assert bomen.expected == D("38793") * 5 / 10 == D("19396.5")
    assert bomen.gap == realised - D("19396.5") == D("1603.5")
    assert bomen.percent == D("54.1")  # 21,000 / 38,793 = 54.13 %
    assert bomen.status == "op schema"
    # 21,000 in 5 years is 4,200 a year: 38,793 / 4,200 = 9.24 years after 2020 -> 2030.
    assert bomen.projected_year == 2030
    assert bomen.reported is True
    assert bomen.cumulative[:2] == [(2021, D(3000)), (2022, D(3000 + 4100))]
    hagen = items["hagen"]
    # 1,200 + 1,500.5 + 2,000 + 1,800 + 1,900 = 8,400.5 m of 19,397 m (38,793 x 0.5 half up);
    # expected 19,397 x 5/10 = 9,698.5.
    assert hagen.realised == D(1200) + D("1500.5") + 2000 + 1800 + 1900 == D("8400.5")
    assert (hagen.expected, hagen.status) == (D(19397) * 5 / 10, "achter")
    assert hagen.percent == D("43.3")  # 8,400.5 / 19,397 = 43.31 %
    assert hagen.projected_year == 2032  # 19,397 / (8,400.5 / 5) = 11.5 years -> 2032
    tafels = items["klimaattafels"]
    # 400 (2022) + 600 (2023) = 1,000 >= 955: reached in 2023
    assert (tafels.realised, tafels.status, tafels.projected_year) == (D(400 + 600), "behaald", 2023)
    nothing = items["renovaties_fossielvrij"]
    assert (nothing.realised, nothing.status, nothing.projected_year, nothing.reported) == (
        D("0"),
        "achter",
        None,
        False,
    )


def test_an_earlier_reference_year_shows_the_state_then(mol_targets, mol_rows):
    bomen = next(p for p in progress(mol_targets, mol_rows, 2023) if p.indicator.key == "bomen")
    # 3,000 + 4,100 + 3,900 = 11,000 < 38,793 x 3/10 = 11,637.9
    assert (bomen.realised, bomen.expected, bomen.status) == (
        D(3000 + 4100 + 3900),
        D("38793") * 3 / 10,
        "achter",
    )
    assert bomen.expected == D("11637.9")


def test_negative_realisations_count_against(mol_targets):
    # Hedges removed count negative: 100 planted, 30 removed, 2021.
    rows = [Realisation("hagen", 2021, D(100)), Realisation("hagen", 2021, D(-30))]
    hagen = next(p for p in progress(mol_targets, rows, 2021) if p.indicator.key == "hagen")
    assert hagen.realised == D(100 - 30)


def _table(text: str):
    return parse_text(text, "r.csv", REALISATIONS_KIND)


def test_realisations_saved_by_excel_read_the_same(catalogue):
    keys = catalogue.indicator_keys
    plain = _table("indicator,jaar,waarde\nhagen,2022,1500.5\nbomen,2021,30\n")
    excel = _table("indicator;jaar;waarde\r\nhagen;2022;1500,5\r\nbomen;2021;30\r\n")
    values = [(r.indicator, r.jaar, r.waarde) for r in parse_realisations(plain, keys)]
    assert values == [(r.indicator, r.jaar, r.waarde) for r in parse_realisations(excel, keys)]
    assert values == [("hagen", 2022, D("1500.5")), ("bomen", 2021, D(30))]
    assert not plain.problems and not excel.problems


def test_realisations_file_with_bom_and_crlf(tmp_path, catalogue):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffindicator;jaar;waarde\r\nhagen;2022;1500,5\r\n".encode())
    table, rows = read_realisations(path, catalogue.indicator_keys)
    assert not table.problems
    assert [(r.indicator, r.jaar, r.waarde, r.where) for r in rows] == [
        ("hagen", 2022, D("1500.5"), f"{path}:2")
    ]


def test_future_year_is_a_warning(catalogue):
    table = _table("indicator,jaar,waarde\nbomen,2027,30\n")
    rows = parse_realisations(table, catalogue.indicator_keys, today=TODAY)
    assert [(p.code.name, p.code.severity.value, p.line) for p in table.problems] == [("R604", "warning", 2)]
    assert not table.problems.has_errors
    assert len(rows) == 1  # a warning keeps the row


def test_empty_values_are_years_not_filled_in(catalogue):
    table = _table("indicator,jaar,waarde\nbomen,2021,\nbomen,2022,5\n")
    assert [(r.jaar, r.waarde) for r in parse_realisations(table, catalogue.indicator_keys)] == [
        (2022, D("5"))
    ]
    assert not table.problems


def test_trailing_opmerking_cells_may_be_left_off(catalogue):
    # Rows shorter than the header are accepted when only optional trailing columns are missing.
    table = _table("nis_code,indicator,jaar,waarde,opmerking\n13025,bomen,2021,30\n13025,bomen,2022,40,ok\n")
    rows = parse_realisations(table, catalogue.indicator_keys)
    assert not table.problems
    assert [(r.jaar, r.waarde, r.opmerking) for r in rows] == [(2021, D(30), None), (2022, D(40), "ok")]


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("bomn,2022,5", "R601"),  # unknown indicator
        ("bomen,2019,5", "R602"),  # before the pact
        ("bomen,2031,5", "R602"),  # after the pact
    ],
)
def test_realisation_rules(catalogue, row, code):
    table = _table(f"indicator,jaar,waarde\n{row}\n")
    assert parse_realisations(table, catalogue.indicator_keys, today=TODAY) == []
    assert [(p.code.name, p.line) for p in table.problems] == [(code, 2)]


def test_unknown_indicator_suggests_the_closest(catalogue):
    table = _table("indicator,jaar,waarde\nbomn,2022,5\n")
    parse_realisations(table, catalogue.indicator_keys)
    (problem,) = table.problems
    assert problem.message("en") == "unknown indicator 'bomn'; did you mean bomen?"
    assert problem.message() == "onbekende indicator 'bomn'; bedoelt u bomen?"
    assert (problem.line, problem.column) == (2, 1)


def test_the_same_year_twice_is_refused_per_gemeente(catalogue):
    table = _table(
        "nis_code,indicator,jaar,waarde\n13025,bomen,2022,5\n13008,bomen,2022,6\n13025,bomen,2022,7\n"
    )
    rows = parse_realisations(table, catalogue.indicator_keys)
    assert [(r.nis_code, r.waarde) for r in rows] == [("13025", D(5)), ("13008", D(6))]
    (problem,) = table.problems
    assert (problem.code.name, problem.line) == ("R603", 4)
    assert (
        problem.message("en")
        == "bomen 2022 for 13025 appears twice (first on line 2); add the values up in one row"
    )


def test_rows_of_predecessors_count_for_the_merged_gemeente(library, tmp_path):
    # Antwerpen includes Borsbeek (11007) since 2025: 100 + 40 trees; Mol's 7 do not count.
    path = tmp_path / "realisaties.csv"
    path.write_text(
        "nis_code,indicator,jaar,waarde\n11002,bomen,2022,100\n11007,bomen,2022,40\n13025,bomen,2022,7\n",
        encoding="utf-8",
    )
    result = library.progress("Antwerpen", realisaties=path)
    bomen = next(item for item in result.items if item.indicator.key == "bomen")
    assert bomen.realised == D(100 + 40)


def test_energy_path_compounds_the_yearly_saving(catalogue):
    baseline = Baseline(energy_base_year=2019, energy=D("4800"))
    (energy,) = engagement_paths(catalogue, "1.0", baseline)
    values = dict(energy.points)
    assert (energy.quantity, energy.unit, energy.baseline, energy.baseline_year) == (
        "energie",
        "MWh",
        D(4800),
        2019,
    )
    assert min(values) == 2021  # the years before the pact are not shown
    # 2.09 % a year under pact 1.0: 4,800 x (1 - 0.0209)^2 = 4,601.456688… for 2021
    assert values[2021] == to_3(D(4800) * D("0.9791") ** 2) == D("4601.457")
    assert values[2030] == to_3(D(4800) * D("0.9791") ** 11) == D("3804.861")
    assert energy.target == values[2030]
    (energy,) = [p for p in engagement_paths(catalogue, "2.0", baseline) if p.quantity == "energie"]
    values = dict(energy.points)
    # Pact 2.0: 3 % a year from 2023: 4,800 x 0.9791^3 x 0.97 = 4,370.1277… for 2023.
    assert values[2022] == to_3(D(4800) * D("0.9791") ** 3) == D("4505.286")
    assert values[2023] == to_3(D(4800) * D("0.9791") ** 3 * D("0.97")) == D("4370.128")
    assert values[2030] == to_3(D(4800) * D("0.9791") ** 3 * D("0.97") ** 8) == D("3530.988")


def test_co2_path_is_a_straight_line_from_2015(catalogue):
    (co2,) = engagement_paths(catalogue, "2.1", Baseline(co2_2015=D("1250.5")))
    values = dict(co2.points)
    assert (co2.quantity, co2.baseline_year) == ("co2", 2015)
    assert values[2030] == D("1250.5") * (1 - D("0.55")) == D("562.725")  # -55 % under pact 2.1
    # 1,250.5 - 1,250.5 x 0.55 x 6/15 = 1,250.5 - 275.11 = 975.39
    assert values[2021] == D("1250.5") - D("1250.5") * D("0.55") * 6 / 15 == D("975.390")
    (co2,) = engagement_paths(catalogue, "1.0", Baseline(co2_2015=D("1000")))
    assert dict(co2.points)[2030] == D(1000) * (1 - D("0.40")) == D("600.000")  # -40 % under pact 1.0


def test_no_baseline_no_paths(catalogue):
    assert engagement_paths(catalogue, "2.1", Baseline()) == []
    # an energy base year after the pact leaves no year to show
    assert engagement_paths(catalogue, "2.1", Baseline(energy_base_year=2030, energy=D(1))) == []
