"""Reading a workbook (`.xlsx`) as one of lekp's tables: the same checks as CSV, cell references.

A gemeente fills in the realisations template in Excel; `--realisaties file.xlsx` (and
`--gemeenten-file file.xlsx`, and `lekp check`) read it back through the declaration of its
kind, exactly as the CSV, and locate every problem as `file.xlsx:Realisaties!C12`.

Safety: the workbook is read with openpyxl in read-only mode; nothing in it is run. Macros
are not loaded and external links are not followed. A cell holding a formula is taken at
the value Excel stored with it when it was last saved (openpyxl never evaluates a formula);
a formula without a stored value — a file written by a program that does not calculate —
is refused with R606 at its cell. openpyxl is imported here only, when a workbook is read.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from ..check.codes import Code
from ..check.problems import Problems
from ..strings import quote
from .schema import Resource
from .table import ParsedTable, check_rows
from .text import read_bytes

SHEETS = ("Realisaties", "Realisations", "Gemeenten")  # the sheet read when a workbook has several
MAX_ROWS = 200_000  # more rows than any lekp input has: a mistake (or a bomb)


def _text(value: Any) -> str:
    """A cell's value as the text a CSV cell would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    return str(value)


def read_sheet(path: Path | str, problems: Problems) -> tuple[str, list[tuple[int, list[str]]]] | None:
    """The rows of the workbook's data sheet as text cells, with their row numbers; None on a problem."""
    raw = read_bytes(path, problems)  # the same file checks as any input: regular file, size
    if raw is None:
        return None
    import io

    from openpyxl import load_workbook

    try:
        formulas = load_workbook(io.BytesIO(raw), read_only=True, data_only=False, keep_links=False)
        values = load_workbook(io.BytesIO(raw), read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        problems.add(Code.F105, "not_workbook", reason=type(error).__name__)
        return None
    names = formulas.sheetnames
    name = next((n for n in SHEETS if n in names), names[0] if names else None)
    if name is None:
        problems.add(Code.F102, "empty")
        return None
    problems.sheet = name
    rows: list[tuple[int, list[str]]] = []
    pairs = zip(formulas[name].iter_rows(), values[name].iter_rows(values_only=True), strict=False)
    for number, (cells, stored) in enumerate(pairs, start=1):
        if number > MAX_ROWS:
            problems.add(Code.F108, "too_many_rows", rows=MAX_ROWS)
            return None
        texts = []
        for index, cell in enumerate(cells):
            value = stored[index] if index < len(stored) else None
            if getattr(cell, "data_type", None) == "f" and value is None:
                # A formula Excel never calculated (a file written by a program): nothing to read.
                problems.add(Code.R606, "formula_not_stored", number, index + 1, formula=quote(cell.value))
                texts.append("")
                continue
            texts.append(_text(value))
        while texts and not texts[-1].strip():
            texts.pop()  # the empty, formatted cells Excel keeps at the end of a row
        rows.append((number, texts))
    formulas.close()
    values.close()
    return name, rows


def read_workbook_table(path: Path | str, resource: Resource) -> ParsedTable:
    """Read and check a workbook whose data sheet holds a table of kind `resource`."""
    problems = Problems(str(path))
    table = ParsedTable(str(path), resource, problems, delimiter=";")  # Belgian Excel writes 1,5
    found = read_sheet(path, problems)
    if found is None:
        return table
    table.sheet, rows = found
    if problems.has_errors:
        return table
    if not rows:
        problems.add(Code.F102, "empty")
        return table
    table.header = [name.strip() for name in rows[0][1]]
    data = [(number, cells) for number, cells in rows[1:] if any(cell.strip() for cell in cells)]
    check_rows(table, data)
    return table


def first_row(path: Path | str) -> tuple[list[str], list[str]] | None:
    """The sheet names and the first row of the data sheet of a workbook (None: not readable)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        return None
    names = book.sheetnames
    name = next((n for n in SHEETS if n in names), names[0] if names else None)
    header: list[str] = []
    if name is not None:
        for row in book[name].iter_rows(max_row=1, values_only=True):
            header = [_text(value).strip() for value in row]
    book.close()
    return names, header


def is_workbook(path: Path | str) -> bool:
    """True for a file name ending in .xlsx (the only workbook format lekp reads)."""
    return str(path).lower().endswith(".xlsx")
