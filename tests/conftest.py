"""Shared fixtures: the shipped data loaded once, the command line run in-process, file helpers.

`lekp(*args)` runs the real entry point (`lekp_calc.cli.main`) with stdout and stderr
captured apart and returns the exit code with both; `lekp_json(*args)` parses stdout.
`synthetic_antwerpen` is a realisations file of INVENTED values for every gemeente of the
province of Antwerpen, written by scripts/generate_realisations.py (not real data).
"""

from __future__ import annotations

import csv
import importlib.util
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
    # A process of lekp runs as from a user's shell: CI containers often set PYTHONUNBUFFERED,
    # which hides what a buffered standard output does on a full disk.
    monkeypatch.delenv("PYTHONUNBUFFERED", raising=False)
    # A user's own municipalities file (`lekp data population`) must not stand in for the shipped one.
    monkeypatch.delenv("LEKP_MUNICIPALITIES", raising=False)


def generate_realisations(path: Path, provincie: str | None, *, tot: int = 2025, seed: int = 2021) -> Path:
    """Write INVENTED realisations (scripts/generate_realisations.py) to `path`: synthetic_*.csv."""
    assert path.name.startswith("synthetic_"), "invented realisations go to files named synthetic_*.csv"
    script_path = REPO / "scripts" / "generate_realisations.py"
    spec = importlib.util.spec_from_file_location("generate_realisations", script_path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["nis_code", "indicator", "jaar", "waarde", "opmerking"])
        writer.writerows(script.rows(provincie, tot, seed))
    return path


@pytest.fixture(scope="session")
def synthetic_antwerpen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """INVENTED realisations 2021-2025 of the province of Antwerpen's gemeenten (not real data)."""
    folder = tmp_path_factory.mktemp("synthetic")
    return generate_realisations(folder / "synthetic_antwerpen.csv", "Antwerpen")


@pytest.fixture(scope="session")
def synthetic_flanders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """INVENTED realisations 2021-2025 of every gemeente of Flanders (not real data)."""
    folder = tmp_path_factory.mktemp("synthetic")
    return generate_realisations(folder / "synthetic_flanders.csv", None)
