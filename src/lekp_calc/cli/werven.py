"""`lekp werven`: the catalogue of werven, targets, ratios, deadlines and sources."""

from __future__ import annotations

from ..api import Lekp
from ..views.catalogue import werven_view
from . import options as o
from .show import choose_format, show


def command(
    pact: o.Pact = None,
    werf: o.Werf = None,
    fmt: o.Format = None,
    output: o.Output = "-",
    excel: o.Excel = False,
    lang: o.Lang = None,
    catalogue: o.Catalogue = None,
) -> None:
    """Show the catalogue: the werven, their targets and ratios for a pact version."""
    language = o.lang_of(lang)
    chosen = choose_format(fmt, output, excel)
    result = Lekp(catalogue=catalogue).werven(pact=pact, werf=o.whole("werf", werf), lang=language)
    show(werven_view(result), chosen, output, excel=excel)
