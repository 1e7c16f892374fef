"""Renderers: pure functions that write a computed result to a text stream.

CSV and JSON go through the csv and json modules, never through Rich; only the `table`
format uses Rich, and it builds its Console on the stream it is given.
"""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    """The output formats every data command offers."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    MARKDOWN = "markdown"


class Lang(StrEnum):
    """Language of labels and headings."""

    NL = "nl"
    EN = "en"
