"""`lekp report`: one self-contained HTML report, of a gemeente for its council or of a province."""

from __future__ import annotations

from ..api import Lekp
from ..errors import UsageError
from ..output import STDOUT
from ..render import Format
from ..views.report import report_view
from . import options as o
from .show import choose_format, notes, show, stdout_is_terminal


def command(
    gemeente: o.Gemeenten = None,
    provincie: o.Provincie = None,
    alle: o.Alle = False,
    gemeenten_file: o.GemeentenFile = None,
    realisaties: o.Realisaties = None,
    tot: o.Tot = None,
    jaar: o.Jaar = None,
    baseline: o.Baseline = None,
    pact: o.Pact = None,
    rounding: o.Rounding = None,
    fmt: o.Format = None,
    output: o.Output = "-",
    lang: o.Lang = None,
    grondgebied: o.Grondgebied = None,
    catalogue: o.Catalogue = None,
    municipalities: o.Municipalities = None,
) -> None:
    """Write a self-contained HTML report for the college or council, with charts."""
    language = o.lang_of(lang)
    chosen = choose_format(fmt, output, False, allowed=(Format.HTML, Format.MARKDOWN))
    if fmt is None and output == STDOUT and stdout_is_terminal():
        # The default is a page for a browser: on a terminal it would be a screenful of markup.
        raise UsageError("output", "err.report_to_terminal")
    lekp = Lekp(catalogue=catalogue, municipalities=municipalities, grondgebied=grondgebied)
    result = lekp.report(
        gemeente or [],
        provincie=provincie,
        alle=alle,
        gemeenten_file=gemeenten_file,
        realisaties=realisaties,
        tot=o.year("tot", tot),
        jaar=o.year("jaar", jaar),
        baseline=baseline,
        pact=pact,
        rounding=rounding,
        lang=language,
    )
    notes(result.notes, language)
    show(report_view(result), chosen, output)
