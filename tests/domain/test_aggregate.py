"""Many gemeenten at once: group totals that reconcile, honest rounding, both territories."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lekp_calc.datafiles.load import load_municipalities
from lekp_calc.domain.aggregate import Per, compare, summarize
from lekp_calc.domain.targets import TargetPlan, per_1000, subject_for
from lekp_calc.errors import InputError


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
    assert borsbeek.municipality.population[2024] == 11379  # Borsbeek, 1 January 2024
    assert data_2024.resolve("Zwijndrecht").municipality.province_nl == "Antwerpen"
    with pytest.raises(InputError) as info:
        data_2024.resolve("Pajottegem")
    assert "Galmaarden (23023), Gooik (23024), Herne (23032)" in str(info.value)
    # the library names the parameter as a Python caller knows it; the command line says --grondgebied
    assert "use grondgebied=2025" in info.value.message("en")


def test_merged_gemeente_equals_its_predecessors(data_2024, data):
    # Antwerpen 2024 on the 2025 territory = Antwerpen 544,759 + Borsbeek 11,379 = 556,138.
    old = {m.nis_code: m for m in data_2024.municipalities}
    assert old["11002"].population[2024] == 544_759
    assert old["11007"].population[2024] == 11_379
    assert data.resolve("Antwerpen").municipality.population[2024] == 544_759 + 11_379 == 556_138
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
    # 1 January 2024: 6,821,770 inwoners (Statbel, via data/municipalities.csv)
    assert summarize(catalogue, "2.1", data_2024.municipalities, 2024).total.inwoners == 6_821_770


def test_groups_are_named_and_coded(catalogue, data):
    result = summarize(catalogue, "2.1", data.municipalities, 2026, per=Per.PROVINCIE)
    assert [(g.code, g.group, g.gemeenten) for g in result.groups] == [
        ("10000", "Antwerpen", 67),
        ("20001", "Vlaams-Brabant", 63),
        ("30000", "West-Vlaanderen", 62),
        ("40000", "Oost-Vlaanderen", 55),
        ("70000", "Limburg", 38),
    ]
    assert result.total.code is None
    assert result.flanders is True
    assert (result.pact, result.year, result.per) == ("2.1", 2026, Per.PROVINCIE)


def test_group_rounded_once(catalogue, data):
    # Mol 38,793 / 1,000 = 38.793 -> 39; Geel 42,650 / 1,000 = 42.65 -> 43; sum of rounded 39 + 43 = 82.
    # Rounded once: 38.793 + 42.65 = 81.443 -> 81.
    chosen = [data.resolve("Mol").municipality, data.resolve("Geel").municipality]
    result = summarize(catalogue, "2.1", chosen, 2026, per=Per.ARRONDISSEMENT, flanders=False)
    assert [g.group for g in result.groups] == ["Turnhout"]
    assert result.total.inwoners == 38793 + 42650
    perken = next(r for r in result.total.rows if r.indicator.key == "natuurgroenperken")
    exact = D(38793) / 1000 + D(42650) / 1000
    assert exact == D("81.443")
    assert (perken.target_exact, perken.target, perken.rounded_sum) == (exact, D("81"), D(39 + 43))
    assert perken.headline is None and perken.headline_gap is None


def test_headline_on_flanders_row(catalogue, data):
    result = summarize(catalogue, "1.0", data.municipalities, 2021)
    projects = next(r for r in result.total.rows if r.indicator.key == "energieprojecten")
    # 6,653,062 / 500 = 13,306.124; VVSG's page says 12,000: a gap of 13,306.124 - 12,000 = 1,306.124.
    assert projects.target_exact == D(6_653_062) / 500 == D("13306.124")
    assert projects.headline == D("12000")
    assert projects.headline_gap == D("13306.124") - 12000 == D("1306.124")
    trees = next(r for r in result.total.rows if r.indicator.key == "bomen")
    # 1 tree per inhabitant, 1 January 2021: 6,653,062; the province's 6,600,000 is 53,062 short.
    assert (trees.target_exact, trees.headline, trees.headline_gap) == (D(6_653_062), D(6_600_000), D(53_062))
    assert all(r.headline is None for g in result.groups for r in g.rows)  # a province is not Flanders


def test_no_headline_when_not_flanders(catalogue, data):
    antwerpen = data.in_province("Antwerpen")
    result = summarize(catalogue, "1.0", antwerpen, 2021, per=Per.ARRONDISSEMENT, werf=3, flanders=False)
    assert {g.group for g in result.groups} == {"Antwerpen", "Mechelen", "Turnhout"}
    assert result.total.gemeenten == 67
    assert all(r.headline is None for r in result.total.rows)
    assert {r.indicator.werf for r in result.total.rows} == {3}


def test_compare_per_1000(catalogue, data):
    mol, herstappe = (data.resolve(n).municipality for n in ("Mol", "Herstappe"))
    result = compare(catalogue, "2.1", [mol, herstappe], 2026)
    assert [t.subject.name for t in result.results] == ["Mol", "Herstappe"]
    assert len(result.indicators) == 14
    renovaties = [next(r for r in t.rows if r.indicator.key == "renovaties") for t in result.results]
    # Mol: 19,095 x 50 / 1,000 = 954.75 renovations; 954.75 / 38,793 x 1,000 = 24.6114... -> 24.611
    assert renovaties[0].target_exact == 19095 * D(50) / 1000
    assert per_1000(renovaties[0].target_exact, 38793) == D("24.611")
    # Herstappe: 36 x 50 / 1,000 = 1.8; 1.8 / 78 x 1,000 = 23.0769... -> 23.077
    assert renovaties[1].target_exact == 36 * D(50) / 1000
    assert per_1000(renovaties[1].target_exact, 78) == D("23.077")
