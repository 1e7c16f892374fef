"""`lekp data population`: Statbel's file in, a municipalities file out, or every problem and nothing.

The hand-computed check of issue 21: Mol's 2026 count raised by one, read as 2027, gives
`lekp targets -g Mol --jaar 2027 --municipalities OUT` 38.794 bomen (38,793 + 1 = 38,794
inwoners × 1 boom per inwoner).
"""

from __future__ import annotations

import csv
import io

import pytest

from lekp_calc.datafiles.population import sidecar_of
from statbel_files import MOL, generator, population_file

from .common import one_line_error


def test_a_new_year_for_mol_gives_one_more_tree(tmp_path, lekp):
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026, adjust={MOL: 1})
    out = tmp_path / "gemeenten.csv"
    run = lekp("data", "population", source, "-o", out)
    assert run.exit_code == 0 and run.stdout == ""
    rows = f"{len(generator().rows(2026)):,}".replace(",", ".")  # every row, as a Dutch number
    assert (
        run.stderr.splitlines()
        == [
            # 6,898,350 + 1 inwoners
            "lekp: noot: population_2027: 285 gemeenten, samen 6.898.351 inwoners op 1 januari 2027 "
            f"({rows} rijen gelezen uit TF_SOC_POP_STRUCT_2027.zip)",
            f"lekp: noot: geschreven: {out}, met de herkomst in {out}.provenance.json",
        ]
    )
    targets = lekp("targets", "-g", "Mol", "--jaar", "2027", "--municipalities", out, "--format", "csv")
    bomen = next(row for row in csv.DictReader(io.StringIO(targets.stdout)) if row["indicator"] == "bomen")
    assert (bomen["basis_value"], bomen["target"]) == ("38794", "38794")  # (38,793 + 1) × 1 boom
    table = lekp("targets", "-g", "Mol", "--jaar", "2027", "--municipalities", out, "-w", "1")
    assert "inwoners: 38.794 (op 1 januari 2027)" in table.stdout
    bomen_line = next(line for line in table.stdout.splitlines() if "Extra bomen" in line)
    assert bomen_line.split()[-2:] == ["38.794", "stuks"]


def test_check_passes_the_file_and_says_where_it_comes_from(tmp_path, lekp):
    out = tmp_path / "gemeenten.csv"
    lekp("data", "population", population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026), "-o", out)
    run = lekp("check", out)
    assert run.exit_code == 0 and run.stdout == ""
    lines = run.stderr.splitlines()
    assert lines[0].startswith(
        f"lekp check: herkomst van {out}: population_2027 uit TF_SOC_POP_STRUCT_2027.zip ("
    )
    assert lines[-1] == "lekp check: in orde: 1 bestand, 0 fouten, 0 waarschuwingen"


def test_several_problems_are_listed_then_one_line_says_nothing_was_written(tmp_path, lekp):
    g = generator()
    rows = g.with_count(g.with_count(g.rows(2026), 7, "abc"), 8, "-4")
    source = g.write(tmp_path / "TF_SOC_POP_STRUCT_2026.txt", rows)
    out = tmp_path / "gemeenten.csv"
    run = lekp("data", "population", source, "-o", out)
    assert run.exit_code == 1 and run.stdout == ""
    lines = run.stderr.splitlines()
    assert [line.split(" ")[1:3] for line in lines[:2]] == [["error", "C304"], ["error", "C305"]]
    assert lines[0].startswith(f"{source}:9:") and lines[1].startswith(f"{source}:10:")
    assert lines[2] == "lekp: fout: niets geschreven: 2 problemen (hierboven)"
    assert not out.exists() and not sidecar_of(out).exists()


def test_the_differences_are_listed_and_replace_takes_them(tmp_path, lekp):
    source = population_file(tmp_path, adjust={MOL: 1, "11001": -2})
    out = tmp_path / "gemeenten.csv"
    refused = lekp("data", "population", source, "-o", out, "--lang", "en")
    assert refused.exit_code == 1
    assert [line.split(" ", 3)[2] for line in refused.stderr.splitlines()[:2]] == ["P909", "P909"]
    assert refused.stderr.splitlines()[-1] == "lekp: error: nothing written: 2 problems (above)"
    taken = lekp("data", "population", source, "-o", out, "--replace", "--lang", "en")
    assert taken.exit_code == 0
    assert "lekp: note: Mol (13025): 38,793 replaced by 38,794" in taken.stderr.splitlines()
    assert "lekp: note: Aartselaar (11001): 15,085 replaced by 15,083" in taken.stderr.splitlines()


