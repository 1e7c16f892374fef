"""`lekp trajectory`: the straight path to each target, year by year."""

from __future__ import annotations

from ..api import Lekp
from ..errors import UsageError
from ..views.progress import trajectory_view
from . import options as o
from .show import choose_format, notes, show


def command(
    gemeente: o.Gemeente = None,
    indicator: o.Indicator = None,
    jaar: o.Jaar = None,
    pact: o.Pact = None,
    rounding: o.Rounding = None,
    baseline: o.Baseline = None,
    fmt: o.Format = None,
    output: o.Output = "-",
    excel: o.Excel = False,
    lang: o.Lang = None,
    grondgebied: o.Grondgebied = None,
    catalogue: o.Catalogue = None,
    municipalities: o.Municipalities = None,
) -> None:
    """Show the straight path to each target: the expected cumulative amount by each year end."""
    language = o.lang_of(lang)
    chosen = choose_format(fmt, output, excel)
    if not gemeente:
        raise UsageError("gemeente", "err.which_gemeente_one")
    lekp = Lekp(catalogue=catalogue, municipalities=municipalities, grondgebied=grondgebied)
    result = lekp.trajectory(
        gemeente,
        indicator=indicator,
        jaar=o.year("jaar", jaar),
        pact=pact,
        rounding=rounding,
        baseline=baseline,
        lang=language,
    )
    notes(result.notes, language)
    show(trajectory_view(result), chosen, output, excel=excel)
