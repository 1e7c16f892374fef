"""Where output goes: stdout, or a file written only once the whole result exists.

A file is written to a temporary sibling and renamed over the target at the end, so a run
that fails half-way leaves neither an empty nor a half-written file behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .errors import LekpError

if TYPE_CHECKING:
    from rich.console import Console

STDOUT = "-"
FILE_WIDTH = 120  # columns of a table written to a file or a pipe


def emit(output: str, write: Callable[[TextIO], None]) -> None:
    """Run `write` on stdout (`-`) or on a temporary file that then replaces `output`."""
    if output == STDOUT:
        write(sys.stdout)
        sys.stdout.flush()
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path()
    if not directory.is_dir():
        raise LekpError(f"cannot write {output}: folder {directory} does not exist")
    try:
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise LekpError(f"cannot write {output}: {exc.strerror or exc}") from None
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as handle:
            write(handle)
        # mkstemp creates the file private (0600); give it the mode a new file normally gets.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def console_for(stream: TextIO) -> Console:
    """A Rich console on `stream`: colours and full width on a terminal, plain text elsewhere."""
    from rich.console import Console

    if stream is sys.stdout and stream.isatty():
        return Console(file=stream, highlight=False, emoji=False)
    # emoji=False: data never holds :emoji: codes, and rich's table of them takes 2 ms to load.
    return Console(
        file=stream, width=FILE_WIDTH, color_system=None, force_terminal=False, highlight=False, emoji=False
    )
