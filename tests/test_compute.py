"""The target maths, checked against values computed by hand from ratio x population.

Populations and dwellings are the Statbel figures in data/municipalities.csv; Mol and
Antwerpen are also listed in data/PROVENANCE.md. Every expected value below is written out
as the multiplication that gives it.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lekp_calc import Rounding
from lekp_calc.compute import (
    TargetPlan,
    compute_targets,
    custom_subject,
    round_target,
    subject_for,
)
from lekp_calc.errors import InputError


def targets_of(catalogue, data, name, year, pact, rounding=None):
    subject = subject_for(data.resolve(name).municipality, year)
    result = compute_targets(catalogue, pact, subject, rounding=rounding)
    return {row.indicator.key: row for row in result.rows}


def test_mol_2026_pact_2_1(catalogue, data):
    # Mol: 38,793 inhabitants on 1 January 2026; 19,095 dwellings in Census 2021.
    rows = targets_of(catalogue, data, "Mol", 2026, "2.1")
    expected_exact = {
        "bomen": D("38793"),  # 38,793 x 1
        "hagen": D("19396.5"),  # 38,793 x 0.5 m
        "natuurgroenperken": D("38.793"),  # 38,793 / 1,000
        "renovaties": D("954.75"),  # 19,095 x 50 / 1,000
        "renovaties_fossielvrij": D("477.375"),  # 19,095 x 25 / 1,000
        "klimaattafels": D("954.75"),  # 19,095 x 50 / 1,000
        "energieprojecten": D("77.586"),  # 38,793 / 500
        "energievermogen": D("2793.096"),  # 38,793 x 36 / 500 kWp (2.1 doubles 1.0's 18)
        "energiegemeenschap": D("77.586"),  # 38,793 / 500
        "deelwagens": D("77.586"),  # 38,793 x 2 / 1,000
        "laadpunten": D("581.895"),  # 38,793 x 1.5 / 100 (2.0 and later)
        "fietspaden": D("38793"),  # 38,793 x 1 m
        "ontharding": D("38793"),  # 38,793 x 1 m2
        "hemelwater": D("38793"),  # 38,793 x 1 m3
    }
    expected_target = {
        "bomen": D("38793"),
        "hagen": D("19397"),  # 19,396.5 half up
        "natuurgroenperken": D("39"),
        "renovaties": D("955"),
        "renovaties_fossielvrij": D("477"),
        "klimaattafels": D("955"),
        "energieprojecten": D("78"),
        "energievermogen": D("2793.1"),  # one decimal for kWp
        "energiegemeenschap": D("78"),
        "deelwagens": D("78"),
        "laadpunten": D("582"),
        "fietspaden": D("38793"),
        "ontharding": D("38793"),
        "hemelwater": D("38793"),
    }
    assert {k: r.target_exact for k, r in rows.items()} == expected_exact
    assert {k: r.target for k, r in rows.items()} == expected_target
    assert rows["renovaties"].basis_value == 19095
    assert rows["renovaties"].reference_year == 2021  # the census year of the dwellings
    assert rows["bomen"].reference_year == 2026


def test_mol_2021_pact_1_0(catalogue, data):
    # Mol: 37,021 inhabitants on 1 January 2021 (PROVENANCE.md).
    rows = targets_of(catalogue, data, "13025", 2021, "1.0")
    assert set(rows) == {
        "bomen", "hagen", "natuurgroenperken", "renovaties", "energieprojecten",
        "energievermogen", "deelwagens", "laadpunten", "fietspaden", "ontharding", "hemelwater",
    }  # fmt: skip
    assert rows["hagen"].target_exact == D("18510.5")  # 37,021 x 0.5
    assert rows["hagen"].target == D("18511")
    assert rows["energievermogen"].target_exact == D("1332.756")  # 37,021 x 18 / 500
    assert rows["energievermogen"].target == D("1332.8")
    assert rows["laadpunten"].target_exact == D("370.21")  # 37,021 / 100 under 1.0
    assert rows["laadpunten"].target == D("370")
    assert rows["energieprojecten"].target_exact == D("74.042")  # 37,021 / 500
    assert rows["energieprojecten"].target == D("74")


def test_antwerpen_2025_pact_2_0(catalogue, data):
    # Antwerpen (with Borsbeek): 562,002 on 1 January 2025; 289,266 dwellings (PROVENANCE.md).
    rows = targets_of(catalogue, data, "Antwerpen", 2025, "2.0")
    assert "energiegemeenschap" not in rows  # a 2.1 target
    assert rows["laadpunten"].target_exact == D("8430.03")  # 562,002 x 1.5 / 100
    assert rows["laadpunten"].target == D("8430")
    assert rows["renovaties"].target_exact == D("14463.3")  # 289,266 x 50 / 1,000
    assert rows["renovaties_fossielvrij"].target_exact == D("7231.65")  # 289,266 x 25 / 1,000
    assert rows["renovaties_fossielvrij"].target == D("7232")
    assert rows["energievermogen"].target_exact == D("20232.072")  # 562,002 x 18 / 500 under 2.0
    assert rows["energievermogen"].target == D("20232.1")


def test_herstappe_small_numbers(catalogue, data):
    # Herstappe: 78 inhabitants on 1 January 2026, 36 dwellings: targets below one unit.
    rows = targets_of(catalogue, data, "Herstappe", 2026, "2.1")
    assert rows["natuurgroenperken"].target_exact == D("0.078")  # 78 / 1,000
    assert rows["natuurgroenperken"].target == D("0")
    assert rows["renovaties"].target_exact == D("1.8")  # 36 x 50 / 1,000
    assert rows["renovaties"].target == D("2")
    assert rows["renovaties_fossielvrij"].target_exact == D("0.9")  # 36 x 25 / 1,000
    assert rows["energievermogen"].target_exact == D("5.616")  # 78 x 36 / 500
    assert rows["energievermogen"].target == D("5.6")
    assert rows["laadpunten"].target_exact == D("1.17")  # 78 x 1.5 / 100


@pytest.mark.parametrize(
    ("rounding", "hagen", "perken", "vermogen", "fossielvrij"),
    [
        # Mol 2026: hagen 19,396.5; perken 38.793; vermogen 2,793.096 kWp; fossielvrij 477.375
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


def test_exact_arithmetic_has_no_float_noise(catalogue):
    # 37,909 x 0.036 is 1364.724 exactly; binary floats give 1364.7240000000002.
    plan = TargetPlan(catalogue, "1.0", rounding=Rounding.NONE)
    rows = {r.indicator.key: r for r in plan.apply(custom_subject(37909, 0)).rows}
    assert str(rows["energievermogen"].target_exact) == "1364.724"


def test_user_figures_override_the_data(catalogue, data):
    mol = data.resolve("Mol").municipality
    subject = subject_for(mol, 2026, inwoners=40000, wooneenheden=20000)
    rows = {r.indicator.key: r for r in compute_targets(catalogue, "2.1", subject).rows}
    assert rows["bomen"].target_exact == D("40000")  # 40,000 x 1
    assert rows["bomen"].reference_year is None  # given by the user, not from the data
    assert rows["renovaties"].target_exact == D("1000")  # 20,000 x 50 / 1,000


def test_what_if_without_dwellings_skips_dwelling_targets(catalogue):
    result = compute_targets(catalogue, "2.1", custom_subject(inwoners=10000))
    assert {i.key for i in result.skipped} == {
        "renovaties",
        "renovaties_fossielvrij",
        "klimaattafels",
    }
    assert {r.indicator.key for r in result.rows} >= {"bomen", "laadpunten"}


def test_werf_filter(catalogue):
    result = compute_targets(catalogue, "2.1", custom_subject(1000, 500), werf=4)
    assert [r.indicator.key for r in result.rows] == ["ontharding", "hemelwater"]


def test_unknown_year_and_pact(catalogue, data):
    mol = data.resolve("Mol").municipality
    with pytest.raises(InputError, match="2019-2026"):
        subject_for(mol, 2018)
    with pytest.raises(InputError, match="unknown pact version"):
        compute_targets(catalogue, "3.0", custom_subject(1000))


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
