"""Class 14: no view and no export ever shows a negative zero.

`Decimal("-0")` comes from subtracting equal values, from rounding a small negative
difference, or from a realisation written as `-0`; it must print as 0 (never "-0", "-0,0",
"-0.00" or "−0") in every format of every command: Herstappe's tiny targets, the
differences of `summary`, `compare` per 1,000 inwoners, a gap of progress that rounds to
zero, a custom file full of zeros.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .hostile import BASE_BASELINE, BASE_MUNICIPALITIES, municipality_cells

# A minus (ASCII or U+2212) before a zero that has nothing but zeros after it.
NEGATIVE_ZERO = re.compile(r"(?<![\w.,])[-−]0(?:[.,]0+)?(?![\d.,]*\d)")
FORMATS = ["table", "csv", "json", "markdown", "html"]


def test_the_pattern_finds_negative_zeros_only() -> None:
    for found in ("-0", "x -0,0 y", "-0.00\n", "(−0)", '"gap": -0,', "|-0|"):
        assert NEGATIVE_ZERO.search(found), found
    for fine in ("-0,5", "-0.05", "2030-01-01", "-10", "0", "1.000-0,2", "-05", "|---|", "a-0b"):
        assert not NEGATIVE_ZERO.search(fine), fine


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("zeros")
    zeros = municipality_cells(
        {
            column: "0"
            for column in ("population_2024", "population_2025", "population_2026", "dwellings_census_2021")
        }
    )
    assert ",38534,0,0,0,13025" not in BASE_MUNICIPALITIES and ",0,0,0,13025" in zeros
    paths = {
        "zeros": ("municipalities.csv", zeros),
        # Mol's bomen: 38,793 by 2030 on a straight line from 2021, 3,879.3 a year; realised a
        # hair under the path (gap -0.02 rounds to zero), exactly zero, and written as -0.
        "realisations": (
            "realisaties.csv",
            "indicator,jaar,waarde\nbomen,2021,3879.28\nhagen,2021,-0\nhagen,2022,0.0\nlaadpunten,2021,0\n",
        ),
        # corrections (a negative amount) that cancel out, or leave a hair below zero
        "corrections": (
            "correcties.csv",
            "indicator,jaar,waarde\nbomen,2021,-0.01\nhagen,2021,5\nhagen,2022,-5\nlaadpunten,2021,-0.4\n",
        ),
        "baseline": ("baseline.csv", BASE_BASELINE),
    }
    found = {}
    for key, (name, content) in paths.items():
        found[key] = folder / name
        found[key].write_text(content, encoding="utf-8")
    return found


COMMANDS = [
    ["targets", "-g", "Herstappe"],
    ["targets", "--inwoners", "-0", "--wooneenheden", "0"],
    ["targets", "-g", "Herstappe", "--rounding", "down"],
    ["summary"],
    ["summary", "--per", "arrondissement", "--jaar", "2019"],
    ["summary", "-g", "Herstappe", "-g", "Mol"],
    ["compare", "-g", "Herstappe", "-g", "Mol", "-g", "Baarle-Hertog"],
    ["trajectory", "-g", "Herstappe"],
    ["trajectory", "-g", "Mol", "--baseline", "BASELINE"],
    ["gemeenten", "--provincie", "Limburg"],
    ["werven"],
    ["progress", "-g", "Mol", "--realisaties", "REALISATIONS"],
    ["progress", "-g", "Mol", "--realisaties", "CORRECTIONS"],
    ["progress", "-g", "Mol", "--realisaties", "REALISATIONS", "--tot", "2021", "--jaar", "2026"],
    ["targets", "-g", "Mol", "--municipalities", "ZEROS"],
    ["compare", "-g", "Mol", "-g", "Gent", "--municipalities", "ZEROS"],
    ["summary", "--municipalities", "ZEROS"],
]


@pytest.mark.parametrize(
    "args", COMMANDS, ids=lambda args: " ".join(a for a in args if a.isupper() or "-" not in a)
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_negative_zero(lekp, files: dict[str, Path], args: list[str], fmt: str) -> None:
    names = {key.upper(): path for key, path in files.items()}
    run = lekp(*[str(names.get(a, a)) for a in args], "-f", fmt)
    assert run.exit_code == 0, run.stderr
    found = NEGATIVE_ZERO.findall(run.stdout + run.stderr)
    assert found == [], [line for line in run.stdout.splitlines() if NEGATIVE_ZERO.search(line)][:5]


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_no_negative_zero_in_a_report(lekp, files: dict[str, Path], fmt: str) -> None:
    run = lekp(
        "report",
        "-g",
        "Mol",
        "--realisaties",
        files["realisations"],
        "--baseline",
        files["baseline"],
        "-f",
        fmt,
    )
    assert run.exit_code == 0, run.stderr
    assert NEGATIVE_ZERO.findall(run.stdout) == []
