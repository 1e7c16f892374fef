"""`lekp laadpunten`: count a list of charging points as charging-point equivalents (werf 3)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..api import Lekp
from ..views.laadpunten import laadpunten_realisations_view, laadpunten_view
from . import options as o
from .show import choose_format, notes, show


def command(
    bestand: Annotated[str, typer.Argument(help=o.helptext("laadpunten_file"), metavar="BESTAND")],
    als_realisaties: Annotated[
        bool, typer.Option("--als-realisaties", help=o.helptext("als_realisaties"))
    ] = False,
    fmt: o.Format = None,
    output: o.Output = "-",
    excel: o.Excel = False,
    lang: o.Lang = None,
    grondgebied: o.Grondgebied = None,
    catalogue: o.Catalogue = None,
    municipalities: o.Municipalities = None,
) -> None:
    """Count the charging-point equivalents of a list of charging points, per point and per year."""
    language = o.lang_of(lang)
    chosen = choose_format(fmt, output, excel)
    lekp = Lekp(catalogue=catalogue, municipalities=municipalities, grondgebied=grondgebied)
    result = lekp.laadpunten(bestand, lang=language)
    notes(result.notes, language)
    view = laadpunten_realisations_view(result.realisations()) if als_realisaties else laadpunten_view(result)
    show(view, chosen, output, excel=excel)
