"""JSON through the json module, with numbers exactly as computed.

A decimal is written as the JSON number of its exact digits — never through a binary
float, which would turn 2.4000000000000001e+24 into another number than the CSV holds.
Records stream as an array of objects, one object at a time, so exporting every gemeente
does not build the whole document in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

from ..numberformat import plain
from ..strings import Ids

_string: Callable[[str], str] = json.encoder.encode_basestring


def dumps(value: Any, indent: int = 0, step: int = 2) -> str:
    """`value` as JSON text (dicts, lists, strings, ints, decimals, booleans, None)."""
    kind = type(value)
    if value is None:
        return "null"
    if kind is Ids:  # the assumptions behind a figure: an array of ids
        return dumps(value.items, indent, step)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is Decimal:
        return plain(value)
    if kind is str:
        return _string(value)
    if kind is float:
        return json.dumps(value)
    pad, inner = " " * indent, " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ",\n".join(
            f"{inner}{_string(str(k))}: {dumps(v, indent + step, step)}" for k, v in value.items()
        )
        return "{\n" + items + "\n" + pad + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = ",\n".join(inner + dumps(v, indent + step, step) for v in value)
        return "[\n" + items + "\n" + pad + "]"
    raise TypeError(f"cannot write {kind.__name__} as JSON")


def write_json(columns: Sequence[str], records: Iterable[Sequence[Any]], stream: TextIO) -> None:
    """Write the records as an array of objects keyed by `columns`."""
    separator = "[\n"
    for record in records:
        stream.write(separator + "  " + dumps(dict(zip(columns, record, strict=True)), 2))
        separator = ",\n"
    stream.write("[]\n" if separator == "[\n" else "\n]\n")


def write_document(value: Any, stream: TextIO) -> None:
    """Write any JSON-ready value (a nested document such as the report of `lekp check`)."""
    stream.write(dumps(value) + "\n")
