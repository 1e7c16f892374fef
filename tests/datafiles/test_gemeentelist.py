"""Lists of gemeenten in a text file (`--gemeenten-file`): one name or NIS code a line."""

from __future__ import annotations

import pytest

from lekp_calc.datafiles.gemeentelist import read_gemeenten_list
from lekp_calc.datafiles.load import load_gemeenten_list
from lekp_calc.domain.aggregate import Per, summarize
from lekp_calc.domain.selection import select
from lekp_calc.errors import DataError, InputError


def test_comments_and_blank_lines_are_ignored(tmp_path):
    listing = tmp_path / "regio.txt"
    listing.write_text("# Kempen\nMol\n13008  # Geel\n\nBalen\n", encoding="utf-8")
    problems, queries = read_gemeenten_list(listing)
    assert not problems
    assert [(q.text, q.where) for q in queries] == [
        ("Mol", f"{listing}:2"),
        ("13008", f"{listing}:3"),
        ("Balen", f"{listing}:5"),
    ]


def test_a_summary_of_a_gemeenten_file(tmp_path, catalogue, data):
    listing = tmp_path / "regio.txt"
    listing.write_text("# Kempen\nMol\n13008  # Geel\n\nBalen\n", encoding="utf-8")
    selection = select(data, load_gemeenten_list(listing))
    result = summarize(
        catalogue, "2.1", selection.municipalities, 2026, per=Per.GEMEENTE, werf=1, flanders=False
    )
    assert [g.group for g in result.groups] == ["Mol", "Geel", "Balen"]  # the file's order: the user's
    mol, geel = 38793, 42650  # 1 January 2026
    balen = data.resolve("Balen").municipality.population[2026]
    bomen = next(r for r in result.total.rows if r.indicator.key == "bomen")
    assert bomen.target_exact == mol + geel + balen  # one tree per inhabitant


def test_an_unknown_name_is_reported_at_its_line(tmp_path, data):
    listing = tmp_path / "regio.txt"
    listing.write_text("Mol\nMoll\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        select(data, load_gemeenten_list(listing))
    assert info.value.message("en").startswith(f"{listing}:2: unknown gemeente 'Moll'")
    assert str(info.value).startswith(f"{listing}:2: onbekende gemeente 'Moll'")


def test_lines_that_name_nothing(tmp_path):
    listing = tmp_path / "regio.txt"
    listing.write_text("Mol\n" + "x" * 101 + "\nGe\x1bel\n", encoding="utf-8")
    problems, queries = read_gemeenten_list(listing)
    assert [(p.code.name, p.line) for p in problems] == [("G801", 2), ("C321", 3)]
    assert problems[0].message("en") == f"line '{'x' * 59}…' is longer than 100 characters"
    assert [q.text for q in queries] == ["Mol"]
    with pytest.raises(DataError):
        load_gemeenten_list(listing)


def test_a_list_without_names(tmp_path):
    listing = tmp_path / "leeg.txt"
    listing.write_text("# nog niets\n\n", encoding="utf-8")
    problems, queries = read_gemeenten_list(listing)
    assert queries == []
    assert [(p.code.name, p.message("en")) for p in problems] == [("G802", "the list names no gemeente")]


@pytest.mark.parametrize(("name", "header"), [("lijst.txt", "gemeente"), ("lijst.csv", "nis_code")])
def test_a_first_line_naming_the_column_is_skipped_and_check_agrees(tmp_path, name, header):
    from lekp_calc import check_files

    listing = tmp_path / name
    listing.write_text(f"# comment\n{header}\nMol\n13008\nNergens\n", encoding="utf-8")
    problems, queries = read_gemeenten_list(listing)
    assert not problems
    assert [(q.text, q.line) for q in queries] == [("Mol", 3), ("13008", 4), ("Nergens", 5)]
    # lekp check reads it as the command does: a list, and the unknown name on line 5
    report = check_files([listing])
    assert [(p.code.name, p.line) for p in report.problems] == [("G801", 5)]
