"""Trajectories, progress against realisations, baselines: values worked out by hand."""

from __future__ import annotations

import statistics
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
    ABOVE,
    BEHIND,
    MET,
    MISSED,
    NOT_REPORTED,
    ON_TRACK,
    REACHED,
    STATUSES,
    WITHIN,
    distribution,
    engagement_paths,
    expected_by,
    milestone_of,
    path_by,
    progress,
    quartiles,
    share,
    size_class,
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
    # issue 16: one vocabulary in which no two statuses can be confused
    assert (REACHED, ON_TRACK, BEHIND) == ("doel al bereikt", "op schema", "achter op schema")


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
    # energievermogen (2.1): 38,793 x 36 / 500 = 2,793.096 -> 2,793.1 kWp by 2030, of which
    # 38,793 x 18 / 500 = 1,396.548 -> 1,396.5 kWp by the end of 2025: the path bends there.
    assert points["energievermogen", 2023].expected_cumulative == D("1396.5") * 3 / 5 == D("837.9")
    assert points["energievermogen", 2025].expected_cumulative == D("1396.5")
    assert points["energievermogen", 2025].milestone is True
    # 2027: 1,396.5 + (2,793.1 - 1,396.5) x 2/5 = 1,396.5 + 558.64 = 1,955.14
    after = D("1396.5") + (D("2793.1") - D("1396.5")) * 2 / 5
    assert points["energievermogen", 2027].expected_cumulative == after
    assert points["energievermogen", 2027].expected_cumulative == D("1955.14")
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
    # 1,200 + 1,500.5 + 2,000 + 1,800 + 1,900 = 8,400.5 m of the exact target 38,793 x 0.5 = 19,396.5 m;
    # progress is judged against the exact target: expected 19,396.5 x 5/10 = 9,698.25.
    assert hagen.realised == D(1200) + D("1500.5") + 2000 + 1800 + 1900 == D("8400.5")
    assert (hagen.expected, hagen.status) == (D("19396.5") * 5 / 10, "achter op schema")
    assert hagen.expected == D("9698.25")
    assert hagen.percent == D("43.3")  # 8,400.5 / 19,396.5 = 43.31 %
    assert hagen.projected_year == 2032  # 19,396.5 / (8,400.5 / 5) = 11.5 years -> 2032
    # still needed: (19,396.5 - 8,400.5) / (2030 - 2025) = 10,996 / 5 = 2,199.2 -> 2,200 m a year (rounded up)
    assert hagen.needed_per_year == D(2200)
    tafels = items["klimaattafels"]
    # 400 (2022) + 600 (2023) = 1,000 >= 19,095 x 50 / 1,000 = 954.75 by the deadline, end 2024:
    # judged in 2025, after its deadline, the target was met.
    assert (tafels.realised, tafels.status, tafels.projected_year) == (
        D(400 + 600),
        "gehaald op de termijn",
        2023,
    )
    assert tafels.needed_per_year is None  # nothing is needed after the deadline
    nothing = items["renovaties_fossielvrij"]
    # No row at all: not reported, which is not the same as a reported zero.
    assert (nothing.realised, nothing.status, nothing.projected_year, nothing.reported) == (
        D("0"),
        "niet gerapporteerd",
        None,
        False,
    )


