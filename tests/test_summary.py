"""Many gemeenten at once: group totals that reconcile, honest rounding, both territories."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal as D

import pytest

from lekp_calc.compute import TargetPlan, subject_for
from lekp_calc.municipalities import load_municipalities
from lekp_calc.summary import Per, compare, per_1000, summarize


@pytest.fixture(scope="session")
def data_2024():
    return load_municipalities(territory="2024")


def test_2024_territory(data_2024, data):
    assert len(data_2024.municipalities) == 300
    assert data_2024.years == (2019, 2020, 2021, 2022, 2023, 2024)
    assert len(data_2024.in_province("Antwerpen")) == 69
    assert len(data.in_province("Antwerpen")) == 67
    borsbeek = data_2024.resolve("Borsbeek")
    assert borsbeek.municipality.nis_code == "11007" and borsbeek.note is None
    assert data_2024.resolve("Zwijndrecht").municipality.province_nl == "Antwerpen"
    with pytest.raises(Exception, match="Galmaarden \\(23023\\), Gooik \\(23024\\), Herne \\(23032\\)"):
        data_2024.resolve("Pajottegem")


def test_merged_gemeente_equals_its_predecessors(data_2024, data):
    # Antwerpen 2024 on the 2025 territory = Antwerpen 544,759 + Borsbeek 11,379 = 556,138.
    old = {m.nis_code: m for m in data_2024.municipalities}
    assert old["11002"].population[2024] + old["11007"].population[2024] == 556_138
    assert data.resolve("Antwerpen").municipality.population[2024] == 556_138
    # ... and so for every merged gemeente, every year both territories have.
    merged = [m for m in data.municipalities if m.territory_changed]
    assert len(merged) == 13
    for gemeente in merged:
        parts = [old[code] for code in gemeente.predecessor_nis_codes]
        for year in range(2019, 2025):
            assert sum(p.population[year] for p in parts) == gemeente.population[year]
        assert sum(p.dwellings_census_2021 for p in parts) == gemeente.dwellings_census_2021


@pytest.mark.parametrize(
    ("territory", "year", "pact"),
    [
        ("2025", 2026, "2.1"),
        ("2025", 2021, "1.0"),
        ("2025", 2024, "2.0"),
        ("2024", 2024, "2.1"),
        ("2024", 2019, "1.0"),
    ],
)
def test_totals_reconcile(catalogue, territory, year, pact):
    data = load_municipalities(territory=territory)
    plan = TargetPlan(catalogue, pact)
    per_gemeente = [plan.apply(subject_for(m, year)) for m in data.municipalities]
    by_province = summarize(catalogue, pact, data.municipalities, year, per=Per.PROVINCIE)
    by_gemeente = summarize(catalogue, pact, data.municipalities, year, per=Per.GEMEENTE)
    flanders = by_province.total
    assert flanders.gemeenten == len(data.municipalities)
    assert flanders.inwoners == sum(m.population[year] for m in data.municipalities)
    for index, row in enumerate(flanders.rows):
        provinces = sum(group.rows[index].target_exact for group in by_province.groups)
        gemeenten = sum(group.rows[index].target_exact for group in by_gemeente.groups)
        direct = sum(t.rows[index].target_exact for t in per_gemeente)
        assert row.target_exact == provinces == gemeenten == direct
        assert row.rounded_sum == sum(t.rows[index].target for t in per_gemeente)
    assert sum(g.gemeenten for g in by_province.groups) == flanders.gemeenten
    assert by_gemeente.total.rows == flanders.rows


def test_flemish_population_is_the_same_on_both_territories(catalogue, data, data_2024):
    for year in range(2019, 2025):
        new = summarize(catalogue, "2.1", data.municipalities, year).total
        old = summarize(catalogue, "2.1", data_2024.municipalities, year).total
        assert new.inwoners == old.inwoners
        assert [r.target_exact for r in new.rows] == [r.target_exact for r in old.rows]
    # 1 January 2024: 6,821,770 inwoners (PROVENANCE.md)
    assert summarize(catalogue, "2.1", data_2024.municipalities, 2024).total.inwoners == 6_821_770


def test_group_rounded_once(catalogue, data):
    # Mol 38,793 / 1,000 = 38.793 -> 39; Geel 42,650 / 1,000 = 42.65 -> 43; sum of rounded 82.
    # Rounded once: 38.793 + 42.65 = 81.443 -> 81.
    chosen = [data.resolve("Mol").municipality, data.resolve("Geel").municipality]
    result = summarize(catalogue, "2.1", chosen, 2026, per=Per.ARRONDISSEMENT, headlines=False)
    assert [g.group for g in result.groups] == ["Turnhout"]
    perken = next(r for r in result.total.rows if r.indicator.key == "natuurgroenperken")
    assert (perken.target_exact, perken.target, perken.rounded_sum) == (D("81.443"), D("81"), D("82"))
    assert perken.headline is None


def test_headline_on_flanders_row(catalogue, data):
    result = summarize(catalogue, "1.0", data.municipalities, 2021)
    projects = next(r for r in result.total.rows if r.indicator.key == "energieprojecten")
    # 6,653,062 / 500 = 13,306.124; the seed says 12,000: a gap of 1,306.124.
    assert projects.target_exact == D("13306.124")
    assert projects.headline == D("12000")
    assert projects.headline_gap == D("1306.124")
    assert all(r.headline is None for g in result.groups for r in g.rows)


def test_compare_per_1000(catalogue, data):
    mol, herstappe = (data.resolve(n).municipality for n in ("Mol", "Herstappe"))
    result = compare(catalogue, "2.1", [mol, herstappe], 2026)
    renovaties = [next(r for r in t.rows if r.indicator.key == "renovaties") for t in result.results]
    # Mol: 19,095 x 50 / 1,000 = 954.75 renovations; 954.75 / 38,793 x 1,000 = 24.6114... -> 24.611
    assert per_1000(renovaties[0].target_exact, 38793) == D("24.611")
    # Herstappe: 36 x 50 / 1,000 = 1.8; 1.8 / 78 x 1,000 = 23.0769... -> 23.077
    assert per_1000(renovaties[1].target_exact, 78) == D("23.077")
    assert per_1000(D("1"), 0) is None


# --- command line -----------------------------------------------------------------------


def test_summary_csv(lekp):
    result = lekp("summary", "-f", "csv", "--jaar", "2021", "--pact", "1.0")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "group", "gemeenten", "indicator", "unit", "basis_value",
        "target_exact", "target", "headline", "headline_gap",
    ]  # fmt: skip
    groups = {r["group"] for r in rows}
    assert groups == {
        "Antwerpen",
        "Vlaams-Brabant",
        "West-Vlaanderen",
        "Oost-Vlaanderen",
        "Limburg",
        "Vlaanderen",
    }
    trees = {r["group"]: r for r in rows if r["indicator"] == "bomen"}
    assert trees["Vlaanderen"]["target_exact"] == "6653062"  # 1 tree per inhabitant, 1 January 2021
    assert trees["Vlaanderen"]["headline"] == "6600000"
    assert trees["Vlaanderen"]["headline_gap"] == "53062"
    assert trees["Limburg"]["headline"] == ""
    provinces = sum(int(trees[g]["target_exact"]) for g in groups - {"Vlaanderen"})
    assert provinces == 6_653_062


def test_summary_json_per_arrondissement_of_a_province(lekp):
    rows = json.loads(
        lekp("summary", "--per", "arrondissement", "-p", "Antwerpen", "-f", "json", "-w", "3").stdout
    )
    assert {r["group"] for r in rows} == {"Antwerpen", "Mechelen", "Turnhout", "Totaal"}
    total = next(r for r in rows if r["group"] == "Totaal" and r["indicator"] == "laadpunten")
    assert total["gemeenten"] == 67
    assert total["headline"] is None  # a province is not Flanders


def test_summary_2024_territory_has_69_in_antwerpen(lekp):
    rows = json.loads(lekp("summary", "--grondgebied", "2024", "-f", "json", "-w", "1").stdout)
    antwerpen = next(r for r in rows if r["group"] == "Antwerpen")
    assert antwerpen["gemeenten"] == 69
    flanders = next(r for r in rows if r["group"] == "Vlaanderen" and r["indicator"] == "bomen")
    assert flanders["gemeenten"] == 300
    assert flanders["basis_value"] == 6_821_770  # 1 January 2024, the newest year of that territory


def test_summary_of_a_gemeenten_file(lekp, tmp_path):
    listing = tmp_path / "regio.txt"
    listing.write_text("# Kempen\nMol\n13008  # Geel\n\nBalen\n", encoding="utf-8")
    rows = json.loads(
        lekp("summary", "--gemeenten-file", listing, "--per", "gemeente", "-f", "json", "-w", "1").stdout
    )
    assert [r["group"] for r in rows if r["indicator"] == "bomen"] == ["Balen", "Geel", "Mol", "Totaal"]
    total = next(r for r in rows if r["group"] == "Totaal" and r["indicator"] == "bomen")
    mol, geel = 38793, 42650
    balen = next(r for r in rows if r["group"] == "Balen" and r["indicator"] == "bomen")["basis_value"]
    assert total["target_exact"] == mol + geel + balen


def test_gemeenten_file_error_names_the_line(lekp, tmp_path):
    listing = tmp_path / "regio.txt"
    listing.write_text("Mol\nMoll\n", encoding="utf-8")
    result = lekp("summary", "--gemeenten-file", listing)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"lekp: error: {listing}:2: unknown gemeente 'Moll'")


def test_summary_table_says_how_rounding_differs(lekp):
    out = lekp("summary", "-w", "1").stdout
    assert "Som afgerond per gemeente" in out
    assert "Vlaams totaal volgens de bron: 6.600.000 stuks" in out


def test_compare_cli(lekp):
    result = lekp("compare", "-g", "Mol", "-g", "Herstappe", "-f", "csv", "-w", "2")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    mol = next(r for r in rows if r["gemeente"] == "Mol" and r["indicator"] == "renovaties")
    assert mol["per_1000_inwoners"] == "24.611"
    assert mol["inwoners"] == "38793"
    table = lekp("compare", "-g", "Mol", "-g", "Geel").stdout
    assert "Doel per 1.000 inwoners" in table and "Geel" in table


def test_compare_needs_two(lekp):
    result = lekp("compare", "-g", "Mol")
    assert result.exit_code == 2
    assert "at least two gemeenten" in result.stderr


def test_targets_on_the_2024_territory(lekp):
    rows = json.loads(
        lekp("targets", "-g", "Borsbeek", "--grondgebied", "2024", "-f", "json", "-w", "1").stdout
    )
    assert rows[0]["nis_code"] == "11007"
    assert rows[0]["basis_value"] == 11379  # Borsbeek, 1 January 2024
    result = lekp("targets", "-g", "Pajottegem", "--grondgebied", "2024")
    assert result.exit_code == 1
    assert "use --grondgebied 2025" in result.stderr
