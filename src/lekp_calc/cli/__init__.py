"""The `lekp` command line: a thin shell over the library.

A command is: parse options → one library call → one view → one renderer → emit. This
module holds the registry from command name to module (only the command that runs is
imported and built, which keeps start-up fast without touching Typer's internals) and
the one place where errors become a line on stderr and an exit code:

    0  success
    1  bad data or input: an unknown gemeente or province, a year without data, a data
       file that is missing, unreadable or invalid, an output that cannot be written;
       `lekp check` found errors
    2  usage: an unknown option, a value outside its choices or bounds, options that
       exclude each other

A note or an error is one line on stderr. On a terminal it is wrapped between words at the
terminal's width (`COLUMNS` when set), its later lines indented under its text; to a pipe
or a file it stays one line, whatever `COLUMNS` says: editors and CI logs read one message
a line. `--lang` may also come before the command (`lekp --lang en targets …`).
"""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Sequence
from importlib import import_module

import typer

from ..errors import EXIT_DATA, EXIT_USAGE, LekpError, OutputError, UsageError, system_reason
from ..messages import OPTION_STYLE, text
from ..output import STDOUT, Interrupted, emit, for_terminal
from ..strings import shorten, visible
from .options import HELP_LANG, peek_lang

# Why writing to standard output can fail: a full disk, a read-only or closed descriptor, a limit.
_WRITE_ERRORS = {errno.ENOSPC, errno.EBADF, errno.EFBIG, errno.EIO, errno.EDQUOT}

# Command name -> module in this package that defines `command` (or `group`, for a command with
# commands of its own: `lekp data population`).
COMMANDS = {
    "targets": "targets",
    "gemeenten": "gemeenten",
    "werven": "werven",
    "summary": "summary",
    "compare": "compare",
    "trajectory": "trajectory",
    "progress": "progress",
    "report": "report",
    "laadpunten": "laadpunten",
    "site": "site",
    "check": "check",
    "data": "data",
}


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        emit(STDOUT, lambda stream: stream.write(f"lekp {__version__}\n"), for_people=True)
        raise typer.Exit()


def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help=text("help.version", HELP_LANG)
    ),
    lang: str | None = typer.Option(None, "--lang", help=text("help.lang_root", HELP_LANG), metavar="nl|en"),
) -> None:
    """The LEKP calculator."""


def build_app(args: Sequence[str]) -> typer.Typer:
    """The app for these arguments: the command they name, or every command for help and typos."""
    app = typer.Typer(
        name="lekp",
        help=text("help.app", HELP_LANG),
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        options_metavar=text("help.metavar_options", HELP_LANG),
        subcommand_metavar=text("help.metavar_command", HELP_LANG),
    )
    app.callback()(_root)
    names = [args[0]] if args and args[0] in COMMANDS else list(COMMANDS)
    for name in names:
        module = import_module(f".{COMMANDS[name]}", __name__)
        if hasattr(module, "group"):
            app.add_typer(module.group(), name=name, help=text(f"help.cmd_{name}", HELP_LANG))
            continue
        app.command(
            name,
            help=text(f"help.cmd_{name}", HELP_LANG),
            options_metavar=text("help.metavar_options", HELP_LANG),
        )(module.command)
    return app


def _say(message: str) -> None:
    if sys.stderr is not None:  # with standard error closed there is nowhere to say it
        # Control characters a user typed (an escape sequence in a name) are shown, never sent.
        shown = visible(message)
        width = stderr_width()
        if width is not None:
            shown = wrap_message(shown, width)
        typer.echo(for_terminal(shown), err=True)


def stderr_width() -> int | None:
    """The width notes and errors wrap at: that of standard error when it is a terminal (COLUMNS
    when set, as for tables), else None. A message to a pipe or a file is never wrapped: one
    line per message is what a program reading it (an editor, a CI log) relies on."""
    try:
        if sys.stderr is None or not sys.stderr.isatty():
            return None
        value = os.environ.get("COLUMNS", "")
        if value.isdigit() and int(value) > 0:
            return int(value)
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return None


def wrap_message(message: str, width: int) -> str:
    """`message` wrapped at spaces to `width` columns, never inside a word, the lines after the
    first indented under its text ('lekp: noot: ' hangs out on the left)."""
    from ..render.terminal import MIN_WIDTH, wrap_words

    width = max(width, MIN_WIDTH)
    lead = _LEAD.match(message)
    hang = lead.end() if lead and lead.end() <= width // 3 else 2
    lines = wrap_words(message, width)
    if len(lines) == 1:
        return message
    rest = wrap_words(" ".join(lines[1:]), width - hang)
    return "\n".join([lines[0], *(" " * hang + line for line in rest)])


_LEAD = re.compile(r"lekp(?: check)?: (?:[^ :]+: )?")


