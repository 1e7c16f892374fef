"""Shared fixtures: the shipped data loaded once, a CLI runner, and file helpers."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lekp_calc.catalogue import load_catalogue
from lekp_calc.cli import app
from lekp_calc.models import Catalogue
from lekp_calc.municipalities import MunicipalityData, load_municipalities

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def data() -> MunicipalityData:
    return load_municipalities()


class Cli:
    """Runs `lekp` in-process and keeps stdout and stderr apart."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str | Path):
        return self.runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def lekp() -> Cli:
    return Cli()


@pytest.fixture(autouse=True)
def _no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
