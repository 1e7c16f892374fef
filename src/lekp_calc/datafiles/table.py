"""Reading any CSV kind against its declaration (`schema.py`), cell by cell, with positions.

One reader for every CSV file lekp takes: the header is checked against the declared
columns (missing, unknown, repeated), every row against the header width (an optional
trailing column may be left out), and every cell against its field's type and bounds. A
row whose cells all pass is handed on as a dict of typed values with its line; every
problem is recorded with its line and the character column where its cell starts.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from ..check.codes import Code
from ..check.problems import Problems
from ..messages import Joined, Msg, Num
from ..strings import control_character, is_formula, quote
from .schema import YEAR_MAX, YEAR_MIN, Field, FieldType, Resource
from .text import is_workbook, read_text

_INT = re.compile(r"\d+")
_THOUSANDS = re.compile(r"\d{1,3}([.,\u00a0\u202f ']\d{3})+")
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+")
_DECIMAL_POINT = re.compile(r"-?\d+\.\d+")
_NEGATIVE = re.compile(r"-\d+")
_NUMBER = re.compile(r"([-+]?)(\d+)(?:([.,])(\d+))?")
_NIS = re.compile(r"\d{5}")
_PART = re.compile(r"\d{5}[A-Z]")
MAX_DIGITS = 20  # a cell with more digits is out of bounds before it is converted
_Number = TypeVar("_Number", int, Decimal)


@dataclass(frozen=True, slots=True)
class Row:
    """A row whose cells all passed their checks: typed values by column, and its line."""

    line: int
    values: dict[str, Any]


@dataclass
class ParsedTable:
    """A CSV file read against its declaration."""

    path: str
    resource: Resource
    problems: Problems
    text: str = ""
    delimiter: str = ","
    header: list[str] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    raw_rows: int = 0  # data rows in the file, valid or not
    sheet: str | None = None  # a workbook's sheet: positions are then its rows and column numbers
    _lines: list[str] | None = None

    @property
    def rows_readable(self) -> bool:
        """True when the header holds every required column, so the rows that passed their cell
        checks can be checked across rows too (all problems of a file in one run)."""
        return bool(self.header) and all(name in self.columns for name in self.resource.required)

    def column(self, line: int | None, index: int | None) -> int | None:
        """Character column (1-based) where cell `index` of physical `line` starts (in a workbook:
        the column number)."""
        if line is None:
            return None
        if self.sheet is not None:
            return None if index is None else index + 1
        if index is None:
            return 1
        if self._lines is None:
            self._lines = self.text.splitlines()
        if not 0 < line <= len(self._lines):
            return 1
        return _cell_start(self._lines[line - 1], index, self.delimiter)

    def add(
        self, code: Code, key: str, line: int | None, column: str | None = None, /, **params: Any
    ) -> None:
        """Record a problem at a row's cell of `column` (or the whole line when None)."""
        index = self.columns.get(column) if column is not None else None
        self.problems.add(code, key, line, self.column(line, index), **params)


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


def read_table(path: Path | str, resource: Resource, *, allow_stdin: bool = False) -> ParsedTable:
    """Read and check a CSV file (or an .xlsx workbook) of kind `resource`."""
    if is_workbook(path):
        from .workbook import read_workbook_table  # openpyxl loads only for a workbook

        return read_workbook_table(path, resource)
    problems = Problems(str(path))
    text = read_text(path, problems, allow_stdin=allow_stdin)
    table = ParsedTable(str(path), resource, problems)
    if text is None:
        return table
    table.text = text
    _parse(table)
    return table


def parse_text(text: str, path: str, resource: Resource) -> ParsedTable:
    """Check CSV text of kind `resource` (the file already read)."""
    table = ParsedTable(path, resource, Problems(path), text)
    _parse(table)
    return table


