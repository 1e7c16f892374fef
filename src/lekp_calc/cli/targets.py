"""`lekp targets`: the targets of one or more gemeenten, or of a what-if size."""

from __future__ import annotations

from ..api import Lekp
from ..views.targets import targets_view
from . import options as o
from .show import choose_format, notes, show


def command(
    gemeente: o.Gemeenten = None,
    provincie: o.Provincie = None,
    alle: o.Alle = False,
    gemeenten_file: o.GemeentenFile = None,
    werf: o.Werf = None,
    jaar: o.Jaar = None,
    pact: o.Pact = None,
    rounding: o.Rounding = None,
    inwoners: o.Inwoners = None,
    wooneenheden: o.Wooneenheden = None,
    fmt: o.Format = None,
    output: o.Output = "-",
    excel: o.Excel = False,
    lang: o.Lang = None,
    grondgebied: o.Grondgebied = None,
    catalogue: o.Catalogue = None,
    municipalities: o.Municipalities = None,
) -> None:
    """Compute the LEKP targets of one or more gemeenten, per werf."""
    language = o.lang_of(lang)
    chosen = choose_format(fmt, output, excel)
    lekp = Lekp(catalogue=catalogue, municipalities=municipalities, grondgebied=grondgebied)
    result = lekp.targets(
        gemeente or [],
        provincie=provincie,
        alle=alle,
        gemeenten_file=gemeenten_file,
        werf=o.whole("werf", werf),
        jaar=o.year("jaar", jaar),
        pact=pact,
        rounding=rounding,
        inwoners=o.whole("inwoners", inwoners),
        wooneenheden=o.whole("wooneenheden", wooneenheden),
        lang=language,
    )
    notes(result.notes, language)
    show(targets_view(result), chosen, output, excel=excel)
