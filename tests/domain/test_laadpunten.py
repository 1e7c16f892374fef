"""Charging-point equivalents: the scale of the catalogue applied point by point, by hand.

The scale (Flemish government, CPT call of 2022): 3-11 kW = 1; 22 kW = 2; AC 43 kW = 4;
DC 50 to below 150 kW = 5; 150 kW and more = 10; a post of 300 kW = 20; a semi-public point
open at least 10 hours a day counts half, one open fewer hours nothing. Every expected value
below is worked out by hand from that scale.
"""

from __future__ import annotations

from decimal import Decimal as D

from lekp_calc.domain.laadpunten import BETWEEN_ANCHORS, POST_POWER, ChargingPoint, count_points, year_totals
from lekp_calc.domain.model import Catalogue


def point(
    line: int, jaar: int, kw: str, current: str, public: bool = True, hours: str = "24", **more: object
) -> ChargingPoint:
    return ChargingPoint(line, jaar, D(kw), current, public, D(hours), **more)


def equivalents(catalogue: Catalogue, *points: ChargingPoint) -> list[D]:
    assert catalogue.charging_scale is not None
    return [item.equivalents for item in count_points(list(points), catalogue.charging_scale)]


def test_the_hand_computed_list_of_the_issue(catalogue):
    # 11 kW AC public (2022) = 1; 22 kW AC public (2022) = 2; 50 kW DC public (2023) = 5;
    # 150 kW DC public (2023) = 10; 300 kW DC public (2024) = 20; 22 kW AC semi-public (2024) = 1;
    # 11 kW AC semi-public open 8 hours (2024) = 0 → cumulated 3 (2022), 18 (2023), 39 (2024).
    points = [
        point(2, 2022, "11", "AC"),
        point(3, 2022, "22", "AC"),
        point(4, 2023, "50", "DC"),
        point(5, 2023, "150", "DC"),
        point(6, 2024, "300", "DC"),
        point(7, 2024, "22", "AC", public=False),
        point(8, 2024, "11", "AC", public=False, hours="8"),
    ]
    assert catalogue.charging_scale is not None
    counted = count_points(points, catalogue.charging_scale)
    assert [item.equivalents for item in counted] == [1, 2, 5, 10, 20, 1, 0]  # 22 kW semi-public: 2 × 0.5
    assert all(item.assumptions == () for item in counted)  # every power is one the scale names
    totals = {t.jaar: (t.equivalents, t.cumulative) for t in year_totals(counted)}
    assert totals == {
        2021: (0, 0),
        2022: (3, 3),  # 1 + 2
        2023: (15, 18),  # 5 + 10; 3 + 15
        2024: (21, 39),  # 20 + 1 + 0; 18 + 21
    }


def test_the_rule_applied_is_said_per_point(catalogue):
    assert catalogue.charging_scale is not None
    semi, closed = count_points(
        [
            point(2, 2024, "22", "AC", public=False, hours="12"),
            point(3, 2024, "11", "AC", public=False, hours="8"),
        ],
        catalogue.charging_scale,
    )
    assert [r.localize("nl") for r in semi.reasons] == [
        "AC 22 kW: 2 (schaal: 22 kW)",
        "semipubliek, 12 uur per dag (minstens 10): × 0,5",
    ]
    assert [r.localize("en") for r in closed.reasons] == [
        "AC 11 kW: 1 (scale: 3 to 11 kW)",
        "semi-public, 8 hours a day: fewer than 10, does not count",
    ]


def test_semi_public_from_ten_hours_exactly(catalogue):
    ten, below = D("10"), D("9.5")
    assert equivalents(
        catalogue,
        point(2, 2022, "22", "AC", public=False, hours=str(ten)),
        point(3, 2022, "22", "AC", public=False, hours=str(below)),
    ) == [1, 0]  # 2 × 0.5 at 10 hours; below 10 hours nothing


