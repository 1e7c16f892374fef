"""The catalogue's goals of the pact's own reporting, its reporting calendar and its charging scale.

The goals are ABB's code list 'LEKP-doelstelling' of the Loket voor Lokale Besturen: 17 goals
declared on 28 September 2022 and three added in October 2025. Every target and engagement
names the goal it reports under, and `lekp check` refuses a catalogue where that mapping is
not complete (Y221, Y222). The calendar and the scale are checked too (Y223, Y224).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from conftest import DATA
from lekp_calc.datafiles.catalogue import parse_catalogue

SHIPPED = (DATA / "werven.yaml").read_text(encoding="utf-8")


def problems(text: str) -> list[tuple[str, int | None]]:
    return [(p.code.name, p.line) for p in parse_catalogue(text, "werven.yaml").problems]


def line_of(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


def changed(old: str, new: str) -> str:
    assert SHIPPED.count(old) == 1, old
    return SHIPPED.replace(old, new)


def test_the_official_goals(catalogue):
    assert len(catalogue.goals) == 20  # 17 of 2022, 3 of October 2025
    labels = {g.id: g.label for g in catalogue.goals}
    assert labels["w3-laadpunten"] == "Werf 3: Mobiliteit - Laadpunten"
    added = [g.label for g in catalogue.goals if g.sources == ("loket-doelen-2025",)]
    assert added == [
        "Werf 2: Verrijk je wijk - Renovatietrajecten bij klimaattafels",
        "Werf 2: Verrijk je wijk - Energiegemeenschappen",
        "Werf 2: Verrijk je wijk - Wijkverbeteringscontracten",
    ]
    assert all(g.uri.startswith("http://lblod.data.gift/concepts/") for g in catalogue.goals)


def test_every_target_and_engagement_reports_under_one_goal_and_every_goal_is_used(catalogue):
    rows = [*catalogue.indicators, *catalogue.engagements]
    assert all(catalogue.goal(row.goal) is not None for row in rows)
    assert {row.goal for row in rows} == {g.id for g in catalogue.goals}
    by_key = {row.key: catalogue.goal_label(row) for row in rows}
    # two lekp targets under one goal where the portal has one: the fossil-free share, the capacity
    assert by_key["renovaties_fossielvrij"] == by_key["renovaties"]
    assert by_key["energievermogen"] == by_key["energieprojecten"]
    heat = "Algemene doelstellingen - Lokaal warmte- en sloopbeleid"
    assert by_key["warmteplan"] == by_key["sloopbeleidsplan"] == heat
    assert by_key["buurtrenovatiecontract"] == "Werf 2: Verrijk je wijk - Wijkverbeteringscontracten"


def test_a_row_without_its_goal_is_refused():
    text = changed("    goal: w1-hagen\n", "")
    # the goal nobody reports under any more is said too, as a warning
    unused = ("Y222", line_of(text, "  - {id: w1-hagen,"))
    assert problems(text) == [("Y221", line_of(text, "  - key: hagen")), unused]
    text = changed("    goal: w1-hagen\n", "    goal: w1-bomen\n")
    assert problems(text) == [("Y222", line_of(text, "  - {id: w1-hagen,"))]


def test_an_undeclared_goal_is_refused():
    text = changed("    goal: w1-hagen\n", "    goal: w1-heggen\n")
    line = line_of(SHIPPED, "    goal: w1-hagen\n")
    assert ("Y221", line) in problems(text)


def test_a_catalogue_without_goals_has_no_mapping_to_check(catalogue):
    start = SHIPPED.index("\ngoals:\n")
    end = SHIPPED.index("\n# The reporting calendar")
    text = SHIPPED[:start] + "\n" + SHIPPED[end:]
    text = "\n".join(line for line in text.split("\n") if not line.startswith("    goal: "))
    assert problems(text) == []


def test_the_reporting_step_that_matters(catalogue):
    def step(day: date) -> tuple[str, bool] | None:
        found = catalogue.reporting_step(day)
        return (found[0].id, found[1]) if found else None

    assert step(date(2024, 3, 14)) == ("rapport-2024", True)
    assert step(date(2024, 5, 1)) == ("rapport-2024", True)  # the day itself still counts
    # 1 May and 30 June 2025 were moved: after the 2024 report, the next step is 5 December 2025
    assert step(date(2024, 5, 2)) == ("opvolging-2025-december", True)
    assert step(date(2025, 7, 1)) == ("opvolging-2025-december", True)
    assert step(date(2025, 12, 6)) == ("loket-formulieren-2026", True)
    assert step(date(2026, 12, 8)) == ("loket-formulieren-2026", False)  # every step has passed


def test_every_date_of_the_calendar_has_its_source(catalogue):
    dates = {s.id: (s.date, s.sources) for s in catalogue.reporting}
    assert dates["opvolging-2025-juni"] == (date(2025, 6, 30), ("subsidiepunt-2025-04",))
    assert dates["opvolging-2025-december"] == (date(2025, 12, 5), ("subsidiepunt-2025-08",))
    assert dates["loket-formulieren-2026"] == (date(2026, 5, 1), ("loket-changelog",))
    moved = {s.id: s.replaced_by for s in catalogue.reporting if s.replaced_by}
    assert moved == {
        "opvolging-2025-mei": "opvolging-2025-juni",
        "opvolging-2025-juni": "opvolging-2025-december",
    }


def test_a_calendar_step_replaced_by_an_earlier_or_unknown_step_is_refused():
    replaced = "    replaced_by: opvolging-2025-december\n"
    line = line_of(SHIPPED, replaced)
    assert problems(changed(replaced, "    replaced_by: rapport-2024\n")) == [("Y223", line)]
    assert problems(changed(replaced, "    replaced_by: opvolging-2099\n")) == [("Y223", line)]
    # a date that does not exist is refused by the schema
    assert problems(changed("    date: 2025-06-30\n", "    date: 2025-06-31\n")) == [
        ("Y207", line_of(SHIPPED, "    date: 2025-06-30\n"))
    ]


def test_the_scale_is_data_with_its_source(catalogue):
    scale = catalogue.charging_scale
    assert scale is not None and scale.sources == ("vl-cpt-2022",)
    assert [(a.kw_from, a.currents, a.equivalents) for a in scale.anchors] == [
        (3, ("AC", "DC"), 1),
        (22, ("AC", "DC"), 2),
        (43, ("AC",), 4),
        (50, ("DC",), 5),
        (150, ("DC",), 10),
        (300, ("DC",), 20),
    ]
    assert (scale.semi_public_factor, scale.semi_public_hours, scale.public_hours) == (D("0.5"), 10, 24)


def test_a_scale_out_of_order_is_refused():
    anchor = "    - {kw_from: 150, kw_below: 300, currents: [DC], equivalents: 10}\n"
    line = line_of(SHIPPED, anchor)
    lower = "    - {kw_from: 40, kw_below: 300, currents: [DC], equivalents: 10}\n"
    assert problems(changed(anchor, lower)) == [("Y224", line)]  # 40 kW after 50 kW for DC
    ends = "    - {kw_from: 150, kw_to: 200, kw_below: 300, currents: [DC], equivalents: 10}\n"
    assert problems(changed(anchor, ends)) == [("Y224", line)]