def _silence_stdout() -> None:
    """After a closed pipe (`lekp … | head`), send what is left to /dev/null, quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (a test runner's buffer): nothing to silence


def _option_name(parameter: str) -> str:
    return parameter if parameter.isupper() else "--" + parameter.replace("_", "-")


def error_line(error: LekpError, lang: str) -> str:
    """The one line an expected error prints: 'lekp: error: --werf: …'."""
    if isinstance(error, UsageError):
        body = f"{_option_name(error.parameter)}: {LekpError.message(error, lang)}"
    else:
        body = error.message(lang)
    return f"lekp: {text('word.error', lang)}: {body}"


def _click_usage(error: Exception, lang: str) -> str:
    """Click's own usage errors (unknown option, missing value) in one line of our words."""
    kind = type(error).__name__
    if kind == "NoSuchOption":
        option = getattr(error, "option_name", "")
        possible = getattr(error, "possibilities", None) or []
        hint = text("err.did_you_mean", lang, names=", ".join(possible)) if possible else ""
        body = text("err.no_such_option", lang, option=shorten(option), hint=hint)
    elif kind == "BadOptionUsage" and getattr(error, "option_name", None):
        # Click says the same exception for '--werf' without a value and '--alle=3' with one.
        key = "err.option_no_value" if "does not take a value" in str(error) else "err.option_value"
        body = text(key, lang, option=error.option_name)  # type: ignore[attr-defined]
    elif kind == "MissingParameter":
        param = getattr(error, "param", None)
        names = getattr(param, "opts", None) or [getattr(param, "name", "")]
        if getattr(param, "param_type_name", "") == "argument":
            names = [getattr(param, "metavar", None) or names[0].upper()]  # as the usage line names it
        body = text("err.missing_option", lang, option=names[0])
    elif kind == "NoSuchCommand" or "No such command" in str(error):
        body = text(
            "err.no_such_command",
            lang,
            command=shorten(str(error).split("'")[1]) if "'" in str(error) else "",
            commands=", ".join(_commands_of(error)),
        )
    elif "unexpected extra argument" in str(error):
        extra = str(error).rpartition("(")[2].rstrip(")")
        body = text("err.extra_argument", lang, words=shorten(extra))
    elif "Missing command" in str(error):
        body = text("err.missing_command", lang, commands=", ".join(COMMANDS))
    else:
        # Click's own sentence is English: not shown; the option it is about, when known, is.
        param = getattr(error, "param", None)
        names = getattr(param, "opts", None) or []
        body = text("err.usage", lang, option=f" ({names[0]})" if names else "")
    return f"lekp: {text('word.error', lang)}: {body}"


def _commands_of(error: Exception) -> list[str]:
    """The commands a misspelt one was chosen from: lekp's, or those of a group (`lekp data …`)."""
    context = getattr(error, "ctx", None)
    group = getattr(context, "command", None)
    if context is not None and context.parent is not None and group is not None:
        listed = getattr(group, "list_commands", None)
        if listed is not None:
            return list(listed(context))
    return list(COMMANDS)


def _lang_first(args: list[str]) -> list[str]:
    """`lekp --lang en targets …` as `lekp targets … --lang en`: a language given before the
    command is the command's (every command takes --lang, a group's as `lekp data population …
    --lang en`), put after its other options and before a '--'; before no command (`lekp --lang
    en --help`) it stays, for the help."""
    if args[:1] == ["--lang"] and len(args) > 2 and args[2] in COMMANDS:
        given, rest = args[:2], args[2:]
    elif args and args[0].startswith("--lang=") and len(args) > 1 and args[1] in COMMANDS:
        given, rest = args[:1], args[1:]
    else:
        return args
    end = rest.index("--") if "--" in rest else len(rest)
    return [*rest[:end], *given, *rest[end:]]


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `lekp` command and of `python -m lekp_calc`."""
    args = _lang_first(list(sys.argv[1:] if argv is None else argv))
    lang = peek_lang(args, os.environ)
    # A help, or a command alone (`lekp data` shows the help of its group), needs Typer's own words.
    if "--help" in args or "-h" in args or not args or (len(args) == 1 and args[0] in COMMANDS):
        from .helpwords import localize  # only a help needs Typer's own words translated

        localize(lang)
    code = 0
    # Every message of this run names a parameter as this caller knows it: `--jaar`, not `jaar=`.
    style = OPTION_STYLE.set("option")
    try:
        command = typer.main.get_command(build_app(args))
        result = command.main(args=args, prog_name="lekp", standalone_mode=False)
        code = result if isinstance(result, int) else 0
        if sys.stdout is not None:
            sys.stdout.flush()
    except LekpError as error:
        _say(error_line(error, lang))
        code = error.exit_code
        if isinstance(error, OutputError) and error.key == "err.cannot_write_stdout":
            # What stays buffered for standard output (part of a workbook, say) would fail again
            # as Python exits, with a traceback and exit 120: it goes nowhere instead.
            _silence_stdout()
    except BrokenPipeError:
        _silence_stdout()
        code = 0
    except SystemExit as stop:
        # Click turns a closed pipe (`lekp … | head`) into exit 1 itself; a closed pipe is no error.
        if not isinstance(stop.__context__, BrokenPipeError):
            raise
        _silence_stdout()
        code = 0
    except Interrupted as interrupted:
        code = 128 + interrupted.signum
    except KeyboardInterrupt:
        code = 130
    except OSError as error:
        # Click itself writes help to standard output; a full disk or a read-only descriptor
        # there is one line, as for every other output. Files are read and written elsewhere,
        # with their own messages: an error without a file name here comes from standard output.
        if error.errno not in _WRITE_ERRORS or error.filename is not None:
            raise
        _say(error_line(OutputError("err.cannot_write_stdout", reason=system_reason(error)), lang))
        _silence_stdout()
        code = EXIT_DATA
    except Exception as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            typer.echo(error.ctx.get_help(), err=True)  # type: ignore[attr-defined]
            code = EXIT_USAGE
        elif hasattr(error, "exit_code") and hasattr(error, "format_message"):
            _say(_click_usage(error, lang))
            code = EXIT_USAGE
        else:
            raise
    finally:
        OPTION_STYLE.reset(style)
    sys.exit(code if code in (0, EXIT_DATA, EXIT_USAGE) or code >= 128 else EXIT_DATA)
