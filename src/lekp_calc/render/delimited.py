"""CSV through the csv module: plain by default, or the dialect Flemish Excel opens.

Plain CSV: ',' separator, '.' decimals, UTF-8 without BOM, '\\n' line ends — it travels
between machines and diffs cleanly. Excel dialect: ';' separator, decimal comma, UTF-8
BOM and CRLF, so that a double-click in Excel with Belgian settings shows columns,
numbers and accents right. In both, a text cell that a spreadsheet would run as a formula
gets a leading apostrophe (the readers refuse such text, this is the second guard).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

from ..numberformat import plain
from ..strings import defuse


def _plain_cell(value: Any) -> Any:
    kind = type(value)
    if kind is Decimal:
        return plain(value)
    return defuse(value) if kind is str else value


def _excel_cell(value: Any) -> Any:
    cell = _plain_cell(value)
    return cell.replace(".", ",") if type(value) is Decimal else cell


class _LineFeeds:
    """Turns the csv module's CRLF row ends into LF as rows are written.

    The csv module quotes a cell only for the characters of its own line end, so rows are
    written with CRLF (a cell holding a lone CR or LF is then quoted) and turned into LF here.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, row: str) -> int:
        return self.stream.write(row[:-2] + "\n" if row.endswith("\r\n") else row)


def write_csv(
    columns: Sequence[str], records: Iterable[Sequence[Any]], stream: TextIO, *, excel: bool = False
) -> None:
    """Write a header and the records; None becomes an empty cell."""
    if excel:
        stream.write("\ufeff")
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        convert = _excel_cell
    else:
        writer = csv.writer(_LineFeeds(stream), lineterminator="\r\n")
        convert = _plain_cell
    writer.writerow(columns)
    writer.writerows([convert(value) for value in record] for record in records)
