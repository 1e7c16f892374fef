"""JSON output through the json module: an array of objects, numbers as JSON numbers.

The array is written one object at a time, so that exporting every gemeente does not
build the whole document in memory; the text equals `json.dump(rows, indent=2)`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

from .numbers import json_number


def _value(value: Any) -> Any:
    return json_number(value) if type(value) is Decimal else value


def write_json(columns: Sequence[str], records: Iterable[Sequence[Any]], stream: TextIO) -> None:
    """Write the records as an array of objects keyed by `columns`."""
    separator = "[\n"
    for record in records:
        item = {name: _value(value) for name, value in zip(columns, record, strict=True)}
        text = json.dumps(item, ensure_ascii=False, indent=2)
        stream.write(separator + "  " + text.replace("\n", "\n  "))
        separator = ",\n"
    stream.write("[]\n" if separator == "[\n" else "\n]\n")


def write_json_value(value: Any, stream: TextIO) -> None:
    """Write any JSON-ready value (used for nested documents such as the catalogue)."""
    json.dump(value, stream, ensure_ascii=False, indent=2, default=_default)
    stream.write("\n")


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return json_number(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