def test_one_problem_is_one_line(tmp_path, lekp):
    source = population_file(tmp_path)
    generator().truncated(source)
    line = one_line_error(lekp("data", "population", source, "-o", tmp_path / "g.csv"), 1)
    assert line == (
        f"lekp: fout: {source}: P901 het zip-archief is beschadigd of onvolledig (een afgebroken download?): "
        "download het opnieuw"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], "lekp: fout: --output ontbreekt"),
        (["-o", "-"], "lekp: fout: --output: lekp data population schrijft een bestand"),
        (["-o", "g.txt"], "lekp: fout: --output: 'g.txt': een gemeentenbestand is een CSV"),
        (["-o", "g.csv", "--jaar", "twee"], "lekp: fout: --jaar: 'twee' is geen geheel getal"),
        (
            ["-o", "g.csv", "--grondgebied", "2023"],
            "lekp: fout: --grondgebied: '2023' bestaat niet; kies uit: 2025, 2024",
        ),
    ],
)
def test_usage_errors(tmp_path, lekp, args, expected):
    run = lekp("data", "population", population_file(tmp_path), *args)
    assert one_line_error(run, 2).startswith(expected)


def test_without_a_year_it_asks_for_jaar(tmp_path, lekp):
    source = population_file(tmp_path, "bevolking.zip")
    line = one_line_error(lekp("data", "population", source, "-o", tmp_path / "g.csv"), 2)
    assert (
        line
        == "lekp: fout: --jaar: de naam van bevolking.zip zegt niet welk jaar het bevat: geef het met --jaar"
    )
    assert lekp("data", "population", source, "-o", tmp_path / "g.csv", "--jaar", "2026").exit_code == 0


def test_the_group_alone_shows_its_help_and_a_typo_its_commands(lekp):
    alone = lekp("data")
    assert alone.exit_code == 2 and alone.stderr.startswith("Gebruik: lekp data")
    assert "population" in alone.stderr
    assert one_line_error(lekp("data", "populatoin"), 2) == (
        "lekp: fout: onbekend commando 'populatoin'; kies uit: population"
    )
    assert one_line_error(lekp("data", "population"), 2) == "lekp: fout: BESTAND ontbreekt"


@pytest.mark.parametrize(
    ("variant", "code"),
    [
        ("truncated", "P901"),
        ("two_members", "P902"),
        ("duplicated", "P905"),
        ("wrong_region", "P908"),
        ("missing", "P907"),
        ("bad_count", "C304"),
        ("empty", "F102"),
    ],
)
def test_check_fails_every_statbel_file_the_command_refuses(tmp_path, lekp, variant, code):
    g = generator()
    rows = g.rows(2026)
    path = tmp_path / "TF_SOC_POP_STRUCT_2026.zip"
    if variant == "truncated":
        g.truncated(g.write(path, rows))
    elif variant == "two_members":
        g.two_members(path, rows)
    elif variant == "duplicated":
        g.write(path, g.duplicated(rows, 3))
    elif variant == "wrong_region":
        g.write(path, g.with_region(rows, MOL, "3000"))
    elif variant == "missing":
        g.write(path, g.without(rows, MOL))
    elif variant == "bad_count":
        g.write(path, g.with_count(rows, 3, "abc"))
    else:
        g.empty(path)
    refused = lekp("data", "population", path, "-o", tmp_path / "g.csv")
    checked = lekp("check", path, "--format", "json")
    assert refused.exit_code == 1 and checked.exit_code == 1
    assert [problem["code"] for problem in checked.json()["problems"]] == [code]
    assert f" {code} " in refused.stderr


@pytest.mark.parametrize(
    "name", ["TF_SOC_POP_STRUCT_2026.zip", "TF_SOC_POP_STRUCT_2026.txt", "TF_SOC_POP_STRUCT_2026.xlsx"]
)
def test_check_recognises_statbels_file_in_every_shape(tmp_path, lekp, name):
    run = lekp("check", population_file(tmp_path, name), "--format", "json")
    assert run.exit_code == 0
    assert [entry["kind"] for entry in run.json()["files"]] == ["statbel_population"]
