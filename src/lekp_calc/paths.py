"""Where the shipped data files are: inside the installed package, or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder holding the shipped data.

    An installed wheel carries the data as `lekp_calc/data`; a source checkout (or an
    editable install) keeps it in the repository's `data/` folder.
    """
    for candidate in (_HERE / "data", _HERE.parent.parent / "data"):
        if (candidate / "werven.yaml").is_file():
            return candidate
    return _HERE / "data"  # missing: reading a file from it reports F101 with this path


def data_file(name: str) -> Path:
    """A shipped data file by name."""
    return data_dir() / name


CATALOGUE_FILE = "werven.yaml"
MERGERS_FILE = "mergers_2025.csv"
DEELGEMEENTEN_FILE = "deelgemeenten.csv"
TERRITORY_FILES = {"2025": "municipalities.csv", "2024": "municipalities_2024.csv"}
SNAPSHOT = _HERE / "snapshot.json"
