"""Markdown output: pipe tables that read well in a report and on GitHub."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO


def cell(text: object) -> str:
    """A table cell: pipes escaped, line breaks flattened."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def write_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    stream: TextIO,
    *,
    right: Sequence[int] = (),
) -> None:
    """A pipe table; columns whose index is in `right` are right-aligned (numbers)."""
    stream.write("| " + " | ".join(cell(h) for h in headers) + " |\n")
    stream.write("|" + "|".join("---:" if i in right else "---" for i in range(len(headers))) + "|\n")
    for row in rows:
        stream.write("| " + " | ".join(cell(value) for value in row) + " |\n")
