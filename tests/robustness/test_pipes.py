"""Class 8: `lekp … | head -1` ends quietly, in every format.

With `set -o pipefail` a closed pipe must not fail the pipeline: exit 0, nothing on stderr
(no 'Broken pipe', no 'Exception ignored'). `lekp check` is the exception by design: its exit
code is its verdict, so a broken file still exits 1 when the reader stops early (a CI step
`lekp check … | head` must not pass a broken file), with only the summary line on stderr.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import LEKP, TIMEOUT

pytestmark = pytest.mark.skipif(
    shutil.which("bash") is None or shutil.which("head") is None, reason="no bash"
)


def _pipe(args: list[str], folder: Path) -> subprocess.CompletedProcess[bytes]:
    command = " ".join(shlex.quote(part) for part in [*LEKP, *args])
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} | head -1"],
        capture_output=True,
        timeout=TIMEOUT,
        cwd=folder,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["targets", "--alle"],
        ["targets", "--alle", "-f", "csv"],
        ["targets", "--alle", "-f", "json"],
        ["targets", "--alle", "-f", "markdown"],
        ["targets", "--alle", "-f", "html"],
        ["targets", "--alle", "--excel"],
        ["summary", "--per", "gemeente"],
        ["summary", "--per", "gemeente", "-f", "json"],
        ["compare", "--alle", "-f", "csv"],
        ["gemeenten"],
        ["werven"],
        ["progress", "--template", "--alle"],
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_quietly(tmp_path: Path, args: list[str]) -> None:
    run = _pipe(args, tmp_path)
    assert (run.returncode, run.stderr) == (0, b""), run.stderr
    assert run.stdout.strip()


def _broken(folder: Path, rows: int) -> Path:
    path = folder / "broken.csv"
    path.write_text("indicator,jaar,waarde\n" + "bomen,2019,3\n" * rows, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("rows", [1, 20_000], ids=["small", "bigger than a pipe"])
def test_check_keeps_its_verdict_through_a_closed_pipe(tmp_path: Path, fmt: str, rows: int) -> None:
    broken = _broken(tmp_path, rows)
    run = _pipe(["check", "--format", fmt, str(broken)], tmp_path)
    assert run.returncode == 1, run.stderr
    assert run.stdout.strip()
    errors = "1 fout" if rows == 1 else f"{rows:,} fouten".replace(",", ".")
    assert run.stderr.decode() == f"lekp check: MISLUKT: 1 bestand, {errors}, 0 waarschuwingen\n"


def test_check_of_a_valid_file_through_a_closed_pipe_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "realisaties.csv"
    path.write_text("indicator,jaar,waarde\nbomen,2021,3\n", encoding="utf-8")
    run = _pipe(["check", "--format", "json", str(path)], tmp_path)
    assert run.returncode == 0
    assert run.stderr.decode() == "lekp check: in orde: 1 bestand, 0 fouten, 0 waarschuwingen\n"
