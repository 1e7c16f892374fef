"""`lekp progress`: realisations against targets, and the template to fill in.

Ported from the command-line part of the old tests/test_progress.py. tests/data/realisaties_mol.csv
holds Mol's realisations 2021-2025 (a few indicators left out on purpose).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from .common import (
    ENERGIEVERMOGEN_NOTE,
    HEMELWATER_NOTE,
    REALISATIONS,
    SEVEN,
    assert_same_records,
    csv_rows,
    decimal_json,
    one_line_error,
)

COLUMNS = [
    "nis_code", "gemeente", "indicator", "unit", "target", "target_exact", "realised", "percent",
    "expected", "gap", "status", "projected_year", "needed_per_year", "milestone_year",
    "milestone_target", "milestone_status", "judged_year", "missing_years", "note",
]  # fmt: skip
# issue 16: one vocabulary of statuses, and the reports with gaps counted apart
DISTRIBUTION_COLUMNS = [
    "group", "indicator", "gemeenten", "doel al bereikt", "op schema", "achter op schema",
    "gehaald op de termijn", "niet gehaald op de termijn", "met hiaten", "niet gerapporteerd",
    "percent_q1", "percent_median", "percent_q3",
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
    # The last year of the file is 2025: judged at the end of 2025 with Mol's 38,701 inwoners
    # of 1 January 2025.
    bomen = rows["bomen"]
    assert (bomen["target"], bomen["target_exact"]) == ("38701", "38701")
    assert bomen["realised"] == "21000"  # 3,000 + 4,100 + 3,900 + 5,200 + 4,800
    assert bomen["percent"] == "54.3"  # 21,000 / 38,701 = 54.26 %
    assert bomen["expected"] == "19350.5"  # 38,701 x 5/10
    assert bomen["gap"] == "1649.5"  # 21,000 - 19,350.5
    assert bomen["status"] == "op schema"
    assert bomen["projected_year"] == "2030"  # 21,000 / 5 = 4,200 a year; 38,701 / 4,200 = 9.2 years
    assert bomen["needed_per_year"] == "3541"  # (38,701 - 21,000) / 5 = 3,540.2, rounded up
    assert (bomen["milestone_year"], bomen["milestone_target"], bomen["milestone_status"]) == ("", "", "")
    # hagen: exact 38,701 x 0.5 = 19,350.5, shown 19,351; judged against the exact value
    hagen = rows["hagen"]
    assert (hagen["target"], hagen["target_exact"]) == ("19351", "19350.5")
    assert hagen["expected"] == "9675.25"  # 19,350.5 x 5/10
    assert hagen["needed_per_year"] == "2190"  # (19,350.5 - 8,400.5) / 5 = 2,190
    # klimaattafels: deadline 2024 passed; 1,000 >= 19,095 x 50 / 1,000 = 954.75: met
    tafels = rows["klimaattafels"]
    assert (tafels["status"], tafels["needed_per_year"], tafels["percent"]) == (
        "gehaald op de termijn",
        "",
        "104.7",
    )
    # no rows: not reported, no percent, no pace, no projection
    fossielvrij = rows["renovaties_fossielvrij"]
    assert fossielvrij["status"] == "niet gerapporteerd"
    assert fossielvrij["percent"] == fossielvrij["projected_year"] == fossielvrij["needed_per_year"] == ""
    # energievermogen has a milestone: 38,701 x 18 / 500 = 1,393.236 -> 1,393.2 kWp by the end of 2025
    vermogen = rows["energievermogen"]
    assert (vermogen["milestone_year"], vermogen["milestone_target"]) == ("2025", "1393.2")
    assert vermogen["milestone_status"] == "niet gerapporteerd"
    assert vermogen["target_exact"] == "2786.472"  # 38,701 x 36 / 500
    assert rows["hemelwater"]["note"] == HEMELWATER_NOTE
    assert vermogen["note"] == ENERGIEVERMOGEN_NOTE
    # the notes go to stderr, the data to stdout
    assert "geen realisaties van renovaties_fossielvrij" in result.stderr
    assert "niet als 0 geteld" in result.stderr
    assert "de doelen gebruiken de inwoners op 1 januari 2025, het beoordeelde jaar" in result.stderr
    assert "renovaties_fossielvrij" not in result.stdout.split("\n", 1)[0]


def test_tot_is_the_last_year_of_realisations_and_jaar_the_population_year(lekp):
    # By default the year judged is the file's last year (2025) and the population that of
    # 1 January of the year judged: 38,701.
    bomen = _progress(lekp)["bomen"]
    assert (bomen["target"], bomen["realised"]) == (38701, 21000)
    # --tot 2024: judged at the end of 2024, with the population of 1 January 2024, 38,534.
    bomen = _progress(lekp, "--tot", "2024")["bomen"]
    assert bomen["target"] == 38534  # Mol on 1 January 2024
    assert bomen["realised"] == 3000 + 4100 + 3900 + 5200  # 16,200: up to the end of 2024
    assert bomen["expected"] == D("38534") * 4 / 10  # 15,413.6
    assert bomen["gap"] == D("16200") - D("15413.6")  # 786.4
    # --jaar chooses another population year: 2026, 38,793
    bomen = _progress(lekp, "--tot", "2024", "--jaar", "2026")["bomen"]
    assert bomen["target"] == 38793
    assert bomen["expected"] == D("38793") * 4 / 10  # 15,517.2
    assert bomen["gap"] == D("16200") - D("15517.2")  # 682.8
    bomen = _progress(lekp, "--jaar", "2024")["bomen"]
    assert bomen["realised"] == 21000  # the realisations up to the file's last year, 2025
    assert bomen["expected"] == D("38534") * 5 / 10  # 19,267


def test_the_population_year_is_said_on_stderr(lekp, monkeypatch, tmp_path):
    judged = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2024", "-f", "json")
    assert judged.exit_code == 0, judged.stderr
    assert (
        "lekp: noot: de doelen gebruiken de inwoners op 1 januari 2024, het beoordeelde jaar (een aanname "
        "van lekp); kies een ander jaar met --jaar"
    ) in judged.stderr
    assert "inwoners op 1 januari" not in judged.stdout
    # chosen with --jaar: nothing to say
    chosen = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--jaar", "2024", "-f", "json")
    assert "inwoners op 1 januari" not in chosen.stderr
    # judged in 2027 (once 2027 has begun), a year the population data does not have yet: the
    # newest, 2026 (38,793), with a note. The file must reach 2027 (issue 16: a year past the
    # whole file's data is refused): bomen 0 in 2026 and 2027.
    monkeypatch.setattr("lekp_calc.domain.rules.today", lambda: date(2027, 3, 1))
    reaching = tmp_path / "tot_2027.csv"
    reaching.write_text(REALISATIONS.read_text(encoding="utf-8") + "bomen,2026,0,\nbomen,2027,0,\n", "utf-8")
    later = lekp("progress", "-g", "Mol", "--realisaties", reaching, "--tot", "2027", "-f", "json")
    assert later.exit_code == 0, later.stderr
    assert (
        "de doelen gebruiken de inwoners op 1 januari 2026, het nieuwste jaar in de gegevens (2027 is er "
        "nog niet)"
    ) in later.stderr
    bomen = next(r for r in decimal_json(later.stdout) if r["indicator"] == "bomen")
    assert bomen["target"] == 38793
    assert bomen["realised"] == 21000  # 0 in 2026 and 2027
    assert bomen["expected"] == D("38793") * 7 / 10  # 27,155.1
    english = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--lang", "en", "-f", "json")
    assert "the targets use the inhabitants on 1 January 2025, the year judged" in english.stderr


def test_the_old_population_year_option_is_gone(lekp):
    line = one_line_error(
        lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--bevolkingsjaar", "2024"), 2
    )
    assert line.startswith("lekp: fout: onbekende optie --bevolkingsjaar")


@pytest.mark.parametrize(("mode", "expected"), [("up", D("39")), ("down", D("38")), ("none", D("38.701"))])
def test_rounding(lekp, mode, expected):
    perken = _progress(lekp, "--rounding", mode)["natuurgroenperken"]
    assert perken["target"] == expected  # 38,701 / 1,000 = 38.701 (1 January 2025, the year judged)
    assert perken["target_exact"] == D("38.701")  # whatever the rounding
    assert perken["realised"] == 6 + 9
    assert perken["percent"] == D("38.8")  # 15 / 38.701 = 38.76 %, against the exact target


def test_progress_table_has_bars(lekp):
    result = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2024")
    out = result.stdout
    assert out.startswith("Voortgang: Mol · NIS 13025")
    assert "Voortgang op het einde van 2024" in out
    # klimaattafels: 400 + 600 = 1,000 of 954.75 by the deadline, the end of 2024: met
    (tafels,) = [line for line in out.splitlines() if "Wooneenheden uitgenodigd" in line]
    assert "gehaald" in tafels and "behaald" not in tafels
    assert "geen realisaties van" in result.stderr and "geen realisaties van" not in out


def test_progress_table_draws_bars_when_wide(lekp, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2024").stdout
    assert "█" in out and "░" in out
    assert "Weggelaten" not in out


def test_english(lekp):
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--lang", "en").stdout
    assert "Progress at the end of 2025" in out
    table = lekp(
        "progress", "-g", "Mol", "--realisaties", REALISATIONS, "--lang", "en", "-f", "markdown"
    ).stdout
    # trees in English notation: 21,000 of 38,701 is 54.26 % -> 54.3 %, above the path of 19,350.5
    assert (
        "| Extra trees | units | 38,701 | 21,000 | 54.3 % | 19,350.5 | +1,649.5 | 3,541 | on track | 2030 |"
        in table
    )


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
    assert result.stdout.splitlines()[0] == (
        "nis_code,gemeente,indicator,label,eenheid,jaar,waarde,opmerking,bevolkingsjaar"
    )
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
    # a file without nis_code holds one gemeente's realisations: not those of two
    line = one_line_error(lekp("progress", "-g", "Mol", "-g", "Gent", "--realisaties", REALISATIONS), 1)
    assert line == (
        f"lekp: fout: {REALISATIONS} heeft geen kolom nis_code: het kan de realisaties van één gemeente "
        "bevatten, niet van meer"
    )


# --- the state of the pact's numbers: negative amounts, remarks, far projections --------------


def test_negative_amounts_are_corrections(lekp, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("indicator,jaar,waarde,opmerking\nhagen,2021,100,\nhagen,2022,-30,gerooid\n", "utf-8")
    result = lekp("progress", "-g", "Mol", "--realisaties", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    hagen = next(r for r in decimal_json(result.stdout) if r["indicator"] == "hagen")
    # judged at the end of 2022 (the file's last year), 1 January 2022: 37,600 inwoners,
    # hagen 37,600 x 0.5 = 18,800 m; 100 - 30 = 70 realised
    assert (hagen["target_exact"], hagen["realised"]) == (18800, 100 - 30)
    assert hagen["percent"] == D("0.4")  # 70 / 18,800 = 0.37 %
    # below -10^12 is no correction but a mistake
    path.write_text("indicator,jaar,waarde\nhagen,2021,-2000000000000\n", encoding="utf-8")
    line = one_line_error(lekp("progress", "-g", "Mol", "--realisaties", path), 1)
    assert line == f"lekp: fout: {path}:2:12: C320 waarde -2.000.000.000.000 ligt onder -1.000.000.000.000"


def test_remarks_of_the_gemeente_are_shown(lekp):
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS).stdout
    assert "Toelichting van de gemeente:" in out
    assert "Extra bomen (2021): aanplant Gompel" in out
    english = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--lang", "en").stdout
    assert "The gemeente's explanations:" in english


def test_a_projection_after_2050_is_said_so(lekp, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    # hemelwater: 800 m³ in 2024 only; 800 / 5 = 160 a year; 38,701 / 160 = 241.9 years after 2020: 2262
    records = _progress(lekp)
    assert records["hemelwater"]["projected_year"] == 2020 + 242 == 2262
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS).stdout
    (hemelwater,) = [line for line in out.splitlines() if "Extra hemelwateropvang" in line]
    assert hemelwater.rstrip().endswith("na 2050") and "2262" not in out
    english = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--lang", "en").stdout
    assert "after 2050" in english


def test_a_milestone_is_a_row_of_its_own(lekp, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    path = tmp_path / "r.csv"
    path.write_text(
        "indicator,jaar,waarde\nenergievermogen,2021,500\nenergievermogen,2025,400\n"
        "energievermogen,2022,0\nenergievermogen,2023,0\nenergievermogen,2024,0\n",  # reported zeros
        "utf-8",
    )
    result = lekp("progress", "-g", "Mol", "--realisaties", path)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    (index,) = [i for i, line in enumerate(lines) if "Geïnstalleerd vermogen" in line]
    # 500 + 400 = 900 kWp by 2025, of 38,701 x 18 / 500 = 1,393.236 (1.393,2): the milestone is missed
    stage = ["waarvan", "tegen", "eind", "2025", "1.393,2", "900", "niet", "gehaald", "op", "de", "termijn"]
    assert lines[index + 1].split() == stage
    rows = _run_json(lekp, "-g", "Mol", "--realisaties", path)
    (vermogen,) = [r for r in rows if r["indicator"] == "energievermogen"]
    assert (vermogen["milestone_year"], vermogen["milestone_target"]) == (2025, D("1393.2"))
    assert vermogen["milestone_status"] == "niet gehaald op de termijn"
    # the path at the end of 2025 is the exact milestone, 1,393.236: 900 is behind
    assert (vermogen["expected"], vermogen["status"]) == (D("1393.236"), "achter op schema")


# --- many gemeenten ---------------------------------------------------------------------------


@pytest.fixture
def seven():
    return SEVEN


def _run_json(lekp, *args):
    result = lekp("progress", *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return decimal_json(result.stdout)


def test_a_province_row_per_gemeente_and_target(lekp, library, seven):
    rows = _run_json(lekp, "-p", "Antwerpen", "--realisaties", seven)
    assert list(rows[0]) == COLUMNS
    assert len(rows) == 67 * 14  # the 67 gemeenten of the province, 14 targets of pact 2.1
    by = {(r["gemeente"], r["indicator"]): r for r in rows}
    assert {r["nis_code"][0] for r in rows} == {"1"}  # Lommel and Herstappe are not in the province
    assert (by["Mol", "bomen"]["percent"], by["Mol", "bomen"]["status"]) == (50, "op schema")
    geel = by["Geel", "bomen"]
    assert (geel["target_exact"], geel["percent"], geel["status"]) == (42427, 10, "achter op schema")
    assert geel["needed_per_year"] == 7637  # (42,427 - 4,242.7) / 5 = 7,636.86, rounded up
    assert (by["Dessel", "bomen"]["percent"], by["Dessel", "bomen"]["status"]) == (25, "achter op schema")
    herenthout = by["Herenthout", "bomen"]
    assert (herenthout["percent"], herenthout["status"], herenthout["needed_per_year"]) == (
        100,
        "doel al bereikt",
        0,
    )
    hagen = by["Antwerpen", "hagen"]
    assert (hagen["realised"], hagen["percent"], hagen["status"]) == (
        0,
        0,
        "achter op schema",
    )  # a reported 0
    assert by["Antwerpen", "bomen"]["status"] == "niet gerapporteerd"
    assert {r["status"] for r in rows if r["gemeente"] == "Mechelen"} == {"niet gerapporteerd"}
    assert_same_records(rows, library.progress(provincie="Antwerpen", realisaties=seven).records())


def test_the_distribution_of_a_province(lekp, seven):
    result = lekp("progress", "-p", "Antwerpen", "--realisaties", seven, "--verdeling", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert list(rows[0]) == DISTRIBUTION_COLUMNS
    by = {(r["group"], r["indicator"]): r for r in rows}
    counts = (
        "doel al bereikt",
        "op schema",
        "achter op schema",
        "gehaald op de termijn",
        "niet gehaald op de termijn",
        "met hiaten",
        "niet gerapporteerd",
    )

    def row(group, indicator):
        found = by[group, indicator]
        return [found["gemeenten"], *(found[c] for c in counts)], [
            found["percent_q1"],
            found["percent_median"],
            found["percent_q3"],
        ]

    # The province: Herenthout reached, Mol on track, Geel and Dessel behind, 67 - 4 = 63 not reported.
    # Quartiles of [10, 25, 50, 100]: 10 + 0.75 x 15 = 21.25 -> 21.3; 25 + 0.5 x 25 = 37.5;
    # 50 + 0.25 x 50 = 62.5
    assert row("provincie Antwerpen", "bomen") == (
        ["67", "1", "1", "2", "0", "0", "0", "63"],
        ["21.3", "37.5", "62.5"],
    )
    # Flanders as far as the file covers it (it reaches beyond the province): the 7 gemeenten with
    # any row; bomen of [10, 25, 50, 75, 80, 100]: positions 1.25, 2.5, 3.75 of 0..5:
    # 25 + 0.25 x 25 = 31.25 -> 31.3; 50 + 0.5 x 25 = 62.5; 75 + 0.75 x 5 = 78.75 -> 78.8
    flanders = "Vlaanderen (de gemeenten in het bestand)"
    assert row(flanders, "bomen") == (["7", "1", "3", "2", "0", "0", "0", "1"], ["31.3", "62.5", "78.8"])
    assert row(flanders, "hagen") == (["7", "0", "0", "1", "0", "0", "0", "6"], ["0", "0", "0"])
    # The size classes of the province's gemeenten (population of 2025):
    small = "gemeenten met minder dan 10.000 inwoners"  # Herenthout, 9,504
    assert row(small, "bomen")[1] == ["100", "100", "100"]
    assert by[small, "bomen"]["doel al bereikt"] == "1"
    assert row("gemeenten met 10.000 tot 20.000 inwoners", "bomen")[1] == ["25", "25", "25"]  # Dessel
    # Mol and Geel: [10, 50]: 10 + 0.25 x 40 = 20, 30, 40
    middle = "gemeenten met 20.000 tot 50.000 inwoners"
    assert row(middle, "bomen")[1] == ["20", "30", "40"]
    assert (by[middle, "bomen"]["op schema"], by[middle, "bomen"]["achter op schema"]) == ("1", "1")
    # Antwerpen (562,002) and Mechelen: no bomen reported, so no quartiles
    large = "gemeenten met 50.000 inwoners of meer"
    assert row(large, "bomen") == (["2", "0", "0", "0", "0", "0", "0", "2"], ["", "", ""])
    classes = [small, "gemeenten met 10.000 tot 20.000 inwoners", middle, large]
    assert sum(int(by[name, "bomen"]["gemeenten"]) for name in classes) == 67
    assert [r["group"] for r in rows[::14]] == ["provincie Antwerpen", flanders, *classes]
    for found in rows:  # every gemeente of a group is counted once, in one status
        assert int(found["gemeenten"]) == sum(int(found[c]) for c in counts)


def test_a_province_without_realisations_beyond_it_has_no_flanders_group(lekp, tmp_path):
    path = tmp_path / "r.csv"
    zeros = "".join(f"13025,bomen,{year},0\n" for year in range(2021, 2025))  # reported zeros, no gap
    path.write_text("nis_code,indicator,jaar,waarde\n13025,bomen,2025,19350.5\n" + zeros, encoding="utf-8")
    rows = _run_json(lekp, "-p", "Antwerpen", "--realisaties", path, "--verdeling")
    assert [r["group"] for r in rows[::14]] == [
        "provincie Antwerpen",
        "gemeenten met minder dan 10.000 inwoners",
        "gemeenten met 10.000 tot 20.000 inwoners",
        "gemeenten met 20.000 tot 50.000 inwoners",
        "gemeenten met 50.000 inwoners of meer",
    ]
    bomen = rows[0]
    assert (bomen["op schema"], bomen["niet gerapporteerd"], bomen["percent_median"]) == (1, 66, 50)


def test_several_gemeenten_and_a_gemeenten_file(lekp, tmp_path, seven):
    listed = tmp_path / "gemeenten.txt"
    listed.write_text("Mol\nGeel\n", encoding="utf-8")
    for args in (("-g", "Mol", "-g", "Geel"), ("--gemeenten-file", listed)):
        rows = _run_json(lekp, *args, "--realisaties", seven, "--verdeling")
        groups = [r["group"] for r in rows[::14]]
        # both are of 20,000-50,000 inwoners; the file reaches beyond them: Flanders too
        assert groups == [
            "de 2 gekozen gemeenten",
            "Vlaanderen (de gemeenten in het bestand)",
            "gemeenten met 20.000 tot 50.000 inwoners",
        ]
        # [10, 50]: 20, 30, 40
        assert [rows[0][k] for k in ("percent_q1", "percent_median", "percent_q3")] == [20, 30, 40]
        records = _run_json(lekp, *args, "--realisaties", seven)
        assert [r["gemeente"] for r in records[::14]] == ["Mol", "Geel"]


def test_every_gemeente(lekp, seven):
    rows = _run_json(lekp, "--alle", "--realisaties", seven)
    assert len(rows) == 285 * 14
    spread = _run_json(lekp, "--alle", "--realisaties", seven, "--verdeling")
    # every gemeente is asked for: the file cannot reach beyond, so no separate Flanders group
    assert "Vlaanderen (de gemeenten in het bestand)" not in {r["group"] for r in spread}
    bomen = spread[0]
    assert (bomen["gemeenten"], bomen["niet gerapporteerd"]) == (285, 285 - 6)
    assert bomen["percent_median"] == D("62.5")  # the six of the Flanders group above


def test_a_province_as_tables(lekp, seven, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    out = lekp("progress", "-p", "Antwerpen", "--realisaties", seven).stdout
    assert out.startswith("Voortgang van provincie Antwerpen\n")
    assert "Verdeling per doelstelling" in out
    assert "Provincie Antwerpen (67)" in out
    assert "Vlaanderen (de gemeenten in het bestand) (7)" in out
    assert "Per gemeente: percent bereikt en status" in out
    assert "B doel al bereikt · S op schema · A achter op schema · G gehaald op de termijn" in out
    # a matrix per werf: a row per gemeente; werf 1 opens with bomen
    herenthout = [line for line in out.splitlines() if line.strip().startswith("Herenthout ")]
    assert len(herenthout) == 4
    assert herenthout[0].split()[1:4] == ["100", "%", "B"]
    assert herenthout[1].split()[1:] == ["–"] * 6  # werf 2: nothing reported
    spread = lekp("progress", "-p", "Antwerpen", "--realisaties", seven, "--verdeling").stdout
    assert spread.startswith("Verdeling per doelstelling\n")
    assert "Per gemeente" not in spread


def test_one_gemeente_beside_its_province_and_size(lekp, seven, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    out = lekp("progress", "-g", "Mol", "--realisaties", seven).stdout
    assert "Mediaan provincie" in out and "Mediaan zelfde grootte" in out
    (bomen,) = [line for line in out.splitlines() if "Extra bomen" in line]
    # province (the gemeenten of the file that reported bomen): [10, 25, 50, 100] -> 37.5;
    # 20,000-50,000 inwoners: Mol, Geel and Lommel [10, 50, 75] -> 50
    assert bomen.split()[-4:] == ["37,5", "%", "50", "%"]
    assert "Naast de mediaan van de provincie en van gemeenten van dezelfde grootte in het bestand." in out
    # the records stay those of one gemeente
    rows = _run_json(lekp, "-g", "Mol", "--realisaties", seven)
    assert list(rows[0]) == COLUMNS and len(rows) == 14
    # a file of one gemeente has nobody to compare with
    alone = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS).stdout
    assert "Mediaan provincie" not in alone


def test_the_synthetic_province(lekp, library, synthetic_antwerpen):
    # INVENTED realisations (scripts/generate_realisations.py): only what holds for any values.
    rows = _run_json(lekp, "-p", "Antwerpen", "--realisaties", synthetic_antwerpen)
    assert len(rows) == 67 * 14
    assert {r["status"] for r in rows} <= {
        "doel al bereikt", "op schema", "achter op schema", "gehaald op de termijn",
        "niet gehaald op de termijn", "niet gerapporteerd",
    }  # fmt: skip
    for row in rows:
        assert (row["percent"] is None) == (row["status"] == "niet gerapporteerd")
    computed = library.progress(provincie="Antwerpen", realisaties=synthetic_antwerpen)
    assert_same_records(rows, computed.records())
    spread = _run_json(lekp, "-p", "Antwerpen", "--realisaties", synthetic_antwerpen, "--verdeling")
    for row in spread:
        counted = sum(row[s] for s in DISTRIBUTION_COLUMNS[3:10])
        assert counted == row["gemeenten"]
        if row["percent_median"] is not None:
            assert row["percent_q1"] <= row["percent_median"] <= row["percent_q3"]
    assert spread[0]["gemeenten"] == 67


def test_many_gemeenten_errors(lekp, tmp_path):
    only_mol = tmp_path / "mol.csv"
    only_mol.write_text("nis_code,indicator,jaar,waarde\n13025,bomen,2021,5\n", encoding="utf-8")
    line = one_line_error(lekp("progress", "-p", "Limburg", "--realisaties", only_mol), 1)
    assert line == f"lekp: fout: {only_mol} bevat geen realisaties van de gekozen gemeenten"
    unknown = tmp_path / "onbekend.csv"
    unknown.write_text("nis_code,indicator,jaar,waarde\n99999,bomen,2021,5\n", encoding="utf-8")
    line = one_line_error(lekp("progress", "-p", "Antwerpen", "--realisaties", unknown), 1)
    assert line == (
        f"lekp: fout: {unknown}:2: R605 NIS-code 99999 is geen gemeente van het grondgebied 2025 "
        "(kies het grondgebied met --grondgebied)"
    )
    line = one_line_error(lekp("progress", "-p", "Antwerpen", "--realisaties", REALISATIONS), 1)
    assert "heeft geen kolom nis_code" in line


def test_the_invented_realisations_say_so(synthetic_antwerpen, tmp_path):
    import subprocess
    import sys

    rows = csv_rows(synthetic_antwerpen.read_text(encoding="utf-8"))
    assert rows and {r["opmerking"] for r in rows} == {"gegenereerd voor tests, geen echte realisatie"}
    assert {r["nis_code"][0] for r in rows} == {"1"}  # the province of Antwerpen only
    assert max(int(r["jaar"]) for r in rows) <= 2025
    # the script itself, run as people run it, writes the same file for the same seed
    script = Path(__file__).resolve().parents[2] / "scripts" / "generate_realisations.py"
    again = tmp_path / "synthetic_again.csv"
    done = subprocess.run(
        [sys.executable, script, "--provincie", "Antwerpen", "--tot", "2025", "--seed", "2021", "-o", again],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert again.read_text(encoding="utf-8") == synthetic_antwerpen.read_text(encoding="utf-8")


def test_a_year_still_to_come_is_not_judged(lekp, monkeypatch, tmp_path):
    monkeypatch.setattr("lekp_calc.domain.rules.today", lambda: date(2026, 11, 28))
    line = one_line_error(lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2027"), 2)
    assert line == (
        "lekp: fout: --tot: 2027 is nog niet voorbij (het is nu 2026): een jaar dat nog moet komen, kan niet "
        "beoordeeld worden; kies 2026 of vroeger"
    )
    # the current year may be judged so far, when the file has a value in it (issue 16: a year after
    # every value of the file is refused, exit 1, rather than read as all behind)
    past = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2026")
    assert one_line_error(past, 1).endswith("2026 kan niet beoordeeld worden; kies --tot 2025 of vroeger")
    current = tmp_path / "tot_2026.csv"
    current.write_text(REALISATIONS.read_text(encoding="utf-8") + "bomen,2026,10,\n", "utf-8")
    assert lekp("progress", "-g", "Mol", "--realisaties", current, "--tot", "2026").exit_code == 0
    monkeypatch.setattr("lekp_calc.domain.rules.today", lambda: date(2024, 6, 1))
    run = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "json")
    assert run.exit_code == 0
    # the file runs to 2025; in June 2024 the year judged is 2024: bomen 3,000 + 4,100 + 3,900 + 5,200
    bomen = next(r for r in decimal_json(run.stdout) if r["indicator"] == "bomen")
    assert bomen["realised"] == 3000 + 4100 + 3900 + 5200


@pytest.mark.parametrize(
    "extra", [["--realisaties", "x.csv"], ["--verdeling"], ["--tot", "2024"], ["--jaar", "2024"]]
)
def test_options_about_judging_are_refused_with_a_template(lekp, extra):
    line = one_line_error(lekp("progress", "--template", "-g", "Mol", "-f", "csv", *extra), 2)
    reason = "gaat niet samen met --template: een leeg bestand heeft nog niets te beoordelen"
    assert line == f"lekp: fout: {extra[0]}: {reason}"


@pytest.mark.parametrize(
    ("chosen", "again"),
    [
        (["-g", "Heist-op-den-Berg"], "--gemeente Heist-op-den-Berg"),
        (["-g", "Mol", "-g", "Sint-Truiden"], "--gemeente Mol --gemeente Sint-Truiden"),
        (["-p", "Limburg"], "--provincie Limburg"),
    ],
)
def test_the_template_says_how_to_read_it_back(lekp, tmp_path, chosen, again):
    import openpyxl

    book = tmp_path / "t.xlsx"
    assert lekp("progress", "--template", *chosen, "-o", book).exit_code == 0
    said = " ".join(
        str(c) for row in openpyxl.load_workbook(book)["Uitleg"].iter_rows(values_only=True) for c in row if c
    )
    assert f"`lekp progress {again} --realisaties realisaties.xlsx`" in said
