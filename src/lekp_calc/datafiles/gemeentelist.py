"""Lists of gemeenten in a text file (`--gemeenten-file`): one name or NIS code a line.

Blank lines and text after '#' are ignored, so a list can carry its own comments. Each
entry keeps its `file:line`, so an unknown name is reported where it is written.
"""

from __future__ import annotations

from pathlib import Path

from ..check.codes import Code
from ..check.problems import Problems
from ..domain.selection import Query
from ..strings import control_character, quote
from .schema import NAME_LENGTH
from .text import read_text


def read_gemeenten_list(path: Path | str, *, allow_stdin: bool = True) -> tuple[Problems, list[Query]]:
    """The entries of a gemeenten list, and the problems that stop reading it."""
    problems = Problems(str(path))
    text = read_text(path, problems, allow_stdin=allow_stdin)
    found: list[Query] = []
    if text is None:
        return problems, found
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        character = control_character(entry)
        if character is not None:
            problems.add(Code.C321, "control", number, 1, field="gemeente", character=quote(character))
        elif len(entry) > NAME_LENGTH:
            problems.add(Code.G801, "line_too_long", number, 1, value=quote(entry), limit=NAME_LENGTH)
        else:
            found.append(Query(entry, f"{path}:{number}"))
    if not found and not problems:
        problems.add(Code.G802, "empty_list")
    return problems, found
