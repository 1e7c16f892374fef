"""`lekp werven`: the catalogue of werven, targets, ratios, deadlines and sources; with
`--aannames`, lekp's own assumptions."""

from __future__ import annotations

from ..api import Lekp
from ..errors import UsageError
from ..views.catalogue import assumptions_view, werven_view
from . import options as o
from .show import choose_format, show


def command(
    pact: o.Pact = None,
    werf: o.Werf = None,
    aannames: o.Aannames = False,
    fmt: o.Format = None,
    output: o.Output = "-",
    excel: o.Excel = False,
    lang: o.Lang = None,
    catalogue: o.Catalogue = None,
) -> None:
    """Show the catalogue: the werven, their targets and ratios for a pact version."""
    language = o.lang_of(lang)
    chosen = choose_format(fmt, output, excel)
    lekp = Lekp(catalogue=catalogue)
    if aannames:
        if werf is not None:
            raise UsageError("werf", "err.aannames_werf")  # assumptions are not per werf
        show(assumptions_view(lekp.assumptions(pact=pact, lang=language)), chosen, output, excel=excel)
        return
    result = lekp.werven(pact=pact, werf=o.whole("werf", werf), lang=language)
    show(werven_view(result), chosen, output, excel=excel)
