"""Renderers: one per output format, each able to write any view.

`Format` is the one list of formats every command offers; `RENDERERS` maps each to the
function that writes a view in it (the model: pip-audit's format enum mapped to formatter
objects). A new format is one more renderer here, and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, TextIO

from ..views.model import View


class Format(StrEnum):
    """The output formats."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"
    XLSX = "xlsx"


# `-o name.ext` picks the format when `--format` is absent.
EXTENSIONS = {
    ".csv": Format.CSV,
    ".json": Format.JSON,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xlsx": Format.XLSX,
}


@dataclass(frozen=True, slots=True)
class Options:
    """What a renderer may need beyond the view: terminal width and colour, the Excel dialect."""

    width: int = 100
    color: bool = False
    excel: bool = False


@dataclass(frozen=True, slots=True)
class Renderer:
    """A format's writer, and whether people (not programs) read what it writes."""

    write: Callable[[View, Any, Options], None]
    for_people: bool
    to_file: bool = True  # False: only for a terminal (the table view)
    binary: bool = False  # True: writes bytes (a workbook), never to a terminal


def _table(view: View, stream: TextIO, options: Options) -> None:
    from .terminal import render

    render(view, stream, width=options.width, color=options.color)


def _markdown(view: View, stream: TextIO, options: Options) -> None:
    from .markdown import render

    render(view, stream)


def _html(view: View, stream: TextIO, options: Options) -> None:
    from .html import render

    render(view, stream)


def _csv(view: View, stream: TextIO, options: Options) -> None:
    from .delimited import write_csv

    if view.records.csv_lines is not None:
        stream.writelines(view.records.csv_lines(options.excel))
        return
    write_csv(view.records.columns, view.records.rows(), stream, excel=options.excel)


def _json(view: View, stream: TextIO, options: Options) -> None:
    from .jsonout import write_document, write_json

    if view.records.document is not None:
        write_document(view.records.document(), stream)
    else:
        write_json(view.records.columns, view.records.rows(), stream)


def _xlsx(view: View, stream: IO[bytes], options: Options) -> None:
    from .xlsx import render

    render(view, stream)


# Each renderer imports its module when it runs: a command pays only for its own format.
RENDERERS: dict[Format, Renderer] = {
    Format.TABLE: Renderer(_table, for_people=True, to_file=False),
    Format.MARKDOWN: Renderer(_markdown, for_people=True),
    Format.HTML: Renderer(_html, for_people=False),
    Format.CSV: Renderer(_csv, for_people=False),
    Format.JSON: Renderer(_json, for_people=False),
    Format.XLSX: Renderer(_xlsx, for_people=False, binary=True),
}


def format_for(path: str) -> Format | None:
    """The format an output file's extension names, or None."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def render(view: View, fmt: Format, stream: Any, options: Options | None = None) -> None:
    """Write `view` to `stream` in format `fmt`."""
    RENDERERS[fmt].write(view, stream, options or Options())
