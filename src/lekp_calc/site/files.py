"""What the site's modules share: the marker, the data package, the downloads as the command
line writes them, and small helpers for pages made of views."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Mapping, Sequence

from ..domain.names import normalize
from ..paths import data_file
from ..render import Format, render
from ..render.xlsx import render as workbook
from ..views.model import Block, Section, View, walk_tables

MARKER = ".lekp-site"
MARKER_TEXT = "lekp site: this folder was written by `lekp site`; `lekp site -o` may replace it whole.\n"
ALL = "vlaanderen"  # the slug of the downloads of every gemeente


def data_package() -> dict[str, Callable[[], bytes]]:
    """The shipped data package, as it is: datapackage.json and every file it describes."""
    package = data_file("datapackage.json")
    described = [resource["path"] for resource in json.loads(package.read_bytes())["resources"]]
    out: dict[str, Callable[[], bytes]] = {"data/datapackage.json": package.read_bytes}
    for name in described:
        out[f"data/{name}"] = data_file(name).read_bytes
    return out


def download(view: View, fmt: Format, made: dt.datetime) -> bytes:
    """`view` in `fmt` as `lekp … -o FILE` writes it (a text file in UTF-8, as written)."""
    if fmt is Format.XLSX:
        stream = io.BytesIO()
        workbook(view, stream, made)
        return stream.getvalue()
    buffer = io.StringIO(newline="")
    render(view, fmt, buffer)
    return buffer.getvalue().encode("utf-8")


def link_names(blocks: Sequence[Block], hrefs: Mapping[str, str]) -> None:
    """Make every first cell of a table that names a gemeente a link to its page."""
    for table in walk_tables(blocks):
        for row in table.rows:
            if row and row[0].text in hrefs and row[0].link is None:
                row[0].link = hrefs[row[0].text]


def without_tail(blocks: list[Block], tail: Sequence[Block]) -> list[Block]:
    """`blocks` without `tail` at their end (when they end with it)."""
    if tail and len(blocks) >= len(tail) and blocks[-len(tail) :] == list(tail):
        return blocks[: -len(tail)]
    return blocks


def section(title: str, blocks: Sequence[Block], key: str) -> Section:
    """A titled group of blocks on a page."""
    return Section(title, list(blocks), key=key)


def index_json(entries: Sequence[Sequence[object]]) -> str:
    """JSON for a script: '<', '>', '&' and the line separators escaped, so that no name closes a
    script element or breaks a line of JavaScript."""
    raw = json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
    escapes = (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    )
    for char, escaped in escapes:
        raw = raw.replace(char, escaped)
    return raw


def folded(name: str) -> str:
    """A name as the search compares it (case, accents, spaces and hyphens ignored), as the CLI does."""
    return normalize(name)
