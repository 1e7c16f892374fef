"""Rebuild the corpus of broken data files from the valid files in base/ (tests/check/corpus/).

Usage: python tests/check/corpus/build.py

Each broken file is a base file with one deliberate mistake (a few have several), made by
an edit of a numbered line, so the line of every mistake is known by construction; the
expected code and line of each file are written out by hand in tests/check/test_corpus.py.
The generated files are committed; run this only to change the corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE / "base"
CATALOGUE = (BASE / "catalogue.yaml").read_text(encoding="utf-8")
MUNICIPALITIES = (BASE / "municipalities.csv").read_text(encoding="utf-8")
MERGERS = (BASE / "mergers.csv").read_text(encoding="utf-8")
BEFORE_2025 = (BASE / "municipalities_2024.csv").read_text(encoding="utf-8")
REALISATIONS = (BASE / "realisaties.csv").read_text(encoding="utf-8")
BASELINE = (BASE / "baseline.csv").read_text(encoding="utf-8")
GEEL = "13008,Geel,13000,Turnhout,10000,Antwerpen,40353,40709,40781,41146,41828,42331,42427,42650,20803,13008"


def replace_line(text: str, number: int, new: str) -> str:
    lines = text.split("\n")
    lines[number - 1] = new
    return "\n".join(lines)


def insert_after(text: str, number: int, new: str) -> str:
    lines = text.split("\n")
    lines[number:number] = new.split("\n")
    return "\n".join(lines)


def delete_line(text: str, number: int) -> str:
    lines = text.split("\n")
    del lines[number - 1]
    return "\n".join(lines)


def set_cell(text: str, line: int, column: int, value: str) -> str:
    cells = text.split("\n")[line - 1].split(",")
    cells[column] = value
    return replace_line(text, line, ",".join(cells))


def drop_column(text: str, column: int) -> str:
    out = []
    for line in text.split("\n"):
        cells = line.split(",")
        if len(cells) > column:
            del cells[column]
        out.append(",".join(cells))
    return "\n".join(out)


# CSV columns of the base municipalities file
NIS, NAME, ARR, ARR_NL, PROV, PROV_NL = range(6)
POP = {year: 6 + year - 2019 for year in range(2019, 2027)}
DWELLINGS, PREDECESSORS = 14, 15


def billion_laughs() -> str:
    levels = ['x1: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghi"
    for level in range(1, 9):
        alias = f"*{names[level - 1]}"
        levels.append(f"x{level + 1}: &{names[level]} [{','.join([alias] * 9)}]")
    return insert_after(CATALOGUE, 2, "\n".join(levels))


Edit = Callable[[], str | bytes]

CORPUS: dict[str, Edit] = {
    # --- files ----------------------------------------------------------------------------
    "files/empty.csv": lambda: "",
    "files/blank.yaml": lambda: "   \n\n",
    "files/latin1.csv": lambda: set_cell(MUNICIPALITIES, 6, NAME, "Herst\u00e4ppe").encode("latin-1"),
    "files/semicolon.csv": lambda: MUNICIPALITIES.replace(",", ";"),
    "files/tabs.csv": lambda: MUNICIPALITIES.replace(",", "\t"),
    "files/notes.txt": lambda: "Notities over het klimaatpact\n",  # a .txt is read as a gemeenten list
    "files/notes.md": lambda: "Notities over het klimaatpact\n",
    "files/workbook.xlsx": lambda: b"PK\x03\x04 not really a workbook",
    "files/bom_crlf.csv": lambda: ("\ufeff" + MUNICIPALITIES.replace("\n", "\r\n")).encode("utf-8"),
    "files/bom_crlf.yaml": lambda: ("\ufeff" + CATALOGUE.replace("\n", "\r\n")).encode("utf-8"),
    # --- catalogue YAML -------------------------------------------------------------------
    "yaml/syntax_tab.yaml": lambda: replace_line(CATALOGUE, 30, "\tdeadline: 2030"),
    "yaml/duplicate_key.yaml": lambda: insert_after(CATALOGUE, 30, "    deadline: 2025"),
    "yaml/python_tag.yaml": lambda: replace_line(
        CATALOGUE, 34, '    source: !!python/object/apply:os.system ["echo pwned"]'
    ),
    "yaml/custom_tag.yaml": lambda: replace_line(CATALOGUE, 34, "    source: !include sources.yaml"),
    "yaml/alias_bomb.yaml": billion_laughs,
    "yaml/merge_key.yaml": lambda: replace_line(
        insert_after(CATALOGUE, 2, "defaults: &defaults {rounding: half-up, decimals: 0}"),
        33,  # was line 32 (decimals) before the insertion
        "    <<: *defaults",
    ),
    "yaml/unknown_field.yaml": lambda: insert_after(CATALOGUE, 34, '    comment: "zie nota"'),
    "yaml/missing_field.yaml": lambda: delete_line(CATALOGUE, 27),
    "yaml/wrong_type_text.yaml": lambda: replace_line(CATALOGUE, 32, '    decimals: "zero"'),
    "yaml/wrong_type_list.yaml": lambda: replace_line(CATALOGUE, 25, "    label_nl: [Extra, bomen]"),
    "yaml/ratio_zero.yaml": lambda: replace_line(CATALOGUE, 28, "    ratio: {amount: 0, per: 1}"),
    "yaml/ratio_negative_per.yaml": lambda: replace_line(CATALOGUE, 41, "    ratio: {amount: 1, per: -100}"),
    "yaml/unknown_basis.yaml": lambda: replace_line(CATALOGUE, 29, "    basis: huishoudens"),
    "yaml/deadline_2035.yaml": lambda: replace_line(CATALOGUE, 30, "    deadline: 2035"),
    "yaml/deadline_2020.yaml": lambda: replace_line(CATALOGUE, 43, "    deadline: 2020"),
    "yaml/unknown_pact.yaml": lambda: replace_line(CATALOGUE, 24, '    pact: "3.0"'),
    "yaml/duplicate_indicator.yaml": lambda: replace_line(CATALOGUE, 49, '    pact: "1.0"'),
    "yaml/unknown_werf.yaml": lambda: replace_line(CATALOGUE, 23, "    werf: 7"),
    "yaml/inexact_ratio.yaml": lambda: replace_line(CATALOGUE, 41, "    ratio: {amount: 1, per: 3}"),
    "yaml/duplicate_version.yaml": lambda: insert_after(
        CATALOGUE, 9, '  - version: "2.0"\n    year: 2022\n    name_nl: "LEKP 2.0 (bis)"\n    sources: [vvsg]'
    ),
    "yaml/not_a_mapping.yaml": lambda: "- just\n- a list\n",
    "yaml/float_nan.yaml": lambda: replace_line(CATALOGUE, 41, "    ratio: {amount: .nan, per: 100}"),
    "yaml/two_documents.yaml": lambda: CATALOGUE + "---\nschema_version: 1\n",
    "yaml/bad_rounding.yaml": lambda: replace_line(CATALOGUE, 31, "    rounding: nearest"),
    "yaml/bad_unit.yaml": lambda: replace_line(CATALOGUE, 27, "    unit: km"),
    "yaml/several.yaml": lambda: insert_after(
        replace_line(replace_line(CATALOGUE, 29, "    basis: huishoudens"), 43, "    deadline: 2035"),
        46,
        "    opmerking: x",
    ),
    # --- municipalities CSV ---------------------------------------------------------------
    "csv/missing_column.csv": lambda: drop_column(MUNICIPALITIES, DWELLINGS),
    "csv/extra_column.csv": lambda: (
        "\n".join(
            line + (",opmerking" if n == 0 else ",")
            for n, line in enumerate(MUNICIPALITIES.strip().split("\n"))
        )
        + "\n"
    ),
    "csv/duplicate_column.csv": lambda: replace_line(
        MUNICIPALITIES, 1, MUNICIPALITIES.split("\n")[0].replace("population_2026", "population_2025")
    ),
    "csv/empty_cell.csv": lambda: set_cell(MUNICIPALITIES, 3, POP[2024], ""),
    "csv/empty_name.csv": lambda: set_cell(MUNICIPALITIES, 5, NAME, ""),
    "csv/not_integer.csv": lambda: set_cell(MUNICIPALITIES, 3, POP[2026], "veel"),
    "csv/negative.csv": lambda: set_cell(MUNICIPALITIES, 6, POP[2020], "-79"),
    "csv/thousands_dot.csv": lambda: set_cell(MUNICIPALITIES, 3, POP[2026], "38.793"),
    "csv/thousands_space.csv": lambda: set_cell(MUNICIPALITIES, 5, DWELLINGS, "152 381"),
    "csv/decimal_comma.csv": lambda: set_cell(MUNICIPALITIES, 3, DWELLINGS, '"19095,5"'),
    "csv/decimal_point.csv": lambda: set_cell(MUNICIPALITIES, 3, DWELLINGS, "19095.0"),
    "csv/duplicate_nis.csv": lambda: insert_after(
        MUNICIPALITIES, 6, set_cell(MUNICIPALITIES, 3, NAME, "Mol-Centrum").split("\n")[2]
    ),
    "csv/duplicate_name.csv": lambda: insert_after(
        MUNICIPALITIES,
        6,
        "13999,MOL,13000,Turnhout,10000,Antwerpen,1,1,1,1,1,1,1,1,1,13999",
    ),
    "csv/nis_four_digits.csv": lambda: set_cell(MUNICIPALITIES, 3, NIS, "3025"),
    "csv/arrondissement_mismatch.csv": lambda: set_cell(MUNICIPALITIES, 3, ARR, "12000"),
    "csv/province_mismatch.csv": lambda: set_cell(MUNICIPALITIES, 5, PROV, "30000"),
    "csv/not_flemish.csv": lambda: insert_after(
        MUNICIPALITIES,
        6,
        "21004,Brussel,21000,Brussel,04000,Brussels Hoofdstedelijk Gewest,"
        "100,100,100,100,100,100,100,100,50,21004",
    ),
    "csv/unknown_predecessor.csv": lambda: set_cell(MUNICIPALITIES, 3, PREDECESSORS, "13025;13999"),
    "csv/formula_name.csv": lambda: set_cell(
        MUNICIPALITIES, 6, NAME, '"=HYPERLINK(""http://x.example"";""Herstappe"")"'
    ),
    "csv/formula_at.csv": lambda: set_cell(MUNICIPALITIES, 3, ARR_NL, "@Turnhout"),
    "csv/ragged_row.csv": lambda: replace_line(
        MUNICIPALITIES, 3, ",".join(MUNICIPALITIES.split("\n")[2].split(",")[:-1])
    ),
    "csv/region_name_mismatch.csv": lambda: insert_after(
        MUNICIPALITIES, 6, GEEL.replace(",Turnhout,", ",Turnhout-Noord,")
    ),
    "csv/unclosed_quote.csv": lambda: set_cell(MUNICIPALITIES, 3, NAME, '"Mol'),
    "csv/no_population.csv": lambda: "\n".join(
        ",".join(c for i, c in enumerate(line.split(",")) if not 6 <= i <= 13)
        for line in MUNICIPALITIES.split("\n")
    ),
    "csv/several.csv": lambda: set_cell(
        set_cell(set_cell(MUNICIPALITIES, 3, POP[2026], "38.793"), 5, NAME, "+Gent"),
        6,
        POP[2020],
        "-79",
    ),
    "csv/population_jump.csv": lambda: set_cell(MUNICIPALITIES, 3, POP[2022], "3760"),
    "csv/dwellings_odd.csv": lambda: set_cell(MUNICIPALITIES, 3, DWELLINGS, "190950"),
    # --- merger mapping ---------------------------------------------------------------------
    "mergers/bad_bool.csv": lambda: set_cell(MERGERS, 3, 6, "ja"),
    "mergers/bad_date.csv": lambda: set_cell(MERGERS, 4, 7, "01/01/2025"),
    "mergers/duplicate_old.csv": lambda: insert_after(MERGERS, 9, MERGERS.split("\n")[3]),
    "mergers/arrondissement_mismatch.csv": lambda: set_cell(MERGERS, 6, 2, "24000"),
    # --- realisations and baselines -----------------------------------------------------------
    "realisations/unknown_indicator.csv": lambda: replace_line(REALISATIONS, 3, "13025,bomn,2022,4100,"),
    "realisations/year_2019.csv": lambda: replace_line(REALISATIONS, 4, "13025,laadpunten,2019,12.5,"),
    "realisations/duplicate.csv": lambda: insert_after(REALISATIONS, 6, "13025,bomen,2022,100,correctie"),
    "realisations/ambiguous.csv": lambda: replace_line(REALISATIONS, 5, '13025,laadpunten,2023,"1,234",'),
    "realisations/not_a_number.csv": lambda: replace_line(REALISATIONS, 5, "13025,laadpunten,2023,veel,"),
    "realisations/negative.csv": lambda: replace_line(REALISATIONS, 2, "13025,bomen,2021,-2000000000000,"),
    "realisations/gaps.csv": lambda: replace_line(REALISATIONS, 7, "13025,bomen,2023,,"),
    "realisations/population_years.csv": lambda: (
        "indicator,jaar,waarde,bevolkingsjaar\nbomen,2021,3000,2026\nbomen,2022,4100,2025\n"
    ),
    "realisations/excel.csv": lambda: (
        "\ufeff" + REALISATIONS.replace(",", ";").replace("12.5", "12,5").replace("\n", "\r\n")
    ).encode("utf-8"),
    "baseline/unknown_quantity.csv": lambda: replace_line(BASELINE, 3, "elektriciteit,2019,4800,MWh"),
    "baseline/co2_2019.csv": lambda: replace_line(BASELINE, 2, "co2,2019,1250.5,ton CO2"),
    "baseline/duplicate.csv": lambda: insert_after(BASELINE, 3, "co2,2015,1300,ton CO2"),
    "baseline/energy_1990.csv": lambda: replace_line(BASELINE, 3, "energie,1990,4800,MWh"),
    "baseline/empty.csv": lambda: "grootheid,jaar,waarde\n",
    "yaml/rule_incomplete.yaml": lambda: insert_after(
        CATALOGUE, 64, "    rule: {kind: co2_reduction, percent: 40, base_year: 2015}"
    ),
    # --- files checked together -------------------------------------------------------------
    "cross/x401/municipalities.csv": lambda: MUNICIPALITIES,
    "cross/x401/mergers.csv": lambda: insert_after(
        MERGERS, 9, "12040,Willebroek,12000,10000,12040,Willebroek,False,2025-01-01"
    ),
    "cross/x402/municipalities.csv": lambda: set_cell(MUNICIPALITIES, 4, PREDECESSORS, "23023;23024"),
    "cross/x402/mergers.csv": lambda: MERGERS,
    "cross/x403/municipalities.csv": lambda: MUNICIPALITIES,
    "cross/x403/mergers.csv": lambda: set_cell(MERGERS, 4, 5, "Mol-Centrum"),
    # Pajottegem 2022 is one more than Galmaarden + Gooik + Herne in the 2024 territory.
    "cross/x404/municipalities.csv": lambda: set_cell(MUNICIPALITIES, 4, POP[2022], "24942"),
    "cross/x404/municipalities_2024.csv": lambda: BEFORE_2025,
    "cross/x404/mergers.csv": lambda: MERGERS,
    # The 2024 territory without Herstappe, which the mapping lists.
    "cross/x401_before/municipalities_2024.csv": lambda: delete_line(BEFORE_2025, 9),
    "cross/x401_before/mergers.csv": lambda: MERGERS,
}


def main() -> None:
    for name, make in CORPUS.items():
        target = HERE / name
        target.parent.mkdir(parents=True, exist_ok=True)
        content = make()
        if isinstance(content, str):
            content = content.encode("utf-8")
        target.write_bytes(content)
    print(f"wrote {len(CORPUS)} corpus files under {HERE}")


if __name__ == "__main__":
    main()
