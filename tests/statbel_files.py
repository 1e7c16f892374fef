"""Statbel-shaped population files for the tests, written by scripts/generate_statbel.py.

The Flemish rows carry lekp's shipped figures broken down over the cross table (so that each
gemeente's rows add up to its shipped population); the Brussels and Walloon rows are invented.
`generator()` is the script itself, imported, so every test writes its files in its own
temporary folder with the functions the script offers (`rows`, `write`, the hostile variants).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

from conftest import REPO

# Figures of data/municipalities.csv and data/SOURCES.md that the tests compute with by hand.
MOL = "13025"
MOL_2026 = 38_793
MOL_2024 = 38_534
FLANDERS_2026 = 6_898_350
FLANDERS_2024 = 6_821_770


@cache
def generator() -> ModuleType:
    """scripts/generate_statbel.py as a module."""
    path = REPO / "scripts" / "generate_statbel.py"
    spec = importlib.util.spec_from_file_location("generate_statbel", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def population_file(
    folder: Path, name: str = "TF_SOC_POP_STRUCT_2026.zip", year: int = 2026, **options: object
) -> Path:
    """A population file of the shipped figures of `year` (territory 2025 unless `territory`)."""
    g = generator()
    territory = str(options.pop("territory", "2025"))
    adjust = options.pop("adjust", None)
    rows = g.rows(year, territory=territory, adjust=adjust)
    return g.write(folder / name, rows, **options)
