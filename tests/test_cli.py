"""The command line: every format parsed back, every error path with its exit code."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from lekp_calc.cli import _command_name, app, app_for
from lekp_calc.compute import TargetPlan, subject_for
from lekp_calc.render import OutputFormat
from lekp_calc.render.targets import TARGET_COLUMNS, target_records


def one_line_error(result, code: int) -> str:
    assert result.exit_code == code, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


# --- success paths -----------------------------------------------------------------------


def test_table_for_mol(lekp):
    result = lekp("targets", "--gemeente", "Mol")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Mol · NIS 13025 · provincie Antwerpen" in out
    assert "38.793 (op 1 januari 2026)" in out
    assert "19.095 (Census 2021" in out
    assert "LEKP 2.1" in out
    for werf in ("Werf 1", "Werf 2", "Werf 3", "Werf 4"):
        assert werf in out
    assert "19.396,5" in out and "19.397" in out  # hagen exact and rounded
    assert "2.793,096" in out and "2.793,1" in out  # kWp with its decimal
    assert "Ondersteuning door de provincie Antwerpen" in out
    assert result.stderr == ""


def test_no_provincial_support_outside_antwerpen(lekp):
    out = lekp("targets", "-g", "Gent").stdout
    assert "Gent · NIS 44021 · provincie Oost-Vlaanderen" in out
    assert "provincie Antwerpen" not in out


def test_csv_columns_and_values(lekp):
    result = lekp("targets", "-g", "Mol", "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == TARGET_COLUMNS
    assert len(rows) == 14
    hagen = next(r for r in rows if r["indicator"] == "hagen")
    assert hagen == {
        "nis_code": "13025", "gemeente": "Mol", "provincie": "Antwerpen", "pact": "2.1",
        "reference_year": "2026", "werf": "1", "indicator": "hagen",
        "label": "Extra haag of geveltuinbeplanting (heraanplant telt niet)", "unit": "m",
        "basis": "inwoners", "basis_value": "38793", "ratio": "0.5", "deadline": "2030",
        "target_exact": "19396.5",  # 38,793 x 0.5
        "target": "19397",
    }  # fmt: skip
    assert result.stderr == ""


def test_excel_csv_opens_in_flemish_excel(lekp):
    result = lekp("targets", "-g", "Mol", "--excel")
    raw = result.stdout
    assert raw.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff")), delimiter=";"))
    energy = next(r for r in rows if r["indicator"] == "energievermogen")
    assert energy["target_exact"] == "2793,096"  # 38,793 x 36 / 500, decimal comma
    assert energy["ratio"] == "0,072"
    assert result.stdout_bytes.startswith("\ufeff".encode())
    assert result.stdout_bytes.count(b"\r\n") == 15  # header + 14 rows, CRLF as Excel writes


def test_json_matches_the_library(lekp, catalogue, data):
    result = lekp("targets", "-g", "Mol", "-g", "Herstappe", "-f", "json", "--pact", "2.0", "--jaar", "2024")
    parsed = json.loads(result.stdout)
    plan = TargetPlan(catalogue, "2.0")
    subjects = [subject_for(data.resolve(n).municipality, 2024) for n in ("Mol", "Herstappe")]
    expected = [
        {k: (float(v) if isinstance(v, D) else v) for k, v in zip(TARGET_COLUMNS, rec, strict=True)}
        for rec in target_records(plan.apply_all(subjects), "nl")
    ]
    assert parsed == expected
    mol_trees = next(r for r in parsed if r["gemeente"] == "Mol" and r["indicator"] == "bomen")
    assert mol_trees["target"] == 38534  # Mol 1 January 2024: 38,534 x 1 tree
    assert isinstance(mol_trees["basis_value"], int)


def test_markdown(lekp):
    out = lekp("targets", "-g", "Mol", "-f", "markdown", "-w", "3").stdout
    assert out.startswith("## Mol · NIS 13025")
    assert (
        "| (Semi-)publieke laadpuntequivalenten | 1,5 per 100 inwoners | 2030 | 581,895 | 582 | stuks |"
        in out
    )


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format_writes_a_file(lekp, tmp_path, fmt):
    target = tmp_path / f"mol.{fmt.value}"
    result = lekp("targets", "-g", "Mol", "-f", fmt.value, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert "Mol" in text
    if fmt is OutputFormat.JSON:
        assert len(json.loads(text)) == 14
    if fmt is OutputFormat.CSV:
        assert len(list(csv.DictReader(io.StringIO(text)))) == 14
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary left


def test_english_labels(lekp):
    rows = json.loads(lekp("targets", "-g", "Mol", "-f", "json", "--lang", "en").stdout)
    assert rows[0]["label"] == "Extra trees (outside forest blocks)"
    assert "Werf 1: Let's plant a tree" in lekp("targets", "-g", "Mol", "--lang", "en").stdout


def test_merger_note_goes_to_stderr(lekp):
    result = lekp("targets", "-g", "Borsbeek", "-f", "csv", "-w", "1")
    assert result.exit_code == 0
    assert "Borsbeek (11007) has been part of Antwerpen (11002)" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["gemeente"] for r in rows} == {"Antwerpen"}
    assert rows[0]["basis_value"] == "565615"  # Antwerpen incl. Borsbeek, 1 January 2026


def test_province_and_all(lekp):
    rows = list(
        csv.DictReader(io.StringIO(lekp("targets", "-p", "Antwerpen", "-f", "csv", "-w", "1").stdout))
    )
    assert len({r["nis_code"] for r in rows}) == 67
    rows = list(csv.DictReader(io.StringIO(lekp("targets", "--alle", "-f", "csv", "-w", "4").stdout)))
    assert len(rows) == 285 * 2
    # Sum of 1 m2 per inhabitant over Flanders = the Flemish population of 2026.
    assert sum(int(r["target_exact"]) for r in rows if r["indicator"] == "ontharding") == 6_898_350


def test_repeated_gemeente_counted_once(lekp):
    rows = json.loads(lekp("targets", "-g", "Mol", "-g", "13025", "-f", "json", "-w", "1").stdout)
    assert len(rows) == 3


def test_what_if(lekp):
    result = lekp("targets", "--inwoners", "10000", "-f", "json")
    assert result.exit_code == 0
    rows = {r["indicator"]: r for r in json.loads(result.stdout)}
    assert rows["laadpunten"]["target_exact"] == 150  # 10,000 x 1.5 / 100
    assert rows["laadpunten"]["nis_code"] is None
    assert "renovaties" not in rows
    assert "not computed without --wooneenheden" in result.stderr


def test_own_figures_for_a_gemeente(lekp):
    rows = {
        r["indicator"]: r
        for r in json.loads(lekp("targets", "-g", "Mol", "--wooneenheden", "20000", "-f", "json").stdout)
    }
    assert rows["renovaties"]["target_exact"] == 1000  # 20,000 x 50 / 1,000
    assert rows["renovaties"]["reference_year"] is None
    assert rows["bomen"]["basis_value"] == 38793


@pytest.mark.parametrize(("mode", "expected"), [("up", 39), ("down", 38), ("half-up", 39), ("none", 38.793)])
def test_rounding_option(lekp, mode, expected):
    rows = json.loads(lekp("targets", "-g", "Mol", "-f", "json", "--rounding", mode, "-w", "1").stdout)
    perken = next(r for r in rows if r["indicator"] == "natuurgroenperken")
    assert perken["target"] == expected  # 38,793 / 1,000 = 38.793
    assert perken["target_exact"] == 38.793


def test_gemeenten_list_and_search(lekp):
    rows = json.loads(lekp("gemeenten", "-f", "json").stdout)
    assert len(rows) == 285
    found = list(csv.DictReader(io.StringIO(lekp("gemeenten", "mol", "-f", "csv", "--jaar", "2020").stdout)))
    assert [r["gemeente"] for r in found] == ["Mol"]
    assert found[0]["inwoners"] == "37022"
    table = lekp("gemeenten", "--provincie", "Limburg").stdout
    assert "38 gemeenten" in table and "Hasselt" in table
    md = lekp("gemeenten", "borsbeek", "-f", "markdown").stdout
    assert "| 11002 | Antwerpen | Antwerpen | Antwerpen | 565.615 | 289.266 | Borsbeek |" in md


def test_werven_catalogue(lekp):
    rows = json.loads(lekp("werven", "-f", "json", "--pact", "1.0").stdout)
    assert len(rows) == 11
    laadpunten = next(r for r in rows if r["indicator"] == "laadpunten")
    assert laadpunten["ratio"] == 0.01 and laadpunten["headline"] == 66000
    out = lekp("werven").stdout
    assert "Werf 4: Water is het nieuwe goud" in out
    assert "Engagementen zonder ratio" in out
    md = lekp("werven", "-f", "markdown", "--werf", "3", "--pact", "2.0").stdout
    assert "| laadpunten | (Semi-)publieke laadpuntequivalenten | 1,5 per 100 inwoners | 2030 | 2.0 |" in md


def test_version(lekp):
    from lekp_calc import __version__

    result = lekp("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"lekp {__version__}"


def test_every_command_has_help(lekp):
    for command in ("targets", "gemeenten", "werven"):
        result = lekp(command, "--help")
        assert result.exit_code == 0
        assert "Example: lekp" in result.stdout
    assert lekp("--help").exit_code == 0


# --- errors and exit codes --------------------------------------------------------------


def test_unknown_gemeente_exit_1_with_suggestions(lekp):
    line = one_line_error(lekp("targets", "-g", "Moll"), 1)
    assert line.startswith("lekp: error: unknown gemeente 'Moll'")
    assert "did you mean Mol" in line


def test_unknown_province_exit_1(lekp):
    line = one_line_error(lekp("targets", "-p", "Brabant"), 1)
    assert "unknown provincie 'Brabant'" in line


def test_unknown_year_exit_1(lekp):
    line = one_line_error(lekp("targets", "-g", "Mol", "--jaar", "2018"), 1)
    assert "no population figures for 2018; the data has 2019-2026" in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["targets"], "say for which gemeente"),
        (
            ["targets", "-g", "Mol", "--pact", "3.0"],
            "unknown pact version '3.0'; choose 1.0, 2.0, 2.1",
        ),
        (["targets", "-g", "Mol", "--werf", "9"], "unknown werf 9"),
        (["targets", "-g", "Mol", "--excel", "-f", "json"], "--excel writes CSV"),
        (["targets", "-g", "Mol", "-g", "Gent", "--inwoners", "5"], "apply to one gemeente"),
    ],
)
def test_usage_errors_exit_2(lekp, args, message):
    line = one_line_error(lekp(*args), 2)
    assert line.startswith("lekp: error: ")
    assert message in line


def test_parser_usage_errors_exit_2(lekp):
    for args in (["targets", "-g", "Mol", "-f", "xml"], ["targets", "--nope"], ["nope"]):
        result = lekp(*args)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert "Error" in result.stderr


def test_missing_catalogue_exit_1(lekp, tmp_path):
    missing = tmp_path / "nope.yaml"
    line = one_line_error(lekp("targets", "-g", "Mol", "--catalogue", missing), 1)
    assert line == f"lekp: error: {missing}: F101 file not found"


def test_invalid_municipalities_names_file_and_line(lekp, tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text(
        "nis_code,name_nl,arrondissement_nis,arrondissement_nl,province_nis,province_nl,"
        "population_2025,dwellings_census_2021,predecessor_nis_codes\n"
        "13025,Mol,13000,Turnhout,10000,Antwerpen,38701,19095,13025\n"
        "13029,Nijlen,13000,Turnhout,10000,Antwerpen,23,4,7,9000,13029\n",
        encoding="utf-8",
    )
    line = one_line_error(lekp("targets", "-g", "Mol", "--municipalities", bad), 1)
    assert line.startswith(f"lekp: error: {bad}:3:1: C315 row has 11 cells, the header has 9")


def test_no_output_file_on_failure(lekp, tmp_path):
    target = tmp_path / "out.csv"
    result = lekp("targets", "-g", "Moll", "-f", "csv", "-o", target)
    assert result.exit_code == 1
    assert not target.exists()


def test_failure_while_writing_leaves_no_file(lekp, tmp_path, monkeypatch):
    from lekp_calc.render import targets as view

    def broken(results, lang, stream, *, excel=False):
        stream.write("half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr(view, "write_targets_csv", broken)
    target = tmp_path / "out.csv"
    target.write_text("previous report", encoding="utf-8")
    with pytest.raises(RuntimeError):
        lekp.runner.invoke(
            app, ["targets", "-g", "Mol", "-f", "csv", "-o", str(target)], catch_exceptions=False
        )
    assert target.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_output_into_missing_folder_exit_1(lekp, tmp_path):
    line = one_line_error(lekp("targets", "-g", "Mol", "-o", tmp_path / "no" / "x.csv"), 1)
    assert "does not exist" in line


# --- as a real process ------------------------------------------------------------------


def _lekp_process(*args: str, cwd: Path | None = None, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lekp_calc", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        **kwargs,
    )


def test_python_dash_m_from_another_directory(tmp_path):
    result = _lekp_process("targets", "-g", "Mol", "-f", "csv", "-w", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("13025,Mol,Antwerpen,2.1,2026,1,bomen,")


def test_pipe_into_head_ends_quietly():
    process = subprocess.Popen(
        [sys.executable, "-m", "lekp_calc", "targets", "--alle", "-f", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # what `head -1` does after one line
    stderr = process.stderr.read().decode()
    assert process.wait() == 0
    assert stderr == ""


def test_error_exit_code_as_a_process():
    result = _lekp_process("targets", "-g", "Nergensdorp")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("lekp: error: unknown gemeente 'Nergensdorp'")


COMMANDS = [
    "targets",
    "gemeenten",
    "werven",
    "summary",
    "compare",
    "trajectory",
    "progress",
    "report",
    "check",
]


def test_every_command_is_known_to_the_test():
    assert sorted(_command_name(info) for info in app.registered_commands) == sorted(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_the_lean_app_of_one_command_behaves_like_the_full_app(command, lekp):
    lean = app_for([command, "--help"])
    assert lean is not app
    assert [_command_name(i) for i in lean.registered_commands] == [command]
    assert lekp.runner.invoke(lean, [command, "--help"]).stdout == lekp(command, "--help").stdout
    assert lekp.runner.invoke(lean, [command, "--nope"]).exit_code == 2


def test_anything_but_a_command_gets_the_full_app():
    for args in ([], ["--help"], ["--version"], ["tragets"], ["-h"]):
        assert app_for(args) is app
