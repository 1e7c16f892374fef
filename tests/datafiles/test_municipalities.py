"""The municipality files: the shipped data, the rules across cells, and the loaders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import DATA
from lekp_calc.datafiles.load import load_deelgemeenten, load_mergers, load_municipalities
from lekp_calc.datafiles.municipalities import (
    arrondissement_for,
    parse_deelgemeenten,
    parse_mergers,
    parse_municipalities,
    province_for,
    read_municipalities,
)
from lekp_calc.datafiles.schema import DEELGEMEENTEN, MERGERS, MUNICIPALITIES
from lekp_calc.datafiles.table import parse_text
from lekp_calc.domain.model import Territory
from lekp_calc.errors import DataError

CORPUS = Path(__file__).resolve().parent.parent / "check" / "corpus"
HEADER = (
    "nis_code,name_nl,arrondissement_nis,arrondissement_nl,province_nis,province_nl,"
    "population_2025,population_2026,dwellings_census_2021,predecessor_nis_codes"
)
MOL = "13025,Mol,13000,Turnhout,10000,Antwerpen,38701,38793,19095,13025"
GEEL = "13008,Geel,13000,Turnhout,10000,Antwerpen,42331,42650,20803,13008"


def test_all_285_gemeenten_and_their_provinces(data):
    assert len(data.municipalities) == 285
    assert data.territory is Territory.T2025
    counts = {p: len(data.in_province(p)) for p in data.provinces()}
    # 2025 territory: Antwerpen lost Borsbeek (into Antwerpen) and Zwijndrecht (to Oost-Vlaanderen).
    assert counts == {
        "Antwerpen": 67,
        "Vlaams-Brabant": 63,
        "West-Vlaanderen": 62,
        "Oost-Vlaanderen": 55,
        "Limburg": 38,
    }
    assert sum(counts.values()) == 67 + 63 + 62 + 55 + 38 == 285
    assert data.years == (2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
    assert data.latest_year == 2026


def test_flemish_totals_match_provenance(data):
    # The Flemish population on 1 January as listed in data/SOURCES.md.
    expected = {
        2019: 6_589_069, 2020: 6_629_143, 2021: 6_653_062, 2022: 6_698_876,
        2023: 6_774_807, 2024: 6_821_770, 2025: 6_864_766, 2026: 6_898_350,
    }  # fmt: skip
    for year, total in expected.items():
        assert sum(m.population[year] for m in data.municipalities) == total
    assert sum(m.dwellings_census_2021 for m in data.municipalities) == 3_336_638


def test_the_shipped_mapping_and_deelgemeenten(data):
    mergers = load_mergers()
    assert len(mergers) == 300  # every pre-2025 gemeente, once
    assert len({m.old_nis_code for m in mergers}) == 300
    assert {m.new_nis_code for m in mergers} == set(data.by_nis)
    assert all(m.effective_date == date(2025, 1, 1) for m in mergers)
    borsbeek = next(m for m in mergers if m.old_name_nl == "Borsbeek")
    assert (borsbeek.old_nis_code, borsbeek.new_nis_code, borsbeek.merged_2025) == ("11007", "11002", True)
    parts = load_deelgemeenten()
    assert {p.nis_code for p in parts} <= set(data.by_nis)
    assert len({p.code for p in parts}) == len(parts)


def test_the_snapshot_equals_the_validated_files(data):
    # The shipped files load from snapshot.json; the same files read and checked in full give the same models.
    checked = load_municipalities(DATA / "municipalities.csv", DATA / "mergers_2025.csv")
    assert checked.municipalities == data.municipalities
    assert checked.mergers == data.mergers
    assert data.shipped and not checked.shipped


def test_the_2024_territory_is_its_own_file():
    old = load_municipalities(territory="2024")
    assert len(old.municipalities) == 300
    assert all(not m.territory_changed for m in old.municipalities)


@pytest.mark.parametrize(
    ("nis", "province"),
    [("13025", "10000"), ("23106", "20001"), ("24062", "20001"), ("31005", "30000"), ("44021", "40000"),
     ("71072", "70000"), ("21004", None), ("25005", None), ("52011", None)],
)  # fmt: skip
def test_province_for(nis, province):
    assert province_for(nis) == province


def test_arrondissement_for():
    assert arrondissement_for("13025") == "13000"
    assert arrondissement_for("23106") == "23000"


def _municipalities(*rows: str, mergers=None):
    table = parse_text("\n".join((HEADER, *rows)) + "\n", "m.csv", MUNICIPALITIES)
    assert not table.problems, [p.format("en") for p in table.problems]
    return table, parse_municipalities(table, mergers)


def test_rows_become_models():
    _, found = _municipalities(MOL, GEEL)
    assert [line for line, _ in found] == [2, 3]
    mol = found[0][1]
    assert mol.population == {2025: 38701, 2026: 38793}
    assert (mol.dwellings_census_2021, mol.predecessor_nis_codes) == (19095, ("13025",))


@pytest.mark.parametrize(
    ("row", "code", "message"),
    [
        (MOL.replace(",13000,", ",12000,"), "C311",
         "arrondissement 12000 does not match NIS code 13025 (expected 13000)"),
        (MOL.replace(",10000,", ",30000,"), "C312",
         "province 30000 does not match NIS code 13025 (expected 10000)"),
        ("21004,Brussel,21000,Brussel,04000,Brussel,1,1,1,21004", "C312",
         "province 04000 does not match NIS code 21004 (its digits are not those of a Flemish province)"),
        (MOL.replace("Mol,", "Mol-Centrum,"), "C308", "NIS code 13025 appears twice (first on line 2)"),
        ("13999,MOL,13000,Turnhout,10000,Antwerpen,1,1,1,13999", "C309",
         "name 'MOL' appears twice (first on line 2)"),
        (GEEL.replace(",Turnhout,", ",Kempen,"), "C317",
         "arrondissement 13000 is called 'Kempen' here but 'Turnhout' on line 2"),
        (GEEL.replace(",Antwerpen,", ",Antwerp,"), "C317",
         "province 10000 is called 'Antwerp' here but 'Antwerpen' on line 2"),
    ],
)  # fmt: skip
def test_rules_across_cells(row, code, message):
    table, found = _municipalities(MOL, row) if code in ("C308", "C309", "C317") else _municipalities(row)
    assert [(p.code.name, p.message("en")) for p in table.problems] == [(code, message)]
    assert len(found) == (
        1 if code in ("C308", "C309", "C317") else 0
    )  # the row with the problem is left out


def test_predecessors_must_be_in_the_mapping():
    mergers = load_mergers()
    table, found = _municipalities(MOL[: -len("13025")] + "13025;13999", mergers=mergers)
    assert [(p.code.name, p.line, p.message("en")) for p in table.problems] == [
        (
            "C313",
            2,
            "predecessor code 13999 is neither this gemeente's own code nor a gemeente of the merger mapping",
        )
    ]
    assert found == []
    table, found = _municipalities(MOL[: -len("13025")] + "13025;13999")  # without a mapping: not checked
    assert not table.problems and len(found) == 1


def test_mergers_and_deelgemeenten_are_parsed():
    text = (
        "old_nis_code,old_name_nl,old_arrondissement_nis,old_province_nis,new_nis_code,new_name_nl,merged_2025,"
        "effective_date\n11007,Borsbeek,11000,10000,11002,Antwerpen,true,2025-01-01\n"
        "11007,Borsbeek,11000,10000,11002,Antwerpen,TRUE,2025-01-01\n"
    )
    table = parse_text(text, "mergers.csv", MERGERS)
    ((line, merger),) = parse_mergers(table)
    assert (line, merger.merged_2025, merger.effective_date) == (2, True, date(2025, 1, 1))
    assert [(p.code.name, p.line) for p in table.problems] == [("C308", 3)]
    parts = parse_text(
        "deelgemeente_code,deelgemeente_nl,nis_code,name_nl\n11002R,Deurne (Antwerpen),11002,Antwerpen\n"
        "11002R,Deurne,11002,Antwerpen\n",
        "parts.csv",
        DEELGEMEENTEN,
    )
    ((line, part),) = parse_deelgemeenten(parts)
    assert (part.code, part.name_nl, part.nis_code) == ("11002R", "Deurne (Antwerpen)", "11002")
    assert [(p.code.name, p.line, p.message("en")) for p in parts.problems] == [
        ("C323", 3, "deelgemeente code 11002R appears twice (first on line 2)")
    ]


def test_read_municipalities_from_the_corpus():
    table, found = read_municipalities(CORPUS / "base" / "municipalities.csv", load_mergers())
    assert not table.problems
    assert [m.name_nl for _, m in found] == ["Antwerpen", "Mol", "Pajottegem", "Gent", "Herstappe"]


def _copy_with(tmp_path: Path, source: Path, replace: tuple[str, str]) -> Path:
    text = source.read_text(encoding="utf-8").replace(*replace, 1)
    target = tmp_path / source.name
    target.write_text(text, encoding="utf-8")
    return target


def test_bad_cell_is_reported_with_file_line_and_column(tmp_path):
    bad = _copy_with(tmp_path, DATA / "municipalities.csv", (",38793,", ",38.793,"))
    with pytest.raises(DataError) as info:
        load_municipalities(bad)
    line = next(n for n, text in enumerate(bad.read_text().splitlines(), 1) if text.startswith("13025,"))
    (problem,) = info.value.problems
    assert (problem.code.name, problem.line) == ("C306", line)
    message = info.value.message("en")
    assert message.startswith(f"{bad}:{line}:")
    assert "C306" in message
    assert "38793" in message  # says how to write it
    assert str(info.value).startswith(f"{bad}:{line}:")  # Dutch by default
    assert "schrijf het getal zonder: 38793" in str(info.value)


def test_data_error_counts_the_other_problems(tmp_path):
    bad = _copy_with(tmp_path, CORPUS / "csv" / "several.csv", ("", ""))
    with pytest.raises(DataError) as info:
        load_municipalities(bad)
    assert len(info.value.problems) == 3
    assert info.value.message("en").endswith(f"(and 2 more; run `lekp check {bad}` for all)")