def _parse(table: ParsedTable) -> None:
    resource = table.resource
    first_line = table.text.split("\n", 1)[0]
    if "," not in first_line:
        for other, name in ((";", "';'"), ("\t", "tab")):
            if other in first_line:
                if other in resource.delimiters:
                    table.delimiter = other
                    break
                table.problems.add(Code.F104, "separator", 1, 1, separator=name)
                return
    reader = csv.reader(io.StringIO(table.text, newline=""), delimiter=table.delimiter, strict=True)
    previous = 0  # the physical line where the last complete record ended
    raw: list[tuple[int, list[str]]] = []
    try:
        header = next(reader, None)
        if header is None:
            table.problems.add(Code.F102, "empty")
            return
        table.header = [name.strip() for name in header]
        previous = reader.line_num
        for cells in reader:
            start = previous + 1
            previous = reader.line_num
            if not cells or all(not cell.strip() for cell in cells):
                continue  # blank lines carry no data
            if previous != start:
                table.problems.add(Code.C318, "multiline", start, 1)
                continue
            raw.append((start, cells))
    except csv.Error as error:
        table.problems.add(Code.C318, "malformed", previous + 1, 1, reason=csv_reason(error))
    check_rows(table, raw)


def csv_reason(error: csv.Error) -> Msg:
    """What Python's CSV reader found, in the catalogue's words (its own message is English)."""
    said = str(error)
    if "unexpected end of data" in said:
        return Msg("csverr.unclosed_quote")
    if "expected after" in said:
        return Msg("csverr.after_quote")
    if "new-line character" in said:
        return Msg("csverr.newline")
    if "NUL" in said:
        return Msg("csverr.nul")
    if "field larger than field limit" in said:
        return Msg("csverr.too_long", limit=Num(csv.field_size_limit()))
    return Msg("csverr.other")


def check_rows(table: ParsedTable, raw: list[tuple[int, list[str]]]) -> None:
    """Check the header and every row of a table read from a CSV file or a workbook sheet."""
    if not _check_header(table):
        return
    table.raw_rows = len(raw)
    if not raw and not table.problems:
        table.problems.add(Code.C322, "no_rows", 1, 1)
        return
    _convert(table, raw)


# Columns only lekp's own exports have: such a file is output, not input (said once, not per column).
EXPORT_COLUMNS = frozenset(
    {"target_exact", "expected_cumulative", "per_1000_inwoners", "headline_gap", "realised"}
)


def _check_header(table: ParsedTable) -> bool:
    resource = table.resource
    if EXPORT_COLUMNS & set(table.header):
        table.problems.add(Code.F105, "exported")
        return False
    ok = True
    for position, name in enumerate(table.header):
        declared = resource.field(name)
        if name in table.columns:
            table.problems.add(Code.C302, "column_twice", 1, table.column(1, position), name=quote(name))
            ok = False
        elif declared is None:
            table.problems.add(Code.C302, "column_unknown", 1, table.column(1, position), name=quote(name))
            ok = False
        else:
            year = _pattern_year(resource, name)
            if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
                table.problems.add(
                    Code.C320,
                    "column_year",
                    1,
                    table.column(1, position),
                    name=quote(name),
                    low=YEAR_MIN,
                    high=YEAR_MAX,
                )
                ok = False
        table.columns.setdefault(name, position)
    for name in resource.required:
        if name not in table.columns:
            table.problems.add(Code.C301, "column_missing", 1, 1, name=quote(name))
            ok = False
    for family in resource.patterns:
        if not any(family.pattern.fullmatch(name) for name in table.header):
            table.problems.add(Code.C301, "columns_missing", 1, 1, example=family.example)
            ok = False
    return ok


def _pattern_year(resource: Resource, name: str) -> int | None:
    for family in resource.patterns:
        match = family.pattern.fullmatch(name)
        if match:
            return int(match.group(1))
    return None


def _convert(table: ParsedTable, raw: list[tuple[int, list[str]]]) -> None:
    """Check every cell of every row; keep the rows whose cells all pass."""
    width = len(table.header)
    fields = [table.resource.field(name) for name in table.header]
    # Trailing columns whose cells may be empty may also be left off a row altogether.
    droppable = width
    while droppable > 0 and (declared := fields[droppable - 1]) is not None and declared.empty:
        droppable -= 1
    converters = [
        (name, declared, _CONVERTERS[declared.type])
        for name, declared in zip(table.header, fields, strict=True)
        if declared is not None
    ]
    for line, found in raw:
        cells = found
        if len(found) != width:
            if len(found) > width or len(found) < droppable:
                table.problems.add(Code.C315, "width", line, 1, cells=len(found), header=width)
                continue
            cells = [*found, *([""] * (width - len(found)))]
        values: dict[str, Any] = {}
        ok = True
        for index, (name, declared, convert) in enumerate(converters):
            cell = cells[index]
            try:
                values[name] = convert(cell, declared, table.delimiter)
            except CellProblem as problem:
                table.problems.add(
                    problem.code, problem.key, line, table.column(line, index), field=name, **problem.params
                )
                ok = False
        if ok:
            table.rows.append(Row(line, values))


