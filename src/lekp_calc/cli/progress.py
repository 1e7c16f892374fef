"""`lekp progress`: realisations against targets, or an empty realisations file to fill in."""

from __future__ import annotations

from typing import Annotated

import typer

from ..api import Lekp
from ..errors import UsageError
from ..render import Format
from ..views.progress import distribution_view, progress_view, template_view
from . import options as o
from .show import choose_format, notes, show


def command(
    gemeente: o.Gemeenten = None,
    provincie: o.Provincie = None,
    alle: o.Alle = False,
    gemeenten_file: o.GemeentenFile = None,
    realisaties: o.Realisaties = None,
    template: o.Template = False,
    verdeling: Annotated[bool, typer.Option("--verdeling", help=o.helptext("verdeling"))] = False,
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
    """Compare realisations with the targets and the path to them, for one gemeente or many."""
    language = o.lang_of(lang)
    if not template and realisaties is None:
        raise UsageError("realisaties", "err.realisaties_or_template")
    if template:
        # An empty file has nothing to judge: options about judging are refused, not ignored.
        given = {"--realisaties": realisaties is not None, "--verdeling": verdeling, "--tot": tot is not None}
        given |= {"--jaar": jaar is not None, "--rounding": rounding is not None}
        for name, present in given.items():
            if present:
                raise UsageError(name.lstrip("-"), "err.not_with_template")
    lekp = Lekp(catalogue=catalogue, municipalities=municipalities, grondgebied=grondgebied)
    if template:
        chosen = choose_format(fmt, output, excel, allowed=(Format.CSV, Format.XLSX))
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
    assert realisaties is not None
    progress = lekp.progress(
        gemeente or [],
        realisaties=realisaties,
        provincie=provincie,
        alle=alle,
        gemeenten_file=gemeenten_file,
        tot=o.year("tot", tot),
        jaar=o.year("jaar", jaar),
        pact=pact,
        rounding=rounding,
        lang=language,
    )
    notes(progress.notes, language)
    view = distribution_view(progress.distribution()) if verdeling else progress_view(progress)
    show(view, chosen, output, excel=excel)
