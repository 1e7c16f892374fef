"""What every robustness test asks of lekp, in one place.

A refused file or value: the documented exit code (1 data, 2 usage), exactly one line on
stderr starting `lekp: fout: ` that names the file (and `file:line:` where there is a
line), no traceback, nothing on stdout, and with `-o` neither the output file nor a hidden
temporary file beside it. `lekp check` on a broken file: exit 1, the problem on stdout as
`path:line:column: error CODE …`, the one summary line on stderr.

Runs that need a real process (signals, closed descriptors, pipes, FIFOs, environment)
go through `run_lekp`, which starts `python -m lekp_calc` with a timeout, so that a hang
fails the test instead of blocking CI.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from .hostile import BASELINE, CATALOGUE, GEMEENTEN, LAADPUNTEN, MUNICIPALITIES, REALISATIONS, REPO

ERROR = "lekp: fout: "
TIMEOUT = 20  # seconds: a run that takes longer hangs
LEKP = [sys.executable, "-m", "lekp_calc"]


def readers(kind: str, path: Path | str) -> list[list[str]]:
    """The commands that read a file of `kind`, each writing a format that can go to `-o`."""
    p = str(path)
    return {
        CATALOGUE: [
            ["targets", "-g", "Mol", "--catalogue", p, "-f", "csv"],
            ["werven", "--catalogue", p, "-f", "json"],
        ],
        MUNICIPALITIES: [
            ["targets", "-g", "Mol", "--municipalities", p, "-f", "csv"],
            ["gemeenten", "--municipalities", p, "-f", "markdown"],
        ],
        REALISATIONS: [
            ["progress", "-g", "Mol", "--realisaties", p, "-f", "csv"],
            ["report", "-g", "Mol", "--realisaties", p, "-f", "html"],
        ],
        BASELINE: [
            ["trajectory", "-g", "Mol", "--baseline", p, "-f", "csv"],
            ["report", "-g", "Mol", "--baseline", p, "-f", "html"],
        ],
        GEMEENTEN: [
            ["targets", "--gemeenten-file", p, "-f", "csv"],
            ["summary", "--gemeenten-file", p, "-f", "json"],
        ],
        LAADPUNTEN: [
            ["laadpunten", p, "-f", "csv"],
            ["laadpunten", p, "--als-realisaties", "-f", "json"],
        ],
    }[kind]


EXTENSION = {"csv": ".csv", "json": ".json", "markdown": ".md", "html": ".html"}


def output_for(args: Sequence[str], folder: Path) -> Path:
    """Where a command's `-o` goes: `out` with the extension of its `-f`."""
    fmt = args[list(args).index("-f") + 1] if "-f" in args else "csv"
    return folder / f"out{EXTENSION[fmt]}"


def leftovers(folder: Path) -> list[Path]:
    """Hidden temporary files an interrupted or refused write left behind (`.out.csv.*.tmp`)."""
    return sorted(folder.glob(".*.tmp"))


def error_line(run: Any, exit_code: int = 1) -> str:
    """The one line a refused run printed, after checking everything else a refusal promises."""
    stderr = run.stderr if isinstance(run.stderr, str) else run.stderr.decode("utf-8", "replace")
    # a process whose standard output went elsewhere (closed, a file) has none to look at here
    stdout = run.stdout if isinstance(run.stdout, str) else (run.stdout or b"").decode("utf-8", "replace")
    code = run.exit_code if hasattr(run, "exit_code") else run.returncode
    assert "Traceback" not in stderr, stderr
    assert code == exit_code, (code, stderr)
    assert stdout == "", stdout[:500]
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(ERROR), lines[0]
    return lines[0]


def assert_names(line: str, path: Path | str, code: str | None, at_line: int | None) -> None:
    """The error line names the file, its line when there is one, and the problem code."""
    if at_line is not None:
        assert f"{path}:{at_line}:" in line, line
    else:
        assert f"{path}" in line, line
    if code is not None:
        assert f" {code} " in line, line


def assert_refused(
    lekp: Any,
    args: Sequence[str],
    folder: Path,
    *,
    path: Path | str | None = None,
    code: str | None = None,
    line: int | None = None,
    exit_code: int = 1,
) -> str:
    """Run `args -o out.EXT` in-process: refused in one line, and no output file or leftover."""
    out = output_for(args, folder)
    run = lekp(*args, "-o", out)
    message = error_line(run, exit_code)
    if path is not None:
        assert_names(message, path, code, line)
    assert not out.exists()
    assert leftovers(folder) == []
    return message


def assert_check_fails(lekp: Any, path: Path | str, code: str | None, line: int | None) -> None:
    """`lekp check FILE` fails the file: exit 1, the problem located on stdout, one summary line."""
    run = lekp("check", path)
    assert "Traceback" not in run.stderr
    assert run.exit_code == 1, (run.stdout, run.stderr)
    assert run.stderr.splitlines() == [run.stderr.strip()]
    assert run.stderr.startswith("lekp check: MISLUKT: "), run.stderr
    where = f"{path}:{line}:" if line is not None else f"{path}:"
    found = [row for row in run.stdout.splitlines() if row.startswith(where)]
    assert found, run.stdout
    if code is not None:
        assert any(f" error {code} " in row for row in found), run.stdout


def environment(**changes: str | None) -> dict[str, str]:
    """The test's environment with `changes` (None removes a variable)."""
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run_lekp(args: Sequence[str | Path], **options: Any) -> subprocess.CompletedProcess[bytes]:
    """`lekp ARGS` in a process of its own, stdout and stderr captured, never longer than TIMEOUT."""
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    options.setdefault("timeout", TIMEOUT)
    return subprocess.run([*LEKP, *map(str, args)], check=False, **options)


@pytest.fixture(scope="session")
def municipalities_40k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One valid municipalities file of 40,000 synthetic gemeenten (benchmarks/run.py), shared."""
    spec = importlib.util.spec_from_file_location("lekp_benchmarks", REPO / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("big") / "municipalities_40k.csv"
    module.synthetic_municipalities(40_000, path)
    return path