class CellProblem(Exception):
    """A cell that does not pass its field's checks."""

    def __init__(self, code: Code, key: str, **params: Any) -> None:
        super().__init__(key)
        self.code = code
        self.key = key
        self.params = params


def _empty(cell: str, declared: Field) -> bool:
    """True for an empty cell that may be empty; an error for one that may not."""
    if cell.strip():
        return False
    if declared.empty:
        return True
    raise CellProblem(Code.C303, "empty_cell")


def to_string(cell: str, declared: Field, delimiter: str = ",") -> str | None:
    """A text cell: no control characters, no formula start, not too long."""
    if _empty(cell, declared):
        return None
    character = control_character(cell)
    if character is not None:
        raise CellProblem(Code.C321, "control", character=quote(character))
    if is_formula(cell):
        raise CellProblem(Code.C314, "formula", value=quote(cell), start=quote(cell[0]))
    if declared.max_length is not None and len(cell) > declared.max_length:
        raise CellProblem(Code.C320, "too_long", length=Num(len(cell)), limit=Num(declared.max_length))
    if declared.enum is not None:
        # A choice is the declared word whatever its case ('ac', 'Publiek'); what is kept is the
        # word as declared.
        wanted = cell.strip().casefold()
        for choice in declared.enum:
            if choice.casefold() == wanted:
                return choice
        raise CellProblem(Code.C319, "enum", value=quote(cell), choices=Joined(declared.enum))
    return cell.strip() if declared.read else cell


def to_integer(cell: str, declared: Field, delimiter: str = ",") -> int | None:
    """A whole number within the field's bounds, with a precise reason when it is not one."""
    if cell.isascii() and cell.isdigit() and len(cell) <= MAX_DIGITS:  # the common case
        return _bounded(int(cell), declared)
    if _empty(cell, declared):
        return None
    text = cell.strip()
    if _INT.fullmatch(text):
        if len(text) > MAX_DIGITS:
            raise CellProblem(Code.C320, "too_many_digits", digits=Num(len(text)), maximum=_limit(declared))
        return _bounded(int(text), declared)
    if _NEGATIVE.fullmatch(text):
        if declared.minimum is not None and declared.minimum >= 0:
            raise CellProblem(Code.C305, "negative", value=quote(text))
        raise CellProblem(Code.C304, "not_whole", value=quote(text))
    if _THOUSANDS.fullmatch(text):
        raise CellProblem(Code.C306, "thousands", value=quote(text), digits=re.sub(r"\D", "", text))
    if _DECIMAL_COMMA.fullmatch(text):
        raise CellProblem(Code.C307, "decimal_comma", value=quote(text))
    if _DECIMAL_POINT.fullmatch(text):
        raise CellProblem(Code.C307, "decimals", value=quote(text))
    raise CellProblem(Code.C304, "not_whole", value=quote(text))


def _limit(declared: Field) -> Num | str:
    return Num(declared.maximum) if declared.maximum is not None else "-"


def _bounded(value: _Number, declared: Field) -> _Number:
    if declared.minimum is not None and value < declared.minimum:
        if declared.minimum == 0:
            raise CellProblem(Code.C305, "negative", value=quote(value))
        raise CellProblem(Code.C320, "below", value=Num(value), minimum=Num(declared.minimum))
    if declared.maximum is not None and value > declared.maximum:
        raise CellProblem(Code.C320, "above", value=Num(value), maximum=Num(declared.maximum))
    return value


