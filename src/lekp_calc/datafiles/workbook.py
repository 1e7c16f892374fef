"""Reading a workbook (`.xlsx`) as one of lekp's tables: the same checks as CSV, cell references.

A gemeente fills in the realisations template in Excel; `--realisaties file.xlsx` (and
`--gemeenten-file file.xlsx`, and `lekp check`) read it back through the declaration of its
kind, exactly as the CSV, and locate every problem as `file.xlsx:Realisaties!C12`.

Safety: the workbook is read with openpyxl in read-only mode; nothing in it is run. Macros
are not loaded and external links are not followed. A cell holding a formula is taken at
the value Excel stored with it when it was last saved (openpyxl never evaluates a formula);
a formula without a stored value — a file written by a program that does not calculate —
is refused with R606 at its cell. openpyxl is imported here only, when a workbook is read.

A damaged or hostile file is one problem, never a traceback:

- before openpyxl sees it, the archive is measured: a zip's table of contents too long, or
  members that unpack to more than `MAX_UNPACKED` bytes (a zip bomb: a few hundred KB that
  unpack to gigabytes), are F108; a legacy `.xls` (or a password-protected workbook, which
  Excel stores in the same OLE2 container) under the name `.xlsx` is F105 with what to save
  it as; a file that is no zip at all, or a damaged zip, is F105 with that reason;
- openpyxl reads a sheet lazily, so any failure of it or of the XML parser — while opening
  and while the rows are read — is F105 "not a readable workbook" with a reason in words
  from the message catalogue (never the name of a Python exception class);
- rows and cells are counted as they come (`MAX_ROWS`, `MAX_CELLS`), so a sheet that claims
  a million rows or sixteen thousand columns stops early with F108;
- the sheet's own claim of its size (its "dimension") is ignored: a program that writes it
  wrong (`A1:A1`) would otherwise make openpyxl read only the first cell.

`first_row` (how `lekp check` recognises a workbook's kind) reads the whole data sheet once
and hands that reading to the `read_sheet` that follows for the same, unchanged file, so a
workbook is parsed once per run rather than two or three times.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from ..check.codes import Code
from ..check.problems import Problem, Problems
from ..messages import Msg, Num
from ..strings import quote
from .schema import Resource
from .table import ParsedTable, check_rows
from .text import read_bytes

SHEETS = ("Realisaties", "Realisations", "Gemeenten")  # the sheet read when a workbook has several
MAX_ROWS = 200_000  # more rows than any lekp input has: a mistake (or a bomb)
# Far more cells than 200,000 rows of the widest lekp table (8 columns); counted as openpyxl
# hands them over, so a row stretched to column XFD costs its width once, not for ever.
MAX_CELLS = 5_000_000
MAX_UNPACKED = 200 * 1024 * 1024  # a lekp input unpacks to a few MB; more is a mistake or a bomb
# The zip's table of contents: each entry takes 46 bytes or more on disk and several hundred in
# memory once Python's zipfile has read it, so a long one is a memory bomb of its own. A
# workbook has tens of parts; 4 MB holds tens of thousands.
MAX_DIRECTORY = 4 * 1024 * 1024
_MB = 1024 * 1024

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a legacy .xls, or an encrypted .xlsx
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream a password-protected .xlsx keeps
_END = b"PK\x05\x06"  # the zip's end record
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"
_ENCRYPTED_MEMBER = 0x1  # general purpose flag bit 0: the member is encrypted


EXCEL_DIGITS = 15  # Excel keeps and shows numbers to 15 significant digits


def typed(value: float) -> str:
    """A number a workbook stores as a binary float, as the decimal a person typed or saw.

    The shortest text that reads back as the same float (17.4, never
    17.39999999999999857891…); a float with more than 15 significant digits — a formula's
    binary rest, 0.1 + 0.2 stored as 0.30000000000000004 — as the 15 digits Excel shows.
    Written out without an exponent, as a CSV cell would hold it.
    """
    number = Decimal(repr(value))
    if len(number.as_tuple().digits) > EXCEL_DIGITS:
        number = Decimal(format(value, f".{EXCEL_DIGITS}g"))
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int) or not -30 <= exponent <= 30:
        return repr(value)  # far outside any bound lekp accepts: the check names it as it is
    return format(number.normalize(), "f") if number else "0"


def _text(value: Any) -> str:
    """A cell's value as the text a CSV cell would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else typed(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    return str(value)


