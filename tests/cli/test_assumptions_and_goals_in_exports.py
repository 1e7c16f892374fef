"""Every exported row names the assumptions its figures rest on and the goal it reports under.

The catalogue names, per target, lekp's own choices it depends on (`afronding`: the rounding
rule; `wooneenheden`: Census 2021 dwellings as the proxy); the computations add theirs (`pad`:
the straight path; `bevolkingsjaar`: the population year of a progress). A user's --rounding or
--wooneenheden replaces the one it overrides, as the text views already said. CSV writes the
ids separated by a space, JSON an array. The `goal` column is the Pactportaal's own name.
"""

from __future__ import annotations

from datetime import date

import pytest

from .common import REALISATIONS, csv_rows, decimal_json

RENOVATIES_GOAL = "Werf 2: Verrijk je wijk - Collectieve renovaties"


def by_indicator(rows):
    return {r["indicator"]: r for r in rows}


def test_targets_name_rounding_and_the_proxy(lekp):
    rows = by_indicator(csv_rows(lekp("targets", "-g", "Mol", "-f", "csv").stdout))
    assert rows["renovaties"]["assumptions"] == "afronding wooneenheden"  # 50 per 1,000 Census dwellings
    assert rows["bomen"]["assumptions"] == "afronding"
    assert rows["renovaties"]["goal"] == rows["renovaties_fossielvrij"]["goal"] == RENOVATIES_GOAL
    assert list(rows["bomen"])[-3:] == ["goal", "assumptions", "note"]  # the note stays last


def test_an_override_removes_the_assumption_it_replaces(lekp):
    rounded = by_indicator(csv_rows(lekp("targets", "-g", "Mol", "--rounding", "up", "-f", "csv").stdout))
    assert rounded["renovaties"]["assumptions"] == "wooneenheden"
    assert rounded["bomen"]["assumptions"] == ""
    own = by_indicator(csv_rows(lekp("targets", "-g", "Mol", "--wooneenheden", "19000", "-f", "csv").stdout))
    assert own["renovaties"]["assumptions"] == "afronding"
    assert own["renovaties"]["target_exact"] == "950"  # 19,000 x 50 / 1,000
    what_if = decimal_json(
        lekp("targets", "--inwoners", "12000", "--wooneenheden", "5400", "-f", "json").stdout
    )
    assert by_indicator(what_if)["renovaties"]["assumptions"] == ["afronding"]


def test_the_text_view_says_the_same(lekp):
    table = lekp("targets", "-g", "Mol", "-w", "2", "--wooneenheden", "19000", "-f", "markdown").stdout
    assert "Afronding: in de bronnen is geen afrondingsregel gevonden." in table
    assert "Wooneenheden: welke telling" not in table  # replaced by the 19,000 given


def test_summary_compare_trajectory(lekp):
    summary = by_indicator(csv_rows(lekp("summary", "-w", "2", "--rounding", "none", "-f", "csv").stdout))
    assert summary["renovaties"]["assumptions"] == "wooneenheden"
    assert summary["renovaties"]["goal"] == RENOVATIES_GOAL
    compare = decimal_json(lekp("compare", "-g", "Mol", "-g", "Geel", "-w", "2", "-f", "json").stdout)
    assert {tuple(r["assumptions"]) for r in compare if r["indicator"] == "klimaattafels"} == {
        ("afronding", "wooneenheden")
    }
    path = decimal_json(lekp("trajectory", "-g", "Mol", "-i", "renovaties", "-f", "json").stdout)
    assert path[0]["assumptions"] == ["afronding", "wooneenheden", "pad"]


def test_trajectory_engagements_name_their_own(lekp, tmp_path):
    baseline = tmp_path / "basis.csv"
    baseline.write_text("grootheid,jaar,waarde\nco2,2015,1250.5\nenergie,2019,4800\n", encoding="utf-8")
    rows = decimal_json(lekp("trajectory", "-g", "Mol", "--baseline", baseline, "-f", "json").stdout)
    energy = next(r for r in rows if r["indicator"] == "energiebesparing_eigen_gebouwen")
    assert energy["assumptions"] == ["energie-samengesteld", "energie-voor-2021"]
    assert energy["goal"] == "Algemene doelstellingen - Energiebesparing lokaal patrimonium"
    co2 = next(r for r in rows if r["indicator"] == "co2_eigen_patrimonium")
    assert co2["assumptions"] == ["co2-rechte-lijn"]


def test_progress_names_the_path_and_the_population_year(lekp):
    rows = by_indicator(
        csv_rows(lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "csv").stdout)
    )
    assert rows["bomen"]["assumptions"] == "afronding pad bevolkingsjaar"
    assert rows["renovaties"]["assumptions"] == "afronding wooneenheden pad bevolkingsjaar"
    assert rows["laadpunten"]["goal"] == "Werf 3: Mobiliteit - Laadpunten"


def test_werven_lists_goal_and_uri(lekp):
    rows = by_indicator(csv_rows(lekp("werven", "-f", "csv").stdout))
    assert rows["hagen"]["goal"] == "Werf 1: Vergroening - Haag of geveltuinbeplanting"
    assert rows["hagen"]["goal_uri"] == "http://lblod.data.gift/concepts/59f0da6e-aa99-413c-86ef-413039855046"
    assert rows["renovaties"]["assumptions"] == "afronding wooneenheden"
    explained = {r["assumption"] for r in csv_rows(lekp("werven", "--aannames", "-f", "csv").stdout)}
    exported = {ident for r in rows.values() for ident in r["assumptions"].split()}
    assert exported <= explained  # every id an export names, `lekp werven --aannames` explains


@pytest.mark.parametrize(
    ("today", "label", "step"),
    [
        (
            date(2025, 7, 1),
            "Volgende rapporteringsstap",
            "5 december 2025: Opvolgmoment 2025: einddatum opnieuw",
        ),
        (date(2026, 12, 8), "Laatste rapporteringsstap", "1 mei 2026: De LEKP-formulieren staan niet meer"),
    ],
)
def test_werven_and_the_report_show_the_reporting_step_that_matters(lekp, monkeypatch, today, label, step):
    monkeypatch.setattr("lekp_calc.domain.rules.today", lambda: today)
    werven = " ".join(lekp("werven", "-f", "markdown").stdout.split())
    assert f"**{label}:** {step}" in werven  # a fact at the top of the catalogue
    assert "Rapporteringskalender" in werven and "(later verschoven naar 30 juni 2025)" in werven
    report = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS, "--tot", "2025", "-f", "html").stdout
    summary = report[report.index('id="summary"') : report.index('id="facts"')]
    assert label in summary and step.split(":")[0] in summary
    goals = report[report.index('id="goals-section"') :]
    assert "Werf 3: Mobiliteit - Laadpunten" in goals
