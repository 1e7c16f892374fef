"""The neutral view: the building blocks every renderer understands.

A `View` is a title, blocks (facts, paragraphs, bullet lists, tables, figures, nested
sections) and the `Records` that machine formats export. Table columns carry a key (the
machine name), a label in the view's language, a kind (which fixes alignment and whether
the text may wrap), a unit and a priority: optional columns are the first a narrow
terminal leaves out, and the terminal says so. Cells carry their text as shown and their
typed value, so a spreadsheet can store the number and a test can find it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any


class Kind(StrEnum):
    """What a column holds: decides alignment, wrapping and the spreadsheet format."""

    TEXT = "text"  # words: wraps at spaces, never inside a word
    CODE = "code"  # a key or NIS code: one piece, left-aligned
    NUMBER = "number"  # right-aligned, never wrapped or cut
    INTEGER = "integer"  # a count: as NUMBER, no decimals
    YEAR = "year"  # right-aligned, no thousands separator
    PERCENT = "percent"  # right-aligned
    STATUS = "status"  # a short word or two, coloured
    BAR = "bar"  # a drawing for the terminal; no data of its own


NUMERIC = (Kind.NUMBER, Kind.INTEGER, Kind.YEAR, Kind.PERCENT)


class Style(StrEnum):
    """The meaning of a highlighted cell; each renderer picks its own colour for it."""

    GOOD = "good"
    WARN = "warn"
    BAD = "bad"
    MUTED = "muted"
    STRONG = "strong"
    NONE = "none"  # not reported: grey


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table."""

    key: str
    label: str
    kind: Kind = Kind.TEXT
    unit: str | None = None
    optional: int = 0  # 0: always shown; higher numbers are left out first when narrow
    sticky: bool = False  # names the row: repeated in every part of a table split by width
    # Rows with the same value here form a group: the terminal says the value once, as a heading
    # above its rows, instead of in a column (a target, with a row per gemeente under it).
    group: bool = False
    # What a cell may hold, for a table someone fills in (a spreadsheet validates it):
    choices: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None

    @property
    def right(self) -> bool:
        """True for columns of numbers, aligned on the right."""
        return self.kind in NUMERIC

    @property
    def wraps(self) -> bool:
        """True when the cells may be wrapped over several lines (at spaces only)."""
        return self.kind in (Kind.TEXT, Kind.STATUS)

    @property
    def heading(self) -> str:
        """The label with its unit: 'Doel (kWp)'."""
        return f"{self.label} ({self.unit})" if self.unit else self.label


@dataclass(slots=True)
class Cell:
    """One cell: the text shown, the typed value behind it, a style and a footnote."""

    text: str
    value: Any = None
    style: Style | None = None
    note: str | None = None  # a qualifying note, shown as a numbered footnote
    # A short word or letter that follows the value in `text` (a status letter: '48,1 A'); a
    # workbook stores the value as a number and shows the mark through the cell's format.
    mark: str = ""
    # A relative address the cell leads to (a gemeente's page in the site): HTML makes it a link,
    # every other format shows the text alone.
    link: str | None = None


@dataclass
class Table:
    """A table: columns and rows of cells, with a title, a stable key and footnotes.

    `matrix` marks a table whose columns are many values of one kind (gemeenten ×
    indicators): when it is too wide it is split into parts that repeat the sticky
    columns; any other table becomes a list of blocks, one per row.
    """

    columns: list[Column]
    rows: list[list[Cell]]
    title: str | None = None
    key: str = ""
    matrix: bool = False
    total_rows: set[int] = field(default_factory=set)  # rows shown as totals (bold, ruled off)
    sheet: str = ""  # its name as a workbook's sheet, in the view's language (31 characters at most)
    # A terminal may lay out a run of such tables with the same columns as one table, their
    # titles as headings over their rows (the four werven of a gemeente: one header, one width).
    aligned: bool = False


@dataclass
class Facts:
    """Label-value pairs: the key facts of a gemeente, of a report."""

    items: list[tuple[str, str]]


@dataclass
class Paragraph:
    """A line or paragraph of text."""

    text: str
    style: Style | None = None


