"""`lekp check`: validate data files and report every problem; exit 1 on any error.

Options not given on the command line are taken from a `[tool.lekp.check]` table in the
nearest `pyproject.toml` (from the current folder upwards), as ruff and flake8 do:
`ignore = ["W503"]`, `strict = true`, `max-change = 5`, `headline-tolerance = 1`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from ..api import check_files
from ..domain import rules
from ..errors import EXIT_DATA, UsageError, system_reason
from ..messages import Joined, Msg
from ..output import STDOUT, emit
from ..strings import visible
from ..views.check import check_view, provenance_lines, summary_line
from . import _say, _silence_stdout
from . import options as o
from .show import choose_format, show

if TYPE_CHECKING:
    from ..check.checks import CheckReport

CHECK_FORMATS = ("text", "github")  # the line formats of `lekp check`, besides the view's formats
CONFIG_KEYS = {"ignore", "strict", "max-change", "headline-tolerance"}


def command(
    paths: Annotated[
        list[str] | None, typer.Argument(help=o.helptext("paths"), show_default=False, metavar="BESTAND...")
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help=o.helptext("check_format"), metavar="FORMAAT", show_default=False
        ),
    ] = None,
    output: o.Output = "-",
    strict: Annotated[
        bool | None, typer.Option("--strict/--no-strict", help=o.helptext("strict"), show_default=False)
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help=o.helptext("ignore"), metavar="CODE", show_default=False),
    ] = None,
    max_change: Annotated[
        str | None,
        typer.Option("--max-change", help=o.helptext("max_change"), metavar="PCT", show_default=False),
    ] = None,
    headline_tolerance: Annotated[
        str | None,
        typer.Option(
            "--headline-tolerance", help=o.helptext("headline_tolerance"), metavar="PCT", show_default=False
        ),
    ] = None,
    skip_unknown: Annotated[bool, typer.Option("--skip-unknown", help=o.helptext("skip_unknown"))] = False,
    lang: o.Lang = None,
) -> None:
    """Validate data files and report every problem; exit 1 on any error."""
    language = o.lang_of(lang)
    line_format = (fmt or "").strip().lower()
    # The line formats (text, github) go to stdout or to -o alike; any other format is a view's.
    plain = output == STDOUT or output.lower().endswith(".txt")
    if line_format in CHECK_FORMATS or (fmt is None and plain):
        chosen, line_format = None, line_format or "text"
    else:
        chosen = choose_format(fmt, output, False)
    try:
        here: Path | None = Path.cwd()
    except OSError:  # the working folder was removed: there is no pyproject.toml to read
        here = None
    config = _config(here) if here is not None else {}
    report = check_files(
        paths,
        strict=strict if strict is not None else bool(config.get("strict", False)),
        skip_unknown=skip_unknown,
        ignore=[*config.get("ignore", []), *(ignore or [])],
        max_change=max_change if max_change is not None else config.get("max-change"),
        headline_tolerance=headline_tolerance
        if headline_tolerance is not None
        else config.get("headline-tolerance"),
    )
    try:
        if chosen is None:
            if report.problems or output != STDOUT:
                emit(output, lambda stream: _lines(stream, report, line_format, language), for_people=True)
        else:
            show(check_view(report, language), chosen, output)
    except BrokenPipeError:
        # `lekp check … | head`: the reader has seen enough, but the verdict stands (exit 1 on errors).
        _silence_stdout()
    for line in provenance_lines(report, language):
        _say(f"lekp check: {line}")
    _say(f"lekp check: {summary_line(report, language)}")
    if not report.valid:
        raise typer.Exit(EXIT_DATA)


def _lines(stream: TextIO, report: CheckReport, line_format: str, lang: str) -> None:
    """The problems as `path:line:column` lines, or as GitHub workflow annotations."""
    from ..check.checks import format_github

    for problem in report.problems:
        line = format_github(problem, lang) if line_format == "github" else problem.format(lang)
        stream.write(visible(line) + "\n")


def _config_reason(error: Exception) -> Msg:
    """Why pyproject.toml could not be read, in the catalogue's words (tomllib says it in English)."""
    if isinstance(error, UnicodeDecodeError):
        return Msg("configerr.not_utf8")
    if isinstance(error, OSError):
        return system_reason(error)
    found = re.search(r"at line (\d+), column (\d+)", str(error))
    if found:
        return Msg("configerr.toml_at", line=found.group(1), column=found.group(2))
    return Msg("configerr.toml")


def _config(start: Path) -> dict[str, Any]:
    """The `[tool.lekp.check]` table of the nearest pyproject.toml, checked."""
    import tomllib

    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if not candidate.is_file():
            continue
        try:
            document = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise UsageError(
                "pyproject.toml", "err.config_unreadable", path=str(candidate), reason=_config_reason(error)
            ) from None
        table = document.get("tool", {}).get("lekp", {}).get("check")
        if table is None:
            return {}
        if not isinstance(table, dict):
            raise UsageError("pyproject.toml", "err.config_key", path=str(candidate), key="tool.lekp.check")
        unknown = set(table) - CONFIG_KEYS
        if unknown:
            raise UsageError(
                "pyproject.toml",
                "err.config_unknown",
                path=str(candidate),
                keys=Joined(sorted(unknown)),
                known=Joined(sorted(CONFIG_KEYS)),
            )
        ignore = table.get("ignore", [])
        if not isinstance(ignore, list) or not all(isinstance(code, str) for code in ignore):
            raise UsageError("pyproject.toml", "err.config_key", path=str(candidate), key="ignore")
        if not isinstance(table.get("strict", False), bool):
            raise UsageError("pyproject.toml", "err.config_key", path=str(candidate), key="strict")
        for key in ("max-change", "headline-tolerance"):
            if key in table:
                table[key] = rules.percent(key, table[key])
        return dict(table)
    return {}


__all__ = ["command"]
