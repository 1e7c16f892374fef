"""`lekp check` on the corpus of deliberately broken files in tests/check/corpus/.

Each file is a valid base file (corpus/base/) with one mistake made on a known line
(corpus/build.py); the expected code and line below are where that mistake was put.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from lekp_calc import check_files

CORPUS = Path(__file__).resolve().parent / "corpus"

# file: the (code, line) of every problem expected, in order; line None = the whole file.
BROKEN: dict[str, list[tuple[str, int | None]]] = {
    # files
    "files/empty.csv": [("F102", None)],
    "files/blank.yaml": [("F102", None)],
    "files/latin1.csv": [("F103", 6)],
    "files/semicolon.csv": [("F104", 1)],
    "files/tabs.csv": [("F104", 1)],
    "files/notes.md": [("F105", None)],
    # a .txt is a gemeenten list: its one line names no gemeente
    "files/notes.txt": [("G801", 1)],
    "files/workbook.xlsx": [("F105", None)],
    # catalogue YAML
    "yaml/syntax_tab.yaml": [("Y201", 30)],
    "yaml/duplicate_key.yaml": [("Y202", 31)],
    "yaml/python_tag.yaml": [("Y203", 34)],
    "yaml/custom_tag.yaml": [("Y203", 34)],
    "yaml/alias_bomb.yaml": [("Y204", 4)],
    "yaml/merge_key.yaml": [("Y204", 33)],
    "yaml/unknown_field.yaml": [("Y205", 35)],
    "yaml/missing_field.yaml": [("Y206", 22)],  # the indicator that lost its unit starts here
    "yaml/wrong_type_text.yaml": [("Y207", 32)],
    "yaml/wrong_type_list.yaml": [("Y207", 25)],
    "yaml/not_a_mapping.yaml": [("Y207", 1)],
    "yaml/float_nan.yaml": [("Y207", 41)],
    "yaml/bad_rounding.yaml": [("Y207", 31)],
    "yaml/bad_unit.yaml": [("Y207", 27)],
    "yaml/ratio_zero.yaml": [("Y208", 28)],
    "yaml/ratio_negative_per.yaml": [("Y208", 41)],
    "yaml/unknown_basis.yaml": [("Y209", 29)],
    "yaml/deadline_2035.yaml": [("Y210", 30)],
    "yaml/deadline_2020.yaml": [("Y210", 43)],
    "yaml/unknown_pact.yaml": [("Y211", 24)],
    "yaml/duplicate_indicator.yaml": [("Y212", 47)],  # the second laadpunten of 1.0 starts here
    "yaml/unknown_werf.yaml": [("Y213", 23)],
    "yaml/inexact_ratio.yaml": [("Y214", 41)],
    "yaml/duplicate_version.yaml": [("Y215", 10)],
    "yaml/two_documents.yaml": [("Y201", 76)],  # the base has 75 lines; "---" is line 76
    "yaml/several.yaml": [("Y209", 29), ("Y210", 43), ("Y205", 47)],
    "yaml/rule_incomplete.yaml": [("Y216", 65)],
    # municipalities CSV
    "csv/missing_column.csv": [("C301", 1)],
    "csv/no_population.csv": [("C301", 1)],
    "csv/extra_column.csv": [("C302", 1)],
    "csv/duplicate_column.csv": [("C302", 1)],
    "csv/empty_cell.csv": [("C303", 3)],
    "csv/empty_name.csv": [("C303", 5)],
    "csv/not_integer.csv": [("C304", 3)],
    "csv/negative.csv": [("C305", 6)],
    "csv/thousands_dot.csv": [("C306", 3)],
    "csv/thousands_space.csv": [("C306", 5)],
    "csv/decimal_comma.csv": [("C307", 3)],
    "csv/decimal_point.csv": [("C307", 3)],
    "csv/duplicate_nis.csv": [("C308", 7)],
    "csv/duplicate_name.csv": [("C309", 7)],
    "csv/nis_four_digits.csv": [("C310", 3)],
    "csv/arrondissement_mismatch.csv": [("C311", 3)],
    "csv/province_mismatch.csv": [("C312", 5)],
    "csv/not_flemish.csv": [("C312", 7)],
    "csv/unknown_predecessor.csv": [("C313", 3)],
    "csv/formula_name.csv": [("C314", 6)],
    "csv/formula_at.csv": [("C314", 3)],
    "csv/ragged_row.csv": [("C315", 3)],
    "csv/region_name_mismatch.csv": [("C317", 7)],
    "csv/unclosed_quote.csv": [("C318", 3)],
    "csv/several.csv": [("C306", 3), ("C314", 5), ("C305", 6)],
    # realisations and baselines
    "realisations/unknown_indicator.csv": [("R601", 3)],
    "realisations/year_2019.csv": [("R602", 4)],
    "realisations/duplicate.csv": [("R603", 7)],
    "realisations/ambiguous.csv": [("C319", 5)],
    "realisations/not_a_number.csv": [("C319", 5)],
    "realisations/negative.csv": [("C320", 2)],  # a correction may be negative, not below -10^12
    # two population years in one file (2026 on line 2, 2025 on line 3): one file, one set of targets
    "realisations/population_years.csv": [("R608", 3)],
    "baseline/unknown_quantity.csv": [("B701", 3)],
    "baseline/co2_2019.csv": [("B702", 2)],
    "baseline/duplicate.csv": [("B703", 4)],
    "baseline/energy_1990.csv": [("B704", 3)],
    # a header without rows: the generic reader's C322 (B705 is reached only without rows and problems)
    "baseline/empty.csv": [("C322", 1)],
    # merger mapping
    "mergers/bad_bool.csv": [("C316", 3)],
    "mergers/bad_date.csv": [("C316", 4)],
    "mergers/duplicate_old.csv": [("C308", 10)],
    "mergers/arrondissement_mismatch.csv": [("C311", 6)],
}

# files checked together: (files, [(file, code, line)])
CROSS = {
    "x401": (["municipalities.csv", "mergers.csv"], [("mergers.csv", "X401", 10)]),
    "x402": (["municipalities.csv", "mergers.csv"], [("municipalities.csv", "X402", 4)]),
    "x403": (["municipalities.csv", "mergers.csv"], [("mergers.csv", "X403", 4)]),
    # the 2025 file's Pajottegem (line 4) against Galmaarden + Gooik + Herne of the 2024 file
    "x404": (
        ["municipalities.csv", "municipalities_2024.csv", "mergers.csv"],
        [("municipalities.csv", "X404", 4)],
    ),
    # a 2024-territory file without Herstappe, which the mapping lists on line 9
    "x401_before": (["municipalities_2024.csv", "mergers.csv"], [("mergers.csv", "X401", 9)]),
}

# valid files with plausibility warnings: valid, but not with --strict
WARNED: dict[str, list[tuple[str, int]]] = {
    "csv/population_jump.csv": [("W501", 3), ("W501", 3)],  # 37,021 -> 3,760 -> 38,159
    "csv/dwellings_odd.csv": [("W502", 3)],  # 190,950 dwellings for 38,793 inwoners
    # 13025's bomen stop at 2022 (line 3) while its laadpunten run to 2023: 2023 has no value
    "realisations/gaps.csv": [("R607", 3)],
}

# valid files in a form people produce: with a BOM, CRLF, or saved by Excel (';', decimal comma)
ACCEPTED = ["files/bom_crlf.csv", "files/bom_crlf.yaml", "realisations/excel.csv"]


def test_corpus_is_large_enough():
    assert len(BROKEN) + len(CROSS) >= 40
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file()}
    listed = set(BROKEN) | set(WARNED) | set(ACCEPTED)
    listed |= {f"cross/{case}/{name}" for case, (names, _) in CROSS.items() for name in names}
    listed |= {"build.py", *(f"base/{p.name}" for p in (CORPUS / "base").iterdir())}
    assert on_disk == listed, "every corpus file has an expectation"


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file(name):
    path = CORPUS / name
    report = check_files([path])
    assert [(p.code.name, p.line) for p in report.problems] == BROKEN[name]
    assert all(p.is_error and p.path == str(path) for p in report.problems)
    assert report.valid is False
    assert [f.path for f in report.files] == [str(path)]


@pytest.mark.parametrize(
    "name", ["csv/several.csv", "yaml/several.yaml", "files/latin1.csv", "baseline/empty.csv"]
)
def test_broken_file_fails_the_command(lekp, name):
    path = CORPUS / name
    result = lekp("check", "--format", "json", path)
    assert result.exit_code == 1, "a broken file never exits 0"
    assert json.loads(result.stdout) == check_files([path]).to_dict()
    assert result.stderr.startswith("lekp check: MISLUKT: 1 bestand")  # Dutch by default


@pytest.mark.parametrize("case", sorted(CROSS))
def test_files_checked_together(case):
    names, expected = CROSS[case]
    folder = CORPUS / "cross" / case
    report = check_files([folder / n for n in names])
    assert not report.valid
    assert [(Path(p.path).name, p.code.name, p.line) for p in report.problems] == expected


def test_cross_file_messages():
    report = check_files([CORPUS / "cross/x403" / n for n in ("municipalities.csv", "mergers.csv")])
    (problem,) = report.problems
    municipalities = CORPUS / "cross/x403/municipalities.csv"
    assert problem.message("en") == f"13025 is called 'Mol-Centrum' here but 'Mol' in {municipalities}"
    assert problem.message() == f"13025 heet hier 'Mol-Centrum', maar 'Mol' in {municipalities}"
    report = check_files([CORPUS / "cross/x404" / n for n in CROSS["x404"][0]])
    (problem,) = report.problems
    # Pajottegem 2022: 24,942 in the 2025 file; Galmaarden + Gooik + Herne have 24,941 in the 2024 file.
    assert "Pajottegem has 24,942 inwoners in 2022, but Galmaarden + Gooik + Herne" in problem.message("en")
    assert problem.message("en").endswith("have 24,941")


@pytest.mark.parametrize("name", sorted(WARNED))
def test_warnings_pass_unless_strict(lekp, name):
    path = CORPUS / name
    report = check_files([path])
    assert report.valid
    assert [(p.code.name, p.line) for p in report.problems] == WARNED[name]
    assert {p.severity.value for p in report.problems} == {"warning"}
    assert all(p.code.severity.value == "warning" for p in report.problems)
    strict = check_files([path], strict=True)
    assert not strict.valid
    assert {p.severity.value for p in strict.problems} == {"error"}
    assert all(p.message("en").endswith(" [--strict]") for p in strict.problems)
    assert lekp("check", path).exit_code == 0
    assert lekp("check", "--strict", path).exit_code == 1


@pytest.mark.parametrize("name", ACCEPTED)
def test_bom_crlf_and_excel_files_are_accepted(name):
    report = check_files([CORPUS / name])
    assert report.valid
    assert report.problems == []


def test_valid_base_files():
    report = check_files(sorted((CORPUS / "base").iterdir()))
    assert report.valid
    assert [f.kind for f in report.files] == [
        "baseline", "catalogue", "mergers", "municipalities", "municipalities", "realisations",
    ]  # fmt: skip
    # 5 gemeenten are far from the Flemish headline of 6.6 million trees: a warning, not an error.
    assert [(p.code.name, p.line) for p in report.problems] == [("W503", 33)]
    # the 5 gemeenten's inwoners on 1 January 2021, one tree each:
    inwoners = 540494 + 37021 + 24750 + 263703 + 78
    assert inwoners == 866_046
    assert "866,046" in report.problems[0].message("en")
    assert "866.046" in report.problems[0].message("nl")


def test_missing_file(tmp_path):
    report = check_files([tmp_path / "werven.yaml"])
    assert [(p.code.name, p.line) for p in report.problems] == [("F101", None)]
    assert report.problems[0].message() == "bestand niet gevonden"


def test_directory_is_not_a_data_file(tmp_path):
    for path in (tmp_path, tmp_path / "folder.csv", tmp_path / "folder.yaml"):
        path.mkdir(exist_ok=True)
        report = check_files([path])
        assert [(p.code.name, p.line) for p in report.problems] == [("F106", None)]


def test_columns_are_reported():
    # Mol's 2026 population is the 14th cell; it starts at character 84 of line 3.
    line = (CORPUS / "csv/thousands_dot.csv").read_text().splitlines()[2]
    assert line.index("38.793") + 1 == 84
    (problem,) = check_files([CORPUS / "csv/thousands_dot.csv"]).problems
    assert (problem.line, problem.column) == (3, 84)
    assert "write the number without it: 38793" in problem.message("en")
    assert "schrijf het getal zonder: 38793" in problem.message("nl")
    # YAML: the tab that starts line 30.
    (problem,) = check_files([CORPUS / "yaml/syntax_tab.yaml"]).problems
    assert (problem.line, problem.column) == (30, 1)


def test_excel_semicolon_file_says_how_to_fix():
    (problem,) = check_files([CORPUS / "files/semicolon.csv"]).problems
    for lang in ("nl", "en"):
        assert "Excel" in problem.message(lang)
        assert "','" in problem.message(lang)


def test_latin1_names_the_byte():
    (problem,) = check_files([CORPUS / "files/latin1.csv"]).problems
    assert "byte 0xe4 at line 6" in problem.message("en")
    assert "byte 0xe4 op lijn 6" in problem.message("nl")
    assert "Latin-1" in problem.message("en")


def test_alias_bomb_is_refused_without_expanding():
    tracemalloc.start()
    report = check_files([CORPUS / "yaml/alias_bomb.yaml"])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert not report.valid
    assert peak < 50 * 1024 * 1024  # expanded, 9 levels of 9 would be hundreds of millions of nodes


def test_python_tag_is_never_run(tmp_path):
    marker = tmp_path / "pwned"
    text = (CORPUS / "yaml/python_tag.yaml").read_text().replace("echo pwned", f"touch {marker}")
    evil = tmp_path / "evil.yaml"
    evil.write_text(text)
    report = check_files([evil])
    assert [p.code.name for p in report.problems] == ["Y203"]
    assert not marker.exists()


def test_reported_severities_are_the_registered_ones():
    corpus = sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".csv", ".yaml", ".txt", ".xlsx")
    )
    report = check_files(corpus)
    assert len(report.problems) > 40
    for problem in report.problems:
        assert problem.severity is problem.code.severity, problem.format()


def test_every_message_in_dutch_by_default_and_in_english():
    corpus = sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".csv", ".yaml", ".txt", ".md")
    )
    report = check_files(corpus)
    for problem in report.problems:
        dutch, english = problem.message("nl"), problem.message("en")
        assert problem.message() == dutch and problem.format() == problem.format("nl")
        assert dutch and english and dutch != english, problem.format("en")
        assert problem.format("en").startswith(
            f"{problem.location()}: {problem.severity.value} {problem.code.name} "
        )
    assert report.to_dict()["problems"][0]["message"] == report.problems[0].message("nl")
    assert report.to_dict("en")["problems"][0]["message"] == report.problems[0].message("en")
