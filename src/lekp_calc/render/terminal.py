"""The terminal renderer: a view laid out for a given width, never cutting a number.

The layout is decided here rather than left to a table library, so that its promises can
be kept and tested: a number is never cut or dropped; text wraps at spaces, never inside
a word; when a table is too wide, its optional columns go first and a line under it says
which; a matrix (gemeenten × indicators) is split into parts that repeat the row names;
any other table that still does not fit becomes a list of blocks, one per row. A column of
groups (a target, with a row per gemeente under it) is said once per group, as a heading
over its rows (the heading starts at the margin, the rows are indented as every table's).
Colour is added only on a terminal (through Rich), never in a pipe.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from ..messages import Joined, text
from ..strings import visible
from ..views.model import (
    Block,
    Bullets,
    Cell,
    Column,
    Facts,
    Figure,
    Footnotes,
    Kind,
    Paragraph,
    Section,
    Style,
    Table,
    View,
)

INDENT = 2
GAP = 2
TEXT_WIDTH = 100  # paragraphs wrap here at the most: longer lines read badly
MIN_WIDTH = 20

Segment = tuple[str, str | None]  # text and a Rich style
Line = list[Segment]

_RICH_STYLE = {
    Style.GOOD: "green",
    Style.WARN: "yellow",
    Style.BAD: "red",
    Style.MUTED: "dim",
    Style.STRONG: "bold",
    Style.NONE: "bright_black",
}


def cell_len(value: str) -> int:
    """Columns a string takes on a terminal (wide characters count twice)."""
    if value.isascii():
        return len(value)
    from rich.cells import cell_len as measure

    return measure(value)


def render(view: View, stream: TextIO, *, width: int, color: bool = False) -> None:
    """Write `view` to `stream`, laid out for `width` columns."""
    layout = _Layout(max(width, MIN_WIDTH), view.lang, frozenset(view.records.columns))
    layout.heading(view.title, "bold")
    if view.subtitle:
        layout.paragraph(view.subtitle)
    layout.blocks(view.blocks)
    for note in view.notes:
        layout.blank()
        layout.paragraph(note, "dim")
    _emit(layout.lines, stream, color)


def _emit(lines: list[Line], stream: TextIO, color: bool) -> None:
    if not color:
        stream.write("".join("".join(piece for piece, _ in line).rstrip() + "\n" for line in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(
        file=stream, force_terminal=True, highlight=False, emoji=False, markup=False, soft_wrap=True
    )
    block = Text()
    for line in lines:
        for piece, style in line:
            block.append(piece, style=style or "")
        block.append("\n")
    console.print(block, end="", no_wrap=True, overflow="ignore", crop=False)


@dataclass
class _Layout:
    width: int
    lang: str
    exported: frozenset[str] = frozenset()  # the record keys: a column left out is there only if listed
    lines: list[Line] = field(default_factory=list)

    @property
    def text_width(self) -> int:
        return min(self.width, TEXT_WIDTH)

    def blank(self) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append([])

    def heading(self, title: str, style: str = "bold") -> None:
        for piece in _wrap(visible(title), self.text_width):
            self.lines.append([(piece, style)])

    def paragraph(self, words: str, style: str | None = None, indent: int = 0) -> None:
        for piece in _wrap(visible(words), self.text_width - indent):
            self.lines.append([(" " * indent + piece, style)])

    def blocks(self, blocks: Iterable[Block]) -> None:
        for block in _joined(list(blocks)):
            if isinstance(block, list):  # aligned tables: one table when that fits, else each alone
                joined = _as_one(block)
                for table in [joined] if self.fits(joined) else block:
                    self.blank()
                    self.table(table)
            elif isinstance(block, Section):
                self.blank()
                self.heading(block.title)
                self.blocks(block.blocks)
            elif isinstance(block, Table):
                self.blank()
                self.table(block)
            elif isinstance(block, Facts):
                self.facts(block)
            elif isinstance(block, Paragraph):
                self.paragraph(block.text, _RICH_STYLE.get(block.style) if block.style else None)
            elif isinstance(block, Bullets):
                self.bullets(block)
            elif isinstance(block, Figure):
                self.blank()
                self.paragraph(block.caption, "italic")
                if block.text:
                    self.paragraph(block.text, indent=INDENT)

    def facts(self, facts: Facts) -> None:
        for name, value in facts.items:
            lead = f"{visible(name)}: "
            pieces = _wrap(visible(value), max(self.text_width - len(lead), MIN_WIDTH // 2))
            for index, piece in enumerate(pieces):
                self.lines.append([(lead if index == 0 else " " * len(lead), "dim"), (piece, None)])

    def bullets(self, bullets: Bullets) -> None:
        self.blank()
        if bullets.title:
            self.paragraph(bullets.title, "italic")
        for shown in bullets.plain():
            pieces = _wrap(visible(shown), self.text_width - 4)
            wrapped = [("  • " if index == 0 else "    ") + piece for index, piece in enumerate(pieces)]
            self.lines.extend([[(piece, None)] for piece in wrapped])

    # --- tables ------------------------------------------------------------------------

    def fits(self, table: Table) -> bool:
        """True when `table` fits the width as a grid, its optional columns left out if need be."""
        grid = _Grid.of(table)
        while grid.need > self.width - INDENT and grid.droppable():
            grid.drop()
        return grid.need <= self.width - INDENT

    def table(self, table: Table) -> None:
        grid = _Grid.of(table)
        available = self.width - INDENT
        dropped: list[Column] = []
        while grid.need > available and grid.droppable():
            dropped.append(grid.drop())
        # An optional column that fits but squeezes the text into many lines goes too: the table
        # is read whole, at a glance, and what is left out is named under it.
        while grid.need <= available and grid.droppable():
            lighter = grid.copy()
            column = lighter.drop()
            if not _much_shorter(lighter.height(available), grid.height(available)):
                break
            grid = lighter
            dropped.append(column)
        if grid.need <= available:
            if table.title:
                self.heading(table.title)
            self.lines.extend(grid.draw(available))
        elif table.matrix and (parts := grid.split(available)) is not None:
            for number, part in enumerate(parts, start=1):
                if number > 1:
                    self.blank()
                if table.title:
                    self.heading(
                        text("table.part", self.lang, title=table.title, part=number, parts=len(parts))
                    )
                self.lines.extend(part.draw(available))
        else:
            if table.title:
                self.heading(table.title)
            self.stacked(_Grid.of(table))
            dropped = []
        notes = grid.notes
        for number, note in enumerate(notes, start=1):
            self.paragraph(f"[{number}] {note}", "dim", indent=INDENT)
        # A bar holds no data of its own: leaving it out is not worth a line.
        dropped = [column for column in dropped if column.kind is not Kind.BAR]
        if dropped:
            names = Joined(column.heading for column in reversed(dropped))
            # Point to CSV only when the columns left out are in its records; a view's own
            # columns (a difference, a median) are in Markdown and HTML only.
            key = "table.dropped" if all(c.key in self.exported for c in dropped) else "table.dropped_view"
            self.paragraph(text(key, self.lang, columns=names, width=self.width), "dim", indent=INDENT)

    def stacked(self, grid: _Grid) -> None:
        """One block per row: the row's name, then 'column: value' lines (under its group's heading)."""
        title_index = next((i for i, c in enumerate(grid.columns) if c.sticky), 0)
        for at, row in enumerate(grid.cells):
            if grid.groups and (at == 0 or grid.groups[at] != grid.groups[at - 1]):
                self.blank()
                for piece in _wrap(grid.groups[at], self.width):
                    self.lines.append([(piece, "bold")])
            self.blank()
            for piece in _wrap(row[title_index].text, self.width - INDENT):
                self.lines.append([(" " * INDENT + piece, "bold")])
            for index, column in enumerate(grid.columns):
                cell = row[index]
                if index == title_index or not cell.text:
                    continue
                style = _RICH_STYLE.get(cell.style) if cell.style else None
                lead = " " * (INDENT * 2) + f"{column.heading}: "
                room = self.width - cell_len(lead)
                words = cell.text.split() if column.wraps else [cell.text]
                longest = max((cell_len(word) for word in words), default=0)
                if room >= (max(longest, MIN_WIDTH // 2) if column.wraps else longest):
                    pieces = _wrap(cell.text, room) if column.wraps else [cell.text]
                    for number, piece in enumerate(pieces):
                        prefix = lead if number == 0 else " " * cell_len(lead)
                        self.lines.append([(prefix, "dim"), (piece, style)])
                    continue
                # A long heading: on its own lines (wrapped at spaces), the value under it.
                for piece in _wrap(f"{column.heading}:", self.width - INDENT * 2):
                    self.lines.append([(" " * (INDENT * 2) + piece, "dim")])
                under = " " * (INDENT * 3)
                pieces = _wrap(cell.text, self.width - len(under)) if column.wraps else [cell.text]
                self.lines.extend([[(under + piece, style)] for piece in pieces])


def _same_columns(a: Table, b: Table) -> bool:
    return [(c.key, c.heading, c.kind) for c in a.columns] == [(c.key, c.heading, c.kind) for c in b.columns]


def _joined(blocks: list[Block]) -> list[Block | list[Table]]:
    """`blocks` with each run of aligned tables that have the same columns gathered in a list: laid
    out as one table (`_as_one`) where that fits the width, a column of groups holds each table's
    title, so that its rows come under it as a heading, and the run shares one header, one set of
    widths, one list of footnotes and one note on what was left out."""
    out: list[Block | list[Table]] = []
    for block in blocks:
        last = out[-1] if out else None
        if isinstance(block, Table) and block.aligned and not any(c.group for c in block.columns):
            if isinstance(last, list) and _same_columns(last[0], block):
                last.append(block)
            else:
                out.append([block])
        else:
            out.append(block)
    return [item[0] if isinstance(item, list) and len(item) == 1 else item for item in out]


def _as_one(tables: list[Table]) -> Table:
    rows: list[list[Cell]] = []
    totals: set[int] = set()
    for table in tables:
        totals |= {len(rows) + index for index in table.total_rows}
        rows.extend([Cell(table.title or ""), *row] for row in table.rows)
    columns = [Column("_group", "", group=True), *tables[0].columns]
    return Table(columns, rows, None, tables[0].key, total_rows=totals)


@dataclass
class _Shown:
    text: str
    style: Style | None


@dataclass
class _Grid:
    """A table's columns and cell texts, measured; columns can be dropped or split off."""

    columns: list[Column]
    cells: list[list[_Shown]]
    header: list[str]
    notes: list[str]
    totals: set[int]
    minimum: list[int] = field(default_factory=list)
    natural: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # per row, the heading of its group (if grouped)

    @classmethod
    def of(cls, table: Table) -> _Grid:
        footnotes = Footnotes()
        cells: list[list[_Shown]] = []
        for row in table.rows:
            shown = []
            for cell in row:
                content = visible(cell.text)
                if cell.note:
                    content += f" [{footnotes.mark(cell.note)}]"
                shown.append(_Shown(content, cell.style))
            cells.append(shown)
        grid = cls(
            list(table.columns),
            cells,
            [visible(c.heading) for c in table.columns],
            footnotes.notes,
            table.total_rows,
        )
        grouped = next((i for i, c in enumerate(table.columns) if c.group), None)
        if grouped is not None:
            grid.groups = [shown_row[grouped].text for shown_row in cells]
            grid.columns.pop(grouped)
            grid.header.pop(grouped)
            for shown_row in cells:
                shown_row.pop(grouped)
        grid.measure()
        return grid

    def measure(self) -> None:
        self.minimum, self.natural = [], []
        for index, column in enumerate(self.columns):
            values = [row[index].text for row in self.cells]
            widest = max((cell_len(v) for v in values), default=0)
            head_word = max((cell_len(w) for w in self.header[index].split()), default=0)
            if column.wraps:
                word = max((cell_len(w) for v in values for w in v.split()), default=0)
                self.minimum.append(max(word, head_word))
            else:
                self.minimum.append(max(widest, head_word))
            self.natural.append(max(widest, cell_len(self.header[index]), self.minimum[-1]))

    @property
    def need(self) -> int:
        return sum(self.minimum) + GAP * (len(self.columns) - 1)

    def droppable(self) -> bool:
        return any(column.optional for column in self.columns)

    def drop(self) -> Column:
        """Leave out the optional column of the highest priority number (the rightmost on a tie)."""
        index = max(range(len(self.columns)), key=lambda i: (self.columns[i].optional, i))
        return self._remove(index)

    def _remove(self, index: int) -> Column:
        column = self.columns.pop(index)
        self.header.pop(index)
        for row in self.cells:
            row.pop(index)
        self.minimum.pop(index)
        self.natural.pop(index)
        return column

    def copy(self) -> _Grid:
        """An independent copy (columns can be dropped from it without touching this one)."""
        grid = self._subset(list(range(len(self.columns))))
        grid.notes = self.notes
        return grid

    def height(self, available: int) -> int:
        """The lines the rows take when drawn in `available` columns (the header not counted)."""
        widths = self.widths(available)
        return sum(
            max(
                (
                    len(_wrap(row[i].text, widths[i])) if self.columns[i].wraps else 1
                    for i in range(len(widths))
                ),
                default=1,
            )
            for row in self.cells
        )

    def _subset(self, indexes: list[int]) -> _Grid:
        grid = _Grid(
            [self.columns[i] for i in indexes],
            [[row[i] for i in indexes] for row in self.cells],
            [self.header[i] for i in indexes],
            [],
            self.totals,
            groups=self.groups,
        )
        grid.minimum = [self.minimum[i] for i in indexes]
        grid.natural = [self.natural[i] for i in indexes]
        return grid

    def split(self, available: int) -> list[_Grid] | None:
        """Parts that each fit, every one repeating the sticky columns; None when impossible."""
        sticky = [i for i, c in enumerate(self.columns) if c.sticky]
        values = [i for i, c in enumerate(self.columns) if not c.sticky]
        base = sum(self.minimum[i] for i in sticky) + GAP * max(len(sticky) - 1, 0)
        parts: list[list[int]] = []
        current: list[int] = []
        used = base
        for index in values:
            size = self.minimum[index] + GAP
            if base + size > available:
                return None
            if used + size > available and current:
                parts.append(current)
                current, used = [], base
            current.append(index)
            used += size
        if current:
            parts.append(current)
        return [self._subset(sticky + part) for part in parts]

    def widths(self, available: int) -> list[int]:
        """Minimum widths, then room for whole cells: the columns that need least come first.

        A short column (a ratio, a heading of two words) is made whole before the widest
        text column, which then wraps in the room that is left.
        """
        widths = list(self.minimum)
        extra = available - self.need
        for index in sorted(range(len(widths)), key=lambda i: (self.natural[i] - widths[i], i)):
            grant = min(self.natural[index] - widths[index], extra)
            if grant > 0:
                widths[index] += grant
                extra -= grant
        return widths

    def draw(self, available: int) -> list[Line]:
        widths = self.widths(available)
        lines: list[Line] = []
        indent = INDENT
        header_cells = [_wrap(self.header[i], widths[i]) for i in range(len(widths))]
        height = max((len(cell) for cell in header_cells), default=1)
        for number in range(height):
            pieces = []
            for index, column in enumerate(self.columns):
                lines_of = header_cells[index]
                # Header lines sit at the bottom, so the labels meet the rule.
                offset = height - len(lines_of)
                piece = lines_of[number - offset] if number >= offset else ""
                pieces.append(_pad(piece, widths[index], column.right))
            lines.append([(" " * indent + (" " * GAP).join(pieces), "bold")])
        total_width = sum(widths) + GAP * (len(widths) - 1)
        lines.append([(" " * indent + "─" * total_width, "dim")])
        for row_number, row in enumerate(self.cells):
            if row_number in self.totals:
                lines.append([(" " * indent + "─" * total_width, "dim")])
            if self.groups and (row_number == 0 or self.groups[row_number] != self.groups[row_number - 1]):
                for piece in _wrap(self.groups[row_number], max(available, total_width) + INDENT):
                    lines.append([(piece, "bold")])
            wrapped = [
                _wrap(row[i].text, widths[i]) if self.columns[i].wraps else [row[i].text]
                for i in range(len(widths))
            ]
            rows = max(len(cell) for cell in wrapped) if wrapped else 1
            for number in range(rows):
                line: Line = [(" " * indent, None)]
                for index, column in enumerate(self.columns):
                    if index:
                        line.append((" " * GAP, None))
                    piece = wrapped[index][number] if number < len(wrapped[index]) else ""
                    style = row[index].style
                    rich = _RICH_STYLE.get(style) if style else None
                    if row_number in self.totals:
                        rich = f"bold {rich}" if rich else "bold"
                    line.append((_pad(piece, widths[index], column.right), rich))
                lines.append(line)
        return lines


