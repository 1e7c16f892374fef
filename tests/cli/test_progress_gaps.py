"""Progress a council can trust (issue 16), through the command line and the library.

A blank is not a zero (in every export, and `lekp check` warns), a year past the data is refused,
the population year of the template is the one that judges, statuses carry their legend, and
no gemeente named is dropped. Mol: 38,793 inwoners on 1 January 2026, 38,701 on 1 January 2025.
"""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from lekp_calc import InputError, Lekp, UsageError

from .common import csv_rows, decimal_json, one_line_error

TODAY = date(2026, 12, 8)  # 2026 has begun: it is not in the future, only past the data

# bomen filled in for 2021-2023 and left blank for 2024-2025 (as in the template); laadpunten
# reported every year up to 2025, so the file has data for 2025; hemelwater never reported.
GAPS = (
    "indicator,jaar,waarde,opmerking,bevolkingsjaar\n"
    "bomen,2021,3000,,2026\n"
    "bomen,2022,4100,,2026\n"
    "bomen,2023,3900,,2026\n"
    "bomen,2024,,,2026\n"
    "bomen,2025,,,2026\n"
    "laadpunten,2021,40,,2026\n"
    "laadpunten,2022,55,,2026\n"
    "laadpunten,2023,70,,2026\n"
    "laadpunten,2024,90,,2026\n"
    "laadpunten,2025,95,,2026\n"
    "hemelwater,2021,,,2026\n"
)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("lekp_calc.domain.rules.today", lambda: TODAY)


@pytest.fixture
def gaps(tmp_path) -> Path:
    path = tmp_path / "realisaties.csv"
    path.write_text(GAPS, encoding="utf-8")
    return path


def by_indicator(text: str) -> dict[str, dict]:
    return {r["indicator"]: r for r in decimal_json(text)}


def test_bomen_with_2024_and_2025_blank_are_judged_as_of_2023_in_json_and_csv(lekp, gaps):
    run = lekp("progress", "-g", "Mol", "--realisaties", gaps, "--tot", "2025", "-f", "json")
    assert run.exit_code == 0, run.stderr
    bomen = by_indicator(run.stdout)["bomen"]
    assert bomen["target"] == 38793  # the template's population year, 2026: 38,793 × 1 tree
    assert bomen["realised"] == 11000  # 3,000 + 4,100 + 3,900
    assert bomen["expected"] == D("38793") * 3 / 10  # 11,637.9: the path at the end of 2023
    assert bomen["gap"] == D(11000) - D("11637.9")
    assert bomen["status"] == "achter op schema"
    assert bomen["judged_year"] == 2023 and bomen["missing_years"] == "2024;2025"
    assert bomen["projected_year"] == 2031  # 38,793 / (11,000 / 3) = 10.6 years from 2021
    assert bomen["needed_per_year"] == 3971  # (38,793 - 11,000) / 7 = 3,970.4, up
    laadpunten = by_indicator(run.stdout)["laadpunten"]
    assert laadpunten["judged_year"] == 2025 and laadpunten["missing_years"] is None
    hemelwater = by_indicator(run.stdout)["hemelwater"]
    assert hemelwater["status"] == "niet gerapporteerd" and hemelwater["judged_year"] is None
    table = csv_rows(lekp("progress", "-g", "Mol", "--realisaties", gaps, "-f", "csv").stdout)
    row = next(r for r in table if r["indicator"] == "bomen")
    assert (row["judged_year"], row["missing_years"]) == ("2023", "2024;2025")
    assert list(table[0])[-3:] == ["judged_year", "missing_years", "note"]  # note stays last


