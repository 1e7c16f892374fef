"""Where output goes: standard output, or a file that is complete or not there at all.

Rules for `-o PATH` (the README documents them):

- The file is written to a temporary file beside it and renamed over it at the end, so a
  run that fails half-way — an error, a full disk, a file-size limit, SIGTERM or SIGHUP —
  leaves the old file untouched and no temporary file behind.
- A file that exists keeps its permissions (and, for root, its owner); a read-only file is
  refused, not replaced.
- A symbolic link is written through: its target gets the new content, the link stays.
- A target that exists but is not a regular file (`/dev/stdout`, a device, a FIFO) is
  written in place, as a shell redirection would.
- A folder, an empty name or a missing parent folder is refused with one line.

On standard output, machine formats are always UTF-8; text for people is written in the
terminal's encoding, with characters it cannot show replaced by ASCII look-alikes (`m²`
becomes `m2`, `•` becomes `-`) instead of failing.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import signal
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TextIO

from .errors import OutputError, system_reason
from .messages import Msg

STDOUT = "-"
DEGRADE = "lekp-degrade"

_FALLBACK = {
    "²": "2",
    "³": "3",
    "•": "-",
    "─": "-",
    "━": "=",
    "│": "|",
    "█": "#",
    "░": ".",
    "·": "-",
    "–": "-",
    "—": "-",
    "−": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "×": "x",
    "≥": ">=",
    "≤": "<=",
    "€": "EUR",
    "\u00a0": " ",
    "\u202f": " ",
    "▸": ">",
}


def _degrade(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an ASCII look-alike for each character the encoding lacks."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start : error.end]:
        if char in _FALLBACK:
            out.append(_FALLBACK[char])
        else:
            plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
            out.append(plain or "?")
    return "".join(out), error.end


codecs.register_error(DEGRADE, _degrade)


def stdout_encoding() -> str:
    """The encoding of standard output (UTF-8 when unknown)."""
    return getattr(sys.stdout, "encoding", None) or "utf-8"


def for_terminal(text: str, stream: TextIO | None = None) -> str:
    """`text` as the stream's encoding can show it (for messages on stderr)."""
    encoding = getattr(stream or sys.stderr, "encoding", None) or "utf-8"
    if encoding.lower().replace("-", "") in ("utf8", "utf8sig"):
        return text
    return text.encode(encoding, DEGRADE).decode(encoding, "replace")


def emit(
    target: str, write: Callable[[Any], None], *, for_people: bool = False, binary: bool = False
) -> None:
    """Run `write` on standard output (`-`) or on a file, by the rules of the module docstring.

    With `binary` (a workbook), `write` gets a byte stream instead of a text stream.
    """
    if target == STDOUT:
        if binary:
            _bytes_to_stdout(write)
        else:
            _to_stdout(write, for_people)
    else:
        _to_file(target, write, binary)


def _bytes_to_stdout(write: Callable[[Any], None]) -> None:
    if sys.stdout is None:
        raise OutputError("err.cannot_write_stdout", reason=Msg("err.stdout_closed"))
    try:
        sys.stdout.flush()
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError, AttributeError) as error:
        raise OutputError("err.cannot_write_stdout", reason=system_reason(error)) from None


def _to_stdout(write: Callable[[TextIO], None], for_people: bool) -> None:
    if sys.stdout is None:  # started with standard output closed (`lekp … >&-`)
        raise OutputError("err.cannot_write_stdout", reason=Msg("err.stdout_closed"))
    try:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream (an embedding program): write as it is
            write(sys.stdout)
            sys.stdout.flush()
            return
        encoding = stdout_encoding() if for_people else "utf-8"
        stream = io.TextIOWrapper(buffer, encoding=encoding, errors=DEGRADE, newline="", write_through=False)
        try:
            write(stream)
            stream.flush()
        finally:
            with contextlib.suppress(ValueError, OSError):
                stream.detach()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:
        raise OutputError("err.cannot_write_stdout", reason=system_reason(error)) from None


def _to_file(target: str, write: Callable[[Any], None], binary: bool = False) -> None:
    if not target.strip():
        raise OutputError("err.cannot_write", path="''", reason=Msg("err.empty_name"))
    path = Path(target)
    try:
        info: os.stat_result | None = os.stat(path)  # follows symlinks: what would be written
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError("err.cannot_write", path=target, reason=system_reason(error)) from None
    if (info is not None and stat.S_ISDIR(info.st_mode)) or target.endswith(("/", os.sep)):
        # 'x.csv/' names a folder, as a shell's redirection reads it; writing 'x.csv' would surprise.
        raise OutputError("err.output_is_folder", path=target)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _in_place(target, path, write, binary)  # /dev/stdout, a device, a FIFO: as a shell redirection would
        return
    real = Path(os.path.realpath(path))  # a symlink is written through: its target gets the content
    if info is not None and not info.st_mode & 0o222:
        raise OutputError("err.output_read_only", path=target)
    directory = real.parent
    if not directory.is_dir():
        # the folder that is missing: the one named, or the one a symbolic link points into
        missing = path.parent if not path.parent.is_dir() else directory
        raise OutputError("err.output_no_folder", path=target, folder=str(missing))
    try:
        import tempfile  # only a file output needs it: not on every start-up

        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=f".{real.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError("err.cannot_write", path=target, reason=system_reason(error)) from None
    try:
        with _cleanup_on_signal(), _open(descriptor, binary) as handle:
            write(handle)
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        if info is not None and hasattr(os, "chown") and os.geteuid() == 0:
            with contextlib.suppress(OSError):
                os.chown(temporary, info.st_uid, info.st_gid)
        os.replace(temporary, real)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError("err.cannot_write", path=target, reason=system_reason(error)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _open(file: int | Path, binary: bool) -> IO[Any]:
    """A file for writing: bytes for a workbook, UTF-8 text with the line ends as written otherwise."""
    if binary:
        return open(file, "wb")
    return open(file, "w", encoding="utf-8", newline="")


def _in_place(target: str, real: Path, write: Callable[[Any], None], binary: bool = False) -> None:
    try:
        with _open(real, binary) as handle:
            write(handle)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError("err.cannot_write", path=target, reason=system_reason(error)) from None


class Interrupted(BaseException):
    """A termination signal arrived while a file was being written."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _cleanup_on_signal() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into an exception while writing, so the temporary file goes."""
    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {}

    def interrupt(signum: int, frame: object) -> None:
        raise Interrupted(signum)

    try:
        for signum in wanted:
            previous[signum] = signal.signal(signum, interrupt)
    except ValueError:  # not the main thread: signals cannot be caught here
        previous = {}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
