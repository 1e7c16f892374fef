"""The municipality data: completeness, totals, name matching and the 2025 mergers."""

from __future__ import annotations

from pathlib import Path

import pytest

from lekp_calc.errors import DataError, InputError
from lekp_calc.municipalities import load_municipalities
from lekp_calc.names import normalize


def test_all_285_gemeenten_and_their_provinces(data):
    assert len(data.municipalities) == 285
    counts = {p: len(data.in_province(p)) for p in data.provinces()}
    # 2025 territory: Antwerpen lost Borsbeek (into Antwerpen) and Zwijndrecht (to Oost-Vlaanderen).
    assert counts == {
        "Antwerpen": 67,
        "Vlaams-Brabant": 63,
        "West-Vlaanderen": 62,
        "Oost-Vlaanderen": 55,
        "Limburg": 38,
    }
    assert data.years == (2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)


def test_flemish_totals_match_provenance(data):
    # The Flemish population on 1 January as listed in data/PROVENANCE.md.
    expected = {
        2019: 6_589_069, 2020: 6_629_143, 2021: 6_653_062, 2022: 6_698_876,
        2023: 6_774_807, 2024: 6_821_770, 2025: 6_864_766, 2026: 6_898_350,
    }  # fmt: skip
    for year, total in expected.items():
        assert sum(m.population[year] for m in data.municipalities) == total
    assert sum(m.dwellings_census_2021 for m in data.municipalities) == 3_336_638


@pytest.mark.parametrize(
    "query",
    ["Mol", "mol", "MOL", " Mol ", "13025"],
)
def test_resolve_simple(data, query):
    assert data.resolve(query).municipality.nis_code == "13025"


@pytest.mark.parametrize(
    ("query", "nis"),
    [
        ("Sint-Genesius-Rode", "23101"),
        ("sint genesius rode", "23101"),
        ("SINTGENESIUSRODE", "23101"),
        ("Nazareth-De Pinte", "44086"),
        ("nazareth de pinte", "44086"),
        ("Kapellen", "11023"),
    ],
)
def test_resolve_ignores_case_accents_spaces_hyphens(data, query, nis):
    assert data.resolve(query).municipality.nis_code == nis


def test_accents_are_folded():
    assert normalize("Kortrijk-Dutsel") == normalize("kortrijk dutsel")
    assert normalize("Zoë") == normalize("zoe")


@pytest.mark.parametrize(
    ("query", "nis", "name"),
    [
        ("Borsbeek", "11002", "Antwerpen"),
        ("11007", "11002", "Antwerpen"),
        ("Zwijndrecht", "46030", "Beveren-Kruibeke-Zwijndrecht"),
        ("kruibeke", "46030", "Beveren-Kruibeke-Zwijndrecht"),
        ("Kortessem", "71072", "Hasselt"),
        ("Moerbeke", "46029", "Lokeren"),
        ("Galmaarden", "23106", "Pajottegem"),
        ("71022", "71072", "Hasselt"),  # old code of Hasselt, which kept its name
    ],
)
def test_pre_2025_names_resolve_with_a_note(data, query, nis, name):
    resolution = data.resolve(query)
    assert resolution.municipality.nis_code == nis
    assert resolution.municipality.name_nl == name
    assert resolution.note is not None
    assert "1 January 2025" in resolution.note
    assert name in resolution.note


def test_current_name_that_was_also_an_old_name_has_no_note(data):
    resolution = data.resolve("Hasselt")
    assert resolution.municipality.nis_code == "71072"
    assert resolution.note is None


def test_merged_population_equals_sum_of_predecessors(data):
    # Antwerpen in 2024 on the 2025 territory = Antwerpen 544,759 + Borsbeek 11,379.
    antwerpen = data.resolve("Antwerpen").municipality
    assert antwerpen.predecessor_nis_codes == ("11002", "11007")
    assert antwerpen.population[2024] == 556_138
    assert antwerpen.territory_changed


def test_unknown_gemeente_suggests_closest(data):
    with pytest.raises(InputError) as info:
        data.resolve("Moll")
    message = str(info.value)
    assert "unknown gemeente 'Moll'" in message
    assert "Mol" in message.split("did you mean", 1)[1]
    with pytest.raises(InputError, match="NIS code 99999"):
        data.resolve("99999")


def test_province_lookup(data):
    assert data.province("oost vlaanderen") == "Oost-Vlaanderen"
    assert data.province("40000") == "Oost-Vlaanderen"
    with pytest.raises(InputError, match="choose one of"):
        data.province("Brabant")


def test_search(data):
    found = [m.name_nl for m in data.search("sint-")]
    assert "Sint-Niklaas" in found
    assert all("sint" in normalize(name) for name in found)
    assert [m.name_nl for m in data.search("13025")] == ["Mol"]


def _copy_with(tmp_path: Path, source: Path, replace: tuple[str, str]) -> Path:
    text = source.read_text(encoding="utf-8").replace(*replace, 1)
    target = tmp_path / source.name
    target.write_text(text, encoding="utf-8")
    return target


def test_bad_cell_is_reported_with_file_line_and_column(tmp_path):
    from conftest import DATA

    bad = _copy_with(tmp_path, DATA / "municipalities.csv", (",38793,", ",38.793,"))
    with pytest.raises(DataError) as info:
        load_municipalities(bad)
    message = str(info.value)
    line = next(n for n, text in enumerate(bad.read_text().splitlines(), 1) if text.startswith("13025,"))
    assert message.startswith(f"{bad}:{line}:")
    assert "C306" in message
    assert "38793" in message  # says how to write it
