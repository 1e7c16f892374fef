"""Class 11: markup in a name from a custom municipalities file.

`"><img src=x onerror=alert(1)>` holds no control character and does not start a formula,
so `lekp check` accepts it as a name. Every renderer that writes markup then escapes it:
Markdown and HTML never contain a raw `<img`, whichever command shows the name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .hostile import municipality_cell

NAME = '"><img src=x onerror=alert(1)>'
SCRIPT = "<script>alert(1)</script> | `x` *y* [a](javascript:alert(1))"


@pytest.fixture
def municipalities(tmp_path: Path) -> Path:
    path = tmp_path / "municipalities.csv"
    path.write_text(municipality_cell("name_nl", '"' + NAME.replace('"', '""') + '"')[0], encoding="utf-8")
    return path


def test_check_accepts_markup_in_a_name(lekp, municipalities: Path) -> None:
    run = lekp("check", municipalities)
    assert run.exit_code == 0, run.stdout
    gemeenten = lekp("gemeenten", "--municipalities", municipalities, "-f", "json")
    assert NAME in [record["gemeente"] for record in gemeenten.json()]


@pytest.mark.parametrize(
    "args",
    [
        ["gemeenten"],
        ["targets", "-g", "13025"],
        ["targets", "--alle"],
        ["compare", "-g", "13025", "-g", "Gent"],
        ["summary", "--per", "gemeente"],
        ["trajectory", "-g", "13025"],
        ["report", "-g", "13025"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markup_in_a_name_is_escaped(lekp, municipalities: Path, args: list[str], fmt: str) -> None:
    run = lekp(*args, "--municipalities", municipalities, "-f", fmt)
    assert run.exit_code == 0, run.stderr
    assert "<img" not in run.stdout
    assert "onerror=alert(1)" in run.stdout  # the name is there, as text
    assert "&lt;img" in run.stdout


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_script_and_markdown_syntax_in_a_name_are_escaped(lekp, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "municipalities.csv"
    path.write_text(municipality_cell("name_nl", SCRIPT)[0], encoding="utf-8")
    assert lekp("check", path).exit_code == 0
    run = lekp("gemeenten", "--municipalities", path, "-f", fmt)
    assert run.exit_code == 0, run.stderr
    assert "<script>" not in run.stdout
    assert "&lt;script&gt;" in run.stdout
    if fmt == "markdown":
        lines = run.stdout.splitlines()
        header = next(line for line in lines if line.startswith("| NIS"))
        row = next(line for line in lines if "script" in line)
        # the pipe in the name is escaped: the row has as many cells as the header
        assert len(re.split(r"(?<!\\)\|", row)) == len(header.split("|"))
        assert "\\`x\\`" in row and "\\[a\\]" in row
