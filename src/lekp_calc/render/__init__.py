"""Renderers: pure functions that write a computed result to a text stream.

CSV and JSON go through the csv and json modules, never through Rich; only the `table`
format uses Rich, and it builds its Console on the stream it is given.
"""

from __future__ import annotations

from ..choices import Lang, OutputFormat

__all__ = ["Lang", "OutputFormat"]
