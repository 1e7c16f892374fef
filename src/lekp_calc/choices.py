"""The fixed choices of the command line and the library, in a module that imports nothing.

The command line needs these enumerations to declare its options; keeping them here means
that parsing the options does not import the models, the renderers or any data library.
"""

from __future__ import annotations

from enum import StrEnum


class Rounding(StrEnum):
    """How a target is rounded from its exact value."""

    HALF_UP = "half-up"
    UP = "up"
    DOWN = "down"
    NONE = "none"


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


class Per(StrEnum):
    """How `lekp summary` groups the gemeenten."""

    PROVINCIE = "provincie"
    ARRONDISSEMENT = "arrondissement"
    GEMEENTE = "gemeente"


class Territory(StrEnum):
    """The municipal territory: from 2025 (285 gemeenten) or before (300, who signed the pact)."""

    T2025 = "2025"
    T2024 = "2024"


class CheckFormat(StrEnum):
    """Output formats of `lekp check`."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
