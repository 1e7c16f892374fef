"""Class 16: one truth. The command that reads a file refuses it exactly when `lekp check` fails it.

Over the whole corpus — every file of tests/check/corpus/ and every generated hostile file —
for each kind of file: `lekp check FILE` and the commands that read that kind agree on
whether the file is valid, and none of them crashes (no traceback, exit code 0, 1 or 2),
also on a file that passes. For a generated file the verdict is also known beforehand.
Files of a kind that no command reads (mergers, deelgemeenten, not lekp input) are only
checked, and must not crash `lekp check`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lekp_calc.check.checks import detect_kind

from .conftest import readers
from .hostile import CORPUS, KINDS, MUNICIPALITIES, REALISATIONS, Hostile, every_hostile

CORPUS_FILES = sorted(path for path in CORPUS.rglob("*") if path.is_file() and path.suffix != ".py")
HOSTILE = every_hostile()
_CODE = re.compile(r"^\ufeff?(\d{5})[,;]", re.MULTILINE)


def one_truth_readers(kind: str, path: Path) -> list[list[str]]:
    """The commands that read `path`, asked a question the file itself can answer."""
    if kind == MUNICIPALITIES:  # no gemeente is assumed to be in the file
        return [
            ["gemeenten", "--municipalities", str(path), "-f", "csv"],
            ["summary", "--municipalities", str(path), "-f", "csv"],
        ]
    commands = readers(kind, path)
    if kind == REALISATIONS:  # the progress of a gemeente the file reports on
        text = path.read_bytes().decode("utf-8", "replace")
        found = _CODE.search(text.split("\n", 1)[1] if "\n" in text else "")
        gemeente = found.group(1) if found else "Mol"
        commands = [[gemeente if a == "Mol" else a for a in args] for args in commands]
    return commands


def _agree(lekp, path: Path, kind: str, expected_refusal: bool | None) -> None:
    check = lekp("check", path)
    assert "Traceback" not in check.stderr, check.stderr
    assert check.exit_code in (0, 1), (check.exit_code, check.stderr)
    refused = check.exit_code == 1
    if expected_refusal is not None:
        assert refused == expected_refusal, check.stdout
    if kind not in KINDS:
        return
    for args in one_truth_readers(kind, path):
        run = lekp(*args)
        assert "Traceback" not in run.stderr, run.stderr
        assert run.exit_code in (0, 1, 2), (run.exit_code, run.stderr)
        assert (run.exit_code != 0) == refused, (
            f"lekp check {'fails' if refused else 'passes'} {path.name}, but `lekp {args[0]}` exits "
            f"{run.exit_code}: {run.stderr.strip()[:300]} / check: {check.stdout.strip()[:300]}"
        )


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: str(path.relative_to(CORPUS)))
def test_check_and_command_agree_on_the_check_corpus(lekp, path: Path) -> None:
    _agree(lekp, path, detect_kind(path), None)


@pytest.mark.parametrize("case", HOSTILE, ids=lambda case: case.id)
def test_check_and_command_agree_on_the_generated_corpus(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    assert (
        detect_kind(path) == case.kind or case.data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in case.data
    )
    _agree(lekp, path, case.kind, case.refused)


def test_the_corpus_covers_every_kind_both_ways() -> None:
    refused = {case.kind for case in HOSTILE if case.refused}
    accepted = {case.kind for case in HOSTILE if not case.refused}
    assert refused == accepted == set(KINDS)
    assert len(CORPUS_FILES) > 80
