"""Reading a list of charging points: every problem located by line and column, one run."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from lekp_calc.datafiles.laadpunten import read_points
from lekp_calc.datafiles.schema import LAADPUNTEN
from lekp_calc.datafiles.table import parse_text

HEADER = "nis_code,jaar,vermogen_kw,stroom,toegang,uren_per_dag,paal_id,paal_kw\n"


Found = list[tuple[str, int | None, int | None]]


def codes(tmp_path, content: str, today: date = date(2026, 12, 8)) -> Found:
    path = tmp_path / "laadpunten.csv"
    path.write_text(content, encoding="utf-8")
    table, _ = read_points(path, today=today)
    return [(p.code.name, p.line, p.column) for p in table.problems]


def test_a_valid_list(tmp_path):
    path = tmp_path / "laadpunten.csv"
    path.write_text(HEADER + "13025,2022,11,ac,Publiek,,,\n13025,2023,150,DC,semipubliek,12,P1,300\n")
    table, points = read_points(path, today=date(2026, 12, 8))
    assert table.problems == []
    first, second = points
    # a choice is the declared word whatever its case; an empty uren_per_dag is a full day
    assert (first.current, first.public, first.hours, first.post) == ("AC", True, D(24), None)
    assert (second.line, second.public, second.hours) == (3, False, 12)
    assert (second.post, second.post_kw) == ("P1", 300)


def test_every_problem_of_a_list_in_one_run(tmp_path):
    content = (
        HEADER
        + "13025,2022,22,AC,publiek,12,,\n"  # line 2: a public point is open 24 hours
        + "13025,2022,22,AC,publiek,,P1,\n"  # line 3: a post id without the post's power
        + "13025,2023,150,DC,publiek,,P2,300\n"  # line 4
        + "13025,2023,150,DC,publiek,,P2,150\n"  # line 5: P2 was 300 kW on line 4
        + "13025,2023,350,DC,publiek,,P3,300\n"  # line 6: a point above its post
        + "13025,2031,22,AC,publiek,,,\n"  # line 7: after the pact
        + "13025,2022,22,wissel,publiek,,,\n"  # line 8: not a current
    )
    assert codes(tmp_path, content) == [
        ("C319", 8, 15),  # cells are checked as read: stroom, after '13025,2022,22,' (14)
        ("L901", 2, 26),  # uren_per_dag starts after '13025,2022,22,AC,publiek,' (25 characters)
        ("L902", 3, 30),  # the empty paal_kw cell, after '13025,2022,22,AC,publiek,,P1,' (29)
        ("L903", 5, 31),  # paal_kw, after '13025,2023,150,DC,publiek,,P2,' (30)
        ("L904", 6, 12),  # vermogen_kw, after '13025,2023,' (11)
        ("L905", 7, 7),  # jaar, after '13025,' (6)
    ]


def test_a_point_in_a_year_still_to_come_is_a_warning(tmp_path):
    row = HEADER + "13025,2027,22,AC,publiek,,,\n"
    assert codes(tmp_path, row, today=date(2026, 12, 8)) == [("L906", 2, 7)]
    assert codes(tmp_path, row, today=date(2027, 1, 1)) == []


def test_the_enum_message_names_the_choices():
    table = parse_text("jaar,vermogen_kw,stroom,toegang\n2022,11,AC,privé\n", "l.csv", LAADPUNTEN)
    (problem,) = table.problems
    assert problem.format("en") == (
        "l.csv:2:12: error C319 toegang 'privé' is not an allowed value; choose one of: publiek, semipubliek"
    )


def test_the_columns_are_declared_once(tmp_path):
    required = LAADPUNTEN.required
    assert required == ["jaar", "vermogen_kw", "stroom", "toegang"]
    assert codes(tmp_path, "jaar,vermogen_kw,stroom\n2022,11,AC\n") == [("C301", 1, 1)]  # toegang missing
