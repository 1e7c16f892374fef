"""Problems found in data files: typed objects with a stable code, a location and a message.

A `Problem` names its `Code` (which fixes its severity), where it is (path, line, column;
for a workbook the sheet and cell go into the path) and a message key with parameters, so
the same finding reads in Dutch or English. `--strict` turns a warning into an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..messages import DEFAULT_LANG, MAX_PARAMETER, middle, text
from .codes import Code, Severity


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding in a data file, located as precisely as the file format allows."""

    path: str
    line: int | None
    column: int | None
    code: Code
    key: str  # message key under `problem.`
    params: Mapping[str, Any] = field(default_factory=dict)
    strict: bool = False  # a warning counted as an error (`lekp check --strict`)
    sheet: str | None = None  # in a workbook: the sheet; `line` is then its row, `column` its column number

    @property
    def severity(self) -> Severity:
        """Error or warning: the code's own severity, raised to error under --strict."""
        return Severity.ERROR if self.strict else self.code.severity

    @property
    def is_error(self) -> bool:
        """True for an error (not a warning)."""
        return self.severity is Severity.ERROR

    def message(self, lang: str = DEFAULT_LANG) -> str:
        """The finding in words, in `lang`."""
        words = text(f"problem.{self.key}", lang, **self.params)
        if self.strict and self.code.severity is Severity.WARNING:
            words += " [--strict]"
        return words

    def location(self) -> str:
        """`path:line:column`, leaving out the parts that are unknown; `book.xlsx:Sheet!C12` in a workbook."""
        if self.sheet is not None:
            cell = (
                f"{column_letters(self.column)}{self.line}" if self.line is not None and self.column else ""
            )
            row = str(self.line) if self.line is not None and not cell else ""
            return f"{middle(self.path, MAX_PARAMETER)}:{self.sheet}!{cell or row}".rstrip("!")
        parts = [middle(self.path, MAX_PARAMETER)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self, lang: str = DEFAULT_LANG, *, with_severity: bool = True) -> str:
        """The one-line form editors and CI understand: `path:line:col: error C306 message`.

        The severity words stay 'error' and 'warning' in every language: tools match them.
        """
        severity = f"{self.severity.value} " if with_severity else ""
        return f"{self.location()}: {severity}{self.code.name} {self.message(lang)}"


def column_letters(number: int | None) -> str:
    """A spreadsheet column's letters: 1 → A, 27 → AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class Problems(list[Problem]):
    """A list of problems of one file, with a helper that adds one."""

    def __init__(self, path: str, sheet: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.sheet = sheet

    def add(
        self, code: Code, key: str, line: int | None = None, column: int | None = None, /, **params: Any
    ) -> Problem:
        """Record a problem of this file and return it."""
        problem = Problem(self.path, line, column, code, key, params, sheet=self.sheet)
        self.append(problem)
        return problem

    @property
    def has_errors(self) -> bool:
        """True when one of the problems is an error."""
        return any(p.is_error for p in self)
