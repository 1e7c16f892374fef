"""A blank is not a zero (issue 16): progress over a file with years missing, worked out by hand.

Mol on 1 January 2026 has 38,793 inwoners; on 1 January 2025 38,701. Bomen: 1 per inwoner by
the end of 2030, so the straight path from zero (end 2020) reaches target × n/10 by the end of
2020 + n.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lekp_calc.domain.model import Realisation
from lekp_calc.domain.progress import (
    BEHIND,
    MET,
    NOT_REPORTED,
    ON_TRACK,
    REACHED,
    distribution,
    progress,
)
from lekp_calc.domain.statuses import DISTRIBUTION_STATES, STATUSES, WITH_GAPS
from lekp_calc.domain.targets import TargetPlan, subject_for


@pytest.fixture(scope="module")
def mol_2026(catalogue, data):
    return TargetPlan(catalogue, "2.1").apply(subject_for(data.resolve("Mol").municipality, 2026))


def rows(indicator: str, values: dict[int, int | str]) -> list[Realisation]:
    return [Realisation(indicator, year, D(value)) for year, value in values.items()]


def item(result, key):
    return next(p for p in result if p.indicator.key == key)


def test_bomen_filled_to_2023_and_blank_after_are_judged_as_of_2023(mol_2026):
    # 2021-2023 filled, 2024 and 2025 not: judged to the end of 2025.
    bomen = item(progress(mol_2026, rows("bomen", {2021: 3000, 2022: 4100, 2023: 3900}), 2025), "bomen")
    assert bomen.target == 38793  # 38,793 inwoners × 1 tree
    assert bomen.realised == 11000  # 3,000 + 4,100 + 3,900
    assert bomen.missing_years == [2024, 2025]
    assert bomen.last_reported_year == 2023 and bomen.judged_year == 2023
    # The path at the end of 2023, not 2025: 38,793 × 3/10 = 11,637.9.
    assert bomen.expected == D("11637.9")
    assert bomen.gap == D("-637.9")  # 11,000 - 11,637.9
    assert bomen.status == BEHIND  # 11,000 < 11,637.9
    # The pace over the three reported years: 11,000 / 3 a year; 38,793 / (11,000 / 3) = 10.58
    # years, so the 11th year from 2021: 2031 (over five years it would be 38,793 / 2,200 = 17.6: 2038).
    assert bomen.projected_year == 2031
    # Still needed from 2024 to 2030 (7 years): (38,793 - 11,000) / 7 = 3,970.43, rounded up.
    assert bomen.needed_per_year == 3971
    assert bomen.with_gaps and not bomen.complete
    # A chart draws the reported years only: no point for 2024 or 2025.
    assert bomen.reported_points() == [(2021, D(3000)), (2022, D(7100)), (2023, D(11000))]


def test_the_same_years_filled_in_are_judged_to_the_year_asked(mol_2026):
    values = {2021: 3000, 2022: 4100, 2023: 3900, 2024: 0, 2025: 0}  # 2024 and 2025 a reported 0
    bomen = item(progress(mol_2026, rows("bomen", values), 2025), "bomen")
    assert bomen.missing_years == [] and bomen.complete
    assert bomen.judged_year == 2025
    assert bomen.expected == D("19396.5")  # 38,793 × 5/10
    assert bomen.status == BEHIND  # 11,000 < 19,396.5
    assert bomen.projected_year == 2038  # 38,793 / (11,000 / 5) = 17.6 years: 2020 + 18


def test_an_explicit_zero_is_a_reported_zero(mol_2026):
    hagen = item(progress(mol_2026, rows("hagen", {2021: 0, 2022: 0}), 2022), "hagen")
    assert hagen.reported and hagen.complete
    assert hagen.realised == 0 and hagen.percent == D("0.0")
    assert hagen.status == BEHIND  # 0 < 19,396.5 × 2/10 (hagen: 0.5 m per inwoner)
    assert hagen.projected_year is None  # no pace from nothing


def test_a_gap_between_reported_years_is_named_and_the_status_stands_at_the_year_judged(mol_2026):
    bomen = item(progress(mol_2026, rows("bomen", {2021: 4000, 2023: 8000}), 2023), "bomen")
    assert bomen.missing_years == [2022]
    assert bomen.judged_year == 2023
    assert bomen.realised == 12000  # 4,000 + 8,000; 2022 unknown, not 0
    assert bomen.expected == D("11637.9")  # 38,793 × 3/10
    assert bomen.status == ON_TRACK  # 12,000 ≥ 11,637.9
    assert bomen.reported_points() == [(2021, D(4000)), (2023, D(12000))]


def test_a_target_never_reported_has_no_status_year_and_no_points(mol_2026):
    hemelwater = item(progress(mol_2026, rows("bomen", {2021: 1}), 2025), "hemelwater")
    assert hemelwater.status == NOT_REPORTED
    assert not hemelwater.reported and hemelwater.judged_year is None
    assert hemelwater.missing_years == [] and hemelwater.reported_points() == []
    assert hemelwater.projected_year is None and hemelwater.percent is None


def test_a_deadline_passed_counts_the_years_up_to_the_deadline(mol_2026):
    # klimaattafels: 0.05 per wooneenheid by the end of 2024; 19,095 × 0.05 = 954.75 → 955.
    values = {2021: 200, 2022: 300, 2023: 300, 2024: 200}  # 1,000 by 2024; 2025 does not count
    tafels = item(progress(mol_2026, rows("klimaattafels", values), 2025), "klimaattafels")
    assert tafels.missing_years == [] and tafels.judged_year == 2024
    assert tafels.status == MET  # 1,000 ≥ 954.75


def test_a_year_missing_at_the_deadline_judges_before_it(mol_2026):
    values = {2021: 200, 2022: 300, 2023: 500}  # 2024, the deadline year, left empty
    tafels = item(progress(mol_2026, rows("klimaattafels", values), 2025), "klimaattafels")
    assert tafels.missing_years == [2024] and tafels.judged_year == 2023
    # By the end of 2023 the path is at 954.75 × 3/4 = 716.0625; 1,000 ≥ the whole 954.75.
    assert tafels.status == REACHED


def test_the_spread_counts_gaps_apart_and_quartiles_only_complete_reports(mol_2026):
    complete = item(progress(mol_2026, rows("bomen", {2021: 3879, 2022: 3879.3}), 2022), "bomen")
    gaps = item(progress(mol_2026, rows("bomen", {2021: 38793}), 2022), "bomen")
    never = item(progress(mol_2026, [], 2022), "bomen")
    spread = distribution(complete.indicator, [complete, gaps, never])
    assert spread.gemeenten == 3
    assert spread.counts[WITH_GAPS] == 1  # the one with 2022 missing, not counted as reached
    assert spread.counts[NOT_REPORTED] == 1
    # The complete one: 7,758.3 of 38,793 = 20.0 % on the path 38,793 × 2/10 = 7,758.6: behind.
    assert spread.counts[BEHIND] == 1
    assert sum(spread.counts.values()) == 3
    assert spread.median == D("20.0")  # over the complete report only (the gap one has 100 %)
    assert (*STATUSES[:-1], WITH_GAPS, STATUSES[-1]) == DISTRIBUTION_STATES
