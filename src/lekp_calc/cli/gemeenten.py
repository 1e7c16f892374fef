"""`lekp gemeenten`: list or search the gemeenten with their population and dwellings."""

from __future__ import annotations

from typing import Annotated

import typer

from ..api import Lekp
from ..views.catalogue import gemeenten_view
from . import options as o
from .show import choose_format, notes, show


def command(
    query: Annotated[str | None, typer.Argument(help=o.helptext("query"), show_default=False)] = None,
    provincie: o.Provincie = None,
    jaar: o.Jaar = None,
    fmt: o.Format = None,
    output: o.Output = "-",
    excel: o.Excel = False,
    lang: o.Lang = None,
    grondgebied: o.Grondgebied = None,
    municipalities: o.Municipalities = None,
) -> None:
    """List or search the gemeenten with their population and housing units."""
    language = o.lang_of(lang)
    chosen = choose_format(fmt, output, excel)
    lekp = Lekp(municipalities=municipalities, grondgebied=grondgebied)
    result = lekp.gemeenten(query, provincie=provincie, jaar=o.year("jaar", jaar))
    notes(result.notes, language)
    show(gemeenten_view(result, language), chosen, output, excel=excel)
