"""The Markdown renderer: headings, pipe tables and footnotes, safe for any name.

Every text from the data is escaped: HTML (`<img onerror=…>` stays visible text), pipes
(a name cannot split a cell), brackets and emphasis marks (no injected links or
formatting). Qualifying notes become numbered footnotes under their table, or once at the
end of a section that lists its tables' notes once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from ..strings import visible
from ..views.model import (
    Block,
    Bullets,
    Facts,
    Figure,
    Footnotes,
    Paragraph,
    Section,
    Table,
    View,
    without_bars,
)

_SPECIAL = re.compile(r"([\\`*\[\]|])")
_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(value: str) -> str:
    """Text made literal in Markdown: HTML, pipes, brackets and emphasis escaped, one line."""
    flat = visible(" ".join(value.split()))  # line ends become spaces, other control characters visible
    return _SPECIAL.sub(r"\\\1", flat.translate(_HTML))


def render(view: View, stream: TextIO) -> None:
    """Write `view` as Markdown."""
    stream.write(f"# {escape(view.title)}\n\n")
    if view.subtitle:
        stream.write(f"{escape(view.subtitle)}\n\n")
    _blocks(view.blocks, stream, 2, Footnotes())
    for note in view.notes:
        stream.write(f"*{escape(note)}*\n\n")


def _blocks(
    blocks: Iterable[Block], stream: TextIO, level: int, notes: Footnotes, once: list[str] | None = None
) -> None:
    for block in blocks:
        if isinstance(block, Section):
            stream.write(f"{'#' * min(level, 6)} {escape(block.title)}\n\n")
            inner: list[str] | None = [] if block.notes_once else once
            _blocks(block.blocks, stream, level + 1, notes, inner)
            if block.notes_once and inner:
                _notes(inner, stream, notes)
        elif isinstance(block, Table):
            _table(block, stream, level, notes, once)
        elif isinstance(block, Facts):
            stream.writelines(f"- **{escape(name)}:** {escape(value)}\n" for name, value in block.items)
            stream.write("\n")
        elif isinstance(block, Paragraph):
            stream.write(f"{escape(block.text)}\n\n")
        elif isinstance(block, Bullets):
            if block.title:
                stream.write(f"*{escape(block.title)}*\n\n")
            for item in block.plain():
                stream.write(f"- {escape(item)}\n")
            stream.write("\n")
        elif isinstance(block, Figure):
            stream.write(f"*{escape(block.caption)}*")
            stream.write(f": {escape(block.text)}\n\n" if block.text else "\n\n")


def _table(table: Table, stream: TextIO, level: int, notes: Footnotes, once: list[str] | None) -> None:
    table = without_bars(table)  # a bar is a terminal drawing, not data
    if table.title:
        stream.write(f"{'#' * min(level, 6)} {escape(table.title)}\n\n")
    columns = table.columns
    stream.write("| " + " | ".join(escape(c.heading) for c in columns) + " |\n")
    stream.write("|" + "|".join("---:" if c.right else "---" for c in columns) + "|\n")
    used: list[str] = []
    for number, row in enumerate(table.rows):
        cells = []
        for index, cell in enumerate(row):
            if columns[index].group and number and cell.text == table.rows[number - 1][index].text:
                cells.append("")  # a group (a target over its gemeenten) is named on its first row only
                continue
            shown = escape(cell.text)
            if cell.note:
                if cell.note not in used:
                    used.append(cell.note)
                shown += f"[^{notes.mark(cell.note)}]"
            if number in table.total_rows and shown:
                shown = f"**{shown}**"
            cells.append(shown)
        stream.write("| " + " | ".join(cells) + " |\n")
    stream.write("\n")
    if once is not None:  # listed at the end of the section
        once.extend(note for note in used if note not in once)
    elif used:
        _notes(used, stream, notes)


def _notes(used: list[str], stream: TextIO, notes: Footnotes) -> None:
    for note in used:
        stream.write(f"[^{notes.mark(note)}]: {escape(note)}\n")
    stream.write("\n")
