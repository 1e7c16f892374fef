"""`lekp laadpunten FILE`: a list of charging points counted as charging-point equivalents.

The list of the issue, worked out by hand on the Flemish government's scale: 11 kW AC public
(2022) = 1; 22 kW AC public (2022) = 2; 50 kW DC public (2023) = 5; 150 kW DC public (2023) =
10; 300 kW DC public (2024) = 20; 22 kW AC semi-public (2024) = 1; 11 kW AC semi-public open
8 hours (2024) = 0; cumulated 3 (2022), 18 (2023), 39 (2024).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from .common import assert_same_records, csv_rows, decimal_json, one_line_error

LIST = """nis_code,gemeente,jaar,vermogen_kw,stroom,toegang,uren_per_dag,opmerking
13025,Mol,2022,11,AC,publiek,,Markt
13025,Mol,2022,22,AC,publiek,,Statiestraat
13025,Mol,2023,50,DC,publiek,,Kastelsedijk
13025,Mol,2023,150,DC,publiek,,E34
13025,Mol,2024,300,DC,publiek,,E34
13025,Mol,2024,22,AC,semipubliek,,supermarkt
13025,Mol,2024,11,AC,semipubliek,8,sporthal
"""


@pytest.fixture
def points(tmp_path):
    path = tmp_path / "laadpunten.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


def test_the_equivalents_per_point_with_the_rule(lekp, points):
    result = lekp("laadpunten", points, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert [r["equivalents"] for r in rows] == ["1", "2", "5", "10", "20", "1", "0"]
    assert list(rows[0]) == [
        "nis_code", "gemeente", "line", "jaar", "vermogen_kw", "stroom", "toegang", "uren_per_dag", "paal_id",
        "paal_kw", "equivalents", "rule", "assumptions", "opmerking",
    ]  # fmt: skip
    assert rows[5]["rule"] == "AC 22 kW: 2 (schaal: 22 kW); semipubliek, 24 uur per dag (minstens 10): × 0,5"
    assert rows[6]["rule"].endswith("semipubliek, 8 uur per dag: minder dan 10, telt niet")
    assert {r["gemeente"] for r in rows} == {"Mol"} and rows[0]["line"] == "2"
    # that the Pactportaal counts with exactly this scale is not confirmed: said on stderr every time
    assert "bevestigt geen gevonden bron" in result.stderr


def test_the_years_cumulated_since_2021(library, points):
    result = library.laadpunten(points)
    assert [(t.jaar, t.equivalents, t.cumulative) for t in result.years()] == [
        (2021, 0, 0),
        (2022, 3, 3),  # 1 + 2
        (2023, 15, 18),  # 5 + 10
        (2024, 21, 39),  # 20 + 1 + 0
    ]
    by_year = [row[2:] for row in result.year_rows()]
    assert by_year == [(2021, 0, 0), (2022, 3, 3), (2023, 15, 18), (2024, 21, 39)]


def test_the_terminal_table_fits_80_columns_and_cuts_no_number(lekp, points, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = lekp("laadpunten", points).stdout
    # every line fits, but an address, which is never split (it would no longer work)
    lines = [line for line in out.splitlines() if not line.strip().startswith("https://")]
    assert max(len(line) for line in lines) <= 80
    assert "Per jaar van indienstname" in out
    years = out[out.index("Per jaar van indienstname") :]
    for year, amount, cumulative in (("2022", "3", "3"), ("2023", "15", "18"), ("2024", "21", "39")):
        assert any(line.split() == [year, amount, cumulative] for line in years.splitlines()), year
    assert "bevestigt geen gevonden bron" in out  # said in the view too, not only on stderr


def test_json_equals_the_library_records_in_english(lekp, library, points):
    result = lekp("laadpunten", points, "-f", "json", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    parsed = decimal_json(result.stdout)
    assert_same_records(parsed, library.laadpunten(points, lang="en").records())
    assert parsed[5]["rule"] == "AC 22 kW: 2 (scale: 22 kW); semi-public, 24 hours a day (at least 10): × 0.5"
    assert parsed[0]["assumptions"] == []  # 11 kW is on the scale itself: nothing assumed


def test_the_realisations_it_writes_are_read_back_by_progress(lekp, points, tmp_path):
    target = tmp_path / "realisaties.csv"
    written = lekp("laadpunten", points, "--als-realisaties", "-o", target)
    assert written.exit_code == 0, written.stderr
    rows = csv_rows(target.read_text(encoding="utf-8"))
    assert [(r["indicator"], r["jaar"], r["waarde"]) for r in rows] == [
        ("laadpunten", "2021", "0"),
        ("laadpunten", "2022", "3"),
        ("laadpunten", "2023", "15"),
        ("laadpunten", "2024", "21"),
    ]
    assert {r["nis_code"] for r in rows} == {"13025"} and rows[0]["gemeente"] == "Mol"
    assert lekp("check", target).exit_code == 0
    progress = decimal_json(
        lekp("progress", "-g", "Mol", "--realisaties", target, "--tot", "2024", "-f", "json").stdout
    )
    laadpunten = next(r for r in progress if r["indicator"] == "laadpunten")
    assert laadpunten["realised"] == 39  # 3 + 15 + 21
    assert laadpunten["target_exact"] == D(38534) * D("1.5") / 100  # Mol on 1 January 2024: 578.01
    assert laadpunten["percent"] == D("6.7")  # 39 / 578.01 = 6.747 %


def test_a_workbook_in_and_out(lekp, points, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for line in LIST.splitlines():
        cells = line.split(",")
        sheet.append([int(c) if c.isdigit() and len(c) == 4 else c for c in cells])
    source = tmp_path / "laadpunten.xlsx"
    book.save(source)
    as_workbook = csv_rows(lekp("laadpunten", source, "-f", "csv").stdout)
    assert [r["equivalents"] for r in as_workbook] == ["1", "2", "5", "10", "20", "1", "0"]
    out = tmp_path / "realisaties.xlsx"
    assert lekp("laadpunten", source, "--als-realisaties", "-o", out).exit_code == 0
    progress = lekp("progress", "-g", "Mol", "--realisaties", out, "--tot", "2024", "-f", "csv")
    assert progress.exit_code == 0, progress.stderr
    assert next(r for r in csv_rows(progress.stdout) if r["indicator"] == "laadpunten")["realised"] == "39"


def test_a_pre_2025_code_counts_for_the_gemeente_it_merged_into(lekp, tmp_path):
    path = tmp_path / "borsbeek.csv"
    path.write_text("nis_code,jaar,vermogen_kw,stroom,toegang\n11007,2022,22,AC,publiek\n", encoding="utf-8")
    (row,) = csv_rows(lekp("laadpunten", path, "-f", "csv").stdout)
    assert (row["nis_code"], row["gemeente"], row["equivalents"]) == ("11002", "Antwerpen", "2")


def test_a_bad_list_is_one_located_line(lekp, tmp_path):
    path = tmp_path / "fout.csv"
    path.write_text("nis_code,jaar,vermogen_kw,stroom,toegang\n99999,2022,22,AC,publiek\n", encoding="utf-8")
    line = one_line_error(lekp("laadpunten", path), 1)
    assert line.startswith(f"lekp: fout: {path}:2: R605 NIS-code 99999 is geen gemeente")
    path.write_text("jaar,vermogen_kw,stroom,toegang,uren_per_dag\n2022,22,AC,publiek,6\n", encoding="utf-8")
    line = one_line_error(lekp("laadpunten", path, "-o", tmp_path / "uit.csv"), 1)
    assert line == (
        f"lekp: fout: {path}:2:20: L901 een publiek laadpunt is de hele dag open, niet 6 uur; "
        "schrijf semipubliek"
    )
    assert not (tmp_path / "uit.csv").exists()
    assert one_line_error(lekp("laadpunten", tmp_path / "nergens.csv"), 1).startswith(
        f"lekp: fout: {tmp_path / 'nergens.csv'}: F101 "
    )
