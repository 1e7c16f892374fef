"""The installed package carries its data: `lekp` works from any folder after `pip install .`."""

from __future__ import annotations

from pathlib import Path

import pytest

import lekp_calc
from lekp_calc.paths import data_dir

PACKAGE = Path(lekp_calc.__file__).resolve().parent
SHIPPED = (
    "werven.yaml",
    "municipalities.csv",
    "municipalities_2024.csv",
    "mergers_2025.csv",
    "deelgemeenten.csv",
    "boundaries.json",
    "datapackage.json",
    "SOURCES.md",
)


@pytest.mark.skipif(
    PACKAGE.parent.name == "src", reason="running from the source tree (editable install), not a wheel"
)
def test_wheel_carries_the_data_inside_the_package():
    assert data_dir() == PACKAGE / "data"
    for name in SHIPPED:
        assert (PACKAGE / "data" / name).is_file(), name


@pytest.mark.skipif(
    PACKAGE.parent.name == "src", reason="running from the source tree (editable install), not a wheel"
)
def test_wheel_carries_the_snapshot_and_the_type_marker():
    assert (PACKAGE / "snapshot.json").is_file()
    assert (PACKAGE / "py.typed").is_file()


def test_shipped_data_files_are_the_repository_files():
    from conftest import DATA

    for name in SHIPPED:
        assert (data_dir() / name).read_bytes() == (DATA / name).read_bytes(), name
