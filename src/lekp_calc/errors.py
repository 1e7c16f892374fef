"""The exceptions of lekp: typed, each with a message from the message catalogue.

Expected problems raise one family, `LekpError`. Each carries a message key and its
parameters, so the same error reads in Dutch or English (`error.message(lang)`); `str()`
gives the Dutch default. The command line maps each type to its exit code in one place
(`cli/__init__.py`); anything else that escapes is a bug.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from .messages import DEFAULT_LANG, Msg, text

if TYPE_CHECKING:
    from .check.problems import Problem

EXIT_DATA = 1  # bad data or input: unknown gemeente, unreadable or invalid file, check errors
EXIT_USAGE = 2  # a wrong option or option value


class LekpError(Exception):
    """An expected problem, told in one line."""

    exit_code = EXIT_DATA

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = DEFAULT_LANG) -> str:
        """The one-line message in `lang`."""
        return text(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class InputError(LekpError):
    """The data cannot answer what was asked: an unknown gemeente, a year without figures."""


class UsageError(LekpError):
    """An option value that is not allowed (`--werf 9`, `--pact 3.0`, `--tot 1999`).

    `parameter` is the library's parameter name; the command line shows it as its option.
    """

    exit_code = EXIT_USAGE

    def __init__(self, parameter: str, key: str, /, **params: object) -> None:
        super().__init__(key, **params)
        self.parameter = parameter

    def message(self, lang: str = DEFAULT_LANG) -> str:
        """'parameter: message' in `lang`."""
        return f"{self.parameter}: {super().message(lang)}"


class DataError(LekpError):
    """A data file could not be read or did not validate; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("err.data")
        self.problems = problems

    def message(self, lang: str = DEFAULT_LANG) -> str:
        """The first error, located, and how many more there are."""
        errors = [p for p in self.problems if p.is_error] or self.problems
        first = errors[0]
        line = first.format(lang, with_severity=False)
        if len(errors) > 1:
            line += text("err.data_more", lang, more=len(errors) - 1, path=first.path)
        return line


class OutputError(LekpError):
    """The result could not be written (`-o` a folder, a full disk, a closed stdout)."""


# Why the system refused to read or write a file, in the catalogue's words: the system's own
# message (strerror) is in English whatever the user's language.
_SYSTEM_REASONS = {
    errno.EACCES: "oserr.permission",
    errno.EPERM: "oserr.permission",
    errno.ENOENT: "oserr.not_found",
    errno.EISDIR: "oserr.is_directory",
    errno.ENOTDIR: "oserr.not_directory",
    errno.ENAMETOOLONG: "oserr.name_too_long",
    errno.ELOOP: "oserr.loop",
    errno.ENOSPC: "oserr.disk_full",
    errno.EDQUOT: "oserr.disk_full",
    errno.EFBIG: "oserr.too_big",
    errno.EROFS: "oserr.read_only",
    errno.EIO: "oserr.io",
    errno.EBADF: "oserr.closed",
    errno.EPIPE: "oserr.closed",
    errno.EMFILE: "oserr.too_many_open",
    errno.ENFILE: "oserr.too_many_open",
    errno.EBUSY: "oserr.busy",
    errno.ETXTBSY: "oserr.busy",
    errno.ENXIO: "oserr.no_device",
    errno.ENODEV: "oserr.no_device",
}


def system_reason(error: BaseException) -> Msg:
    """Why reading or writing failed, as a message of the catalogue; an error it has no words
    for is named by its symbol (EXDEV), never by the system's English sentence."""
    number = getattr(error, "errno", None)
    if isinstance(number, int) and number in _SYSTEM_REASONS:
        return Msg(_SYSTEM_REASONS[number])
    if isinstance(error, OSError) and isinstance(number, int):
        return Msg("oserr.other", code=errno.errorcode.get(number, str(number)))
    if isinstance(error, ValueError):  # Python's own 'I/O operation on closed file'
        return Msg("oserr.closed")
    return Msg("oserr.other", code=type(error).__name__)
