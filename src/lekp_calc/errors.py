"""Errors, data-file problems and exit codes shared by the library and the command line.

Expected problems (bad data, unknown gemeente, unreadable file) raise one family of
exceptions, `LekpError`, whose message is a single line meant for the user. The command
line prints it as `lekp: error: …` and exits with the error's `exit_code`; anything else
that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

EXIT_OK = 0
EXIT_DATA = 1  # bad data or input: unknown gemeente, unreadable or invalid file, check errors
EXIT_USAGE = 2  # wrong options; Typer's own code for usage errors


class Severity(StrEnum):
    """How serious a data-file finding is."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding in a data file, located as precisely as the file format allows."""

    path: str
    line: int | None
    column: int | None
    severity: Severity
    code: str
    message: str

    def location(self) -> str:
        """Return `path:line:column`, leaving out the parts that are unknown."""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self) -> str:
        """Return the one-line form editors and CI understand."""
        return f"{self.location()}: {self.severity.value} {self.code} {self.message}"


class LekpError(Exception):
    """An expected problem with a one-line message for the user."""

    exit_code = EXIT_DATA


class InputError(LekpError):
    """The user asked for something the data cannot answer (unknown gemeente, year …)."""


class DataError(LekpError):
    """A data file could not be read or did not validate.

    Carries every problem found, so that a caller can show all of them; the message names
    the first error and how many more there are.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity is Severity.ERROR] or problems
        first = errors[0]
        message = f"{first.location()}: {first.code} {first.message}"
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more; run `lekp check {first.path}` for all)"
        super().__init__(message)


def errors_in(problems: list[Problem]) -> list[Problem]:
    """Return the problems that are errors (not warnings)."""
    return [p for p in problems if p.severity is Severity.ERROR]
