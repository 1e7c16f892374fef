"""`lekp progress`: realisations against targets, or an empty realisations file to fill in."""

from __future__ import annotations

from ..api import Lekp
from ..errors import UsageError
from ..render import Format
from ..views.progress import progress_view, template_view
from . import options as o
from .show import choose_format, notes, show


def command(
    gemeente: o.Gemeenten = None,
    provincie: o.Provincie = None,
    alle: o.Alle = False,
    gemeenten_file: o.GemeentenFile = None,
    realisaties: o.Realisaties = None,
    template: o.Template = False,
    tot: o.Tot = None,
    jaar: o.Jaar = None,
    pact: o.Pact = None,
    rounding: o.Rounding = None,
    fmt: o.Format = None,
    output: o.Output = "-",
    excel: o.Excel = False,
    lang: o.Lang = None,
    grondgebied: o.Grondgebied = None,
    catalogue: o.Catalogue = None,
    municipalities: o.Municipalities = None,
) -> None:
    """Compare a gemeente's realisations with its targets and the straight path to them."""
    language = o.lang_of(lang)
    if template == (realisaties is not None):
        raise UsageError("realisaties", "err.realisaties_or_template")
    lekp = Lekp(catalogue=catalogue, municipalities=municipalities, grondgebied=grondgebied or "2025")
    if template:
        chosen = choose_format(fmt, output, excel, allowed=(Format.CSV,))
        result = lekp.template(
            gemeente or [],
            provincie=provincie,
            alle=alle,
            gemeenten_file=gemeenten_file,
            pact=pact,
            lang=language,
        )
        notes(result.notes, language)
        show(template_view(result), chosen, output, excel=excel)
        return
    chosen = choose_format(fmt, output, excel)
    names = gemeente or []
    if len(names) != 1 or provincie is not None or alle or gemeenten_file is not None:
        raise UsageError("gemeente", "err.which_gemeente_one")
    assert realisaties is not None
    progress = lekp.progress(
        names[0],
        realisaties=realisaties,
        tot=o.year("tot", tot),
        jaar=o.year("jaar", jaar),
        pact=pact,
        rounding=rounding,
        lang=language,
    )
    notes(progress.notes, language)
    show(progress_view(progress), chosen, output, excel=excel)
