"""Shared fixtures: the shipped data loaded once, a CLI runner, and file helpers."""

from __future__ import annotations

import os
import tempfile
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


# Tests share one cache of their own, never the user's; set before any fixture loads data.
CACHE_ROOT = Path(tempfile.mkdtemp(prefix="lekp-test-cache-"))
os.environ["LEKP_CACHE_DIR"] = str(CACHE_ROOT)
os.environ.pop("LEKP_NO_CACHE", None)


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("LEKP_CACHE_DIR", str(CACHE_ROOT))
    monkeypatch.delenv("LEKP_NO_CACHE", raising=False)