# --- why a workbook cannot be read --------------------------------------------------------------


class _Unreadable(Exception):
    """openpyxl or the XML parser failed: the reason, as a message key of the catalogue."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _reason(error: BaseException) -> str:
    """The catalogue's words for a failure of openpyxl, zipfile or the XML parser."""
    if isinstance(error, zipfile.BadZipFile | zlib.error | EOFError | NotImplementedError):
        return "workbook.damaged_zip"  # a bad CRC, a cut-off stream, an unknown compression
    if isinstance(error, SyntaxError):  # xml.etree's ParseError (and lxml's) are SyntaxErrors
        return "workbook.bad_xml"
    if isinstance(error, LookupError):  # a part not in the archive, a string or style not in its list
        return "workbook.missing_part"
    return "workbook.damaged"


_T = TypeVar("_T")


def _guarded(items: Iterable[_T]) -> Iterator[_T]:
    """`items`, with any failure of openpyxl while it produces them turned into `_Unreadable`.

    openpyxl parses a sheet only when its rows are asked for, so the failure of a damaged
    sheet comes here, while lekp's own work on each row stays outside the guard.
    """
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except Exception as error:  # anything openpyxl or the parser raises: the file is damaged
            raise _Unreadable(_reason(error)) from error
        yield item


def _open(raw: bytes, *, data_only: bool) -> Any:
    """The workbook in `raw`, read-only, without links; `_Unreadable` when openpyxl cannot open it."""
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(raw), read_only=True, data_only=data_only, keep_links=False)
    except Exception as error:  # anything openpyxl or the parser raises: the file is damaged
        raise _Unreadable(_reason(error)) from error


def _directory_size(raw: bytes) -> int | None:
    """The size the archive's end record gives its table of contents (None: no end record)."""
    end = raw.rfind(_END, max(0, len(raw) - 22 - 0xFFFF))  # the record, then a comment of 64 KB at most
    if end < 0 or len(raw) < end + 22:
        return None
    size = int.from_bytes(raw[end + 12 : end + 16], "little")
    locator = end - 20
    if size == 0xFFFFFFFF and locator >= 0 and raw[locator : locator + 4] == _END64_LOCATOR:
        # Zip64: the real size is in the zip64 end record the locator points at.
        start = int.from_bytes(raw[locator + 8 : locator + 16], "little")
        if raw[start : start + 4] == _END64 and len(raw) >= start + 48:
            size = int.from_bytes(raw[start + 40 : start + 48], "little")
    return size


