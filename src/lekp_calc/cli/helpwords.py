"""The few words of `--help` that Typer and its vendored Click write themselves — "Usage:",
"Options", "Commands", "default:", the help option's own line — said from the message
catalogue, in the language of the help (`--lang`, `LEKP_LANG`).

Typer offers no setting for these: it reads them through `gettext` (`typer.core._`) or as
literals (the usage prefix, the help option's text). They are replaced here, in one place,
at the few names Typer 0.26-0.28 uses; with another Typer the help simply stays in English
(every name is looked up defensively), it never breaks a command.
"""

from __future__ import annotations

from typing import Any

from ..messages import text

# The words as Typer writes them -> the catalogue key that says them.
_WORDS = {
    "Options": "help.word_options",
    "Arguments": "help.word_arguments",
    "Commands": "help.word_commands",
    "default: {default}": "help.word_default",
    "required": "help.word_required",
}
_ORIGINAL: dict[str, Any] = {}


def localize(lang: str) -> None:
    """Make Typer's own words of the help speak `lang`."""
    try:
        import typer.core as typer_core
        from typer._click import core as click_core
        from typer._click import decorators, formatting
    except ImportError:  # pragma: no cover - another Typer layout: the help stays in English
        return
    words = {english: text(key, lang) for english, key in _WORDS.items()}
    typer_core._ = lambda message: words.get(message, message)  # type: ignore[attr-defined]
    usage = text("help.word_usage", lang) + " "
    base = _ORIGINAL.setdefault("formatter", formatting.HelpFormatter)

    class Formatter(base):  # type: ignore[misc, valid-type]
        """Click's formatter with the usage line's prefix in `lang`."""

        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, usage if prefix is None else prefix)

    click_core.Context.formatter_class = Formatter
    help_option = _ORIGINAL.setdefault("help_option", decorators.help_option)
    said = text("help.help", lang)

    def localized(*names: Any, **extra: Any) -> Any:
        """Click's help option, its line of help in `lang` (set on the option it appends)."""
        decorate = help_option(*names, **extra)

        def apply(command: Any) -> Any:
            result = decorate(command)
            params = getattr(command, "params", None)
            if params:
                params[-1].help = said
            return result

        return apply

    decorators.help_option = localized
