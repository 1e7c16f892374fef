"""`lekp progress`: realisations against targets, and the template to fill in.

Ported from the command-line part of the old tests/test_progress.py. tests/data/realisaties_mol.csv
holds Mol's realisations 2021-2025 (a few indicators left out on purpose).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from .common import (
    ENERGIEVERMOGEN_NOTE,
    HEMELWATER_NOTE,
    REALISATIONS,
    assert_same_records,
    csv_rows,
    decimal_json,
    one_line_error,
)

COLUMNS = [
    "nis_code", "gemeente", "indicator", "unit", "target", "realised", "percent",
    "expected", "gap", "status", "projected_year", "note",
]  # fmt: skip


def _progress(lekp, *args):
    result = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return {r["indicator"]: r for r in decimal_json(result.stdout)}


def test_progress_csv(lekp):
    result = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = {r["indicator"]: r for r in csv_rows(result.stdout)}
    assert list(next(iter(rows.values()))) == COLUMNS
    assert rows["bomen"]["realised"] == "21000"  # 3,000 + 4,100 + 3,900 + 5,200 + 4,800
    assert rows["bomen"]["expected"] == "19396.5"  # 38,793 x 5/10
    assert rows["bomen"]["gap"] == "1603.5"  # 21,000 - 19,396.5
    assert rows["bomen"]["status"] == "op schema"
    assert rows["renovaties_fossielvrij"]["projected_year"] == ""
    assert rows["hemelwater"]["note"] == HEMELWATER_NOTE
    assert rows["energievermogen"]["note"] == ENERGIEVERMOGEN_NOTE
    # the note goes to stderr, the data to stdout
    assert "geen realisaties van renovaties_fossielvrij" in result.stderr
    assert "renovaties_fossielvrij" not in result.stdout.split("\n", 1)[0]


def test_tot_is_the_last_year_of_realisations_and_jaar_the_population_year(lekp):
    bomen = _progress(lekp, "--tot", "2024")["bomen"]
    assert bomen["target"] == 38793  # population of 2026, the newest
    assert bomen["realised"] == 3000 + 4100 + 3900 + 5200  # 16,200: up to the end of 2024
    assert bomen["expected"] == D("38793") * 4 / 10  # 15,517.2
    assert bomen["gap"] == D("16200") - D("15517.2")  # 682.8
    bomen = _progress(lekp, "--tot", "2024", "--jaar", "2024")["bomen"]
    assert bomen["target"] == 38534  # Mol on 1 January 2024
    assert bomen["expected"] == D("38534") * 4 / 10  # 15,413.6
    assert bomen["gap"] == D("16200") - D("15413.6")  # 786.4
    bomen = _progress(lekp, "--jaar", "2024")["bomen"]
    assert bomen["realised"] == 21000  # the realisations up to the file's last year, 2025
    assert bomen["expected"] == D("38534") * 5 / 10  # 19,267


def test_the_old_population_year_option_is_gone(lekp):
    line = one_line_error(
        lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--bevolkingsjaar", "2024"), 2
    )
    assert line.startswith("lekp: fout: onbekende optie --bevolkingsjaar")


@pytest.mark.parametrize(("mode", "expected"), [("up", D("39")), ("down", D("38")), ("none", D("38.793"))])
def test_rounding(lekp, mode, expected):
    perken = _progress(lekp, "--rounding", mode)["natuurgroenperken"]
    assert perken["target"] == expected  # 38,793 / 1,000 = 38.793
    assert perken["realised"] == 6 + 9


def test_progress_table_has_bars(lekp):
    result = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2024")
    out = result.stdout
    assert out.startswith("Voortgang: Mol · NIS 13025")
    assert "Voortgang op het einde van 2024" in out
    assert "behaald" in out  # klimaattafels: 400 + 600 = 1,000 of 955
    assert "geen realisaties van" in result.stderr and "geen realisaties van" not in out


def test_progress_table_draws_bars_when_wide(lekp, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2024").stdout
    assert "█" in out and "░" in out
    assert "Weggelaten" not in out


def test_english(lekp):
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--lang", "en").stdout
    assert "Progress at the end of 2025" in out and "on track" in out


def test_json_equals_the_library_records(lekp, library):
    cases = (
        ((), {}),
        (("--tot", "2023", "--jaar", "2024"), {"tot": 2023, "jaar": 2024}),
        (
            ("--rounding", "none", "--pact", "2.0", "--lang", "en"),
            {"rounding": "none", "pact": "2.0", "lang": "en"},
        ),
    )
    for args, call in cases:
        result = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "json", *args)
        assert result.exit_code == 0, result.stderr
        assert_same_records(decimal_json(result.stdout), library.progress("Mol", realisaties=REALISATIONS,
                                                                          **call).records())  # fmt: skip


@pytest.mark.parametrize("excel", [False, True])
def test_template_round_trip(lekp, tmp_path, excel):
    template = tmp_path / "realisaties.csv"
    args = ["progress", "--template", "-g", "Mol", "-o", template] + (["--excel"] if excel else [])
    assert lekp(*args).exit_code == 0
    raw = template.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == excel
    text = raw.decode("utf-8-sig")
    delimiter = ";" if excel else ","
    rows = csv_rows(text, excel=excel)
    # 12 targets to 2030 (10 years each), klimaattafels to 2024 (4), energiegemeenschap to 2025 (5)
    assert len(rows) == 12 * 10 + 4 + 5
    assert rows[0]["nis_code"] == "13025" and rows[0]["waarde"] == ""
    # Fill in one value the way Excel would, and read the file back.
    lines = text.splitlines()
    lines[1] = lines[1].replace(
        f"{delimiter}2021{delimiter}{delimiter}", f"{delimiter}2021{delimiter}1500{delimiter}"
    )
    template.write_text(("\ufeff" if excel else "") + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    result = lekp("progress", "-g", "Mol", "--realisaties", template, "-f", "json")
    assert result.exit_code == 0, result.stderr
    bomen = next(r for r in decimal_json(result.stdout) if r["indicator"] == "bomen")
    assert bomen["realised"] == 1500


def test_template_is_csv_even_on_a_terminal(lekp, library):
    result = lekp("progress", "--template", "-g", "Mol")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "nis_code,gemeente,indicator,label,eenheid,jaar,waarde,opmerking"
    rows = csv_rows(result.stdout)
    assert [tuple(r.values()) for r in rows] == [
        tuple("" if v is None else str(v) for v in record.values())
        for record in library.template(["Mol"]).records()
    ]
    line = one_line_error(lekp("progress", "--template", "-g", "Mol", "-f", "json"), 2)
    assert line.startswith("lekp: fout: --format: ")


def test_template_for_two_gemeenten(lekp):
    rows = csv_rows(lekp("progress", "--template", "-g", "Mol", "-g", "Gent").stdout)
    assert len(rows) == 2 * (12 * 10 + 4 + 5)


def test_progress_errors(lekp, tmp_path):
    bad = tmp_path / "r.csv"
    bad.write_text("indicator,jaar,waarde\nbomn,2022,5\n", encoding="utf-8")
    line = one_line_error(lekp("progress", "-g", "Mol", "--realisaties", bad), 1)
    assert line.startswith(f"lekp: fout: {bad}:2:1: R601 onbekende indicator 'bomn'; bedoelt u bomen?")
    other = tmp_path / "gent.csv"
    other.write_text("nis_code,indicator,jaar,waarde\n44021,bomen,2022,5\n", encoding="utf-8")
    line = one_line_error(lekp("progress", "-g", "Mol", "--realisaties", other), 1)
    assert line == f"lekp: fout: {other} bevat geen realisaties van Mol (13025)"
    assert one_line_error(lekp("progress", "-g", "Mol"), 2).startswith("lekp: fout: --realisaties: ")
    line = one_line_error(lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2035"), 2)
    assert line == "lekp: fout: --tot: '2035' ligt niet in de pactperiode 2021-2030"
    line = one_line_error(lekp("progress", "-g", "Mol", "-g", "Gent", "--realisaties", REALISATIONS), 2)
    assert line.startswith("lekp: fout: --gemeente: noem één gemeente")
