"""Reading a data file as text: missing, empty, unreadable and non-UTF-8 files.

Every loader starts here, so that `lekp targets` and `lekp check` describe a broken file
with the same words and codes. A UTF-8 byte-order mark (as Excel writes it) is accepted.
"""

from __future__ import annotations

from pathlib import Path

from .errors import Problem, Severity


def _error(path: str, code: str, message: str, line: int | None = None, col: int | None = None) -> Problem:
    return Problem(path, line, col, Severity.ERROR, code, message)


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """Return the file's text, or None after adding the problem that prevents reading it."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(_error(name, "F101", "file not found"))
        return None
    except IsADirectoryError:
        problems.append(_error(name, "F106", "is a directory, not a data file"))
        return None
    except OSError as exc:
        problems.append(_error(name, "F106", f"cannot be read: {exc.strerror or exc}"))
        return None
    return decode(raw, name, problems)


def decode(raw: bytes, name: str, problems: list[Problem]) -> str | None:
    """Decode UTF-8 (with or without BOM); report the first undecodable byte precisely."""
    if not raw.strip(b" \t\r\n\xef\xbb\xbf"):
        problems.append(_error(name, "F102", "file is empty"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = raw.count(b"\n", 0, start) + 1
        line_start = raw.rfind(b"\n", 0, start) + 1
        column = start - line_start + 1
        byte = raw[start]
        hint = " (the file looks like Latin-1/Windows-1252: save it as UTF-8)" if 0x80 <= byte <= 0xFF else ""
        problems.append(
            _error(
                name,
                "F103",
                f"not valid UTF-8: byte 0x{byte:02x} at line {line}, byte {column}{hint}",
                line,
                column,
            )
        )
        return None