SHORTER = 0.75  # an optional column goes when the rows then take at most this share of their lines


def _much_shorter(lighter: int, current: int) -> bool:
    """True when leaving a column out makes the rows much shorter: a quarter of their lines, and
    at least three lines (a small table is not worth a note)."""
    return current - lighter >= 3 and lighter <= current * SHORTER


def _pad(piece: str, width: int, right: bool) -> str:
    room = width - cell_len(piece)
    if room <= 0:
        return piece
    return " " * room + piece if right else piece + " " * room


def wrap_words(words: str, width: int) -> list[str]:
    """`words` wrapped at spaces to `width` columns: a word wider stays whole on a line of its own."""
    return _wrap(words, width)


def _wrap(words: str, width: int) -> list[str]:
    """Wrap at spaces only: a word longer than the width stays whole on its own line."""
    if not words:
        return [""]
    out: list[str] = []
    for paragraph in words.split("\n"):
        line = ""
        for word in _glued(paragraph.split()):
            if not line:
                line = word
            elif cell_len(line) + 1 + cell_len(word) <= width:
                line += " " + word
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


def _glued(words: list[str]) -> list[str]:
    """Words with a percent sign kept beside its number: '55 %' never breaks over two lines."""
    out: list[str] = []
    for word in words:
        if out and word.startswith("%") and out[-1][-1:].isdigit():
            out[-1] += " " + word
        else:
            out.append(word)
    return out
