"""The options of the command line, each declared once with its help, and their parsing.

Option values arrive as text and are turned into numbers and choices here, so that a wrong
value is reported in the same one-line form, in the user's language, as every other error
(`lekp: error: --werf: 'twee' is not a whole number`). Help texts come from the message
catalogue in the language of `--lang` or `LEKP_LANG`, read from the command line before
the options are parsed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Annotated

import typer

from ..errors import UsageError
from ..messages import DEFAULT_LANG, LANGS, Joined, text
from ..strings import quote


def peek_lang(argv: Sequence[str], environ: dict[str, str] | os._Environ[str]) -> str:
    """The language asked for by `--lang X` / `--lang=X` on the command line, else LEKP_LANG."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGS:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    value = environ.get("LEKP_LANG", "")
    return value if value in LANGS else DEFAULT_LANG


HELP_LANG = peek_lang(sys.argv[1:], os.environ)


def helptext(key: str) -> str:
    """A help text in the language the command line asks for."""
    return text(f"help.{key}", HELP_LANG)


def lang_of(value: str | None) -> str:
    """The language: `--lang`, else LEKP_LANG, else Dutch; anything else is refused."""
    if value is None:
        value = os.environ.get("LEKP_LANG") or DEFAULT_LANG
        if value not in LANGS:
            raise UsageError("LEKP_LANG", "err.choose", value=quote(value), choices=Joined(LANGS))
    if value not in LANGS:
        raise UsageError("lang", "err.choose", value=quote(value), choices=Joined(LANGS))
    return value


def whole(
    parameter: str, value: str | None, *, low: int | None = None, high: int | None = None
) -> int | None:
    """A whole number given as an option value, within bounds when they are given."""
    if value is None:
        return None
    cleaned = value.strip()
    digits = cleaned.lstrip("+-")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 20:
        raise UsageError(parameter, "err.not_whole", value=quote(value))
    number = int(cleaned)
    if (low is not None and number < low) or (high is not None and number > high):
        raise UsageError(parameter, "err.out_of_range", value=quote(value), low=low, high=high)
    return number


def year(parameter: str, value: str | None) -> int | None:
    """A year given as an option value: a whole number from 1900 to 2100."""
    return whole(parameter, value, low=1900, high=2100)


def _option(*names: str, key: str, metavar: str | None = None) -> typer.models.OptionInfo:
    option: typer.models.OptionInfo = typer.Option(
        *names, help=helptext(key), show_default=False, metavar=metavar
    )
    return option


Gemeenten = Annotated[list[str] | None, _option("--gemeente", "-g", key="gemeente", metavar="NAAM")]
# One gemeente, but taken as a list: a repeated -g is seen (and refused), never silently replaced.
Gemeente = Annotated[list[str] | None, _option("--gemeente", "-g", key="gemeente_one", metavar="NAAM")]
Provincie = Annotated[str | None, _option("--provincie", "-p", key="provincie", metavar="NAAM")]
Alle = Annotated[bool, typer.Option("--alle", help=helptext("alle"))]
GemeentenFile = Annotated[str | None, _option("--gemeenten-file", key="gemeenten_file", metavar="BESTAND")]
Werf = Annotated[str | None, _option("--werf", "-w", key="werf", metavar="N")]
Jaar = Annotated[str | None, _option("--jaar", "-j", key="jaar", metavar="JAAR")]
Tot = Annotated[str | None, _option("--tot", key="tot", metavar="JAAR")]
Pact = Annotated[str | None, _option("--pact", key="pact", metavar="VERSIE")]
Rounding = Annotated[str | None, _option("--rounding", key="rounding", metavar="REGEL")]
Inwoners = Annotated[str | None, _option("--inwoners", key="inwoners", metavar="N")]
Wooneenheden = Annotated[str | None, _option("--wooneenheden", key="wooneenheden", metavar="N")]
Format = Annotated[str | None, _option("--format", "-f", key="format", metavar="FORMAAT")]
Output = Annotated[str, typer.Option("--output", "-o", help=helptext("output"), metavar="PAD")]
Excel = Annotated[bool, typer.Option("--excel", help=helptext("excel"))]
Lang = Annotated[str | None, _option("--lang", key="lang", metavar="nl|en")]
Grondgebied = Annotated[str | None, _option("--grondgebied", key="grondgebied", metavar="2025|2024")]
Catalogue = Annotated[str | None, _option("--catalogue", key="catalogue", metavar="BESTAND")]
Municipalities = Annotated[str | None, _option("--municipalities", key="municipalities", metavar="BESTAND")]
Per = Annotated[str | None, _option("--per", key="per", metavar="GROEP")]
Indicator = Annotated[str | None, _option("--indicator", "-i", key="indicator", metavar="SLEUTEL")]
Baseline = Annotated[str | None, _option("--baseline", key="baseline", metavar="BESTAND")]
Realisaties = Annotated[str | None, _option("--realisaties", key="realisaties", metavar="BESTAND")]
Template = Annotated[bool, typer.Option("--template", help=helptext("template"))]
Aannames = Annotated[bool, typer.Option("--aannames", help=helptext("aannames"))]
