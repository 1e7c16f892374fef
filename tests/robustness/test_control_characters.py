"""Class 10: control characters in data and on the command line.

An escape sequence (colours, a clear screen, OSC 52 that writes the clipboard), BEL, NUL or a
right-to-left override in a name or label of any input file is refused by `lekp check`
(C321, Y218) and by every command. A name typed on the command line with such characters
never reaches the terminal raw: the error or note shows it escaped (`\\x1b`). The last test
runs on a real pseudo-terminal, where Click would not strip anything.
"""

from __future__ import annotations

import os
import select
import subprocess
from pathlib import Path

import pytest

from .conftest import LEKP, TIMEOUT, assert_check_fails, assert_refused, error_line, readers
from .hostile import CONTROLS, Hostile, controls

CASES = list(controls())
RAW = ("\x1b", "\x07", "\x00", "\u202e", "\x9b")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_check_refuses_a_control_character(lekp, tmp_path: Path, case: Hostile) -> None:
    assert_check_fails(lekp, case.write(tmp_path), case.code, case.line)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_every_reader_refuses_a_control_character(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    for args in readers(case.kind, path):
        line = assert_refused(lekp, args, tmp_path, path=path, code=case.reader_code, line=case.line)
        assert not any(char in line for char in RAW), repr(line)


NAMES = {name: chars + "Mol" for name, chars in CONTROLS.items()} | {"clear screen": "\x1b[2JMol"}


def _visible(text: str) -> str:
    return "".join(
        char.encode("unicode_escape").decode() if not char.isprintable() else char for char in text
    )


@pytest.mark.parametrize("name", list(NAMES), ids=str)
@pytest.mark.parametrize(
    "args",
    [
        ["targets", "-g", "NAME", "-f", "csv"],
        ["compare", "-g", "Geel", "-g", "NAME", "-f", "csv"],
        ["summary", "-g", "NAME", "-f", "csv"],
        ["trajectory", "-g", "NAME", "-f", "csv"],
        ["targets", "-p", "NAME", "-f", "csv"],
        ["gemeenten", "NAME", "-f", "csv"],
    ],
    ids=lambda args: args[0] + (" -p" if "-p" in args else ""),
)
def test_a_typed_name_with_control_characters_is_shown_escaped(
    lekp, tmp_path: Path, name: str, args: list[str]
) -> None:
    typed = NAMES[name]
    run = lekp(*[typed if a == "NAME" else a for a in args])
    assert "Traceback" not in run.stderr
    assert not any(char in run.stderr for char in RAW), repr(run.stderr)
    if run.exit_code == 0:
        # found nothing (`gemeenten`) or the character was ignored in the name: any note shows it escaped
        for note in run.stderr.splitlines():
            assert typed not in note
        return
    line = error_line(run)
    if name not in ("BEL", "NUL", "RLO"):
        assert _visible(typed) in line, line


def test_escape_sequences_never_reach_a_terminal(tmp_path: Path) -> None:
    """On a pseudo-terminal Click strips nothing: only lekp's own escaping keeps it clean."""
    pty = pytest.importorskip("pty")
    for args in (["gemeenten", "\x1b[2JMol"], ["targets", "-g", "\x1b]52;c;aGk=\x07Mol"]):
        master, slave = pty.openpty()
        try:
            process = subprocess.Popen(
                [*LEKP, *args],
                stdout=subprocess.DEVNULL,
                stderr=slave,
                cwd=tmp_path,
                env={**os.environ, "TERM": "xterm"},
            )
            os.close(slave)
            process.wait(timeout=TIMEOUT)
            seen = b""
            while select.select([master], [], [], 0.5)[0]:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
        finally:
            os.close(master)
        assert seen.startswith(b"lekp: "), seen
        assert b"\x1b" not in seen and b"\x07" not in seen, seen
        assert b"\\x1b" in seen, seen


@pytest.mark.parametrize("name", list(CONTROLS))
def test_control_characters_on_standard_input_are_refused(lekp, name: str) -> None:
    chars = CONTROLS[name]
    listing = lekp("targets", "--gemeenten-file", "-", "-f", "csv", stdin=f"Geel\n{chars}Mol\n")
    line = error_line(listing)
    assert line.startswith("lekp: fout: -:2:1: C321 "), line
    assert not any(char in line for char in RAW), repr(line)
    remarks = "indicator,jaar,waarde,opmerking\nbomen,2022,3,ok" + chars + "\n"
    progress = lekp("progress", "-g", "Mol", "--realisaties", "-", "-f", "csv", stdin=remarks)
    assert error_line(progress).startswith("lekp: fout: -:2:")
