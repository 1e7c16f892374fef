"""Views built by hand and files with hostile names, for the renderer tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lekp_calc.render import Format, Options, render
from lekp_calc.views.model import Cell, Column, Kind, Records, Table, View

DATA = Path(__file__).resolve().parents[2] / "data"
TESTS = Path(__file__).resolve().parent.parent
REALISATIONS = TESTS / "data" / "realisaties_mol.csv"

EVIL = '"><img src=x onerror=alert(1)>'


def rendered(view: View, fmt: Format, **options: object) -> str:
    """`view` written in `fmt` to a string."""
    out = io.StringIO()
    render(view, fmt, out, Options(**options))  # type: ignore[arg-type]
    return out.getvalue()


def table_view(table: Table, title: str = "Titel", lang: str = "nl") -> View:
    """A view of one table (no records)."""
    return View(title=title, content=lambda: [table], records=Records((), lambda: []), lang=lang)


def small_table() -> Table:
    return Table(
        [Column("a", "a"), Column("n", "n", Kind.NUMBER)],
        [[Cell("x|y", "x|y"), Cell("1.000", 1000)]],
    )


def hostile_municipalities(folder: Path) -> Path:
    """The shipped municipalities file with Mol (13025) renamed to an HTML injection."""
    path = folder / "municipalities.csv"
    with (DATA / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    name = header.index("name_nl")
    for row in rows[1:]:
        if row[0] == "13025":
            row[name] = EVIL
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path
