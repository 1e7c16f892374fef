"""Shared fixtures: the shipped data loaded once, the command line run in-process, file helpers.

`lekp(*args)` runs the real entry point (`lekp_calc.cli.main`) with stdout and stderr
captured apart and returns the exit code with both; `lekp_json(*args)` parses stdout.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lekp_calc import Lekp
from lekp_calc.datafiles.load import load_catalogue, load_municipalities
from lekp_calc.domain.model import Catalogue
from lekp_calc.domain.selection import MunicipalityData

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def data() -> MunicipalityData:
    return load_municipalities()


@pytest.fixture(scope="session")
def library() -> Lekp:
    """The library over the shipped data (territory 2025)."""
    return Lekp()


@dataclass
class Run:
    """The outcome of one `lekp` run."""

    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


class _Buffer(io.TextIOWrapper):
    """A text stream over bytes, like a real stdout (with `.buffer`), that is not a terminal."""

    def __init__(self, encoding: str = "utf-8") -> None:
        super().__init__(io.BytesIO(), encoding=encoding, newline="", write_through=True)

    def value(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode(self.encoding)  # type: ignore[attr-defined]


class Cli:
    """Runs `lekp` in-process through its real entry point, stdout and stderr apart."""

    def __call__(self, *args: str | Path, stdin: str | None = None, encoding: str = "utf-8") -> Run:
        from lekp_calc.cli import main

        out, err = _Buffer(encoding), _Buffer()
        saved = sys.stdout, sys.stderr, sys.stdin
        sys.stdout, sys.stderr = out, err
        if stdin is not None:
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        finally:
            sys.stdout, sys.stderr, sys.stdin = saved
        return Run(code, out.value(), err.value())


@pytest.fixture
def lekp() -> Cli:
    return Cli()


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from the same environment: no colour, Dutch, a pipe of 100 columns."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("LEKP_LANG", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)
