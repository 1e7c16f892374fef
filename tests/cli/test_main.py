"""The entry point (cli/__init__.py): the command registry, help, languages and exit codes.

0 success, 1 bad data or input, 2 usage; every expected error is one line on stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lekp_calc.cli import COMMANDS, build_app, error_line
from lekp_calc.errors import InputError, UsageError

from .common import one_line_error

ALL = [
    "targets", "gemeenten", "werven", "summary", "compare", "trajectory", "progress", "report", "laadpunten",
    "site", "check", "data",
]  # fmt: skip


def _names(app) -> list[str]:
    # A command with commands of its own (`lekp data population`) is a group, registered apart.
    return [info.name for info in app.registered_commands] + [info.name for info in app.registered_groups]


def test_every_command_is_known_to_the_test():
    assert list(COMMANDS) == ALL


@pytest.mark.parametrize("command", ALL)
def test_the_lean_app_holds_only_the_command_that_runs(command, lekp):
    assert _names(build_app([command, "--help"])) == [command]
    result = lekp(command, "--nope")
    assert result.exit_code == 2
    assert result.stderr.startswith("lekp: fout: onbekende optie --nope")
    assert result.stdout == ""


def test_anything_but_a_command_gets_every_command():
    for args in ([], ["--help"], ["--version"], ["tragets"], ["-h"]):
        assert _names(build_app(args)) == ALL


def test_version(lekp):
    from lekp_calc import __version__

    result = lekp("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"lekp {__version__}"


@pytest.mark.parametrize("command", ALL)
def test_every_command_has_help_with_an_example(lekp, command):
    result = lekp(command, "--help")
    assert result.exit_code == 0
    assert "Voorbeeld: lekp" in " ".join(result.stdout.split())


def test_no_command_shows_help_and_exits_2(lekp):
    result = lekp()
    assert result.exit_code == 2
    assert "targets" in result.stderr and "check" in result.stderr


def test_unknown_command(lekp):
    line = one_line_error(lekp("tragets"), 2)
    assert line == (
        "lekp: fout: onbekend commando 'tragets'; kies uit: targets, gemeenten, werven, summary, compare, "
        "trajectory, progress, report, laadpunten, site, check, data"
    )


def test_option_without_value(lekp):
    assert one_line_error(lekp("targets", "-g"), 2) == "lekp: fout: -g heeft een waarde nodig"


def test_a_switch_given_a_value_and_a_loose_word(lekp):
    assert one_line_error(lekp("targets", "--alle=3"), 2) == (
        "lekp: fout: --alle neemt geen waarde (het is een schakelaar: geef alleen --alle)"
    )
    assert one_line_error(lekp("targets", "Mol"), 2) == (
        "lekp: fout: onverwacht woord Mol: geef een waarde altijd met haar optie, zoals --gemeente NAAM "
        "(zie --help)"
    )
    english = one_line_error(lekp("check", "--strict=1", "--lang", "en"), 2)
    assert english == "lekp: error: --strict takes no value (it is a switch: give --strict alone)"


def test_lang_and_lekp_lang(lekp, monkeypatch):
    assert one_line_error(lekp("targets", "--nope", "--lang", "en"), 2).startswith(
        "lekp: error: no such option --nope"
    )
    monkeypatch.setenv("LEKP_LANG", "en")
    assert one_line_error(lekp("targets", "-g", "Moll"), 1).startswith("lekp: error: unknown gemeente 'Moll'")
    assert one_line_error(lekp("targets", "-g", "Moll", "--lang", "nl"), 1).startswith(
        "lekp: fout: onbekende gemeente 'Moll'"
    )
    monkeypatch.setenv("LEKP_LANG", "xx")
    assert one_line_error(lekp("targets", "-g", "Mol"), 2) == (
        "lekp: fout: LEKP_LANG: 'xx' bestaat niet; kies uit: nl, en"
    )
    monkeypatch.delenv("LEKP_LANG")
    assert one_line_error(lekp("targets", "-g", "Mol", "--lang", "fr"), 2) == (
        "lekp: fout: --lang: 'fr' bestaat niet; kies uit: nl, en"
    )


def test_error_lines():
    assert error_line(UsageError("werf", "err.not_whole", value="'twee'"), "nl") == (
        "lekp: fout: --werf: 'twee' is geen geheel getal"
    )
    assert error_line(UsageError("gemeenten_file", "err.not_whole", value="'x'"), "en") == (
        "lekp: error: --gemeenten-file: 'x' is not a whole number"
    )
    assert error_line(InputError("err.no_realisations", path="r.csv", name="Mol", code="13025"), "en") == (
        "lekp: error: r.csv has no realisations of Mol (13025)"
    )


# --- as a real process ------------------------------------------------------------------


def _lekp_process(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None):
    environment = {k: v for k, v in os.environ.items() if k not in ("LEKP_LANG", "COLUMNS")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "lekp_calc", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        env=environment,
    )


def test_python_dash_m_from_another_directory(tmp_path):
    result = _lekp_process("targets", "-g", "Mol", "-f", "csv", "-w", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("13025,Mol,Antwerpen,2.1,2026,1,bomen,")


def test_pipe_into_head_ends_quietly():
    process = subprocess.Popen(
        [sys.executable, "-m", "lekp_calc", "targets", "--alle", "-f", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # what `head -1` does after one line
    stderr = process.stderr.read().decode()
    assert process.wait() == 0
    assert stderr == ""


def test_error_exit_codes_as_a_process():
    result = _lekp_process("targets", "-g", "Nergensdorp")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("lekp: fout: onbekende gemeente 'Nergensdorp'")
    result = _lekp_process("targets", "-g", "Mol", "--werf", "twee")
    assert (result.returncode, result.stderr) == (2, "lekp: fout: --werf: 'twee' is geen geheel getal\n")


def test_help_in_english_as_a_process():
    for env, args in (({}, ("--lang", "en")), ({"LEKP_LANG": "en"}, ())):
        result = _lekp_process("targets", "--help", *args, env=env)
        assert result.returncode == 0
        assert "Example: lekp targets" in " ".join(result.stdout.split())


@pytest.mark.parametrize("command", [[], ["targets"], ["check"]])
def test_the_help_speaks_the_language_asked(lekp, command):
    dutch = lekp(*command, "--help").stdout
    assert dutch.startswith("Gebruik: lekp") and "[OPTIES]" in dutch
    assert "Toon deze hulp en stop." in dutch
    for english in ("Usage", "Options", "Show this message", "[default", "[OPTIONS]"):
        assert english not in dutch, english
    english = lekp(*command, "--help", *(["--lang", "en"] if command else [])).stdout if command else None
    if english is not None:
        assert english.startswith("Usage: lekp") and "Show this help and exit." in english


# --- a terminal that stays calm ------------------------------------------------------------------


@pytest.mark.parametrize("command", ALL)
def test_lang_before_the_command(lekp, command):
    # `lekp --lang en targets …` is `lekp targets --lang en …`: every command speaks English then
    for given in (["--lang", "en", command], ["--lang=en", command]):
        result = lekp(*given, "--nope")
        assert result.exit_code == 2
        assert result.stderr.startswith("lekp: error: no such option --nope"), result.stderr


def test_lang_before_the_command_runs_it(lekp):
    result = lekp("--lang", "en", "targets", "-g", "Mol", "-w", "1")
    assert result.exit_code == 0, result.stderr
    assert "inhabitants: 38,793 (on 1 January 2026)" in result.stdout  # Mol's inwoners of 2026
    english = _lekp_process("--lang", "en", "--help")  # a process: help words are chosen at start-up
    assert english.returncode == 0 and "Usage: lekp [OPTIONS] COMMAND" in english.stdout
    assert "--lang nl|en  Language of everything lekp writes" in english.stdout  # the root lists it
    alone = lekp("--lang", "en")
    assert alone.exit_code == 2
    assert alone.stderr.startswith("lekp: error: give a command: targets, gemeenten")
    wrong = lekp("--lang", "fr", "targets", "-g", "Mol")
    assert wrong.exit_code == 2 and wrong.stderr.startswith("lekp: fout: --lang: 'fr' bestaat niet")


def test_help_says_which_files_are_read(lekp):
    # realisations, baselines and gemeenten lists are read from a workbook too, and the help says so
    progress = " ".join(lekp("progress", "--help").stdout.split())
    assert "--realisaties BESTAND CSV (',' of ';') of Excel-werkboek (.xlsx) met realisaties" in progress
    trajectory = " ".join(lekp("trajectory", "--help").stdout.split())
    assert "of Excel-werkboek (.xlsx) met de eigen CO2 van 2015" in trajectory
    targets = " ".join(lekp("targets", "--help").stdout.split())
    assert "of een Excel-werkboek (.xlsx) met de gemeenten in de eerste kolom" in targets
    english = " ".join(_lekp_process("--lang", "en", "targets", "--help").stdout.split())
    assert "or an Excel workbook (.xlsx) with the gemeenten in its first column" in english


def test_a_message_wraps_at_the_words():
    from lekp_calc.cli import wrap_message

    note = (
        "lekp: noot: de doelen gebruiken de inwoners op 1 januari 2025, het beoordeelde jaar (een aanname "
        "van lekp); kies een ander jaar met --jaar"
    )
    lines = wrap_message(note, 60).splitlines()
    assert all(len(line) <= 60 for line in lines), lines
    assert lines[0].startswith("lekp: noot: de doelen")
    assert all(line.startswith(" " * len("lekp: noot: ")) for line in lines[1:])  # under the text
    assert " ".join(" ".join(lines).split()) == note  # no word cut, none lost
    assert "beoordeelde jaar" in " ".join(lines)  # never "beoordeelde j|aar"
    assert wrap_message("lekp: fout: kort", 60) == "lekp: fout: kort"
    # a word wider than the terminal (a path) stays whole on a line of its own
    path = "/tmp/" + "x" * 70 + ".csv:"
    wrapped = wrap_message(f"lekp: fout: {path} F101 bestand niet gevonden", 60).splitlines()
    assert path in [line.strip() for line in wrapped]


LEKP = [sys.executable, "-c", "import sys; from lekp_calc.cli import main; sys.exit(main())"]
MOL = Path(__file__).parents[1] / "data" / "realisaties_mol.csv"
NOTE_ARGS = ["progress", "-g", "Mol", "--realisaties", str(MOL)]


def _stderr_on_a_terminal(columns: int, args: list[str]) -> str:
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LEKP_LANG")}
    try:
        command = [*LEKP, *args]
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=follower, env=env, timeout=60, check=False)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    return b"".join(chunks).decode().replace("\r\n", "\n")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("columns", [60, 80])
def test_notes_wrap_at_the_width_of_the_terminal(columns):
    said = _stderr_on_a_terminal(columns, NOTE_ARGS)
    lines = said.strip().splitlines()
    assert len(lines) > 2  # two notes, each longer than the width
    assert all(len(line) <= columns for line in lines), lines
    assert "het beoordeelde jaar" in " ".join(" ".join(lines).split())
    notes = [line for line in lines if line.startswith("lekp: noot: ")]
    assert len(notes) == 2  # each note starts a line; its other lines are indented under it


def test_a_message_to_a_pipe_is_one_line_whatever_columns_says():
    # an editor or a CI log reads one message a line: COLUMNS (set by many shells) does not wrap it
    env = {**{k: v for k, v in os.environ.items() if k != "LEKP_LANG"}, "COLUMNS": "40"}
    command = [*LEKP, *NOTE_ARGS]
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    notes = run.stderr.strip().splitlines()
    assert len(notes) == 2 and all(line.startswith("lekp: noot: ") for line in notes)
    assert all(len(line) > 40 for line in notes)
