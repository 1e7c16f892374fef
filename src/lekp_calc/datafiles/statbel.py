"""Reading Statbel's population file as Statbel publishes it: a zip, the text file in it, or a workbook.

Statbel's open data "Bevolking naar woonplaats, nationaliteit, burgerlijke staat, leeftijd en
geslacht" (`TF_SOC_POP_STRUCT_<year>`) counts the population on 1 January in a cross table:
one row per municipality × sex × nationality × civil status × age, the count in
`MS_POPULATION`. lekp sums the counts per Flemish municipality (region code 2000); this module
reads and checks the file, `population.py` turns the sums into a municipalities file.

Shapes read (see docs/population.md for which were checked against published material):

- a zip archive holding one text file (how the recent years are published);
- that text file itself, `|`-separated (`;` and `,` are recognised too), UTF-8 with or
  without a byte-order mark (which would otherwise stick to the first column name);
- a workbook (`.xlsx`), as older years were also published: its first sheet;
- the municipality columns by either spelling, `CD_REFNIS` / `TX_DESCR_NL` or the older
  `CD_MUNTY_REFNIS` / `TX_MUNTY_DESCR_NL`; a `CD_YEAR` column when there is one; every other
  column is passed over.

Large input is streamed: the text is read a line at a time (from the file, or unpacked from
the zip as it is read), never whole, so a file of 100 MB costs a few tens of MB of memory.
The limits are declared here: text up to `MAX_TEXT` bytes (on disk or unpacked), a zip or a
workbook up to the 100 MB every lekp input may be on disk, a workbook up to `MAX_UNPACKED`
unpacked, `MAX_ROWS` rows, lines up to `MAX_LINE` bytes. A zip bomb is refused from the sizes
its table of contents declares, before a byte is unpacked (zipfile never unpacks past them).

Every problem is located (file, line and character column of the cell; a workbook's sheet and
cell; in a zip, the line of the text file inside it) with the codes every reader uses (F1xx
for the file, C3xx for a cell) and the P9xx codes of this file. Reading stops after
`MAX_PROBLEMS` problems: a file that broken is not Statbel's.
"""

from __future__ import annotations

import csv
import hashlib
import io
import operator
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from ..check.codes import Code
from ..check.problems import Problems
from ..errors import system_reason
from ..messages import Joined, Msg, Num
from ..strings import quote
from .municipalities import province_for
from .schema import MAX_COUNT, Field, FieldType
from .table import CellProblem, csv_reason, to_integer
from .text import MAX_BYTES, open_regular, read_bytes

MAX_TEXT = 400 * 1024 * 1024  # the text on disk or unpacked: four times the 104 MB of 2026
MAX_UNPACKED = 1024 * 1024 * 1024  # a workbook's XML is verbose: a whole year unpacks to some 500 MB
MAX_ROWS = 2_000_000  # rows of data; 2026 has 467,615
MAX_LINE = 64 * 1024  # bytes of one line; Statbel's are about 220
MAX_PROBLEMS = 1000  # problems recorded before reading stops
MAX_DIRECTORY = 64 * 1024  # bytes of a zip's table of contents: Statbel's holds one entry
FLEMISH_REGION = 2000
_MB = 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_NIS = re.compile(r"\d{5}")
_END = b"PK\x05\x06"  # a zip's end record
_ENCRYPTED = 0x1  # general purpose flag bit 0 of a zip entry