def test_an_earlier_reference_year_shows_the_state_then(mol_targets, mol_rows):
    bomen = next(p for p in progress(mol_targets, mol_rows, 2023) if p.indicator.key == "bomen")
    # 3,000 + 4,100 + 3,900 = 11,000 < 38,793 x 3/10 = 11,637.9
    assert (bomen.realised, bomen.expected, bomen.status) == (
        D(3000 + 4100 + 3900),
        D("38793") * 3 / 10,
        "achter op schema",
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


# --- progress that tells the truth: every status, the exact target, milestones, the pace ------


def _one(targets, rows, year, key):
    """The progress of one indicator at the end of `year`."""
    return next(p for p in progress(targets, rows, year) if p.indicator.key == key)


def _zeros(key, *years):
    """Reported zeros: years filled in with 0, so that no year judged is missing (issue 16)."""
    return [Realisation(key, year, D(0)) for year in years]


def test_every_status_is_a_dutch_word_in_export_order():
    assert STATUSES == (
        "doel al bereikt",
        "op schema",
        "achter op schema",
        "gehaald op de termijn",
        "niet gehaald op de termijn",
        "niet gerapporteerd",
    )
    assert STATUSES[3:] == (MET, MISSED, NOT_REPORTED)


def test_reached_before_the_deadline(mol_targets):
    # klimaattafels: 19,095 wooneenheden x 50 / 1,000 = 954.75 by the end of 2024.
    rows = [Realisation("klimaattafels", 2022, D(400)), Realisation("klimaattafels", 2023, D(600))]
    tafels = _one(mol_targets, rows, 2023, "klimaattafels")
    assert tafels.target_exact == D(19095) * 50 / 1000 == D("954.75")
    assert tafels.realised == D(400 + 600)
    assert tafels.status == REACHED  # 1,000 >= 954.75 in 2023, before the deadline
    assert tafels.needed_per_year == D(0)  # reached: nothing more is needed
    assert tafels.projected_year == 2023
    assert tafels.percent == D("104.7")  # 1,000 / 954.75 = 104.738 %
    assert not tafels.at_deadline


def test_judged_at_the_deadline_met_or_missed(mol_targets):
    met = [Realisation("klimaattafels", 2022, D(400)), Realisation("klimaattafels", 2023, D(600))]
    met += _zeros("klimaattafels", 2021, 2024)
    tafels = _one(mol_targets, met, 2024, "klimaattafels")  # 2024 is the deadline itself
    assert (tafels.status, tafels.needed_per_year, tafels.at_deadline) == (MET, None, True)
    # 400 + 500 = 900 < 954.75 at the end of 2024: missed.
    short = [Realisation("klimaattafels", 2022, D(400)), Realisation("klimaattafels", 2023, D(500))]
    tafels = _one(mol_targets, short + _zeros("klimaattafels", 2021, 2024), 2024, "klimaattafels")
    assert (tafels.realised, tafels.status, tafels.needed_per_year) == (D(900), MISSED, None)


def test_after_the_deadline_the_target_is_judged_as_it_stood_then(mol_targets):
    # 900 by the end of 2024 (< 954.75), then 100 more in 2025: 1,000 by 2026, still missed.
    rows = [
        Realisation("klimaattafels", 2022, D(400)),
        Realisation("klimaattafels", 2023, D(500)),
        Realisation("klimaattafels", 2025, D(100)),
        *_zeros("klimaattafels", 2021, 2024),
    ]
    tafels = _one(mol_targets, rows, 2026, "klimaattafels")
    assert tafels.realised == D(400 + 500 + 100)  # what was realised, up to the year judged
    assert tafels.status == MISSED  # but the deadline judged 900
    assert tafels.expected == D("954.75")  # after the deadline the path stays at the target
    # Met by 2023, judged in 2026: met.
    rows = [Realisation("klimaattafels", 2023, D(1000)), *_zeros("klimaattafels", 2021, 2022, 2024)]
    assert _one(mol_targets, rows, 2026, "klimaattafels").status == MET
    # Without 2024, the deadline year, the status stands at 2023: reached already, not yet "met".
    rows = [Realisation("klimaattafels", 2023, D(1000)), *_zeros("klimaattafels", 2021, 2022)]
    assert _one(mol_targets, rows, 2026, "klimaattafels").status == REACHED


def test_judged_against_the_exact_target_not_the_rounded_one(mol_targets):
    # renovaties_fossielvrij: 19,095 x 25 / 1,000 = 477.375, shown rounded half up as 477.
    rows = [Realisation("renovaties_fossielvrij", 2030, D(477))]
    fossielvrij = _one(mol_targets, rows, 2030, "renovaties_fossielvrij")
    assert (fossielvrij.target, fossielvrij.target_exact) == (D(477), D(19095) * 25 / 1000)
    assert fossielvrij.status == MISSED  # 477 is the rounded target, but 477 < 477.375
    assert fossielvrij.percent == D("99.9")  # 477 / 477.375 = 99.92 %
    rows = [Realisation("renovaties_fossielvrij", 2030, D(478))]
    assert _one(mol_targets, rows, 2030, "renovaties_fossielvrij").status == MET
    # Before the deadline 477 is no "behaald" either; the path: 477.375 x 7/10 = 334.1625 by 2027.
    rows = [Realisation("renovaties_fossielvrij", 2027, D(477))]
    early = _one(mol_targets, rows, 2027, "renovaties_fossielvrij")
    assert (early.expected, early.status) == (D("477.375") * 7 / 10, ON_TRACK)
    assert early.expected == D("334.1625")
    # the exact target reached exactly counts: hagen 38,793 x 0.5 = 19,396.5 by 2030
    assert _one(mol_targets, [Realisation("hagen", 2030, D("19396.5"))], 2030, "hagen").status == MET
    assert _one(mol_targets, [Realisation("hagen", 2030, D("19396.4"))], 2030, "hagen").status == MISSED


def test_on_the_path_exactly_is_on_track(mol_targets):
    # bomen: 38,793 x 5/10 = 19,396.5 expected by the end of 2025; exactly that much is on track.
    bomen = _one(mol_targets, [Realisation("bomen", 2025, D("19396.5"))], 2025, "bomen")
    assert (bomen.gap, bomen.status) == (D(0), ON_TRACK)
    bomen = _one(mol_targets, [Realisation("bomen", 2025, D("19396.4"))], 2025, "bomen")
    assert (bomen.gap, bomen.status) == (D("19396.4") - D("19396.5"), BEHIND)


def test_not_reported_is_not_a_reported_zero(mol_targets):
    items = {p.indicator.key: p for p in progress(mol_targets, [Realisation("bomen", 2021, D(0))], 2021)}
    zero, nothing = items["bomen"], items["hagen"]
    # A reported 0: behind the path (38,793 / 10 = 3,879.3 by 2021), 0 %, and a pace to keep:
    # (38,793 - 0) / (2030 - 2021) = 4,310.33… -> 4,311 a year (rounded up).
    assert (zero.reported, zero.status, zero.percent) == (True, BEHIND, D("0.0"))
    assert zero.needed_per_year == D(4311)
    assert zero.projected_year is None  # nothing realised: no pace to project with
    # No row: not reported. Unknown, so no percent, no pace and no projection.
    assert (nothing.reported, nothing.status) == (False, NOT_REPORTED)
    assert (nothing.percent, nothing.needed_per_year, nothing.projected_year) == (None, None, None)
    assert nothing.yearly == {} and nothing.remarks == []


@pytest.fixture(scope="module")
def herstappe_targets(catalogue, data):
    # Herstappe, 1 January 2025: 75 inwoners, 36 wooneenheden; pact 2.1.
    return TargetPlan(catalogue, "2.1").apply(subject_for(data.resolve("Herstappe").municipality, 2025))


def test_a_target_that_rounds_to_zero_is_not_reached_by_nothing(herstappe_targets):
    # natuurgroenperken: 75 / 1,000 = 0.075, shown as 0 (no decimals).
    zero = _zeros("natuurgroenperken", 2021, 2022, 2023, 2024, 2025)
    perken = _one(herstappe_targets, zero, 2025, "natuurgroenperken")
    assert (perken.target, perken.target_exact) == (D(0), D(75) / 1000)
    assert perken.expected == D("0.075") * 5 / 10 == D("0.0375")
    assert perken.status == BEHIND  # 0 < 0.0375: not "behaald" because the target shows 0
    assert perken.percent == D("0.0")
    # one perk is more than 0.075: reached, 1 / 0.075 = 1,333.33 %
    one = [Realisation("natuurgroenperken", 2023, D(1))]
    perken = _one(herstappe_targets, one, 2025, "natuurgroenperken")
    assert (perken.status, perken.percent, perken.needed_per_year) == (REACHED, D("1333.3"), D(0))
    # at the deadline, nothing is missed, even if the rounded target was 0
    perken = _one(
        herstappe_targets, zero + _zeros("natuurgroenperken", *range(2026, 2031)), 2030, "natuurgroenperken"
    )
    assert perken.status == MISSED
    # energiegemeenschap: 75 / 500 = 0.15, shown as 0, deadline 2025
    rows = _zeros("energiegemeenschap", 2021, 2022, 2023, 2024, 2025)
    gemeenschap = _one(herstappe_targets, rows, 2025, "energiegemeenschap")
    assert (gemeenschap.target, gemeenschap.target_exact, gemeenschap.status) == (D(0), D("0.15"), MISSED)
    # not reported stays not reported, whatever the target
    assert _one(herstappe_targets, [], 2025, "natuurgroenperken").status == NOT_REPORTED


def test_a_path_bends_at_a_milestone():
    # 100 by the end of 2025, 400 by the end of 2030: 100 x 3/5 = 60 by 2023,
    # 100 + (400 - 100) x 2/5 = 220 by 2027.
    corners = [(2025, D(100)), (2030, D(400))]
    assert path_by(corners, 2020) == D(0)
    assert path_by(corners, 2023) == D(100) * 3 / 5 == D(60)
    assert path_by(corners, 2025) == D(100)
    assert path_by(corners, 2027) == D(100) + D(300) * 2 / 5 == D(220)
    assert path_by(corners, 2031) == D(400)  # after the deadline: the target


def test_the_milestone_of_energievermogen(catalogue, mol_targets):
    # pact 2.1: 36 kWp per 500 inwoners by 2030, of which 18 by the end of 2025 (the catalogue's milestone).
    (row,) = [r for r in mol_targets.rows if r.indicator.key == "energievermogen"]
    assert row.indicator.milestone.year == 2025
    assert milestone_of(row.indicator, 38793) == D(38793) * 18 / 500 == D("1396.548")
    # Judged in 2023: 3 x 300 = 900 against 1,396.548 x 3/5 = 837.9288 (the exact milestone).
    rows = [Realisation("energievermogen", year, D(300)) for year in (2021, 2022, 2023)]
    vermogen = _one(mol_targets, rows, 2023, "energievermogen")
    assert vermogen.target_exact == D(38793) * 36 / 500 == D("2793.096")
    assert vermogen.expected == D("1396.548") * 3 / 5 == D("837.9288")
    assert vermogen.status == ON_TRACK
    # needed: (2,793.096 - 900) / (2030 - 2023) = 270.442… -> 270.5 kWp a year (one decimal, up)
    assert vermogen.needed_per_year == D("270.5")
    stage = vermogen.milestone
    assert (stage.year, stage.target_exact, stage.target) == (2025, D("1396.548"), D("1396.5"))
    assert (stage.realised, stage.status) == (D(900), ON_TRACK)  # 900 >= 837.9288, before 2025
    # Judged in 2025: 4 x 300 + 500 = 1,700 >= 1,396.548 by the end of 2025: milestone met.
    rows += [Realisation("energievermogen", 2024, D(300)), Realisation("energievermogen", 2025, D(500))]
    vermogen = _one(mol_targets, rows, 2025, "energievermogen")
    assert (vermogen.milestone.realised, vermogen.milestone.status) == (D(1700), MET)
    assert vermogen.status == ON_TRACK  # 1,700 >= 1,396.548 on the path, < 2,793.096: not reached yet
    # 1,000 by 2025 (< 1,396.548), 800 more in 2026: the milestone was missed, judged as it stood.
    rows = [Realisation("energievermogen", 2021, D(1000)), Realisation("energievermogen", 2026, D(800))]
    vermogen = _one(mol_targets, rows, 2026, "energievermogen")
    assert (vermogen.milestone.realised, vermogen.milestone.status) == (D(1000), MISSED)
    # the path after the milestone: 1,396.548 + (2,793.096 - 1,396.548) x 1/5 = 1,675.8576
    assert vermogen.expected == D("1396.548") + (D("2793.096") - D("1396.548")) / 5 == D("1675.8576")
    assert (vermogen.realised, vermogen.status) == (D(1800), ON_TRACK)
    # Reached early: 1,400 >= 1,396.548 in 2022.
    vermogen = _one(mol_targets, [Realisation("energievermogen", 2021, D(1400))], 2022, "energievermogen")
    assert vermogen.milestone.status == REACHED
    # Not reported: the milestone neither.
    assert _one(mol_targets, [], 2025, "energievermogen").milestone.status == NOT_REPORTED


def test_only_indicators_with_a_milestone_have_one(catalogue, data, mol_targets, mol_rows):
    others = [p for p in progress(mol_targets, mol_rows, 2025) if p.indicator.key != "energievermogen"]
    assert all(p.milestone is None for p in others)
    # pact 2.0 has the 1.0 energievermogen (18 kWp per 500 inwoners by 2030): no milestone, a straight path
    older = TargetPlan(catalogue, "2.0").apply(subject_for(data.resolve("Mol").municipality, 2026))
    rows = [Realisation("energievermogen", 2021, D(1)), *_zeros("energievermogen", 2022, 2023)]
    vermogen = _one(older, rows, 2023, "energievermogen")
    assert vermogen.milestone is None
    assert vermogen.expected == D(38793) * 18 / 500 * 3 / 10 == D("418.9644")
    assert not any(p.milestone for p in trajectory(older, "energievermogen"))


def test_needed_per_year_is_rounded_up_to_the_indicator(mol_targets, mol_rows):
    items = {p.indicator.key: p for p in progress(mol_targets, mol_rows, 2025)}
    # bomen: (38,793 - 21,000) / (2030 - 2025) = 17,793 / 5 = 3,558.6 -> 3,559
    assert items["bomen"].needed_per_year == D(3559)
    # laadpunten (exact 38,793 x 1.5 / 100 = 581.895): 40 + 55 + 70 + 90 + 95 = 350;
    # (581.895 - 350) / 5 = 46.379 -> 47
    assert items["laadpunten"].needed_per_year == D(47)
    # a deadline passed (klimaattafels, 2024) needs nothing more: None, not 0
    assert items["klimaattafels"].needed_per_year is None
    # judged at the deadline itself: None as well
    filled = mol_rows + _zeros("bomen", 2026, 2027, 2028, 2029, 2030)
    assert _one(mol_targets, filled, 2030, "bomen").needed_per_year is None
    # but with 2026-2030 left empty, bomen are judged as of 2025, and 3,559 a year is still needed
    assert _one(mol_targets, mol_rows, 2030, "bomen").needed_per_year == D(3559)


def test_a_projection_far_away_keeps_its_year(mol_targets, mol_rows):
    # hemelwater: 800 in 2024 only; by the end of 2025 that is 800 / 5 = 160 a year, and
    # 38,793 / 160 = 242.46 years after 2020: 2263. The views say "na 2050"; the records keep 2263.
    hemelwater = _one(mol_targets, mol_rows, 2025, "hemelwater")
    assert hemelwater.projected_year == 2020 + 243 == 2263


def test_a_correction_after_the_target_was_reached(mol_targets):
    # 40,000 trees in 2021 (>= 38,793), 5,000 taken back in 2022: 35,000, no longer reached.
    rows = [Realisation("bomen", 2021, D(40000)), Realisation("bomen", 2022, D(-5000))]
    bomen = _one(mol_targets, rows, 2022, "bomen")
    assert bomen.realised == D(40000 - 5000)
    assert bomen.yearly == {2021: D(40000), 2022: D(-5000)}  # the amounts as reported
    assert bomen.status == ON_TRACK  # 35,000 >= 38,793 x 2/10 = 7,758.6, but < 38,793
    # the pace so far: 35,000 / 2 = 17,500 a year, 38,793 / 17,500 = 2.2 years after 2020: 2023
    # (not 2021: the target is no longer reached)
    assert bomen.projected_year == 2023
    # (38,793 - 35,000) / (2030 - 2022) = 474.125 -> 475 a year
    assert bomen.needed_per_year == D(475)
    assert bomen.cumulative[:2] == [(2021, D(40000)), (2022, D(35000))]


def test_more_removed_than_planted(mol_targets):
    # hagen: 50 m grubbed up, nothing planted: -50 of 19,396.5 = -0.26 %
    hagen = _one(mol_targets, [Realisation("hagen", 2021, D(-50))], 2021, "hagen")
    assert (hagen.realised, hagen.percent, hagen.status) == (D(-50), D("-0.3"), BEHIND)
    assert hagen.projected_year is None  # no pace forward
    # (19,396.5 + 50) / 9 = 2,160.72… -> 2,161
    assert hagen.needed_per_year == D(2161)


def test_remarks_are_kept_by_year(mol_targets, mol_rows):
    bomen = _one(mol_targets, mol_rows, 2025, "bomen")
    assert bomen.remarks == [(2021, "aanplant Gompel")]  # the opmerking of tests/data/realisaties_mol.csv
    rows = [
        Realisation("hagen", 2022, D(10), opmerking="heraanplant na storm niet meegeteld"),
        Realisation("hagen", 2023, D(-5), opmerking="haag gerooid voor fietspad"),
        Realisation("hagen", 2026, D(5), opmerking="later"),
    ]
    hagen = _one(mol_targets, rows, 2025, "hagen")
    assert hagen.remarks == [
        (2022, "heraanplant na storm niet meegeteld"),
        (2023, "haag gerooid voor fietspad"),
    ]
    assert hagen.realised == D(10 - 5)  # 2026 lies after the year judged


def test_quartiles_the_inclusive_way():
    # [10, 20, 30, 40]: positions 0.75, 1.5, 2.25 of 0..3
    # q1 = 10 + 0.75 x 10 = 17.5; median = 20 + 0.5 x 10 = 25; q3 = 30 + 0.25 x 10 = 32.5
    assert quartiles([D(40), D(10), D(30), D(20)]) == (D("17.5"), D("25.0"), D("32.5"))
    assert quartiles([D(n) for n in (1, 2, 3, 4, 5)]) == (D(2), D(3), D(4))  # positions 1, 2, 3
    assert quartiles([D(7)]) == (D(7), D(7), D(7))
    assert quartiles([]) is None
    # to 0.1, half up: [1.0, 2.05] gives 1.0 + 0.25 x 1.05 = 1.2625 -> 1.3; 1.525 -> 1.5; 1.7875 -> 1.8
    assert quartiles([D("1.0"), D("2.05")]) == (D("1.3"), D("1.5"), D("1.8"))
    # seven values, sorted [0, 3.5, 8, 12.25, 50, 77.1, 104.7]: positions 1.5, 3 and 4.5
    # q1 = 3.5 + 0.5 x 4.5 = 5.75 -> 5.8; median 12.25 -> 12.3; q3 = 50 + 0.5 x 27.1 = 63.55 -> 63.6
    values = [D(v) for v in ("3.5", "0", "104.7", "12.25", "50", "77.1", "8")]
    unrounded = statistics.quantiles(values, n=4, method="inclusive")  # the standard library agrees
    assert unrounded == [D("5.75"), D("12.25"), D("63.55")]
    assert quartiles(values) == (D("5.8"), D("12.3"), D("63.6"))


@pytest.mark.parametrize(
    ("inwoners", "klass"),
    [
        (0, (0, 10_000)),
        (9_999, (0, 10_000)),
        (10_000, (10_000, 20_000)),
        (19_999, (10_000, 20_000)),
        (20_000, (20_000, 50_000)),
        (49_999, (20_000, 50_000)),
        (50_000, (50_000, None)),
        (565_615, (50_000, None)),
    ],
)
def test_size_classes(inwoners, klass):
    assert size_class(inwoners) == klass


def test_distribution_counts_every_status_and_spreads_the_reported(mol_targets):
    # Five gemeenten with Mol's targets (bomen 38,793 by 2030), judged at the end of 2025
    # (expected 19,396.5): 0 reported, 7,758.6 (20 %), 19,396.5 (50 %), 38,793 (100 %), not reported.
    amounts = [D(0), D("7758.6"), D("19396.5"), D(38793), None]
    items = [
        _one(
            mol_targets,
            []
            if amount is None
            else [Realisation("bomen", 2025, amount), *_zeros("bomen", 2021, 2022, 2023, 2024)],
            2025,
            "bomen",
        )
        for amount in amounts
    ]
    assert [item.percent for item in items] == [D("0.0"), D("20.0"), D("50.0"), D("100.0"), None]
    spread = distribution(items[0].indicator, items)
    assert spread.gemeenten == 5
    assert spread.counts == {
        "doel al bereikt": 1, "op schema": 1, "achter op schema": 2, "gehaald op de termijn": 0,
        "niet gehaald op de termijn": 0, "met hiaten": 0, "niet gerapporteerd": 1,
    }  # fmt: skip
    # the four reported: [0, 20, 50, 100] -> q1 0 + 0.75 x 20 = 15, median 20 + 0.5 x 30 = 35,
    # q3 50 + 0.25 x 50 = 62.5 (the one not reported is left out, not counted as 0)
    assert (spread.lower_quartile, spread.median, spread.upper_quartile) == (D(15), D(35), D("62.5"))
    nobody = distribution(items[0].indicator, items[4:])
    assert (nobody.gemeenten, nobody.median, nobody.counts["niet gerapporteerd"]) == (1, None, 1)


def test_measured_figures_against_the_yearly_ceilings(catalogue):
    baseline = Baseline(
        co2_2015=D("1250.5"),
        energy_base_year=2019,
        energy=D(4800),
        energy_actual={2021: D(4601), 2022: D(4600)},
        co2_actual={2021: D("975.39"), 2022: D(930)},
    )
    energy, co2 = engagement_paths(catalogue, "2.1", baseline)
    ceilings = dict(energy.points)
    # 2.09 % a year to 2022, 3 % from 2023 (pact 2.0 and later), from 4,800 MWh in 2019:
    assert ceilings[2021] == to_3(D(4800) * D("0.9791") ** 2) == D("4601.457")
    assert ceilings[2022] == to_3(D(4800) * D("0.9791") ** 3) == D("4505.286")
    assert ceilings[2023] == to_3(D(4800) * D("0.9791") ** 3 * D("0.97")) == D("4370.128")
    assert energy.actual == {2021: D(4601), 2022: D(4600)}
    assert energy.status(2021) == WITHIN  # 4,601 <= 4,601.457
    assert energy.status(2022) == ABOVE  # 4,600 > 4,505.286
    assert energy.status(2023) is None  # nothing measured
    assert energy.status(2031) is None  # no ceiling
    # CO2, -55 % in a straight line from 2015 to 2030:
    # 2022: 1,250.5 - 1,250.5 x 0.55 x 7/15 = 1,250.5 - 320.96166… = 929.538
    assert dict(co2.points)[2022] == to_3(D("1250.5") - D("1250.5") * D("0.55") * 7 / 15) == D("929.538")
    assert co2.status(2021) == WITHIN  # 975.39 on the ceiling 975.390 itself is within
    assert co2.status(2022) == ABOVE  # 930 > 929.538
    assert (WITHIN, ABOVE) == ("binnen", "boven")
