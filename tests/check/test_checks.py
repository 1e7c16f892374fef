"""`lekp check`: the shipped data, every kind of file, the options, the messages in two languages."""

from __future__ import annotations

import os
import threading
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest

from conftest import DATA
from lekp_calc import check_files
from lekp_calc.check.checks import CheckOptions, detect_kind, format_github, parse_ignore, run_checks
from lekp_calc.check.codes import Code, Severity
from lekp_calc.check.problems import Problem
from lekp_calc.datafiles.load import load_catalogue, load_municipalities
from lekp_calc.datafiles.text import MAX_BYTES
from lekp_calc.errors import DataError, UsageError

CORPUS = Path(__file__).resolve().parent / "corpus"
BASE = CORPUS / "base"


def found(report) -> list[tuple[str, int | None]]:
    return [(p.code.name, p.line) for p in report.problems]


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def base_text(name: str) -> str:
    return (BASE / name).read_text(encoding="utf-8")


def with_cell(text: str, line: int, column: int, value: str) -> str:
    lines = text.split("\n")
    cells = lines[line - 1].split(",")
    cells[column] = value
    lines[line - 1] = ",".join(cells)
    return "\n".join(lines)


# --- the shipped data -------------------------------------------------------------------------


def test_shipped_data_passes():
    report = check_files()
    # the catalogue, both territories, the merger mapping and the deelgemeenten, checked against each other
    assert [(Path(f.path).name, f.kind) for f in report.files] == [
        ("werven.yaml", "catalogue"),
        ("municipalities.csv", "municipalities"),
        ("municipalities_2024.csv", "municipalities"),
        ("mergers_2025.csv", "mergers"),
        ("deelgemeenten.csv", "deelgemeenten"),
    ]
    assert report.valid and (report.errors, report.warnings, report.ignored) == (0, 3, 0)
    # Only the headline reconciliation warns: 12,000 projects (one per 500) and 216 MW (18 kWp
    # per 500) both imply 12,000 x 500 = 6,000,000 inwoners, where 2021 had 6,653,062.
    assert [(p.code.name, p.params["key"]) for p in report.problems] == [
        ("W503", "'energieprojecten'"),
        ("W503", "'energievermogen'"),
        ("W503", "'laadpunten'"),
    ]
    projects, power, points = (p.message("en") for p in report.problems)
    assert "13,306.124" in projects  # 6,653,062 inwoners on 1 January 2021 / 500
    assert D(6_653_062) / 500 == D("13306.124")
    assert "matches 6,000,000 inwoners" in projects  # 12,000 x 500
    assert "239,510.232" in power  # 6,653,062 x 18 / 500 kWp
    assert D(6_653_062) * 18 / 500 == D("239510.232")
    assert "100,483.14" in points  # 6,698,876 inwoners on 1 January 2022 x 1.5 / 100
    assert D(6_698_876) * D("1.5") / 100 == D("100483.14")
    assert "matches 6,600,000 inwoners" in points  # 99,000 x 100 / 1.5


def test_shipped_data_in_dutch_by_default():
    projects = check_files().problems[0]
    assert projects.message() == projects.message("nl")
    assert projects.message().startswith(
        "Vlaams totaal van 'energieprojecten' (pact 1.0): de catalogus vermeldt 12.000"
    )
    assert "13.306,124 (6.653.062 inwoners op 1 januari 2021 × 0,002)" in projects.message()
    assert "13,306.124 (6,653,062 inwoners on 1 January 2021 × 0.002)" in projects.message("en")
    # located at the headline's value: its line found in the file, column 15 after "    headline: "
    lines = Path(projects.path).read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "headline: {value: 12000," in text)
    assert lines[line - 1].index("{") + 1 == 15
    assert projects.format().startswith(f"{projects.path}:{line}:15: warning W503 Vlaams totaal")


def test_shipped_data_on_the_command_line(lekp):
    result = lekp("check")
    assert result.exit_code == 0
    assert result.stderr.strip() == "lekp check: in orde: 5 bestanden, 0 fouten, 3 waarschuwingen"
    assert [line.split(" ")[1:3] for line in result.stdout.strip().splitlines()] == [["warning", "W503"]] * 3


def test_strict_marks_warnings_as_errors(lekp):
    report = check_files(strict=True)
    assert not report.valid and (report.errors, report.warnings) == (3, 0)
    for problem in report.problems:
        assert problem.code.severity is Severity.WARNING  # the code's own severity does not change
        assert problem.severity is Severity.ERROR and problem.is_error
        assert problem.message("en").endswith(" [--strict]")
        assert problem.format("en").split(" ")[1:3] == ["error", "W503"]
    assert lekp("check", "--strict").exit_code == 1


