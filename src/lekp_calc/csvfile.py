"""Reading a CSV data file into rows with line numbers, and checking its cells.

Shared by every CSV loader (municipalities, mergers, realisations) so that a cell with a
thousands separator or a formula reads the same everywhere. Positions are 1-based: the
physical line of the record and the character column where the cell starts.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from .errors import Problem, Severity
from .textfile import read_text

_T = TypeVar("_T")

# Characters that make a spreadsheet treat a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_INT = re.compile(r"\d+")
_THOUSANDS = re.compile(r"\d{1,3}([.,\u00a0\u202f ']\d{3})+")
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+")
_DECIMAL_POINT = re.compile(r"-?\d+\.\d+")
_NEGATIVE = re.compile(r"-\d+")
_NIS = re.compile(r"\d{5}")


@dataclass
class CsvTable:
    """A parsed CSV file: header, rows with their line numbers, and the problems found."""

    path: str
    text: str
    delimiter: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    problems: list[Problem] = field(default_factory=list)
    # Line of each model returned by `build`, in the same order.
    model_lines: list[int] = field(default_factory=list)
    _lines: list[str] | None = None

    def column(self, line: int, index: int) -> int:
        """Character column (1-based) where cell `index` of physical `line` starts."""
        if self._lines is None:
            self._lines = self.text.splitlines()
        if not 0 < line <= len(self._lines):
            return 1
        return _cell_start(self._lines[line - 1], index, self.delimiter)

    def build(self, model: type[_T], rows: list[dict[str, object]], lines: list[int]) -> list[_T]:
        """Have pydantic validate the checked rows into models; map what it still finds to lines."""
        from .validation import validate_many

        values, details = validate_many(model, rows)
        for detail in details:
            position = detail["loc"][0] if detail["loc"] else 0
            line = lines[position] if isinstance(position, int) and position < len(lines) else None
            field_name = ".".join(str(part) for part in detail["loc"][1:])
            self.error(line, None, "C304", f"{field_name}: {detail['msg']}")
        self.model_lines = lines if values is not None else []
        return values or []

    def error(self, line: int | None, index: int | None, code: str, message: str) -> None:
        """Record an error at a cell (or a whole line when `index` is None)."""
        self.add(line, index, Severity.ERROR, code, message)

    def add(self, line: int | None, index: int | None, severity: Severity, code: str, message: str) -> None:
        """Record a problem at a cell (or a whole line when `index` is None)."""
        column = self.column(line, index) if line is not None and index is not None else None
        if line is not None and index is None:
            column = 1
        self.problems.append(Problem(self.path, line, column, severity, code, message))


def _cell_start(raw: str, index: int, delimiter: str) -> int:
    """Walk a raw line, honouring quotes, to the start of cell `index`."""
    cell, quoted = 0, False
    for position, char in enumerate(raw):
        if cell == index:
            return position + 1
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            cell += 1
    return len(raw) + 1 if cell == index else 1


def read_csv(path: Path, *, allow_semicolon: bool = False) -> CsvTable:
    """Read a CSV file; problems that stop reading are in `table.problems`.

    A UTF-8 BOM and CRLF line endings are accepted. A file separated by ';' (as Excel
    saves CSV under Belgian settings) is refused with advice, unless `allow_semicolon`.
    """
    problems: list[Problem] = []
    text = read_text(path, problems)
    table = CsvTable(str(path), text or "", ",", [], [], problems)
    if text is None:
        return table
    return parse_csv(table, allow_semicolon=allow_semicolon)


def parse_csv(table: CsvTable, *, allow_semicolon: bool = False) -> CsvTable:
    """Split `table.text` into header and rows."""
    first_line = table.text.split("\n", 1)[0]
    if "," not in first_line:
        for other, name in ((";", "';'"), ("\t", "tabs")):
            if other in first_line:
                if other == ";" and allow_semicolon:
                    table.delimiter = ";"
                    break
                table.error(
                    1,
                    None,
                    "F104",
                    f"the file is separated by {name}, not commas (as Excel saves CSV with Belgian "
                    "settings); save it as 'CSV UTF-8 (comma-separated)' or replace the "
                    f"separators with ',' ",
                )
                return table
    # strict: a stray or unclosed quote is an error, not a silently merged cell.
    reader = csv.reader(io.StringIO(table.text, newline=""), delimiter=table.delimiter, strict=True)
    previous = 0  # the physical line where the last complete record ended
    try:
        header = next(reader, None)
        if header is None:
            table.error(None, None, "F102", "file is empty")
            return table
        table.header = [name.strip() for name in header]
        previous = reader.line_num
        for cells in reader:
            start = previous + 1
            previous = reader.line_num
            if not cells or all(not cell.strip() for cell in cells):
                continue  # blank lines carry no data
            if previous != start:
                table.error(start, None, "C318", "a quoted cell spans several lines (an unclosed quote?)")
                continue
            table.rows.append((start, cells))
    except csv.Error as exc:
        table.error(previous + 1, None, "C318", f"malformed CSV: {exc}")
    return table


# --- cell checks: each returns the parsed value or None after recording the problem ----


def text_cell(table: CsvTable, line: int, index: int, column: str, value: str) -> str | None:
    """A required text cell that must not start like a spreadsheet formula."""
    if not value.strip():
        table.error(line, index, "C303", f"empty cell in column {column!r}")
        return None
    if value.startswith(FORMULA_START):
        table.error(
            line,
            index,
            "C314",
            f"{column} {value!r} starts with {value[0]!r}, which a spreadsheet runs as a formula "
            "(CSV injection); remove the leading character",
        )
        return None
    return value


def int_cell(table: CsvTable, line: int, index: int, column: str, value: str) -> int | None:
    """A required whole non-negative number, with a precise reason when it is not one."""
    if value.isascii() and value.isdigit():  # the common case, without a regular expression
        return int(value)
    cell = value.strip()
    if _INT.fullmatch(cell):
        return int(cell)
    if not cell:
        table.error(line, index, "C303", f"empty cell in column {column!r}")
    elif _NEGATIVE.fullmatch(cell):
        table.error(line, index, "C305", f"{column} is negative ({cell}); it must be 0 or more")
    elif _THOUSANDS.fullmatch(cell):
        _thousands(table, line, index, column, cell)
    elif _DECIMAL_COMMA.fullmatch(cell):
        table.error(line, index, "C307", f"{column} {cell!r} has a decimal comma; it must be a whole number")
    elif _DECIMAL_POINT.fullmatch(cell):
        table.error(line, index, "C307", f"{column} {cell!r} has decimals; it must be a whole number")
    else:
        table.error(line, index, "C304", f"{column} {cell!r} is not a whole number")
    return None


def _thousands(table: CsvTable, line: int, index: int, column: str, cell: str) -> None:
    digits = re.sub(r"\D", "", cell)
    table.error(
        line,
        index,
        "C306",
        f"{column} {cell!r} has a thousands separator; write the number without it: {digits}",
    )


_DECIMAL = re.compile(r"(-?)(\d+)(?:([.,])(\d+))?")


def decimal_cell(table: CsvTable, line: int, index: int, column: str, value: str) -> Decimal | None:
    """A required non-negative number, whole or with decimals ('12.5' or '12,5').

    A separator followed by exactly three digits is refused as ambiguous when it could be a
    thousands separator in that file: '1.234' in a ';' file (Excel with Belgian settings
    writes 1234 for a thousand and 1,234 for a fraction), '1,234' in a ',' file.
    """
    cell = value.strip()
    match = _DECIMAL.fullmatch(cell)
    if match is None:
        if not cell:
            table.error(line, index, "C303", f"empty cell in column {column!r}")
        elif _THOUSANDS.fullmatch(cell):
            _thousands(table, line, index, column, cell)
        else:
            table.error(line, index, "C319", f"{column} {cell!r} is not a number")
        return None
    sign, whole, separator, fraction = match.groups()
    thousands = "." if table.delimiter == ";" else ","
    if separator == thousands and len(fraction) == 3:
        decimal = "," if thousands == "." else "."
        table.error(
            line,
            index,
            "C319",
            f"{column} {cell!r} is ambiguous: a thousand or a fraction? Write {whole}{fraction} or "
            f"{whole}{decimal}{fraction}",
        )
        return None
    number = Decimal(f"{sign}{whole}.{fraction}" if separator else f"{sign}{whole}")
    if number < 0:
        table.error(line, index, "C305", f"{column} is negative ({cell}); it must be 0 or more")
        return None
    return number


def nis_cell(table: CsvTable, line: int, index: int, column: str, value: str) -> str | None:
    """A five-digit NIS code."""
    cell = value.strip()
    if not cell:
        table.error(line, index, "C303", f"empty cell in column {column!r}")
        return None
    if not _NIS.fullmatch(cell):
        table.error(line, index, "C310", f"{column} {cell!r} is not a five-digit NIS code")
        return None
    return cell


def check_header(
    table: CsvTable,
    required: list[str],
    *,
    optional: list[str] | None = None,
    optional_pattern: re.Pattern[str] | None = None,
) -> dict[str, int] | None:
    """Map column names to indexes; report missing, unknown and repeated columns.

    A column in `optional` (or matching `optional_pattern`) may be there or not.
    """
    index: dict[str, int] = {}
    ok = True
    allowed = set(required) | set(optional or ())
    for position, name in enumerate(table.header):
        known = name in allowed or (optional_pattern is not None and optional_pattern.fullmatch(name))
        if name in index:
            table.error(1, position, "C302", f"column {name!r} appears twice")
            ok = False
        elif not known:
            table.error(1, position, "C302", f"unknown column {name!r}")
            ok = False
        index[name] = position
    for name in required:
        if name not in index:
            table.error(1, None, "C301", f"missing column {name!r}")
            ok = False
    return index if ok else None
