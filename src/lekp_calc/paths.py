"""Where the shipped data files are: inside the installed package, or in a source checkout."""

from __future__ import annotations

from pathlib import Path

from .errors import DataError, Problem, Severity

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder holding the shipped data.

    An installed wheel carries the data as `lekp_calc/data`; a source checkout (or an
    editable install) keeps it in the repository's `data/` folder.
    """
    for candidate in (_HERE / "data", _HERE.parent.parent / "data"):
        if (candidate / "werven.yaml").is_file():
            return candidate
    raise DataError(
        [
            Problem(
                str(_HERE / "data"),
                None,
                None,
                Severity.ERROR,
                "F101",
                "the data shipped with lekp is missing; reinstall lekp",
            )
        ]
    )


def data_file(name: str) -> Path:
    """A shipped data file by name."""
    return data_dir() / name