@pytest.mark.parametrize("ignore", [("W503",), ("W",), ("w5",)])
def test_ignore_drops_codes_and_prefixes(ignore):
    report = run_checks(None, CheckOptions(ignore=parse_ignore(ignore)))
    assert report.problems == [] and report.ignored == 3 and report.valid
    assert check_files(ignore=list(ignore)).problems == []


def test_ignore_options():
    assert CheckOptions(ignore=("W503",)).ignores(Code.W503)
    assert not CheckOptions(ignore=("W503",)).ignores(Code.W501)
    assert CheckOptions(ignore=("W",)).ignores(Code.W501)
    assert parse_ignore(["w503, C3", " "]) == ("W503", "C3")
    with pytest.raises(UsageError) as info:
        parse_ignore(["Z999"])
    assert info.value.message("en") == "ignore: 'Z999' is not a code of lekp check"


def test_headline_tolerance():
    # The three gaps: 1,306.124 / 12,000 = 10.9 %; 23,510.232 / 216,000 = 10.9 %; 1,483.14 / 99,000 = 1.5 %.
    assert D("1306.124") / 12000 * 100 < 11 and D("1483.14") / 99000 * 100 > 1
    assert check_files(headline_tolerance=11).problems == []
    assert [p.params["key"] for p in check_files(headline_tolerance=2).problems] == [
        "'energieprojecten'",
        "'energievermogen'",
    ]


def test_max_change():
    path = CORPUS / "csv/population_jump.csv"  # 37,021 -> 3,760 -> 38,159: -89.8 % then +914.9 %
    assert found(check_files([path])) == [("W501", 3), ("W501", 3)]
    assert found(check_files([path], max_change=900)) == [("W501", 3)]
    assert found(check_files([path], max_change=1000)) == []
    first = check_files([path]).problems[0]
    assert first.message("en") == (
        "population of Mol goes from 37,021 (2021) to 3,760 (2022), -89.8 %: more than 5 % in a year"
    )


# --- the command line's formats ---------------------------------------------------------------


