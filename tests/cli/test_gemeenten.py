"""`lekp gemeenten`: list and search the gemeenten, in every format and both languages."""

from __future__ import annotations

import csv
from pathlib import Path

from .common import assert_same_records, csv_rows, decimal_json, one_line_error

DATA = Path(__file__).resolve().parents[2] / "data"


def test_list_all(lekp):
    rows = decimal_json(lekp("gemeenten", "-f", "json").stdout)
    assert len(rows) == 285
    # alphabetical, as a Fleming sorts them (not by NIS code: Aartselaar, 11001, is first there)
    assert [r["gemeente"] for r in rows[:4]] == ["Aalst", "Aalter", "Aarschot", "Aartselaar"]


def test_search_finds_the_gemeente_first_then_its_deelgemeente_matches(lekp):
    found = csv_rows(lekp("gemeenten", "mol", "-f", "csv", "--jaar", "2020").stdout)
    assert found[0]["gemeente"] == "Mol"
    assert found[0]["inwoners"] == "37022"  # Mol on 1 January 2020
    # The others match through a deelgemeente whose name holds 'mol' (Mollem, Molenstede, …).
    with (DATA / "deelgemeenten.csv").open(encoding="utf-8") as handle:
        parts = {row["nis_code"] for row in csv.DictReader(handle) if "mol" in row["deelgemeente_nl"].lower()}
    assert {r["nis_code"] for r in found[1:]} <= parts


def test_province_table(lekp):
    table = lekp("gemeenten", "--provincie", "Limburg").stdout
    assert "38 gemeenten" in table and "Hasselt" in table


def test_merged_gemeente_in_markdown(lekp):
    md = lekp("gemeenten", "borsbeek", "-f", "markdown").stdout
    assert "| 11002 | Antwerpen | Antwerpen | Antwerpen | 565.615 | 289.266 | Borsbeek |" in md


def test_english(lekp):
    result = lekp("gemeenten", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    words = " ".join(result.stdout.split())
    assert "285 gemeenten · inhabitants on 1 January 2026 · housing units: Census 2021" in words
    assert "Inhabitants" in result.stdout and "Housing units" in result.stdout
    assert "Inwoners" not in result.stdout


def test_no_match_is_a_note_not_an_error(lekp):
    result = lekp("gemeenten", "xyzzy", "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "nis_code,gemeente,arrondissement,provincie,reference_year,inwoners,wooneenheden,predecessor_nis_codes"
    ]
    assert result.stderr == "lekp: noot: geen gemeente past bij 'xyzzy'\n"


def test_json_equals_the_library_records(lekp, library):
    result = lekp("gemeenten", "mol", "--jaar", "2020", "-f", "json")
    assert_same_records(decimal_json(result.stdout), library.gemeenten("mol", jaar=2020).records())
    result = lekp("gemeenten", "-p", "West-Vlaanderen", "-f", "json")
    assert_same_records(decimal_json(result.stdout), library.gemeenten(provincie="West-Vlaanderen").records())


def test_errors(lekp):
    assert "onbekende provincie 'Brabant'" in one_line_error(lekp("gemeenten", "-p", "Brabant"), 1)
    assert "--jaar: " in one_line_error(lekp("gemeenten", "--jaar", "twintig"), 2)


def test_a_near_miss_gets_suggestions(lekp):
    result = lekp("gemeenten", "zwijndrect", "-f", "csv")
    assert result.exit_code == 0 and result.stdout.splitlines()[1:] == []  # nothing matches …
    # … but the note names the nearest names, as `targets` does for an unknown gemeente
    assert result.stderr == (
        "lekp: noot: geen gemeente past bij 'zwijndrect'; bedoelt u Zwijndrecht, Zwijnaarde, Kieldrecht?\n"
    )
