"""`lekp data`: update lekp's data files from files as their source publishes them.

`lekp data population FILE -o OUT` reads Statbel's population file and writes the
municipalities file in use with that year's population (one library call,
`Lekp.population_from_statbel`); what it found goes to stderr as notes. When the file is
refused, every problem is listed, located, as `lekp check` lists them, then one line says
that nothing was written.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import DataError, InputError
from ..messages import Num, text
from ..strings import visible
from . import _say
from . import options as o
from .options import HELP_LANG

Replace = Annotated[bool, typer.Option("--replace", help=o.helptext("replace"))]


def group() -> typer.Typer:
    """The `data` command group (built only when `lekp data …` runs, or for help)."""
    app = typer.Typer(
        name="data",
        help=text("help.cmd_data", HELP_LANG),
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        options_metavar=text("help.metavar_options", HELP_LANG),
        subcommand_metavar=text("help.metavar_command", HELP_LANG),
    )
    app.command(
        "population",
        help=text("help.cmd_data_population", HELP_LANG),
        options_metavar=text("help.metavar_options", HELP_LANG),
    )(population)
    return app


def population(
    bestand: Annotated[
        str, typer.Argument(help=o.helptext("statbel_file"), show_default=False, metavar="BESTAND")
    ],
    output: o.Output,  # required: the file is the result (`-` is refused with the reason)
    jaar: o.Jaar = None,
    replace: Replace = False,
    grondgebied: o.Grondgebied = None,
    municipalities: o.Municipalities = None,
    lang: o.Lang = None,
) -> None:
    """Read Statbel's population file and write the municipalities file with that year."""
    from ..api import Lekp
    from .show import notes

    language = o.lang_of(lang)
    lekp = Lekp(municipalities=municipalities, grondgebied=grondgebied)
    try:
        update = lekp.population_from_statbel(
            bestand, jaar=o.year("jaar", jaar), replace=replace, output=output
        )
    except DataError as error:
        errors = [problem for problem in error.problems if problem.is_error]
        if len(errors) <= 1:
            raise
        for problem in errors:
            _say(visible(problem.format(language)))
        raise InputError("err.population_refused", count=Num(len(errors))) from None
    notes(update.notes, language)


__all__ = ["group"]