def test_text_format_is_path_line_column(lekp):
    path = CORPUS / "csv/thousands_dot.csv"
    result = lekp("check", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(
        f"{path}:3:84: error C306 population_2026 '38.793' heeft een scheidingsteken"
    )
    assert result.stderr.strip() == "lekp check: MISLUKT: 1 bestand, 1 fout, 0 waarschuwingen"
    english = lekp("check", "--lang", "en", str(path))
    assert english.stdout.startswith(f"{path}:3:84: error C306 population_2026 '38.793' has a thousands")
    assert english.stderr.strip() == "lekp check: FAILED: 1 file, 1 error, 0 warnings"


def test_github_format(lekp):
    path = CORPUS / "yaml/unknown_basis.yaml"
    result = lekp("check", "--format", "github", "--lang", "en", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={path},line=29,col=12,title=Y209::unknown basis")


def test_github_escapes():
    problem = Problem("a,b:c.csv", 2, 3, Code.Y201, "syntax", {"what": "50 % up\nand more"})
    assert format_github(problem, "en") == (
        "::error file=a%2Cb%3Ac.csv,line=2,col=3,title=Y201::YAML syntax error: 50 %25 up%0Aand more"
    )
    assert format_github(problem) == (
        "::error file=a%2Cb%3Ac.csv,line=2,col=3,title=Y201::YAML-syntaxfout: 50 %25 up%0Aand more"
    )
    warning = Problem("x.csv", None, None, Code.W501, "empty")
    assert format_github(warning, "en") == "::warning file=x.csv,title=W501::file is empty"


def test_cli_json_equals_library_result(lekp):
    paths = [CORPUS / "csv/several.csv", CORPUS / "yaml/several.yaml"]
    result = lekp("check", "--format", "json", *map(str, paths))
    assert result.json() == check_files(paths).to_dict()
    english = lekp("check", "--format", "json", "--lang", "en", *map(str, paths))
    assert english.json() == check_files(paths).to_dict("en")


def test_several_files_in_one_call(lekp):
    paths = [CORPUS / "csv/negative.csv", CORPUS / "files/bom_crlf.yaml", CORPUS / "yaml/bad_unit.yaml"]
    report = check_files(paths)
    assert [f.kind for f in report.files] == ["municipalities", "catalogue", "catalogue"]
    assert [(Path(p.path).name, p.code.name) for p in report.problems] == [
        ("negative.csv", "C305"),
        ("bad_unit.yaml", "Y207"),
    ]
    assert report.records("en")[0] == {
        "path": str(paths[0]),
        "line": 6,
        "column": report.problems[0].column,
        "severity": "error",
        "code": "C305",
        "message": "population_2020 is negative ('-79'); it must be 0 or more",
    }
    assert lekp("check", *map(str, paths)).exit_code == 1


def test_usage_error_exit_2(lekp):
    result = lekp("check", "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert lekp("check", "--ignore", "Z999").exit_code == 2


def test_loaders_use_the_same_validation(lekp):
    # A loader refuses a broken file with the problems `lekp check` reports, first one first.
    path = CORPUS / "yaml/unknown_basis.yaml"
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    assert info.value.problems == check_files([path]).problems
    result = lekp("targets", "-g", "Mol", "--catalogue", str(path))
    assert result.exit_code == 1
    assert f"{path}:29:12: Y209 onbekende basis 'huishoudens'" in result.stderr
    path = CORPUS / "csv/several.csv"
    with pytest.raises(DataError) as info:
        load_municipalities(path)
    assert info.value.problems == check_files([path]).problems
    assert info.value.message("en") == (
        f"{path}:3:84: C306 population_2026 '38.793' has a thousands separator; write the number without it: "
        f"38793 (and 2 more; run `lekp check {path}` for all)"
    )


# --- recognising files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("catalogue.yaml", "catalogue"),
        ("municipalities.csv", "municipalities"),
        ("municipalities_2024.csv", "municipalities"),
        ("mergers.csv", "mergers"),
        ("realisaties.csv", "realisations"),
        ("baseline.csv", "baseline"),
    ],
)
def test_detect_kind(name, kind):
    assert detect_kind(BASE / name) == kind


def test_detect_kind_of_other_files(tmp_path):
    assert detect_kind(DATA / "deelgemeenten.csv") == "deelgemeenten"
    assert detect_kind(write(tmp_path, "regio.txt", "Mol\n")) == "gemeenten"
    assert detect_kind(write(tmp_path, "notes.md", "x\n")) == "unknown"
    assert detect_kind(write(tmp_path, "other.csv", "a,b\n1,2\n")) == "unknown"
    assert detect_kind(write(tmp_path, "mol.csv", "nis_code,target_exact\n13025,1\n")) == "exported"


def test_an_unknown_csv_is_no_input(tmp_path):
    report = check_files([write(tmp_path, "other.csv", "a,b\n1,2\n")])
    assert [(p.code.name, p.message("en")[:25]) for p in report.problems] == [
        ("F105", "not a lekp input file: ex")
    ]
    assert check_files([tmp_path / "other.csv"], skip_unknown=True).problems == []


def test_a_file_lekp_exported_is_no_input(lekp, tmp_path):
    exported = tmp_path / "x.csv"
    assert lekp("targets", "-g", "Mol", "--excel", "-o", exported).exit_code == 0
    report = check_files([exported])
    assert [f.kind for f in report.files] == ["exported"]
    (problem,) = report.problems
    assert (problem.code.name, problem.line) == ("F105", None)
    assert problem.message("en") == (
        "this is a file lekp itself exported (targets, trajectory or progress), not an input file"
    )
    assert problem.message() == (
        "dit is een bestand dat lekp zelf uitvoerde (doelstellingen, traject of voortgang), "
        "geen invoerbestand"
    )


# --- files that cannot be read ----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "municipalities.csv"
    os.mkfifo(fifo)
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(check_files([fifo])), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock a reader stuck in open() before failing
        descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(descriptor)
        pytest.fail("checking a FIFO blocked")
    (report,) = outcome
    assert found(report) == [("F107", None)]
    assert report.problems[0].message("en") == "is not a regular file (a FIFO, device or socket): not read"


def test_a_file_larger_than_lekp_reads(tmp_path):
    big = tmp_path / "municipalities.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk space used
    report = check_files([big])
    assert found(report) == [("F108", None)]
    assert report.problems[0].message("en") == "larger than 100 MB: not read"


def test_utf16_is_named(tmp_path):
    for encoding in ("utf-16", "utf-16-le"):  # with and without a byte-order mark
        path = write(tmp_path, f"m-{encoding}.csv", base_text("municipalities.csv").encode(encoding))
        (problem,) = check_files([path]).problems
        assert (problem.code.name, problem.line) == ("F103", 1)
        assert "UTF-16" in problem.message("en") and "UTF-16" in problem.message()


def test_a_header_without_rows(tmp_path):
    path = write(tmp_path, "municipalities.csv", base_text("municipalities.csv").split("\n")[0] + "\n")
    report = check_files([path])
    assert found(report) == [("C322", 1)]
    assert report.problems[0].message() == "het bestand heeft een kopregel maar geen gegevens"


# --- cells and texts ------------------------------------------------------------------------------


def test_a_40_digit_population_is_out_of_bounds(tmp_path):
    path = write(tmp_path, "municipalities.csv", with_cell(base_text("municipalities.csv"), 3, 13, "1" * 40))
    (problem,) = check_files([path]).problems
    assert (problem.code.name, problem.line) == ("C320", 3)
    assert problem.message("en") == "population_2026: 40 digits, more than it can be (at most 100,000,000)"


def test_a_population_above_the_bound(tmp_path):
    path = write(
        tmp_path, "municipalities.csv", with_cell(base_text("municipalities.csv"), 3, 13, "100000001")
    )
    (problem,) = check_files([path]).problems
    assert (problem.code.name, problem.message("en")) == (
        "C320",
        "population_2026 100,000,001 is above 100,000,000",
    )


def test_an_escape_in_a_csv_cell(tmp_path):
    path = write(
        tmp_path,
        "municipalities.csv",
        base_text("municipalities.csv").replace("Herstappe", "Her\x1b[2Jstappe"),
    )
    (problem,) = check_files([path]).problems
    assert (problem.code.name, problem.line, problem.column) == ("C321", 6, 7)
    assert problem.message("en") == "name_nl: control character '\\x1b' in the text; remove it"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_a_catalogue_text_that_a_spreadsheet_runs(tmp_path, start):
    text = base_text("catalogue.yaml").replace('"6,6 miljoen bomen extra"', f'"{start}6,6 miljoen bomen"')
    (problem,) = check_files([write(tmp_path, "werven.yaml", text)]).problems
    assert (problem.code.name, problem.line) == ("Y217", 33)
    assert problem.message("en").startswith(
        f"indicators[0].headline.stated '{start}6,6 miljoen bomen' starts with"
    )


def test_an_escape_in_a_catalogue_text(tmp_path):
    text = base_text("catalogue.yaml").replace('"6,6 miljoen bomen extra"', '"6,6 \\e[31mmiljoen"')
    (problem,) = check_files([write(tmp_path, "werven.yaml", text)]).problems
    assert (problem.code.name, problem.line) == ("Y218", 33)
    assert (
        problem.message("en")
        == "indicators[0].headline.stated: control character '\\x1b' in the text; remove it"
    )


@pytest.mark.parametrize("character", ["\x00", "\x1b"])
def test_a_raw_control_character_in_the_yaml_has_its_line(tmp_path, character):
    text = base_text("catalogue.yaml").replace("6,6 miljoen bomen extra", f"6,6 miljoen{character}")
    (problem,) = check_files([write(tmp_path, "werven.yaml", text)]).problems
    assert problem.code.name == "Y218"
    assert problem.line == 33
    assert problem.column == text.split("\n")[32].index(character) + 1


def test_one_item_with_three_mistakes_reports_all_three(tmp_path):
    # A bad basis (line 29), a deadline outside the pact (line 30) and 'per: 3' (line 28) in the first item.
    lines = base_text("catalogue.yaml").split("\n")
    assert (lines[27], lines[28], lines[29]) == (
        "    ratio: {amount: 1, per: 1}",
        "    basis: inwoners",
        "    deadline: 2030",
    )
    lines[27:30] = ["    ratio: {amount: 1, per: 3}", "    basis: huishoudens", "    deadline: 2035"]
    report = check_files([write(tmp_path, "werven.yaml", "\n".join(lines))])
    assert sorted(found(report)) == [("Y209", 29), ("Y210", 30), ("Y214", 28)]


# --- realisations --------------------------------------------------------------------------------


def test_realisations_without_the_trailing_opmerking_cells(tmp_path):
    text = "nis_code,indicator,jaar,waarde,opmerking\n13025,bomen,2021,3000\n13025,bomen,2022,4100,nieuw\n"
    report = check_files([write(tmp_path, "realisaties.csv", text)])
    assert report.valid and report.problems == []
    assert [f.kind for f in report.files] == ["realisations"]


def test_an_unknown_nis_code_in_realisations(tmp_path):
    text = (
        "nis_code,indicator,jaar,waarde\n13025,bomen,2021,1\n99999,bomen,2021,1\n99999,bomen,2022,1\n"
        "11007,bomen,2022,1\n11007,bomen,2021,1\n"
    )
    report = check_files([write(tmp_path, "realisaties.csv", text)])
    # 99999 is no gemeente, reported once; 11007 (Borsbeek, before 2025) is one (reported for
    # 2021 and 2022: no gap, so no R607).
    assert [(p.code.name, p.line, p.column) for p in report.problems] == [("R605", 3, 1)]
    assert report.problems[0].message("en") == "NIS code 99999 is no gemeente (of 2025 or before)"
    assert report.problems[0].message() == "NIS-code 99999 is geen gemeente (van 2025 of ervoor)"


def test_realisations_checked_against_a_catalogue_given_with_them(tmp_path):
    # The indicators of a catalogue passed in the same call are the known ones: the base catalogue
    # has only bomen and laadpunten, the shipped one also hemelwater.
    realisations = write(tmp_path, "r.csv", "indicator,jaar,waarde\nbomen,2021,1\nhemelwater,2021,1\n")
    assert check_files([realisations]).problems == []
    report = check_files([BASE / "catalogue.yaml", realisations])
    assert [(p.code.name, p.line) for p in report.problems if p.path == str(realisations)] == [("R601", 3)]


# --- gemeenten lists ---------------------------------------------------------------------------


def test_gemeenten_lists(tmp_path):
    report = check_files([write(tmp_path, "regio.txt", "# Kempen\nMol\nMoll\n13008\nBorsbeek\n")])
    assert found(report) == [("G801", 3)]
    assert report.problems[0].message("en").startswith("unknown gemeente 'Moll'; did you mean")
    empty = check_files([write(tmp_path, "leeg.txt", "# niets\n")])
    assert found(empty) == [("G802", None)]


# --- deelgemeenten and across files -------------------------------------------------------------


PARTS_HEADER = "deelgemeente_code,deelgemeente_nl,nis_code,name_nl\n"


def test_deelgemeenten_against_the_municipalities(tmp_path):
    parts = write(
        tmp_path,
        "deelgemeenten.csv",
        PARTS_HEADER + "11002R,Deurne (Antwerpen),11002,Antwerpen\n24062A,Kessel-Lo,24062,Leuven\n"
        "13025A,Achterbos,13025,Moll\n",
    )
    report = check_files([BASE / "municipalities.csv", parts])
    assert [(Path(p.path).name, p.code.name, p.line) for p in report.problems] == [
        ("deelgemeenten.csv", "X405", 3),  # Leuven is not in the base file
        ("deelgemeenten.csv", "X403", 4),  # the base file calls 13025 Mol
    ]
    x405, x403 = (p.message("en") for p in report.problems)
    assert x405 == f"deelgemeente Kessel-Lo belongs to 24062, which is not in {BASE / 'municipalities.csv'}"
    assert x403 == f"13025 is called 'Moll' here but 'Mol' in {BASE / 'municipalities.csv'}"


def test_a_deelgemeente_code_twice(tmp_path):
    parts = write(
        tmp_path,
        "deelgemeenten.csv",
        PARTS_HEADER + "13025A,Achterbos,13025,Mol\n13025A,Ginderbuiten,13025,Mol\n",
    )
    assert found(check_files([parts])) == [("C323", 3)]


# --- the registry --------------------------------------------------------------------------------


def test_reported_severities_are_the_registered_ones():
    report = check_files([*sorted(CORPUS.glob("*/*.csv")), *sorted(CORPUS.glob("*/*.yaml"))], strict=False)
    assert len(report.problems) > 40
    for problem in report.problems:
        assert problem.severity is problem.code.severity, problem.format()


# --- workbooks and sources: the codes of the later features ------------------------------------------


def _workbook(path: Path) -> Path:
    """A minimal .xlsx realisations workbook whose value cell is a formula without a stored result."""
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>indicator</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>jaar</t>'
        '</is></c><c r="C1" t="inlineStr"><is><t>waarde</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>bomen</t></is></c><c r="B2"><v>2022</v></c>'
        '<c r="C2"><f>SUM(D1:D9)</f></c></row></sheetData></worksheet>'
    )
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        '<sheet name="realisaties" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def test_a_workbook_formula_without_a_stored_result(tmp_path):
    report = check_files([_workbook(tmp_path / "realisaties.xlsx")])
    assert [(p.code.name, p.path) for p in report.problems] == [("R606", f"{tmp_path / 'realisaties.xlsx'}")]


