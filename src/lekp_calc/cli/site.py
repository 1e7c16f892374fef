"""`lekp site -o DIR`: a static website of every gemeente, written whole or not at all."""

from __future__ import annotations

from typing import Annotated

import typer

from ..api import Lekp
from ..errors import UsageError
from . import options as o
from .show import notes

Output = Annotated[str | None, typer.Option("--output", "-o", help=o.helptext("site_output"), metavar="MAP")]
# The language of everything the command writes, as everywhere; given twice, the site is written in both.
Langs = Annotated[list[str] | None, typer.Option("--lang", help=o.helptext("site_lang"), metavar="nl|en")]


def command(
    output: Output = None,
    realisaties: o.Realisaties = None,
    tot: o.Tot = None,
    jaar: o.Jaar = None,
    pact: o.Pact = None,
    rounding: o.Rounding = None,
    lang: Langs = None,
    grondgebied: o.Grondgebied = None,
) -> None:
    """Write a static website: a page per gemeente and province, maps, search and downloads."""
    languages = [o.lang_of(value) for value in lang] if lang else [o.lang_of(None)]
    if output is None:
        raise UsageError("output", "err.site_output_needed")
    lekp = Lekp(grondgebied=grondgebied)
    site = lekp.site(
        realisaties=realisaties,
        lang=languages,
        jaar=o.year("jaar", jaar),
        pact=pact,
        rounding=rounding,
        tot=o.year("tot", tot),
    )
    notes(site.notes, languages[0])
    site.write(output)
