"""`lekp check` as a command: formats, exit codes, the shipped data, and the code registry."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from conftest import REPO
from lekp_calc.checks import check_files, format_github
from lekp_calc.codes import CODES
from lekp_calc.errors import Problem, Severity

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_shipped_data_passes(lekp):
    result = lekp("check")
    assert result.exit_code == 0
    # catalogue, both territories and the merger mapping, checked against each other
    assert "lekp check: ok: 4 files, 0 errors, 3 warnings" in result.stderr
    # Only the headline reconciliation warns; the seed's 12,000 projects and 216 MW match
    # 6.0 million inhabitants, not the 6.65 million of 2021.
    lines = result.stdout.strip().splitlines()
    assert [re.search(r" (W\d{3}) headline of '(\w+)'", line).groups() for line in lines] == [
        ("W503", "energieprojecten"),
        ("W503", "energievermogen"),
        ("W503", "laadpunten"),
    ]
    assert "matches 6,000,000 inwoners" in lines[0]
    assert "13,306.124" in lines[0]  # 6,653,062 inwoners on 1 January 2021 / 500
    assert "239,510.232" in lines[1]  # 6,653,062 x 18 / 500 kWp


def test_text_format_is_path_line_column(lekp):
    path = CORPUS / "csv/thousands_dot.csv"
    result = lekp("check", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:3:84: error C306 population_2026 '38.793' has a thousands")
    assert result.stderr.strip() == "lekp check: FAILED: 1 file, 1 error, 0 warnings"


def test_github_format(lekp):
    path = CORPUS / "yaml/unknown_basis.yaml"
    result = lekp("check", "--format", "github", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={path},line=29,col=12,title=Y209::unknown basis")


def test_github_escapes():
    problem = Problem("a,b:c.csv", 2, 3, Severity.WARNING, "W501", "50 % up\nand more")
    assert (
        format_github(problem) == "::warning file=a%2Cb%3Ac.csv,line=2,col=3,title=W501::50 %25 up%0Aand more"
    )


def test_cli_json_equals_library_result(lekp):
    paths = [CORPUS / "csv/several.csv", CORPUS / "yaml/several.yaml"]
    result = lekp("check", "--format", "json", *map(str, paths))
    assert json.loads(result.stdout) == check_files(paths).to_dict()


def test_several_files_in_one_call(lekp):
    paths = [CORPUS / "csv/negative.csv", CORPUS / "files/bom_crlf.yaml", CORPUS / "yaml/bad_unit.yaml"]
    result = lekp("check", "--format", "json", *map(str, paths))
    report = json.loads(result.stdout)
    assert [f["kind"] for f in report["files"]] == ["municipalities", "catalogue", "catalogue"]
    assert [(Path(p["path"]).name, p["code"]) for p in report["problems"]] == [
        ("negative.csv", "C305"),
        ("bad_unit.yaml", "Y207"),
    ]
    assert result.exit_code == 1


def test_usage_error_exit_2(lekp):
    result = lekp("check", "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_loaders_use_the_same_validation(lekp):
    # `lekp targets` refuses a broken catalogue with the code and line `lekp check` gives.
    path = CORPUS / "yaml/unknown_basis.yaml"
    result = lekp("targets", "-g", "Mol", "--catalogue", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"lekp: error: {path}:29:12: Y209 unknown basis 'huishoudens'")
    path = CORPUS / "csv/several.csv"
    result = lekp("targets", "-g", "Mol", "--municipalities", str(path))
    assert result.stderr.strip() == (
        f"lekp: error: {path}:3:84: C306 population_2026 '38.793' has a thousands separator; write the "
        f"number without it: 38793 (and 2 more; run `lekp check {path}` for all)"
    )


def test_every_code_used_in_the_sources_is_registered():
    used = set()
    for source in (REPO / "src" / "lekp_calc").rglob("*.py"):
        used |= set(re.findall(r'"([FYCXWRB]\d{3})"', source.read_text(encoding="utf-8")))
    assert used - set(CODES) == set()
    assert set(CODES) - used == set(), "registered codes that nothing reports"


def test_readme_documents_every_code():
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from codes_table import table
    finally:
        sys.path.pop(0)
    assert table() in (REPO / "README.md").read_text(encoding="utf-8")


def test_every_code_has_a_corpus_or_unit_test():
    tested = set()
    for test in Path(__file__).resolve().parent.glob("test_*.py"):
        tested |= set(re.findall(r'"([FYCXWRB]\d{3})"', test.read_text(encoding="utf-8")))
    assert set(CODES) - tested == set()


def test_reported_severities_are_the_registered_ones():
    corpus = sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".csv", ".yaml", ".txt", ".xlsx")
    )
    report = check_files(corpus)
    assert len(report.problems) > 40
    for problem in report.problems:
        assert problem.severity is CODES[problem.code][0], problem.format()