def _lines(text: str, edit) -> str:
    lines = text.split("\n")
    edit(lines)
    return "\n".join(lines)


# Each edit of the base catalogue (tests/check/corpus/base/catalogue.yaml) and the line it is
# reported at: 33 is bomen's headline, 34 its `sources:`, 35 the second indicator (laadpunten
# 1.0), whose `sources:` is line 46; 66 is the assumption `pad`; 69-70 the source `pa`.
SOURCE_EDITS = {
    "unknown headline source": (
        lambda ls: ls.__setitem__(32, ls[32].replace("source: pa}", "source: nergens}")),
        33,
    ),
    "unknown row source": (lambda ls: ls.__setitem__(33, "    sources: [pa, nergens]"), 34),
    "row without a source": (lambda ls: ls.__delitem__(45), 35),
    "unknown assumption": (lambda ls: ls.insert(34, "    assumptions: [geen]"), 35),
    "source without an address": (lambda ls: ls.__setitem__(69, '     consulted: "2026-11-28"}'), 69),
    "required assumption missing": (lambda ls: ls.__delitem__(65), 66),
    "source declared twice": (
        lambda ls: ls.insert(
            75,
            "  - {id: pa, publisher: X, title: Y, kind: secondary,"
            ' address: "https://x.org", consulted: "2026-11-28"}',
        ),
        76,
    ),
    "support quoted from no source": (
        lambda ls: ls.insert(15, '    provincie_antwerpen: ["Een citaat"]'),
        16,
    ),
}


