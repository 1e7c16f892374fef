"""The target maths, checked against values computed by hand from ratio x population.

Populations and dwellings are the Statbel figures in data/municipalities.csv (their origin:
data/SOURCES.md). Every expected value below is written out as the multiplication that
gives it.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lekp_calc.domain.model import Rounding
from lekp_calc.domain.targets import (
    DWELLINGS_YEAR,
    TargetPlan,
    custom_subject,
    per_1000,
    round_target,
    subject_for,
)

MOL_2026 = 38793  # inwoners of Mol on 1 January 2026
MOL_DWELLINGS = 19095  # dwellings of Mol in Census 2021


def targets_of(catalogue, data, name, year, pact, rounding=None):
    subject = subject_for(data.resolve(name).municipality, year)
    result = TargetPlan(catalogue, pact, rounding=rounding).apply(subject)
    return {row.indicator.key: row for row in result.rows}


def test_mol_2026_pact_2_1(catalogue, data):
    rows = targets_of(catalogue, data, "Mol", 2026, "2.1")
    inw, dw = MOL_2026, MOL_DWELLINGS
    expected_exact = {
        "bomen": inw * D(1),  # 38,793 x 1 = 38,793
        "hagen": inw * D("0.5"),  # 38,793 x 0.5 m = 19,396.5
        "natuurgroenperken": inw * D(1) / 1000,  # 38,793 / 1,000 = 38.793
        "renovaties": dw * D(50) / 1000,  # 19,095 x 50 / 1,000 = 954.75
        "renovaties_fossielvrij": dw * D(25) / 1000,  # 19,095 x 25 / 1,000 = 477.375
        "klimaattafels": dw * D(50) / 1000,  # 19,095 x 50 / 1,000 = 954.75
        "energieprojecten": inw * D(1) / 500,  # 38,793 / 500 = 77.586
        "energievermogen": inw * D(36) / 500,  # 38,793 x 36 / 500 = 2,793.096 kWp (2.1 doubles 1.0's 18)
        "energiegemeenschap": inw * D(1) / 500,  # 38,793 / 500 = 77.586
        "deelwagens": inw * D(2) / 1000,  # 38,793 x 2 / 1,000 = 77.586
        "laadpunten": inw * D("1.5") / 100,  # 38,793 x 1.5 / 100 = 581.895 (2.0 and later)
        "fietspaden": inw * D(1),  # 38,793 x 1 m
        "ontharding": inw * D(1),  # 38,793 x 1 m2
        "hemelwater": inw * D(1),  # 38,793 x 1 m3
    }
    # the same values written out, so that a slip in the expressions above shows too
    assert expected_exact["hagen"] == D("19396.5")
    assert expected_exact["natuurgroenperken"] == D("38.793")
    assert expected_exact["renovaties"] == D("954.75")
    assert expected_exact["renovaties_fossielvrij"] == D("477.375")
    assert expected_exact["energieprojecten"] == D("77.586")
    assert expected_exact["energievermogen"] == D("2793.096")
    assert expected_exact["laadpunten"] == D("581.895")
    expected_target = {
        "bomen": D("38793"),
        "hagen": D("19397"),  # 19,396.5 half up
        "natuurgroenperken": D("39"),  # 38.793
        "renovaties": D("955"),  # 954.75
        "renovaties_fossielvrij": D("477"),  # 477.375
        "klimaattafels": D("955"),
        "energieprojecten": D("78"),  # 77.586
        "energievermogen": D("2793.1"),  # one decimal for kWp
        "energiegemeenschap": D("78"),
        "deelwagens": D("78"),
        "laadpunten": D("582"),  # 581.895
        "fietspaden": D("38793"),
        "ontharding": D("38793"),
        "hemelwater": D("38793"),
    }
    assert {k: r.target_exact for k, r in rows.items()} == expected_exact
    assert {k: r.target for k, r in rows.items()} == expected_target
    assert rows["renovaties"].basis_value == 19095
    assert rows["renovaties"].reference_year == DWELLINGS_YEAR == 2021  # the census year of the dwellings
    assert rows["bomen"].reference_year == 2026
    assert rows["bomen"].basis_value == 38793


def test_mol_2021_pact_1_0(catalogue, data):
    # Mol: 37,021 inhabitants on 1 January 2021 (Statbel, data/municipalities.csv); the lookup by NIS code.
    rows = targets_of(catalogue, data, "13025", 2021, "1.0")
    assert set(rows) == {
        "bomen", "hagen", "natuurgroenperken", "renovaties", "energieprojecten",
        "energievermogen", "deelwagens", "laadpunten", "fietspaden", "ontharding", "hemelwater",
    }  # fmt: skip
    assert rows["hagen"].target_exact == 37021 * D("0.5") == D("18510.5")
    assert rows["hagen"].target == D("18511")
    assert rows["energievermogen"].target_exact == 37021 * D(18) / 500 == D("1332.756")
    assert rows["energievermogen"].target == D("1332.8")
    assert rows["laadpunten"].target_exact == 37021 * D(1) / 100 == D("370.21")  # 1 per 100 under 1.0
    assert rows["laadpunten"].target == D("370")
    assert rows["energieprojecten"].target_exact == 37021 * D(1) / 500 == D("74.042")
    assert rows["energieprojecten"].target == D("74")


def test_antwerpen_2025_pact_2_0(catalogue, data):
    # Antwerpen (with Borsbeek): 562,002 on 1 January 2025; 289,266 dwellings (Statbel, municipalities.csv).
    rows = targets_of(catalogue, data, "Antwerpen", 2025, "2.0")
    assert "energiegemeenschap" not in rows  # a 2.1 target
    assert rows["laadpunten"].target_exact == 562002 * D("1.5") / 100 == D("8430.03")
    assert rows["laadpunten"].target == D("8430")
    assert rows["renovaties"].target_exact == 289266 * D(50) / 1000 == D("14463.3")
    assert rows["renovaties_fossielvrij"].target_exact == 289266 * D(25) / 1000 == D("7231.65")
    assert rows["renovaties_fossielvrij"].target == D("7232")
    assert rows["energievermogen"].target_exact == 562002 * D(18) / 500 == D("20232.072")  # 18 kWp under 2.0
    assert rows["energievermogen"].target == D("20232.1")


def test_herstappe_small_numbers(catalogue, data):
    # Herstappe: 78 inhabitants on 1 January 2026, 36 dwellings: targets below one unit.
    rows = targets_of(catalogue, data, "Herstappe", 2026, "2.1")
    assert rows["natuurgroenperken"].target_exact == 78 * D(1) / 1000 == D("0.078")
    assert rows["natuurgroenperken"].target == D("0")
    assert rows["renovaties"].target_exact == 36 * D(50) / 1000 == D("1.8")
    assert rows["renovaties"].target == D("2")
    assert rows["renovaties_fossielvrij"].target_exact == 36 * D(25) / 1000 == D("0.9")
    assert rows["energievermogen"].target_exact == 78 * D(36) / 500 == D("5.616")
    assert rows["energievermogen"].target == D("5.6")
    assert rows["laadpunten"].target_exact == 78 * D("1.5") / 100 == D("1.17")


@pytest.mark.parametrize(
    ("rounding", "hagen", "perken", "vermogen", "fossielvrij"),
    [
        # Mol 2026: hagen 38,793 x 0.5 = 19,396.5; perken 38,793 / 1,000 = 38.793;
        # vermogen 38,793 x 36 / 500 = 2,793.096 kWp; fossielvrij 19,095 x 25 / 1,000 = 477.375
        (Rounding.HALF_UP, D("19397"), D("39"), D("2793.1"), D("477")),
        (Rounding.UP, D("19397"), D("39"), D("2793.1"), D("478")),
        (Rounding.DOWN, D("19396"), D("38"), D("2793.0"), D("477")),
        (Rounding.NONE, D("19396.5"), D("38.793"), D("2793.096"), D("477.375")),
    ],
)
def test_rounding_modes(catalogue, data, rounding, hagen, perken, vermogen, fossielvrij):
    rows = targets_of(catalogue, data, "Mol", 2026, "2.1", rounding)
    assert rows["hagen"].target == hagen
    assert rows["natuurgroenperken"].target == perken
    assert rows["energievermogen"].target == vermogen
    assert rows["renovaties_fossielvrij"].target == fossielvrij


def test_round_target_edges():
    assert round_target(D("2.5"), Rounding.HALF_UP, 0) == D("3")
    assert round_target(D("2.4999"), Rounding.HALF_UP, 0) == D("2")
    assert round_target(D("2.0001"), Rounding.UP, 0) == D("3")
    assert round_target(D("2.9999"), Rounding.DOWN, 0) == D("2")
    assert round_target(D("0.05"), Rounding.HALF_UP, 1) == D("0.1")
    assert round_target(D("2.345"), Rounding.NONE, 0) == D("2.345")  # NONE keeps the exact value


def test_plan_rounds_like_round_target(catalogue):
    plan = TargetPlan(catalogue, "2.1")
    vermogen = next(i for i in plan.indicators if i.key == "energievermogen")
    # 2,793.096 kWp to one decimal, half up
    assert plan.round_for(vermogen, D("2793.096")) == D("2793.1")
    assert plan.round_for(vermogen, D("2793.05")) == D("2793.1")


def test_exact_arithmetic_has_no_float_noise(catalogue):
    # 37,909 x 18 / 500 = 37,909 x 0.036 is 1364.724 exactly; a float path could print 1364.7240000000002.
    plan = TargetPlan(catalogue, "1.0", rounding=Rounding.NONE)
    rows = {r.indicator.key: r for r in plan.apply(custom_subject(37909, 0)).rows}
    assert str(rows["energievermogen"].target_exact) == "1364.724"


def test_user_figures_override_the_data(catalogue, data):
    mol = data.resolve("Mol").municipality
    subject = subject_for(mol, 2026, inwoners=40000, wooneenheden=20000)
    rows = {r.indicator.key: r for r in TargetPlan(catalogue, "2.1").apply(subject).rows}
    assert rows["bomen"].target_exact == 40000 * D(1)
    assert rows["bomen"].reference_year is None  # given by the user, not from the data
    assert rows["renovaties"].target_exact == 20000 * D(50) / 1000 == D("1000")
    assert rows["renovaties"].reference_year is None
    assert subject.nis_code == "13025" and not subject.is_custom


def test_what_if_without_dwellings_skips_dwelling_targets(catalogue):
    subject = custom_subject(inwoners=10000)
    assert subject.is_custom
    result = TargetPlan(catalogue, "2.1").apply(subject)
    assert {i.key for i in result.skipped} == {
        "renovaties",
        "renovaties_fossielvrij",
        "klimaattafels",
    }
    assert {r.indicator.key for r in result.rows} >= {"bomen", "laadpunten"}
    bomen = next(r for r in result.rows if r.indicator.key == "bomen")
    assert bomen.target_exact == 10000 * D(1)


def test_werf_filter(catalogue):
    result = TargetPlan(catalogue, "2.1", werf=4).apply(custom_subject(1000, 500))
    assert [r.indicator.key for r in result.rows] == ["ontharding", "hemelwater"]


def test_apply_all_keeps_the_order(catalogue):
    plan = TargetPlan(catalogue, "2.1", werf=1)
    subjects = [custom_subject(1000, 500), custom_subject(2000, 1000)]
    results = list(plan.apply_all(subjects))
    assert [r.subject for r in results] == subjects
    assert [r.rows[0].target_exact for r in results] == [1000 * D(1), 2000 * D(1)]  # bomen: 1 per inwoner


def test_per_1000():
    # Mol: 19,095 x 50 / 1,000 = 954.75 renovations; 954.75 / 38,793 x 1,000 = 24.6114... -> 24.611
    assert per_1000(D("954.75"), 38793) == D("24.611")
    # Herstappe: 36 x 50 / 1,000 = 1.8; 1.8 / 78 x 1,000 = 23.0769... -> 23.077
    assert per_1000(D("1.8"), 78) == D("23.077")
    assert per_1000(D("1"), 0) is None
    assert per_1000(D("1"), None) is None


populations = st.integers(min_value=0, max_value=2_000_000)


@given(a=populations, b=populations, rounding=st.sampled_from(list(Rounding)))
def test_target_grows_with_population(catalogue, a, b, rounding):
    low, high = sorted((a, b))
    plan = TargetPlan(catalogue, "2.1", rounding=rounding)
    small = plan.apply(custom_subject(low, low // 2)).rows
    large = plan.apply(custom_subject(high, high // 2)).rows
    for low_row, high_row in zip(small, large, strict=True):
        assert low_row.indicator.key == high_row.indicator.key
        assert low_row.target_exact <= high_row.target_exact
        assert low_row.target <= high_row.target


@given(
    sizes=st.lists(st.tuples(populations, st.integers(0, 1_000_000)), min_size=1, max_size=20),
    pact=st.sampled_from(["1.0", "2.0", "2.1"]),
)
def test_exact_targets_add_up(catalogue, sizes, pact):
    plan = TargetPlan(catalogue, pact)
    parts = [plan.apply(custom_subject(p, d)) for p, d in sizes]
    whole = plan.apply(custom_subject(sum(p for p, _ in sizes), sum(d for _, d in sizes)))
    for index, row in enumerate(whole.rows):
        assert sum(part.rows[index].target_exact for part in parts) == row.target_exact
