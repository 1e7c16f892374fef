"""The last step of every command: choose the format, render the view, write it, say the notes.

The format is `--format`, else `--excel` (CSV), else the extension of `-o`, else a table
on the terminal. A terminal table is never written into a file. Notes (a merger followed,
an indicator not reported) go to stderr, data to stdout.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

from ..errors import OutputError, UsageError
from ..messages import Joined, Msg, text
from ..output import STDOUT, emit
from ..render import EXTENSIONS, RENDERERS, Format, Options, format_for, render
from ..strings import quote
from ..views.model import View
from . import _say

PIPE_WIDTH = 100  # columns of a table on a pipe when COLUMNS does not say


def choose_format(
    value: str | None, output: str, excel: bool, allowed: Iterable[Format] = tuple(Format)
) -> Format:
    """The format a command writes, from `--format`, `--excel` and the extension of `-o`."""
    choices = list(allowed)
    if not output.strip():
        raise OutputError("err.cannot_write", path="''", reason=Msg("err.empty_name"))
    if output != STDOUT and os.path.isdir(output):
        raise OutputError("err.output_is_folder", path=output)
    if value is not None:
        try:
            fmt = Format(value.strip().lower())
        except ValueError:
            fmt = None
        if fmt is None or fmt not in choices:
            raise UsageError(
                "format", "err.choose", value=quote(value), choices=Joined(f.value for f in choices)
            )
    elif excel:
        fmt = Format.CSV
    elif output != STDOUT:
        found = format_for(output)
        if found is None or found not in choices:
            extensions = Joined(ext for ext, f in EXTENSIONS.items() if f in choices)
            # A known format this command does not write is said so, not called an unknown extension.
            key = "err.unknown_extension" if found is None else "err.format_not_here"
            raise UsageError(
                "output",
                key,
                path=quote(output),
                extensions=extensions,
                value=quote(found.value if found else ""),
            )
        fmt = found
    else:
        # The terminal table, unless the command writes other formats only (a template is CSV).
        fmt = Format.TABLE if Format.TABLE in choices else choices[0]
    if excel and fmt is not Format.CSV:
        raise UsageError("excel", "err.excel_csv", format=fmt.value)
    if excel and output != STDOUT and format_for(output) not in (None, Format.CSV):
        raise UsageError("excel", "err.excel_extension", path=quote(output))
    if output != STDOUT and not RENDERERS[fmt].to_file:
        files = Joined(f.value for f in choices if RENDERERS[f].to_file)
        raise UsageError("output", "err.table_to_file", formats=files)
    return fmt


def terminal_width() -> int:
    """COLUMNS when set, else the terminal's width, else 100 for a pipe."""
    value = os.environ.get("COLUMNS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    try:
        if sys.stdout.isatty():
            return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, AttributeError):
        pass
    return PIPE_WIDTH


def use_colour() -> bool:
    """Colour only on a terminal, and never with NO_COLOR or TERM=dumb."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return stdout_is_terminal()


def say(kind: str, message: str) -> None:
    """One line on stderr: 'lekp: note: …'."""
    _say(f"lekp: {kind}: {message}")


def notes(items: Iterable[Msg], lang: str) -> None:
    """The notes of a result, each on its own line on stderr."""
    for note in items:
        say(text("word.note", lang), note.localize(lang))


def show(view: View, fmt: Format, output: str, *, excel: bool = False) -> None:
    """Render `view` in `fmt` and write it to `output` ('-': stdout)."""
    renderer = RENDERERS[fmt]
    if renderer.binary and output == STDOUT and stdout_is_terminal():
        raise UsageError("output", "xlsx.workbook_to_terminal")
    options = Options(width=terminal_width(), color=use_colour() if output == STDOUT else False, excel=excel)
    emit(
        output,
        lambda stream: render(view, fmt, stream, options),
        for_people=renderer.for_people,
        binary=renderer.binary,
    )


def stdout_is_terminal() -> bool:
    """True when standard output is a terminal a person reads."""
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (ValueError, AttributeError):
        return False