def _refuse_archive(raw: bytes, problems: Problems) -> bool:
    """Record why `raw` cannot be opened as a workbook, before openpyxl sees it; True when refused."""
    if not raw.strip():
        problems.add(Code.F102, "empty")
        return True
    if raw.startswith(_OLE2):
        # Not a zip: a legacy .xls, or an .xlsx Excel encrypted with a password.
        problems.add(Code.F105, "workbook_encrypted" if _ENCRYPTED in raw else "workbook")
        return True
    if not raw.startswith(b"PK"):
        problems.add(Code.F105, "not_workbook", reason=Msg("workbook.not_zip"))
        return True
    directory = _directory_size(raw)
    if directory is not None and directory > MAX_DIRECTORY:
        problems.add(Code.F108, "workbook_too_many_parts")
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
    except Exception:  # no end record, a broken table of contents …: zipfile names it BadZipFile or worse
        problems.add(Code.F105, "not_workbook", reason=Msg("workbook.damaged_zip"))
        return True
    # zipfile never unpacks a member beyond the size its entry declares (it stops and fails the
    # CRC), so the declared sizes bound what openpyxl can be made to read.
    if sum(member.file_size for member in members) > MAX_UNPACKED:
        problems.add(Code.F108, "workbook_too_big", megabytes=MAX_UNPACKED // _MB)
        return True
    if any(member.flag_bits & _ENCRYPTED_MEMBER for member in members):
        problems.add(Code.F105, "not_workbook", reason=Msg("workbook.encrypted"))
        return True
    return False


# --- reading the data sheet ---------------------------------------------------------------------


@dataclass
class _Sheet:
    """One reading of a workbook: its sheet names, the data sheet and its rows, the problems."""

    names: list[str] | None = None  # None: not readable as a workbook
    name: str | None = None
    header: list[str] = field(default_factory=list)  # the first row, even when reading stopped later
    rows: list[tuple[int, list[str]]] | None = None  # None: a problem stopped the reading
    problems: list[Problem] = field(default_factory=list)


def _read(path: Path | str) -> _Sheet:
    """Read the workbook at `path` once, recording every problem instead of raising."""
    problems = Problems(str(path))
    sheet = _Sheet(problems=problems)
    raw = read_bytes(path, problems)  # the same file checks as any input: regular file, size
    if raw is None or _refuse_archive(raw, problems):
        return sheet
    try:
        # openpyxl warns in English on stderr about what it skips (an unknown extension, a
        # missing default style); lekp reads the cells and says in its own words what is wrong.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _read_rows(raw, sheet, problems)
    except _Unreadable as error:
        part = _bad_xml_part(raw) if error.reason == "workbook.bad_xml" else None
        reason = Msg("workbook.bad_xml_part", part=quote(part)) if part else Msg(error.reason)
        problems.add(Code.F105, "not_workbook", reason=reason)
        sheet.names = sheet.rows = None
    return sheet


def _bad_xml_part(raw: bytes) -> str | None:
    """The name of the first XML part of the archive that does not parse (None: none found).

    The XML parser does not say which part it was reading; only a file already refused is
    parsed again, part by part, a chunk at a time, building nothing.
    """
    from xml.parsers import expat

    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for member in archive.infolist():
            if not member.filename.lower().endswith((".xml", ".rels")):
                continue
            parser = expat.ParserCreate()
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(1024 * 1024):
                        parser.Parse(chunk, False)
                parser.Parse(b"", True)
            except expat.ExpatError:
                return member.filename
            except Exception:  # a damaged member: not the XML this looks for
                continue
    return None


def _read_rows(raw: bytes, sheet: _Sheet, problems: Problems) -> None:
    """Fill `sheet` from the workbook in `raw`; `_Unreadable` when openpyxl fails on it."""
    book = _open(raw, data_only=False)
    try:
        sheet.names = list(book.sheetnames)
        # Only worksheets hold cells: a chart sheet has no rows to read.
        worksheets = {ws.title: ws for ws in book.worksheets}
        sheet.name = next((n for n in SHEETS if n in worksheets), next(iter(worksheets), None))
        if sheet.name is None:
            problems.add(Code.F102, "empty")
            return
        problems.sheet = sheet.name
        data = worksheets[sheet.name]
        data.reset_dimensions()  # the sheet's claimed size may be wrong: read what is there
        rows, pending = _cells(data, sheet, problems)
    finally:
        book.close()
    if rows is None:
        return
    if not any(any(text.strip() for text in texts) for _number, texts in rows) and not pending:
        # Not one cell filled in: the workbook's equivalent of an empty file, whatever kind it is.
        problems.add(Code.F102, "empty")
        return
    if pending:
        _stored_values(raw, sheet.name, rows, pending, problems)
    for _number, texts in rows:
        while texts and not texts[-1].strip():
            texts.pop()  # the empty, formatted cells Excel keeps at the end of a row
    if rows:
        sheet.header = [cell.strip() for cell in rows[0][1]]
    sheet.rows = rows


def _cells(
    data: Any, sheet: _Sheet, problems: Problems
) -> tuple[list[tuple[int, list[str]]] | None, dict[int, list[tuple[int, Any]]]]:
    """The rows of a sheet as text cells, and per row the formula cells (index, formula) whose
    stored value is still to be read; rows None after a problem that stops the reading (the
    first row is kept in `sheet.header` even then: `lekp check` still recognises the kind)."""
    rows: list[tuple[int, list[str]]] = []
    pending: dict[int, list[tuple[int, Any]]] = {}
    cells = 0
    for number, row in enumerate(_guarded(data.iter_rows()), start=1):
        cells += len(row)
        if number > MAX_ROWS:
            problems.add(Code.F108, "too_many_rows", rows=MAX_ROWS)
            return None, {}
        if cells > MAX_CELLS:
            problems.add(Code.F108, "too_many_cells", cells=Num(MAX_CELLS))
            return None, {}
        texts = []
        for index, cell in enumerate(row):
            if getattr(cell, "data_type", None) == "f":
                # Opened for formulas, openpyxl gives the formula, not the value Excel stored.
                pending.setdefault(number, []).append((index, cell.value))
                texts.append("")
            else:
                texts.append(_text(cell.value))
        if number == 1:
            sheet.header = [text.strip() for text in texts]
        rows.append((number, texts))
    return rows, pending


def _stored_values(
    raw: bytes,
    name: str,
    rows: list[tuple[int, list[str]]],
    pending: dict[int, list[tuple[int, Any]]],
    problems: Problems,
) -> None:
    """Fill in the value Excel stored with each formula: only a workbook that has formulas is
    opened a second time, for its values (openpyxl gives either the formula or the value)."""
    book = _open(raw, data_only=True)
    try:
        data = book[name]
        data.reset_dimensions()
        last = max(pending)
        stored_rows = _guarded(data.iter_rows(max_row=last, values_only=True))
        for number, stored in enumerate(stored_rows, start=1):
            for index, formula in pending.get(number, ()):
                value = stored[index] if index < len(stored) else None
                if value is None:
                    # A formula Excel never calculated (a file written by a program): nothing to read.
                    problems.add(Code.R606, "formula_not_stored", number, index + 1, formula=quote(formula))
                else:
                    rows[number - 1][1][index] = _text(value)
    finally:
        book.close()


# --- one reading per file -----------------------------------------------------------------------

# The reading `first_row` made, kept for the `read_sheet` of the same unchanged file that
# follows it (`lekp check` recognises a workbook's kind, then reads it): used once, then dropped.
_handed: dict[tuple[Any, ...], _Sheet] = {}  # one entry at most


def _identity(path: Path | str) -> tuple[Any, ...] | None:
    """What tells a file apart from itself changed: name, inode, size and times (None: no such file)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (str(path), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _take(path: Path | str) -> _Sheet:
    """The reading `first_row` left for this unchanged file, or a new one."""
    identity = _identity(path)
    handed = _handed.pop(identity, None) if identity is not None else None
    _handed.clear()
    return handed if handed is not None else _read(path)


def read_sheet(path: Path | str, problems: Problems) -> tuple[str, list[tuple[int, list[str]]]] | None:
    """The rows of the workbook's data sheet as text cells, with their row numbers; None on a problem."""
    sheet = _take(path)
    problems.extend(replace(problem, path=problems.path) for problem in sheet.problems)
    if sheet.name is not None:
        problems.sheet = sheet.name
    if sheet.rows is None or sheet.name is None:
        return None
    return sheet.name, sheet.rows


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
    identity = _identity(path)
    sheet = _read(path)
    _handed.clear()
    if identity is not None:
        _handed[identity] = sheet
    if sheet.names is None:
        return None
    return sheet.names, sheet.header
