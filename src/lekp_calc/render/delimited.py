"""CSV output through the csv module: plain by default, or the dialect Flemish Excel opens.

Plain CSV: ',' separator, '.' decimals, UTF-8 without BOM, '\\n' line ends — it travels
between machines and diffs cleanly. Excel dialect: ';' separator, decimal comma, UTF-8
BOM and CRLF, so that a double-click in Excel with Belgian settings shows columns,
numbers and accents right; text cells that a spreadsheet would run as a formula get a
leading apostrophe.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

from ..csvfile import FORMULA_START
from .numbers import plain


def _plain_row(record: Sequence[Any]) -> list[Any]:
    return [plain(value) if type(value) is Decimal else value for value in record]


def excel_cell(value: Any) -> Any:
    """A cell as the Excel dialect writes it: decimal comma, formulas defused."""
    if type(value) is Decimal:
        return plain(value).replace(".", ",")
    if type(value) is str and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(
    columns: Sequence[str], records: Iterable[Sequence[Any]], stream: TextIO, *, excel: bool = False
) -> None:
    """Write a header and the records; None becomes an empty cell."""
    if excel:
        stream.write("\ufeff")
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([excel_cell(value) for value in record] for record in records)
    else:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(_plain_row(record) for record in records)
