"""Trajectories, progress against realisations, baselines: values worked out by hand."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from lekp_calc.compute import compute_targets, subject_for
from lekp_calc.csvfile import CsvTable, parse_csv
from lekp_calc.models import Baseline
from lekp_calc.progress import engagement_paths, expected_by, progress, share, trajectory
from lekp_calc.realisations import for_gemeente, load_realisations, parse_realisations

DATA = Path(__file__).resolve().parent / "data"
REALISATIONS = DATA / "realisaties_mol.csv"


@pytest.fixture(scope="module")
def mol_targets(catalogue, data):
    # Mol, 1 January 2026: 38,793 inwoners, 19,095 wooneenheden; pact 2.1.
    return compute_targets(catalogue, "2.1", subject_for(data.resolve("Mol").municipality, 2026))


@pytest.fixture(scope="module")
def mol_rows(catalogue):
    return load_realisations(REALISATIONS, [i.key for i in catalogue.indicators], today=date(2026, 11, 28))


def test_expected_path_is_a_straight_line():
    assert expected_by(D("38793"), 2030, 2021) == D("3879.3")  # 38,793 x 1/10
    assert expected_by(D("38793"), 2030, 2025) == D("19396.5")  # 38,793 x 5/10
    assert expected_by(D("955"), 2024, 2021) == D("238.75")  # 955 x 1/4 (deadline end 2024)
    assert expected_by(D("955"), 2024, 2026) == D("955")  # after the deadline: the target
    assert expected_by(D("78"), 2025, 2022) == D("31.2")  # 78 x 2/5
    assert expected_by(D("78"), 2025, 2020) == D("0")
    # 100 x 1/7 is no finite decimal: three places, half up.
    assert share(D("100"), 1, 7) == D("14.286")


def test_trajectory(mol_targets):
    points = {(p.indicator.key, p.year): p for p in trajectory(mol_targets)}
    assert points["bomen", 2021].expected_cumulative == D("3879.3")  # 38,793 / 10
    assert points["bomen", 2030].expected_cumulative == D("38793")
    assert points["klimaattafels", 2022].expected_cumulative == D("477.5")  # 955 x 2/4
    assert ("klimaattafels", 2025) not in points  # the path ends at the deadline
    assert points["energievermogen", 2023].expected_cumulative == D("837.93")  # 2,793.1 x 3/10
    assert len(trajectory(mol_targets, "bomen")) == 10


def test_progress_of_mol_at_the_end_of_2025(mol_targets, mol_rows):
    items = {p.indicator.key: p for p in progress(mol_targets, mol_rows, 2025)}
    bomen = items["bomen"]
    # 3,000 + 4,100 + 3,900 + 5,200 + 4,800 = 21,000 trees; the path expects 38,793 x 5/10.
    assert bomen.realised == D("21000")
    assert bomen.expected == D("19396.5")
    assert bomen.gap == D("1603.5")
    assert bomen.percent == D("54.1")  # 21,000 / 38,793 = 54.13 %
    assert bomen.status == "op schema"
    # 4,200 a year: 38,793 / 4,200 = 9.24 years after 2020 -> 2030.
    assert bomen.projected_year == 2030
    hagen = items["hagen"]
    # 1,200 + 1,500.5 + 2,000 + 1,800 + 1,900 = 8,400.5 m of 19,397 m; expected 9,698.5.
    assert (hagen.realised, hagen.expected, hagen.status) == (D("8400.5"), D("9698.5"), "achter")
    assert hagen.percent == D("43.3")
    assert hagen.projected_year == 2032  # 19,397 / (8,400.5 / 5) = 11.5 years -> 2032
    tafels = items["klimaattafels"]
    assert (tafels.realised, tafels.status, tafels.projected_year) == (
        D("1000"),
        "behaald",
        2023,
    )  # 400 + 600
    nothing = items["renovaties_fossielvrij"]
    assert (nothing.realised, nothing.status, nothing.projected_year, nothing.reported) == (
        D("0"),
        "achter",
        None,
        False,
    )


def test_an_earlier_reference_year_shows_the_state_then(mol_targets, mol_rows):
    bomen = next(p for p in progress(mol_targets, mol_rows, 2023) if p.indicator.key == "bomen")
    # 3,000 + 4,100 + 3,900 = 11,000 < 38,793 x 3/10 = 11,637.9
    assert (bomen.realised, bomen.expected, bomen.status) == (D("11000"), D("11637.9"), "achter")


def _table(text: str, delimiter_file: str = "r.csv") -> CsvTable:
    return parse_csv(CsvTable(delimiter_file, text, ",", [], []), allow_semicolon=True)


def test_realisations_saved_by_excel_read_the_same(catalogue):
    keys = [i.key for i in catalogue.indicators]
    plain = _table("indicator,jaar,waarde\nhagen,2022,1500.5\nbomen,2021,30\n")
    excel = _table("\ufeffindicator;jaar;waarde\r\nhagen;2022;1500,5\r\nbomen;2021;30\r\n".lstrip("\ufeff"))
    assert parse_realisations(plain, keys) == parse_realisations(excel, keys)
    assert not plain.problems and not excel.problems


def test_future_year_is_a_warning(catalogue):
    table = _table("indicator,jaar,waarde\nbomen,2027,30\n")
    rows = parse_realisations(table, [i.key for i in catalogue.indicators], today=date(2026, 11, 28))
    assert [(p.code, p.severity.value) for p in table.problems] == [("R604", "warning")]
    assert len(rows) == 1


def test_empty_values_are_years_not_filled_in(catalogue):
    table = _table("indicator,jaar,waarde\nbomen,2021,\nbomen,2022,5\n")
    assert [(r.jaar, r.waarde) for r in parse_realisations(table, [i.key for i in catalogue.indicators])] == [
        (2022, D("5"))
    ]


def test_rows_of_predecessors_count_for_the_merged_gemeente(catalogue, data):
    table = _table(
        "nis_code,indicator,jaar,waarde\n11002,bomen,2022,100\n11007,bomen,2022,40\n13025,bomen,2022,7\n"
    )
    rows = parse_realisations(table, [i.key for i in catalogue.indicators])
    antwerpen = data.resolve("Antwerpen").municipality  # with Borsbeek (11007) since 2025
    assert sum(r.waarde for r in for_gemeente(rows, antwerpen)) == D("140")


def test_energy_path_compounds_the_yearly_saving(catalogue):
    baseline = Baseline(energy_base_year=2019, energy=D("4800"))
    (energy,) = engagement_paths(catalogue, "1.0", baseline)
    values = dict(energy.points)
    # 4,800 x (1 - 0.0209)^2 = 4,601.456688 for 2021, 2.09 % a year under pact 1.0
    assert values[2021] == D("4601.457")
    assert values[2030] == D("3804.861")  # 4,800 x 0.9791^11
    (energy,) = [p for p in engagement_paths(catalogue, "2.0", baseline) if p.quantity == "energie"]
    values = dict(energy.points)
    # Pact 2.0: 3 % a year from 2023: 4,800 x 0.9791^3 x 0.97 = 4,370.1277 for 2023.
    assert values[2022] == D("4505.286")
    assert values[2023] == D("4370.128")
    assert values[2030] == D("3530.988")


def test_co2_path_is_a_straight_line_from_2015(catalogue):
    (co2,) = engagement_paths(catalogue, "2.1", Baseline(co2_2015=D("1250.5")))
    values = dict(co2.points)
    assert values[2030] == D("562.725")  # 1,250.5 x (1 - 0.55)
    assert values[2021] == D("975.390")  # 1,250.5 - 1,250.5 x 0.55 x 6/15 = 1,250.5 - 275.11
    (co2,) = engagement_paths(catalogue, "1.0", Baseline(co2_2015=D("1000")))
    assert dict(co2.points)[2030] == D("600.000")  # -40 % under pact 1.0


# --- command line -----------------------------------------------------------------------


def test_progress_csv(lekp):
    result = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = {r["indicator"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert list(next(iter(rows.values()))) == [
        "nis_code", "gemeente", "indicator", "unit", "target", "realised", "percent",
        "expected", "gap", "status", "projected_year",
    ]  # fmt: skip
    assert rows["bomen"]["realised"] == "21000"
    assert rows["bomen"]["status"] == "op schema"
    assert rows["renovaties_fossielvrij"]["projected_year"] == ""
    assert "no realisations of renovaties_fossielvrij" in result.stderr


def test_progress_table_has_bars(lekp):
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "--jaar", "2024").stdout
    assert "Voortgang op het einde van 2024" in out
    assert "█" in out and "behaald" in out


def test_trajectory_cli(lekp):
    rows = json.loads(lekp("trajectory", "-g", "Mol", "-i", "bomen", "-f", "json").stdout)
    assert rows[0] == {"year": 2021, "indicator": "bomen", "expected_cumulative": 3879.3, "target": 38793}
    assert len(rows) == 10
    result = lekp("trajectory", "-g", "Mol", "-i", "boom")
    assert result.exit_code == 2
    assert "unknown indicator 'boom'" in result.stderr


def test_trajectory_with_baseline(lekp, tmp_path):
    baseline = tmp_path / "basislijn.csv"
    baseline.write_text("grootheid,jaar,waarde\nco2,2015,1250.5\n", encoding="utf-8")
    rows = json.loads(lekp("trajectory", "-g", "Mol", "-f", "json", "--baseline", baseline).stdout)
    co2 = {r["year"]: r for r in rows if r["indicator"] == "co2_eigen_patrimonium"}
    assert co2[2030]["expected_cumulative"] == 562.725  # 1,250.5 x 0.45 under pact 2.1


@pytest.mark.parametrize("excel", [False, True])
def test_template_round_trip(lekp, tmp_path, excel):
    template = tmp_path / "realisaties.csv"
    args = ["progress", "--template", "-g", "Mol", "-o", template] + (["--excel"] if excel else [])
    assert lekp(*args).exit_code == 0
    raw = template.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == excel
    text = raw.decode("utf-8-sig")
    delimiter = ";" if excel else ","
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
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
    bomen = next(r for r in json.loads(result.stdout) if r["indicator"] == "bomen")
    assert bomen["realised"] == 1500


def test_progress_errors(lekp, tmp_path):
    bad = tmp_path / "r.csv"
    bad.write_text("indicator,jaar,waarde\nbomn,2022,5\n", encoding="utf-8")
    result = lekp("progress", "-g", "Mol", "--realisaties", bad)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"lekp: error: {bad}:2:1: R601 unknown indicator 'bomn'; did you mean bomen?"
    )
    other = tmp_path / "gent.csv"
    other.write_text("nis_code,indicator,jaar,waarde\n44021,bomen,2022,5\n", encoding="utf-8")
    result = lekp("progress", "-g", "Mol", "--realisaties", other)
    assert result.exit_code == 1
    assert "has no realisations of Mol" in result.stderr
    assert lekp("progress", "-g", "Mol").exit_code == 2


def test_report_is_self_contained(lekp, tmp_path):
    target = tmp_path / "mol.html"
    result = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS, "-o", target)
    assert result.exit_code == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>Lokaal Energie- en Klimaatpact: Mol</h1>" in html
    assert html.count("<svg") == 14  # a chart per target of pact 2.1
    assert "38.793" in html and "21.000" in html
    for external in ("<script", "<link", "src=", "url(", "@import", "https://"):
        assert external not in html
    assert "break-inside: avoid" in html and "size: A4" in html