# The columns lekp reads, by role: the spellings Statbel used, the current one first.
CODE = ("CD_REFNIS", "CD_MUNTY_REFNIS")
NAME = ("TX_DESCR_NL", "TX_MUNTY_DESCR_NL")
REGION = ("CD_RGN_REFNIS",)
SEX = ("CD_SEX",)
NATIONALITY = ("CD_NATLTY",)
CIVIL_STATUS = ("CD_CIV_STS",)
AGE = ("CD_AGE",)
COUNT = ("MS_POPULATION",)
YEAR = ("CD_YEAR",)
REQUIRED = (CODE, REGION, SEX, NATIONALITY, CIVIL_STATUS, AGE, COUNT)
# The 21 columns of the current layout, in Statbel's order (the fixtures write them).
LAYOUT = (
    "CD_REFNIS",
    "TX_DESCR_NL",
    "TX_DESCR_FR",
    "CD_DSTR_REFNIS",
    "TX_ADM_DSTR_DESCR_NL",
    "TX_ADM_DSTR_DESCR_FR",
    "CD_PROV_REFNIS",
    "TX_PROV_DESCR_NL",
    "TX_PROV_DESCR_FR",
    "CD_RGN_REFNIS",
    "TX_RGN_DESCR_NL",
    "TX_RGN_DESCR_FR",
    "CD_SEX",
    "CD_NATLTY",
    "TX_NATLTY_NL",
    "TX_NATLTY_FR",
    "CD_CIV_STS",
    "TX_CIV_STS_NL",
    "TX_CIV_STS_FR",
    "CD_AGE",
    "MS_POPULATION",
)
# The older spelling of the two municipality columns (the files of 2016-2018).
OLD_NAMES = {
    "CD_REFNIS": "CD_MUNTY_REFNIS",
    "TX_DESCR_NL": "TX_MUNTY_DESCR_NL",
    "TX_DESCR_FR": "TX_MUNTY_DESCR_FR",
}

