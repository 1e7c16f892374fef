"""Lists of gemeenten in a text file (`--gemeenten-file`): one name or NIS code a line.

Blank lines and text after '#' are ignored, so a list can carry its own comments, and a
first line that names the column ('gemeente', 'nis_code' …) is skipped, in a text file as
in a workbook. Each entry keeps its `file:line`, so an unknown name is reported where it is
written.
"""

from __future__ import annotations

from pathlib import Path

from ..check.codes import Code
from ..check.problems import Problems
from ..domain.selection import Query
from ..strings import control_character, quote
from .schema import NAME_LENGTH
from .text import is_workbook, read_text


def read_gemeenten_list(path: Path | str, *, allow_stdin: bool = True) -> tuple[Problems, list[Query]]:
    """The entries of a gemeenten list, and the problems that stop reading it."""
    problems = Problems(str(path))
    found: list[Query] = []
    lines = _lines(path, problems, allow_stdin)
    if lines is None:
        return problems, found
    first = True
    for number, line in lines:
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if first and entry.lower() in HEADERS:
            first = False
            continue  # a first line naming the column ('gemeente', 'nis_code'), as in a workbook
        first = False
        character = control_character(entry)
        if character is not None:
            problems.add(Code.C321, "control", number, 1, field="gemeente", character=quote(character))
        elif len(entry) > NAME_LENGTH:
            problems.add(Code.G801, "line_too_long", number, 1, value=quote(entry), limit=NAME_LENGTH)
        else:
            where = f"{path}:{problems.sheet}!A{number}" if problems.sheet else f"{path}:{number}"
            found.append(Query(entry, where, number))
    if not found and not problems:
        problems.add(Code.G802, "empty_list")
    return problems, found


HEADERS = {"gemeente", "gemeenten", "naam", "name", "nis_code", "nis"}  # a first row that names the column


def _lines(path: Path | str, problems: Problems, allow_stdin: bool) -> list[tuple[int, str]] | None:
    """The lines of a text list, or the first column of a workbook's sheet, with their numbers."""
    if is_workbook(path):
        from .workbook import read_sheet  # openpyxl loads only for a workbook

        sheet = read_sheet(path, problems)
        if sheet is None:
            return None
        return [(number, cells[0] if cells else "") for number, cells in sheet[1]]
    text = read_text(path, problems, allow_stdin=allow_stdin)
    if text is None:
        return None
    return list(enumerate(text.splitlines(), start=1))