@pytest.mark.parametrize("case", sorted(SOURCE_EDITS))
def test_a_catalogue_row_must_cite_a_declared_source(tmp_path, case):
    edit, line = SOURCE_EDITS[case]
    text = _lines(base_text("catalogue.yaml"), edit)
    report = check_files([write(tmp_path, "werven.yaml", text)])
    assert [(p.code.name, p.line) for p in report.problems] == [("Y220", line)], case


def test_source_problems_say_what_to_fix(tmp_path):
    edit, _ = SOURCE_EDITS["unknown row source"]
    (problem,) = check_files(
        [write(tmp_path, "werven.yaml", _lines(base_text("catalogue.yaml"), edit))]
    ).problems
    assert problem.message("en") == "'bomen' cites source 'nergens', which is not declared under `sources:`"
    edit, _ = SOURCE_EDITS["source without an address"]
    (problem,) = check_files(
        [write(tmp_path, "werven.yaml", _lines(base_text("catalogue.yaml"), edit))]
    ).problems
    assert problem.message("en").startswith("source 'pa' has no address")


def test_every_problem_of_a_realisations_file_in_one_run(tmp_path):
    # Cell problems (C319) do not hide the rules across rows (R601, R602, R603) of the other rows.
    text = (
        "indicator;jaar;waarde;opmerking\n"  # 1
        "bomen;2021;3.000;\n"  # 2: '3.000' is ambiguous (C319)
        "boomen;2022;100;\n"  # 3: unknown indicator (R601)
        "hagen;2019;5;\n"  # 4: before the pact (R602)
        "laadpunten;2024;abc;\n"  # 5: not a number (C319)
        "hagen;2022;5;\n"  # 6
        "hagen;2022;7;\n"  # 7: hagen 2022 twice (R603)
    )
    report = check_files([write(tmp_path, "realisaties.csv", text)])
    assert [(p.code.name, p.line) for p in report.problems] == [
        ("C319", 2), ("R601", 3), ("R602", 4), ("C319", 5), ("R603", 7),
    ]  # fmt: skip
    baseline = "grootheid,jaar,waarde\nco2,2015,veel\nco2,2019,1250\nenergie,2019,4800\n"
    report = check_files([write(tmp_path, "basislijn.csv", baseline)])
    assert [(p.code.name, p.line) for p in report.problems] == [("C319", 2), ("B702", 3)]


@pytest.mark.parametrize("value", ["abc", "-1", "1001", "nan", True])
def test_the_library_refuses_a_percentage_that_is_none(value):
    from lekp_calc.errors import UsageError

    with pytest.raises(UsageError) as refused:
        check_files(max_change=value)
    assert refused.value.parameter == "max_change"
    assert check_files(max_change="2,5").valid  # a decimal comma is a percentage too