def test_powers_between_anchors_take_the_anchor_below_and_say_it_is_an_assumption(catalogue):
    assert catalogue.charging_scale is not None
    cases = [
        point(2, 2022, "16", "AC"),  # between 3-11 and 22: 1
        point(3, 2022, "43", "AC"),  # AC fast: 4
        point(4, 2022, "43", "DC"),  # DC has no 43 kW anchor: 22's 2
        point(5, 2022, "100", "AC"),  # AC stops at 43: 4
        point(6, 2022, "149.9", "DC"),  # still below 150: 5 (stated)
        point(7, 2022, "350", "DC"),  # above the 300 kW post: 20
        point(8, 2022, "2.3", "AC"),  # below 3 kW: nothing
    ]
    counted = count_points(cases, catalogue.charging_scale)
    assert [item.equivalents for item in counted] == [1, 4, 2, 4, 5, 20, 0]
    assumed = [BETWEEN_ANCHORS in item.assumptions for item in counted]
    assert assumed == [True, False, True, True, False, True, True]


def test_the_points_of_a_post_count_at_most_the_post(catalogue):
    # A post of 300 kW with two points of 150 kW: 10 + 10 = 20, as the source's own example.
    assert equivalents(
        catalogue,
        point(2, 2023, "150", "DC", post="P1", post_kw=D(300)),
        point(3, 2023, "150", "DC", post="P1", post_kw=D(300)),
    ) == [10, 10]
    # A post of 150 kW with two points of 150 kW: the post counts 10 in all, the first point takes it.
    assert catalogue.charging_scale is not None
    first, second = count_points(
        [
            point(2, 2023, "150", "DC", post="P2", post_kw=D(150)),
            point(3, 2023, "150", "DC", post="P2", post_kw=D(150)),
        ],
        catalogue.charging_scale,
    )
    assert (first.equivalents, second.equivalents) == (10, 0)  # 10 of 10, then nothing is left
    assert POST_POWER not in first.assumptions and POST_POWER in second.assumptions
    # Four points of 22 kW on a post of 50 kW (DC among them): the post counts 5; 2 + 2 + 1 + 0.
    assert equivalents(
        catalogue,
        *(
            point(line, 2022, "22", "DC" if line == 2 else "AC", post="P3", post_kw=D(50))
            for line in range(2, 6)
        ),
    ) == [2, 2, 1, 0]


def test_a_post_is_filled_in_order_of_year(catalogue):
    # The 2024 point is listed first, but the 2023 point went into service first and counts in full.
    assert equivalents(
        catalogue,
        point(2, 2024, "150", "DC", post="P1", post_kw=D(150)),
        point(3, 2023, "150", "DC", post="P1", post_kw=D(150)),
    ) == [0, 10]


def test_points_before_the_pact_count_for_no_year(catalogue):
    assert catalogue.charging_scale is not None
    counted = count_points([point(2, 2019, "22", "AC"), point(3, 2022, "22", "AC")], catalogue.charging_scale)
    assert [item.equivalents for item in counted] == [0, 2]
    assert counted[0].reasons[-1].localize("en") == "in service before 2021: counts for no year of the pact"
    assert [(t.jaar, t.cumulative) for t in year_totals(counted)] == [(2021, 0), (2022, 2)]
    assert year_totals(counted[:1]) == []  # only a point of 2019: no year of the pact to count


def test_totals_per_gemeente(catalogue):
    assert catalogue.charging_scale is not None
    counted = count_points(
        [point(2, 2022, "22", "AC", nis_code="13025"), point(3, 2021, "11", "AC", nis_code="13008")],
        catalogue.charging_scale,
    )
    assert [(t.nis_code, t.jaar, t.equivalents, t.cumulative) for t in year_totals(counted)] == [
        ("13025", 2021, 0, 0),
        ("13025", 2022, 2, 2),
        ("13008", 2021, 1, 1),
    ]