_COUNT_FIELD = Field("MS_POPULATION", FieldType.INTEGER, "", minimum=0, maximum=MAX_COUNT)
_STATBEL_NAME = re.compile(r"TF_SOC_POP_STRUCT_(\d{4})", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FLEMISH_SPELLINGS = frozenset({"2000", "02000"})
_KEY_BITS = 21  # 2**21 > MAX_ROWS: a dimension never has more distinct values than rows


@dataclass(frozen=True, slots=True)
class YearHint:
    """Where the file says which year it holds: its name, the name inside it, or CD_YEAR."""

    where: str  # 'name', 'member', 'sheet' or 'column'
    year: int
    text: str  # the name or cell it was read from


@dataclass
class StatbelFile:
    """What was read of a population file: the Flemish sums, the year hints, every problem."""

    path: str
    shape: str = "txt"  # 'zip', 'txt' or 'xlsx'
    size: int = 0
    sha256: str = ""
    member: str | None = None  # the zip's text file, or the workbook's sheet
    rows: int = 0  # data rows read
    totals: dict[str, int] = field(default_factory=dict)  # per NIS code of region 2000 (valid counts)
    names: dict[str, str] = field(default_factory=dict)  # the Dutch name Statbel gives each
    lines: dict[str, int] = field(default_factory=dict)  # each code's first row
    hints: list[YearHint] = field(default_factory=list)
    problems: Problems = field(default_factory=lambda: Problems(""))
    line: int = 0  # the line (or sheet row) reading reached

    @property
    def name(self) -> str:
        """The file's name without its folder (what provenance records)."""
        return Path(self.path).name


def is_statbel_header(names: Iterable[str]) -> bool:
    """True when a header (split on any separator) names the columns of Statbel's population file."""
    found: set[str] = set()
    for name in names:
        found.update(part.strip().strip('"').lstrip("\ufeff") for part in re.split(r"[|;,\t]", name))
    return all(any(spelling in found for spelling in role) for role in (CODE, COUNT))


def year_in_name(name: str) -> int | None:
    """The year a file name gives: `TF_SOC_POP_STRUCT_2026.zip` is 2026; a name with one year
    elsewhere in it gives that year; none, or several different, give None."""
    match = _STATBEL_NAME.search(name)
    if match:
        return int(match.group(1))
    years = {int(found) for found in _ANY_YEAR.findall(name)}
    return years.pop() if len(years) == 1 else None


def workbook_header(path: Path | str) -> list[str] | None:
    """The first row of a workbook's first sheet, read from its XML alone (None: not readable).

    How `lekp check` tells Statbel's workbook (some 470,000 rows) from the small workbooks of
    realisations before any is opened: openpyxl opens each workbook once, for its reader. Only
    the first row's few hundred bytes are unpacked, and the strings that row names.
    """
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            return None
        with zipfile.ZipFile(path) as archive:
            sheet = _first_sheet(archive)
            cells = _first_row(archive, sheet)
            shared = [int(value) for kind, value in cells.values() if kind == "s" and value.isdigit()]
            strings = _shared_strings(archive, max(shared)) if shared else []
    except Exception:  # not a zip, no such part, XML that does not parse: it is no workbook to peek at
        return None
    row = [""] * (max(cells) + 1 if cells else 0)
    for column, (kind, value) in cells.items():
        row[column] = (
            strings[int(value)] if kind == "s" and value.isdigit() and int(value) < len(strings) else value
        )
    return row


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _first_sheet(archive: zipfile.ZipFile) -> str:
    """The part of the workbook's first sheet, by its relationship (Excel need not call it sheet1)."""
    from xml.etree import ElementTree

    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    first = next(element for element in book.iter() if _local(element.tag) == "sheet")
    rid = next(value for name, value in first.attrib.items() if _local(name) == "id")
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(element.get("Target", "") for element in relations.iter() if element.get("Id") == rid)
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _first_row(archive: zipfile.ZipFile, part: str) -> dict[int, tuple[str, str]]:
    """The cells of the sheet's first row: column number (0-based) -> (type, raw value)."""
    from xml.etree import ElementTree

    cells: dict[int, tuple[str, str]] = {}
    with archive.open(part) as stream:
        for _event, element in ElementTree.iterparse(stream):
            name = _local(element.tag)
            if name == "c":
                reference = element.get("r", "")
                letters = "".join(ch for ch in reference if ch.isalpha())
                column = 0
                for letter in letters:
                    column = column * 26 + ord(letter.upper()) - ord("A") + 1
                kind = element.get("t", "n")
                value = "".join(node.text or "" for node in element.iter() if _local(node.tag) in ("v", "t"))
                cells[column - 1 if letters else len(cells)] = (kind, value)
            elif name == "row":
                break
    return cells


def _shared_strings(archive: zipfile.ZipFile, last: int) -> list[str]:
    """The workbook's shared strings up to index `last`, read no further."""
    from xml.etree import ElementTree

    strings: list[str] = []
    with archive.open("xl/sharedStrings.xml") as stream:
        for _event, element in ElementTree.iterparse(stream):
            if _local(element.tag) == "si":
                strings.append("".join(node.text or "" for node in element.iter() if _local(node.tag) == "t"))
                element.clear()
                if len(strings) > last:
                    break
    return strings


def read_statbel(path: Path | str) -> StatbelFile:
    """Read and check Statbel's population file at `path` (zip, text or workbook)."""
    read = StatbelFile(str(path), problems=Problems(str(path)))
    name_year = year_in_name(read.name)
    if name_year is not None:
        read.hints.append(YearHint("name", name_year, read.name))
    suffix = Path(read.path).suffix.lower()
    if suffix in (".xls", ".xlsm", ".ods"):
        read.problems.add(Code.F105, "workbook")
    elif suffix == ".xlsx":
        read.shape = "xlsx"
        _read_workbook(read)
    elif suffix == ".zip" or _starts_with_zip(read.path):
        read.shape = "zip"
        _read_zip(read)
    else:
        _read_text_file(read)
    return read


def _starts_with_zip(path: str) -> bool:
    """True when the regular file at `path` is a zip archive whatever its name (a download renamed).

    Opened without blocking and only when regular: a FIFO is never waited on (reading it as text
    then says what it is).
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return False  # reading it as text reports why it cannot be read
    try:
        return os.read(descriptor, 4) == b"PK\x03\x04"
    except OSError:
        return False
    finally:
        os.close(descriptor)


# --- the three shapes -------------------------------------------------------------------------


def _read_text_file(read: StatbelFile) -> None:
    opened = open_regular(read.path, read.problems, max_bytes=MAX_TEXT)
    if opened is None:
        return
    handle, read.size = opened
    digest = hashlib.sha256()
    try:
        with handle:
            _read_text(handle, read, digest)
    except OSError as error:
        read.problems.add(Code.F106, "unreadable", reason=system_reason(error))
        return
    read.sha256 = digest.hexdigest()


def _read_zip(read: StatbelFile) -> None:
    raw = read_bytes(read.path, read.problems)  # a zip is read whole: 2.6 MB for 2026, at most 100 MB
    if raw is None:
        return
    read.size = len(raw)
    read.sha256 = hashlib.sha256(raw).hexdigest()
    problems = read.problems
    if not raw.strip():
        problems.add(Code.F102, "empty")
        return
    if not raw.startswith(b"PK"):
        problems.add(Code.P901, "zip_not_zip")
        return
    end = raw.rfind(_END, max(0, len(raw) - 22 - 0xFFFF))
    if (
        end >= 0
        and len(raw) >= end + 22
        and int.from_bytes(raw[end + 12 : end + 16], "little") > MAX_DIRECTORY
    ):
        problems.add(
            Code.P902, "zip_many", count=Num(int.from_bytes(raw[end + 10 : end + 12], "little")), names=""
        )
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = [member for member in archive.infolist() if not member.is_dir()]
    except Exception:  # no end record (a download cut short), a broken table of contents …
        problems.add(Code.P901, "zip_damaged")
        return
    if len(members) != 1:
        shown = [quote(member.filename) for member in members[:5]]
        problems.add(
            Code.P902,
            "zip_many" if members else "zip_none",
            count=Num(len(members)),
            names=Joined([*shown, "…"] if len(members) > 5 else shown),
        )
        return
    member = members[0]
    read.member = member.filename
    member_year = year_in_name(Path(member.filename).name)
    if member_year is not None:
        read.hints.append(YearHint("member", member_year, member.filename))
    if member.flag_bits & _ENCRYPTED:
        problems.add(Code.P901, "zip_encrypted")
        return
    if member.file_size > MAX_TEXT:
        problems.add(Code.F108, "unpacked_too_big", megabytes=MAX_TEXT // _MB)
        return
    try:
        with archive.open(member) as stream:
            _read_text(cast(BinaryIO, io.BufferedReader(cast(Any, stream), 1024 * 1024)), read, None)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError):
        # A bad CRC, a stream cut short, an unknown compression: the archive is damaged.
        problems.add(Code.P901, "zip_damaged", read.line or None)


def _read_workbook(read: StatbelFile) -> None:
    from . import workbook  # openpyxl loads only for a workbook

    raw = read_bytes(read.path, read.problems)
    if raw is None:
        return
    read.size = len(raw)
    read.sha256 = hashlib.sha256(raw).hexdigest()
    if workbook._refuse_archive(raw, read.problems, max_unpacked=MAX_UNPACKED):
        return
    try:
        book = workbook._open(raw, data_only=True)
        try:
            sheets = list(book.worksheets)
            if not sheets:
                read.problems.add(Code.F102, "empty")
                return
            sheet = sheets[0]
            read.member = str(sheet.title)
            sheet_year = year_in_name(read.member)
            if sheet_year is not None:
                read.hints.append(YearHint("sheet", sheet_year, read.member))
            read.problems.sheet = read.member
            sheet.reset_dimensions()  # the sheet's claimed size may be wrong: read what is there
            values = workbook._guarded(sheet.iter_rows(values_only=True))

            def rows() -> Iterator[list[str]]:
                for row in values:
                    read.line += 1
                    cells = [workbook._text(value) for value in row]
                    while cells and not cells[-1]:
                        cells.pop()  # the empty, formatted cells Excel keeps at the end of a row
                    yield cells

            header = next(rows(), None)
            _read_rows(header, rows(), read, in_sheet=True)
        finally:
            book.close()
    except workbook._Unreadable as error:
        read.problems.add(Code.F105, "not_workbook", reason=Msg(error.reason))


def _read_text(stream: BinaryIO, read: StatbelFile, digest: Any) -> None:
    """Read the text of the population file a line at a time."""
    problems = read.problems
    first = stream.readline(MAX_LINE + 1)
    read.line = 1
    if digest is not None:
        digest.update(first)
    if first.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.add(Code.F103, "utf16", 1, 1)
        return
    if not first.strip(b" \t\r\n" + _BOM):
        problems.add(Code.F102, "empty")
        return
    if len(first) > MAX_LINE:
        problems.add(Code.C318, "statbel_line_too_long", 1, 1, limit=Num(MAX_LINE))
        return
    try:
        header_text = first.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        _undecodable(problems, error, 1, first)
        return
    delimiter = next((d for d in "|;,\t" if d in header_text), "|")

    def lines() -> Iterator[str]:
        # One line at a time, never longer than MAX_LINE: a file without line ends is not held whole.
        readline = stream.readline
        while raw := readline(MAX_LINE + 1):
            if digest is not None:
                digest.update(raw)
            read.line += 1
            if len(raw) > MAX_LINE:
                problems.add(Code.C318, "statbel_line_too_long", read.line, 1, limit=Num(MAX_LINE))
                return
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as error:
                _undecodable(problems, error, read.line, raw)
                return

    header = next(csv.reader([header_text], delimiter=delimiter))
    _read_rows(header, csv.reader(lines(), delimiter=delimiter), read, in_sheet=False)
    if digest is not None:
        while chunk := stream.read(1024 * 1024):  # what reading stopped before still counts in the hash
            digest.update(chunk)


def _undecodable(problems: Problems, error: UnicodeDecodeError, line: int, raw: bytes) -> None:
    byte = raw[error.start]
    key = "latin1" if 0x80 <= byte <= 0xFF else "not_utf8"
    problems.add(
        Code.F103, key, line, error.start + 1, byte=f"0x{byte:02x}", at_line=line, at_byte=error.start + 1
    )


# --- the rows ---------------------------------------------------------------------------------


class _Stop(Exception):
    """Reading stops: too many problems, or too many rows."""


def _read_rows(
    first: list[str] | None, rows: Iterable[list[str]], read: StatbelFile, *, in_sheet: bool
) -> None:
    """Check the header and every row, and sum the Flemish counts into `read`."""
    if first is None:
        read.problems.add(Code.F102, "empty")
        return
    header = [name.strip().strip('"').lstrip("\ufeff") for name in first]
    while header and not header[-1]:
        header.pop()  # the empty cells a workbook keeps at the end of a row
    if not any(header):
        read.problems.add(Code.F102, "empty")
        return
    columns: dict[tuple[str, ...], int] = {}
    missing = []
    for role in (*REQUIRED, NAME, YEAR):
        index = next((header.index(spelling) for spelling in role if spelling in header), None)
        if index is not None:
            columns[role] = index
        elif role in REQUIRED:
            missing.append(" / ".join(role))
    if missing:
        read.problems.add(Code.P903, "statbel_columns", 1, None if in_sheet else 1, names=Joined(missing))
        return
    try:
        _tally(read, header, columns, in_sheet, rows)
    except csv.Error as error:  # an unclosed quote that runs to the end of the file …
        read.problems.add(Code.C318, "malformed", read.line, 1, reason=csv_reason(error))
    if read.rows == 0 and not read.problems:
        read.problems.add(Code.C322, "no_rows", 1, 1)


def _column(cells: list[str], index: int | None, in_sheet: bool) -> int | None:
    """Where cell `index` starts: its character column in a text line, its number in a sheet."""
    if index is None:
        return None if in_sheet else 1
    if in_sheet:
        return index + 1
    return 1 + sum(len(cell) + 1 for cell in cells[:index])


def _tally(
    read: StatbelFile,
    header: list[str],
    columns: dict[tuple[str, ...], int],
    in_sheet: bool,
    rows: Iterable[list[str]],
) -> None:
    """Check each row and add the Flemish counts up; every problem is located at its cell.

    One loop over local names: it runs half a million times for a year of Statbel's file.
    """
    problems = read.problems
    width = len(header)
    code_at, region_at, count_at = columns[CODE], columns[REGION], columns[COUNT]
    name_at, year_at = columns.get(NAME), columns.get(YEAR)
    # The cell of the cross table (gemeente × sex × nationality × civil status × age), as one string.
    cell_of = operator.itemgetter(
        code_at, columns[SEX], columns[NATIONALITY], columns[CIVIL_STATUS], columns[AGE]
    )
    join = "\x1f".join
    seen: dict[str, int] = {}  # each Flemish cell -> its first row
    totals, first_lines, names = read.totals, read.lines, read.names
    in_flanders: dict[str, bool] = {}  # a code's digits say whether it is Flemish
    said: set[str] = set()  # codes whose region was reported: once per code, not once per row
    year_value: str | None = None
    count_rows = 0

    def add(code: Code, key: str, cells: list[str], index: int | None, /, **params: Any) -> None:
        problems.add(code, key, read.line, _column(cells, index, in_sheet), **params)
        if len(problems) >= MAX_PROBLEMS:
            problems.add(Code.P910, "stopped", read.line, None, limit=Num(MAX_PROBLEMS))
            raise _Stop

    try:
        for cells in rows:
            if len(cells) != width:
                if not any(cell.strip() for cell in cells):
                    continue  # a blank line carries no data
                count_rows += 1
                add(Code.C315, "width", cells, None, cells=len(cells), header=width)
                continue
            count_rows += 1
            if count_rows > MAX_ROWS:
                problems.add(Code.F108, "too_many_rows", read.line, None, rows=Num(MAX_ROWS))
                raise _Stop
            text = cells[count_at]
            count: int | None
            if text.isdigit() and text.isascii() and len(text) < 10:  # the common case, at full speed
                count = int(text)
            else:
                try:
                    count = to_integer(text, _COUNT_FIELD)
                except CellProblem as problem:
                    add(problem.code, problem.key, cells, count_at, field=COUNT[0], **problem.params)
                    count = None
            code = cells[code_at]
            if not (len(code) == 5 and code.isdigit() and code.isascii()):
                code = code.strip()
                if not _NIS.fullmatch(code):
                    add(Code.C310, "nis", cells, code_at, field=header[code_at], value=quote(code))
                    continue
            region = cells[region_at]
            if region in _FLEMISH_SPELLINGS:
                flemish = True
            else:
                region = region.strip()
                if not region:
                    add(Code.C303, "empty_cell", cells, region_at, field=REGION[0])
                    continue
                if not (region.isdigit() and region.isascii()):
                    add(Code.C304, "not_whole", cells, region_at, field=REGION[0], value=quote(region))
                    continue
                flemish = int(region) == FLEMISH_REGION
            flemish_code = in_flanders.get(code)
            if flemish_code is None:
                flemish_code = in_flanders[code] = province_for(code) is not None
            if flemish is not flemish_code:
                if code not in said:
                    said.add(code)
                    name = cells[name_at].strip() if name_at is not None else ""
                    key = "region_not_flemish" if flemish else "region_flemish"
                    add(Code.P908, key, cells, region_at, code=code, name=name, region=region.strip())
                continue
            if year_at is not None:
                value = cells[year_at].strip()
                if year_value is None:
                    year_value = value
                    if value.isdigit() and len(value) == 4:
                        read.hints.append(YearHint("column", int(value), value))
                    else:
                        add(Code.P904, "year_column_bad", cells, year_at, value=quote(value))
                elif value != year_value:
                    add(
                        Code.P904,
                        "year_column_varies",
                        cells,
                        year_at,
                        value=quote(value),
                        first=quote(year_value),
                    )
            if not flemish:
                continue
            line = read.line
            first = seen.setdefault(join(cell_of(cells)), line)
            if first != line:
                add(Code.P905, "cell_twice", cells, None, code=code, first=first)
                continue
            if code in totals:
                if count is not None:
                    totals[code] += count
            else:
                totals[code] = count or 0
                first_lines[code] = line
                if name_at is not None:
                    names[code] = cells[name_at].strip()
    except _Stop:
        pass
    finally:
        read.rows = count_rows