@dataclass
class Bullets:
    """A bulleted list with an optional title."""

    items: list[str]
    title: str | None = None
    quoted: bool = False  # the items are quotations of a source
    remarks: list[str] = field(default_factory=list)  # per item, said after the quotation ('' for none)

    def entries(self) -> list[tuple[str, str]]:
        """Each item with its remark ('' when it has none)."""
        return [(item, self.remarks[i] if i < len(self.remarks) else "") for i, item in enumerate(self.items)]

    def plain(self) -> list[str]:
        """Each item as plain text: a quotation between quotation marks, then its remark."""
        out = []
        for item, remark in self.entries():
            shown = f"“{item}”" if self.quoted else item
            out.append(f"{shown} {remark}" if remark else shown)
        return out


@dataclass
class Figure:
    """A chart or map: SVG for the formats that draw, a caption and a text for the others."""

    svg: str
    caption: str
    text: str = ""
    key: str = ""
    kind: str = "chart"
    # A map's key: the names its numbers stand for (number 1 is numbered[0]), listed with the map.
    numbered: list[str] = field(default_factory=list)


@dataclass
class Section:
    """A titled group of blocks."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    key: str = ""
    notes_once: bool = False  # the qualifying notes of its tables are listed once, at its end


Block = Facts | Paragraph | Bullets | Table | Figure | Section


@dataclass
class Records:
    """The machine records of a view: column keys and a generator of typed rows.

    `rows()` is called once per export, so a big export streams instead of being built
    in memory. `document` replaces the array of objects in JSON when a result is more
    than a table (the report of `lekp check`).
    """

    columns: Sequence[str]
    rows: Callable[[], Iterable[Sequence[Any]]]
    document: Callable[[], Any] | None = None
    # A faster CSV writer for a big result, byte for byte what the generic writer makes
    # (tested): called with `excel`, it yields the lines.
    csv_lines: Callable[[bool], Iterable[str]] | None = None


@dataclass
class View:
    """Everything one result shows, in one language, for every format.

    The blocks are built when a renderer for people first asks for them (`content` is
    called once): an export to CSV or JSON of every gemeente never lays out a table.
    """

    title: str
    content: Callable[[], list[Block]]
    records: Records
    lang: str = "nl"
    key: str = ""
    subtitle: str = ""
    notes: list[str] = field(default_factory=list)  # under the whole view
    about: list[tuple[str, str]] = field(default_factory=list)  # context: pact, year, sources …
    about_sheet: str | None = None  # a workbook's sheet of context and explanation, when not "Over"
    contents: bool = False  # a document long enough for a table of contents (a report)
    # What the marks of the tables mean (a status letter and a sentence): a workbook's "Over"
    # sheet lists them, since a sheet cannot hold a paragraph under its table.
    legend: list[tuple[str, str]] = field(default_factory=list)

    @cached_property
    def blocks(self) -> list[Block]:
        """The blocks, built on first use."""
        return self.content()


class Footnotes:
    """Numbers qualifying notes in the order they first appear (every renderer marks them alike)."""

    def __init__(self) -> None:
        self.notes: list[str] = []

    def mark(self, note: str) -> int:
        """The number of `note`, giving it the next one when it is new."""
        if note not in self.notes:
            self.notes.append(note)
        return self.notes.index(note) + 1


def without_bars(table: Table) -> Table:
    """The table without its bar columns (drawings for the terminal)."""
    keep = [i for i, column in enumerate(table.columns) if column.kind is not Kind.BAR]
    if len(keep) == len(table.columns):
        return table
    return Table(
        [table.columns[i] for i in keep],
        [[row[i] for i in keep] for row in table.rows],
        table.title,
        table.key,
        table.matrix,
        table.total_rows,
        table.sheet,
        table.aligned,
    )


def walk_tables(blocks: Iterable[Block]) -> Iterable[Table]:
    """Every table in `blocks`, sections included, in order."""
    for block in blocks:
        if isinstance(block, Table):
            yield block
        elif isinstance(block, Section):
            yield from walk_tables(block.blocks)
