"""Text safety shared by readers, messages and renderers.

Data files and command-line arguments are written by people (and sometimes by attackers):
a name may carry terminal escape sequences, a spreadsheet formula or a megabyte of text. The
readers refuse such cells; these helpers are the second line, used wherever a value is
echoed: in a message it is quoted and cut short, on a terminal its control characters are
made visible, in a spreadsheet a formula-like text is defused.
"""

from __future__ import annotations

import re

# Characters that make a spreadsheet run a cell as a formula (CSV injection, OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# C0 and C1 control characters, DEL, and the Unicode line/paragraph separators and
# bidirectional overrides that can disguise text on a terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
MAX_QUOTED = 60  # characters of a user's value echoed in a message


def control_character(text: str) -> str | None:
    """The first control character in `text` (tab and newline excluded), or None."""
    match = _CONTROL.search(text)
    return match.group() if match else None


def visible(text: str) -> str:
    r"""`text` with every control character (newlines included) shown as an escape: '\x1b'."""
    if text.isprintable():
        return text
    return _CONTROL_OR_NEWLINE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def quote(value: object, limit: int = MAX_QUOTED) -> str:
    """A user's value for a message: in quotes, control characters visible, cut at `limit`."""
    return f"'{shorten(str(value), limit)}'"


def shorten(text: str, limit: int = MAX_QUOTED) -> str:
    """`text` cut to `limit` characters with an ellipsis; control characters made visible."""
    text = visible(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_formula(text: str) -> bool:
    """True when a spreadsheet would run this text as a formula."""
    return text.startswith(FORMULA_START)


def defuse(text: str) -> str:
    """A text cell made safe for a spreadsheet: a leading apostrophe before a formula start."""
    return "'" + text if is_formula(text) else text


class Ids(str):
    """A list of ids (lekp's assumptions behind a figure) as one cell: the ids separated by a
    space in CSV and a spreadsheet, a JSON array in JSON (`render/jsonout.py`). It is a `str`,
    so every writer that takes text takes it."""

    __slots__ = ()

    @classmethod
    def of(cls, ids: tuple[str, ...] | list[str]) -> Ids:
        """The cell of `ids`, in their order."""
        return cls(" ".join(ids))

    @property
    def items(self) -> list[str]:
        """The ids, in order."""
        return self.split()


def clip_words(text: str, limit: int) -> str:
    """`text` in `limit` characters at most: cut between words with '…' (inside its one word when
    it has a single word), for a name that must be short (a spreadsheet's sheet)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ")]
    return cut.rstrip(" ,;·-–(") + "…"