def test_the_terminal_names_the_missing_years_and_the_legend_once(lekp, gaps, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    run = lekp("progress", "-g", "Mol", "--realisaties", gaps)
    assert run.exit_code == 0, run.stderr
    flat = " ".join(run.stdout.split())
    assert "achter op schema t/m 2023 · ontbreekt: 2024, 2025" in flat
    assert flat.count("Wat de statussen betekenen:") == 1
    assert "achter op schema: de termijn loopt nog en het totaal ligt onder dat rechte pad." in flat
    assert "Met hiaten: lekp oordeelt enkel over wat gerapporteerd is." in flat
    assert "met hiaten: 1" in flat  # bomen, in the summary: apart from the statuses
    assert max(len(line) for line in run.stdout.splitlines()) <= 80
    english = lekp("progress", "-g", "Mol", "--realisaties", gaps, "--lang", "en", "-f", "markdown").stdout
    assert "behind schedule as of 2023 · missing: 2024, 2025" in english
    assert "What the statuses mean:" in english


def test_a_year_past_the_data_of_the_whole_file_is_refused(lekp, gaps):
    # The file's last value is of 2025; on 8 December 2026 the year 2026 has begun but nobody
    # reported anything for it.
    line = one_line_error(lekp("progress", "-g", "Mol", "--realisaties", gaps, "--tot", "2026"), 1)
    assert line == (
        f"lekp: fout: {gaps} heeft geen enkele realisatie in 2026 of later (het laatste jaar met een waarde "
        "is 2025): 2026 kan niet beoordeeld worden; kies --tot 2025 of vroeger"
    )
    line = one_line_error(
        lekp("report", "-g", "Mol", "--realisaties", gaps, "--tot", "2026", "-f", "html"), 1
    )
    assert "kies --tot 2025 of vroeger" in line
    with pytest.raises(InputError) as refused:
        Lekp().progress("Mol", realisaties=gaps, tot=2026)
    assert refused.value.message("en").endswith("2026 cannot be judged; choose tot=2025 or earlier")


def test_a_gemeente_whose_data_stops_early_gets_trailing_gaps(lekp, tmp_path):
    path = tmp_path / "twee.csv"
    path.write_text(
        "nis_code,indicator,jaar,waarde\n"
        "13025,bomen,2021,1000\n13025,bomen,2022,1000\n"  # Mol: 2021-2022
        "13008,bomen,2021,1000\n13008,bomen,2022,1000\n13008,bomen,2023,1000\n",  # Geel: 2021-2023
        encoding="utf-8",
    )
    run = lekp("progress", "-g", "Mol", "-g", "Geel", "--realisaties", path, "-f", "json")
    assert run.exit_code == 0, run.stderr
    bomen = {r["gemeente"]: r for r in decimal_json(run.stdout) if r["indicator"] == "bomen"}
    assert bomen["Mol"]["missing_years"] == "2023" and bomen["Mol"]["judged_year"] == 2022
    assert bomen["Geel"]["missing_years"] is None and bomen["Geel"]["judged_year"] == 2023
    spread = lekp("progress", "-g", "Mol", "-g", "Geel", "--realisaties", path, "--verdeling", "-f", "json")
    first = decimal_json(spread.stdout)[0]
    assert first["indicator"] == "bomen" and first["gemeenten"] == 2
    assert first["met hiaten"] == 1  # Mol, not counted as behind
    # Geel, 1 January 2023 population: 3,000 of 42,... target — behind, the only complete report.
    assert first["achter op schema"] == 1 and first["op schema"] == 0


def test_check_warns_for_gaps_and_strict_fails_the_file(lekp, gaps, tmp_path):
    run = lekp("check", gaps)
    assert run.exit_code == 0, run.stdout
    # bomen's last reported row is line 4 (2023); the gemeente reported laadpunten up to 2025.
    assert (
        f"{gaps}:4:1: warning R607 bomen: geen waarde voor 2024, 2025 (laatste gerapporteerde jaar 2023); "
        "een leeg jaar telt niet als 0: de voortgang wordt beoordeeld t/m 2023"
    ) in run.stdout
    assert run.stdout.count("R607") == 1  # hemelwater is never reported: no gap, no warning
    strict = lekp("check", "--strict", gaps)
    assert strict.exit_code == 1
    # a gap before the last reported year, in a file of several gemeenten
    middle = tmp_path / "midden.csv"
    middle.write_text(
        "nis_code,indicator,jaar,waarde\n13025,hagen,2021,5\n13025,hagen,2023,0\n", encoding="utf-8"
    )
    found = lekp("check", middle, "--lang", "en")
    assert (
        f"{middle}:3:7: warning R607 hagen for 13025: no value for 2022 (last reported year 2023)"
        in found.stdout
    )
    # the command accepts the file, as check does without --strict, and shows the gap
    accepted = lekp("progress", "-g", "Mol", "--realisaties", middle, "-f", "json")
    assert accepted.exit_code == 0
    assert by_indicator(accepted.stdout)["hagen"]["missing_years"] == "2022"


def test_the_population_year_of_the_template_judges_and_both_figures_are_shown(lekp, tmp_path, gaps):
    template = lekp("progress", "--template", "-g", "Mol", "-f", "csv")
    rows = csv_rows(template.stdout)
    assert {r["bevolkingsjaar"] for r in rows} == {"2026"}  # on every row
    run = lekp("progress", "-g", "Mol", "--realisaties", gaps, "-f", "markdown")
    assert run.exit_code == 0, run.stderr
    assert (
        "de doelen gebruiken de inwoners op 1 januari 2026, het bevolkingsjaar dat het realisatiebestand "
        "vermeldt (het sjabloon werd ermee gemaakt); kies een ander jaar met --jaar"
    ) in run.stderr
    flat = " ".join(run.stdout.split())
    assert "inwoners op 1 januari 2026" in flat.split("## ")[0]  # in the headline
    assert flat.count("Wat de statussen betekenen:") == 1  # the legend, once
    assert "- doel al bereikt: de termijn loopt nog en het gerealiseerde totaal haalt nu al" in flat
    # Judged to 2025: the year judged's own population (38,701) beside the one that judges (38,793).
    assert (
        "38.793 op 1 januari 2026 (het bevolkingsjaar van het sjabloon; die bepaalt de doelen) · 38.701 op "
        "1 januari 2025, het beoordeelde jaar (ter vergelijking)"
    ) in flat
    # --jaar still chooses, and says what the file records
    asked = lekp("progress", "-g", "Mol", "--realisaties", gaps, "--jaar", "2025", "-f", "json")
    assert by_indicator(asked.stdout)["bomen"]["target"] == 38701
    assert "het realisatiebestand vermeldt bevolkingsjaar 2026" in asked.stderr


def test_several_population_years_in_one_file_are_refused_with_their_line(lekp, tmp_path):
    path = tmp_path / "gemengd.csv"
    path.write_text(
        "indicator,jaar,waarde,bevolkingsjaar\nbomen,2021,1,2026\nbomen,2022,1,2025\n", encoding="utf-8"
    )
    line = one_line_error(lekp("progress", "-g", "Mol", "--realisaties", path), 1)
    assert line == (
        f"lekp: fout: {path}:3:14: R608 bevolkingsjaar 2025 verschilt van 2026 op regel 2: één bestand, één "
        "bevolkingsjaar"
    )
    check = lekp("check", path)
    assert check.exit_code == 1 and "R608" in check.stdout
    unknown = tmp_path / "onbekend.csv"
    unknown.write_text("indicator,jaar,waarde,bevolkingsjaar\nbomen,2021,1,2030\n", encoding="utf-8")
    assert lekp("check", unknown).exit_code == 1
    assert lekp("progress", "-g", "Mol", "--realisaties", unknown).exit_code == 1


def test_the_report_states_the_population_year_and_carries_the_legend(lekp, gaps, tmp_path):
    page = tmp_path / "mol.html"
    run = lekp("report", "-g", "Mol", "--realisaties", gaps, "-o", page)
    assert run.exit_code == 0, run.stderr
    html = page.read_text(encoding="utf-8")
    headline = html.split("</header>")[0] if "</header>" in html else html[: html.index("<h2")]
    assert "doelen op basis van de inwoners op 1 januari 2026" in headline
    assert "Wat de statussen betekenen:" in html
    assert "gehaald op de termijn: de termijn is verstreken" in html
    assert "achter op schema t/m 2023 · ontbreekt: 2024, 2025" in html
    assert "2024: 11.000" not in html and "2025: 11.000" not in html  # no tooltip for a year not reported


def test_the_workbook_about_sheet_has_the_legend_and_the_population_year(lekp, gaps, tmp_path):
    from openpyxl import load_workbook

    book = tmp_path / "voortgang.xlsx"
    assert lekp("progress", "-g", "Mol", "--realisaties", gaps, "-o", book).exit_code == 0
    about = load_workbook(book, read_only=True)["Over"]
    cells = " ".join(str(c) for row in about.iter_rows(values_only=True) for c in row if c)
    assert "inwoners op 1 januari 2026" in cells
    assert "Wat de statussen betekenen:" in cells
    assert "• niet gerapporteerd: voor geen enkel beoordeeld jaar staat er een waarde" in cells


def test_trajectory_refuses_more_than_one_gemeente(lekp):
    line = one_line_error(lekp("trajectory", "-g", "Mol", "-g", "Geel"), 2)
    assert line == (
        "lekp: fout: --gemeente: het traject wordt voor één gemeente getoond, niet voor Mol, Geel; noem er "
        "één met --gemeente"
    )
    with pytest.raises(UsageError) as refused:
        Lekp().trajectory(["Mol", "Geel"])
    assert refused.value.message("en") == (
        "gemeente: the path is shown for one gemeente, not for Mol, Geel; name one with gemeenten=…"
    )


def test_a_single_name_is_one_gemeente_in_every_method():
    lekp = Lekp()
    assert {r["gemeente"] for r in lekp.targets("Mol", werf=1).records()} == {"Mol"}
    assert {r["gemeente"] for r in lekp.template("Mol").records()} == {"Mol"}
    assert lekp.select("Mol").municipalities[0].name_nl == "Mol"
    assert {r["group"] for r in lekp.summary(per="gemeente", gemeenten="Mol", werf=1).records()} >= {"Mol"}
    with pytest.raises(UsageError) as refused:
        lekp.compare("Mol")  # one gemeente, not three letters
    assert refused.value.message("en") == (
        "gemeente: name at least two gemeenten to compare (gemeenten=NAME, provincie=NAME or "
        "gemeenten_file=FILE)"
    )


def test_library_notes_name_the_keyword_and_the_command_line_the_option(lekp, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("indicator,jaar,waarde\nbomen,2021,1\nbomen,2022,1\n", encoding="utf-8")
    result = Lekp().progress("Mol", realisaties=path)
    assert result.notes[0].localize("nl").endswith("kies een ander jaar met jaar=…")
    run = lekp("progress", "-g", "Mol", "--realisaties", path, "-f", "json")
    assert "kies een ander jaar met --jaar" in run.stderr
    # and the library's errors too
    with pytest.raises(UsageError) as refused:
        Lekp().report("Mol", tot=2024)
    assert refused.value.message("nl") == "tot: heeft realisaties=BESTAND nodig"
    assert one_line_error(lekp("report", "-g", "Mol", "--tot", "2024", "-f", "html"), 2) == (
        "lekp: fout: --tot: heeft --realisaties BESTAND nodig"
    )


def _workbook_with(tmp_path: Path, stored: str) -> Path:
    """A realisations workbook whose one value is stored as the text `stored` (as Excel keeps a
    formula's binary result)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["indicator", "jaar", "waarde"])
    sheet.append(["hagen", 2021, 17.25])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / "realisaties.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = data.replace(b"<v>17.25</v>", f"<v>{stored}</v>".encode())
            target.writestr(info, data)
    return path


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("17.4", "17.4"),  # the shortest text of the float: never 17.39999999999999857891…
        ("17.399999999999999", "17.4"),  # as Excel writes 17.4 (17 significant digits)
        ("17.400000000000002", "17.4"),  # a formula's binary rest (=10.3+7.1): Excel shows 17.4
        ("0.30000000000000004", "0.3"),  # =0.1+0.2
        ("8400.5", "8400.5"),
    ],
)
def test_workbook_numbers_are_the_decimal_a_person_typed(lekp, tmp_path, stored, typed):
    path = _workbook_with(tmp_path, stored)
    run = lekp("progress", "-g", "Mol", "--realisaties", path, "-f", "json")
    assert run.exit_code == 0, run.stderr
    assert by_indicator(run.stdout)["hagen"]["realised"] == D(typed)
    shown = lekp("progress", "-g", "Mol", "--realisaties", path, "-f", "csv")
    assert f",{typed}," in shown.stdout


def test_the_typed_number_of_a_float_is_exact_text():
    from lekp_calc.datafiles.workbook import typed

    assert typed(17.4) == "17.4"
    assert typed(0.1 + 0.2) == "0.3"
    assert typed(1e-07) == "0.0000001"  # no exponent: a CSV cell's text
    assert typed(-2.5) == "-2.5"
