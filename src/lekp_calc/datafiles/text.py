"""Reading a data file as text: safely, with one problem for whatever stops it.

Every reader starts here, so that every command and `lekp check` describe a broken file
with the same words and codes. Only regular files are read (a FIFO or a device would block
or never end); the file is opened without blocking and checked again after opening, so a
path swapped between the two steps cannot slip through. A UTF-8 byte-order mark (as Excel
writes it) is accepted; UTF-16 and Latin-1 are recognised and named.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from ..check.codes import Code
from ..check.problems import Problems
from ..errors import system_reason

STDIN = "-"
MAX_BYTES = 100 * 1024 * 1024  # no lekp input comes near this; a bigger file is a mistake
CHUNK = 1024 * 1024  # read a file of unknown size a megabyte at a time


def read_bytes(
    path: Path | str, problems: Problems, *, allow_stdin: bool = False, max_bytes: int | None = None
) -> bytes | None:
    """The file's bytes, or None after recording the problem that prevents reading it.

    `max_bytes` is the declared limit of the kind of file read (the 100 MB of any lekp input
    unless a reader declares its own).
    """
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    name = str(path)
    if name == STDIN and allow_stdin:
        data = _read_up_to(sys.stdin.buffer, max_bytes + 1)
        if len(data) > max_bytes:
            problems.add(Code.F108, "file_too_big", megabytes=max_bytes // (1024 * 1024))
            return None
        return data
    opened = open_regular(path, problems, max_bytes=max_bytes)
    if opened is None:
        return None
    handle, size = opened
    try:
        with handle:
            data = _read_up_to(handle, max_bytes + 1, size + 1)
    except OSError as error:
        problems.add(Code.F106, "unreadable", reason=system_reason(error))
        return None
    if len(data) > max_bytes:  # the file grew after it was measured
        problems.add(Code.F108, "file_too_big", megabytes=max_bytes // (1024 * 1024))
        return None
    return data


def open_regular(
    path: Path | str, problems: Problems, *, max_bytes: int | None = None
) -> tuple[BinaryIO, int] | None:
    """The regular file at `path` opened for reading in binary, and its size; None after
    recording the problem that prevents it (missing, a folder, a FIFO or device, too big).

    A reader that streams a large file (Statbel's population file) reads it through this,
    with the same checks as every other input; the caller closes the handle.
    """
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    name = str(path)
    try:
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        problems.add(Code.F101, "not_found")
        return None
    except IsADirectoryError:
        problems.add(Code.F106, "is_directory")
        return None
    except OSError as error:
        problems.add(Code.F106, "unreadable", reason=system_reason(error))
        return None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            problems.add(Code.F106, "is_directory")
        elif not stat.S_ISREG(info.st_mode):
            problems.add(Code.F107, "not_regular")
        elif info.st_size > max_bytes:
            problems.add(Code.F108, "file_too_big", megabytes=max_bytes // (1024 * 1024))
        else:
            return os.fdopen(descriptor, "rb"), info.st_size
    except OSError as error:
        problems.add(Code.F106, "unreadable", reason=system_reason(error))
    os.close(descriptor)
    return None


def _read_up_to(handle: BinaryIO, limit: int, first: int = CHUNK) -> bytes:
    """At most `limit` bytes, read in pieces: `read(limit)` would allocate all of `limit` at once.

    A buffered read returns fewer bytes than asked only at the end of the stream.
    """
    want = min(first, limit)
    parts = [handle.read(want)]
    size = len(parts[0])
    while size < limit and len(parts[-1]) == want:
        want = min(CHUNK, limit - size)
        parts.append(handle.read(want))
        size += len(parts[-1])
    return b"".join(parts)


def is_workbook(path: Path | str) -> bool:
    """True for a file name ending in .xlsx (the only workbook format lekp reads): every reader
    sends such a file to `workbook.py` instead of reading it as text."""
    return str(path).lower().endswith(".xlsx")


def read_text(path: Path | str, problems: Problems, *, allow_stdin: bool = False) -> str | None:
    """The file's text, or None after recording the problem that prevents reading it."""
    raw = read_bytes(path, problems, allow_stdin=allow_stdin)
    if raw is None:
        return None
    return decode(raw, problems)


# The first bytes of a zip archive (.xlsx, .xlsm, .ods) and of an OLE2 compound file (.xls).
_WORKBOOK_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def decode(raw: bytes, problems: Problems) -> str | None:
    """Decode UTF-8 (with or without BOM); report the first undecodable byte precisely."""
    if raw.startswith(_WORKBOOK_SIGNATURES):
        # A workbook (.xls, .xlsm, .ods, or an .xlsx under another name) is not text: say what to
        # save it as, rather than naming an undecodable byte.
        problems.add(Code.F105, "workbook")
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        problems.add(Code.F103, "utf16", 1, 1)
        return None
    if not raw.strip(b" \t\r\n\xef\xbb\xbf"):
        problems.add(Code.F102, "empty")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        start = error.start
        line = raw.count(b"\n", 0, start) + 1
        column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
        byte = raw[start]
        key = "latin1" if 0x80 <= byte <= 0xFF else "not_utf8"
        problems.add(Code.F103, key, line, column, byte=f"0x{byte:02x}", at_line=line, at_byte=column)
        return None


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: ASCII text with a NUL after (or before) every byte."""
    sample = raw[:200]
    if len(sample) < 4:
        return False
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4