def to_year(cell: str, declared: Field, delimiter: str = ",") -> int | None:
    """A year: a whole number from 1900 to 2100."""
    if cell.isascii() and cell.isdigit() and len(cell) == 4:
        value = int(cell)
    else:
        if _INT.fullmatch(cell.strip()) and len(cell.strip()) > MAX_DIGITS:
            # far too many digits for a year: say which years are allowed (not 'at most -')
            raise CellProblem(
                Code.C320, "year_bounds", value=quote(cell.strip()), low=YEAR_MIN, high=YEAR_MAX
            )
        parsed = to_integer(
            cell, Field(declared.name, FieldType.INTEGER, "", empty=declared.empty), delimiter
        )
        if parsed is None:
            return None
        value = parsed
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise CellProblem(Code.C320, "year_bounds", value=quote(cell.strip()), low=YEAR_MIN, high=YEAR_MAX)
    return value


def to_number(cell: str, declared: Field, delimiter: str = ",") -> Decimal | None:
    """A number, whole or with decimals ('12.5' or '12,5'), within the field's bounds.

    A separator followed by exactly three digits is refused as ambiguous when it could be a
    thousands separator in that file: '1.234' in a ';' file (Excel with Belgian settings
    writes 1234 for a thousand and 1,234 for a fraction), '1,234' in a ',' file.
    """
    if _empty(cell, declared):
        return None
    text = cell.strip()
    match = _NUMBER.fullmatch(text)
    if match is None:
        if _THOUSANDS.fullmatch(text):
            raise CellProblem(Code.C306, "thousands", value=quote(text), digits=re.sub(r"\D", "", text))
        raise CellProblem(Code.C319, "not_number", value=quote(text))
    sign, whole, separator, fraction = match.groups()
    if len(whole) + len(fraction or "") > MAX_DIGITS:
        raise CellProblem(
            Code.C320,
            "too_many_digits",
            digits=Num(len(whole) + len(fraction or "")),
            maximum=_limit(declared),
        )
    thousands = "." if delimiter == ";" else ","
    if separator == thousands and len(fraction) == 3:
        decimal = "," if thousands == "." else "."
        raise CellProblem(
            Code.C319,
            "ambiguous",
            value=quote(text),
            whole=f"{whole}{fraction}",
            fraction=f"{whole}{decimal}{fraction}",
        )
    number = Decimal(f"{sign}{whole}.{fraction}" if separator else f"{sign}{whole}")
    return _bounded(number, declared)


def to_nis_code(cell: str, declared: Field, delimiter: str = ",") -> str | None:
    """A five-digit NIS code."""
    if _empty(cell, declared):
        return None
    text = cell.strip()
    if not _NIS.fullmatch(text):
        raise CellProblem(Code.C310, "nis", value=quote(text))
    return text


def to_part_code(cell: str, declared: Field, delimiter: str = ",") -> str | None:
    """A deelgemeente code: five digits and a capital letter."""
    if _empty(cell, declared):
        return None
    text = cell.strip()
    if not _PART.fullmatch(text):
        raise CellProblem(Code.C310, "part_code", value=quote(text))
    return text


def to_nis_code_list(cell: str, declared: Field, delimiter: str = ",") -> tuple[str, ...] | None:
    """One or more NIS codes separated by ';'."""
    if _empty(cell, declared):
        return None
    codes = tuple(part.strip() for part in cell.strip().split(";"))
    for code in codes:
        if not _NIS.fullmatch(code):
            raise CellProblem(Code.C310, "nis_in_list", value=quote(code))
    return codes


def to_boolean(cell: str, declared: Field, delimiter: str = ",") -> bool | None:
    """True or False (any case)."""
    if _empty(cell, declared):
        return None
    lowered = cell.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    raise CellProblem(Code.C316, "boolean", value=quote(cell))


def to_date(cell: str, declared: Field, delimiter: str = ",") -> date | None:
    """A date written YYYY-MM-DD."""
    if _empty(cell, declared):
        return None
    try:
        return date.fromisoformat(cell.strip())
    except ValueError:
        raise CellProblem(Code.C316, "date", value=quote(cell)) from None


_CONVERTERS: dict[FieldType, Callable[[str, Field, str], Any]] = {
    FieldType.STRING: to_string,
    FieldType.INTEGER: to_integer,
    FieldType.NUMBER: to_number,
    FieldType.YEAR: to_year,
    FieldType.NIS_CODE: to_nis_code,
    FieldType.NIS_CODE_LIST: to_nis_code_list,
    FieldType.PART_CODE: to_part_code,
    FieldType.BOOLEAN: to_boolean,
    FieldType.DATE: to_date,
}
