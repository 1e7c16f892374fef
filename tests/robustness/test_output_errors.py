"""Class 4: output that cannot be written is one line, exit 1, and nothing half-written.

`-o` a folder, an empty name, `.`, `/dev/full`, a file-size limit; standard output closed,
read-only or full. Each gives `lekp: fout: kan … schrijven: …` and exit 1, never a traceback,
and leaves no partial output file or hidden temporary file behind.
"""

from __future__ import annotations

import os
import re
import resource
from pathlib import Path

import pytest

from .conftest import error_line, leftovers, run_lekp

CANNOT_WRITE = re.compile(r"^lekp: fout: kan .+ schrijven: .+$")
MOL_CSV = ["targets", "-g", "Mol", "-f", "csv"]


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("FOLDER", "dat is een map"),
        ("", "een lege bestandsnaam"),
        ("   ", "een lege bestandsnaam"),
        (".", "dat is een map"),
        ("FOLDER/", "dat is een map"),
        ("new.csv/", "dat is een map"),  # a name ending in / names a folder, even one that is not there
        ("MISSING/out.csv", "bestaat niet"),
    ],
    ids=["folder", "empty", "blank", "dot", "folder slash", "new name slash", "missing folder"],
)
@pytest.mark.parametrize("fmt", [None, "csv"], ids=["from extension", "csv"])
def test_an_output_path_that_is_no_file_is_one_line(
    lekp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, words: str, fmt: str | None
) -> None:
    (tmp_path / "FOLDER").mkdir()
    before = sorted(tmp_path.rglob("*"))
    args = ["targets", "-g", "Mol", "-o", target] + (["-f", fmt] if fmt else [])
    if fmt is None:  # in-process (fast); the csv variant runs as a process of its own
        monkeypatch.chdir(tmp_path)
        run = lekp(*args)
    else:
        run = run_lekp(args, cwd=tmp_path)
    line = error_line(run)
    assert CANNOT_WRITE.match(line), line
    assert words in line
    assert sorted(tmp_path.rglob("*")) == before


def test_a_full_device_is_one_line(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    run = run_lekp([*MOL_CSV, "-o", "/dev/full"], cwd=tmp_path)
    line = error_line(run)
    assert line.startswith("lekp: fout: kan /dev/full niet schrijven: "), line


def _file_size_limit() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_a_file_size_limit_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old content\n", encoding="utf-8")
    run = run_lekp(["targets", "--alle", "-f", "csv", "-o", out], cwd=tmp_path, preexec_fn=_file_size_limit)
    line = error_line(run)
    assert CANNOT_WRITE.match(line), line
    assert line.startswith(f"lekp: fout: kan {out} niet schrijven: ")
    assert out.read_text(encoding="utf-8") == "old content\n"
    assert leftovers(tmp_path) == []


def test_a_file_size_limit_on_standard_output_is_one_line(tmp_path: Path) -> None:
    with (tmp_path / "redirected.csv").open("wb") as redirected:
        run = run_lekp(
            ["targets", "--alle", "-f", "csv"], cwd=tmp_path, stdout=redirected, preexec_fn=_file_size_limit
        )
    # standard output went to the file (cut off at the limit, as a shell redirection would be)
    assert CANNOT_WRITE.match(error_line(run))


def _close_stdout() -> None:
    os.close(1)


def _read_only_stdout(path: str) -> object:
    def switch() -> None:
        descriptor = os.open(path, os.O_RDONLY)
        os.dup2(descriptor, 1)
        os.close(descriptor)

    return switch


COMMANDS = [
    ["targets", "-g", "Mol"],
    ["targets", "--alle", "-f", "csv"],
    ["gemeenten", "-f", "markdown"],
    ["check", "BROKEN"],
    ["check", "BROKEN", "--format", "json"],
    ["--version"],
]


def _args(args: list[str], folder: Path) -> list[str]:
    broken = folder / "broken.csv"
    broken.write_text("indicator,jaar,waarde\nbomen,2019,3\n", encoding="utf-8")
    return [str(broken) if a == "BROKEN" else a for a in args]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_closed_standard_output_is_one_line(tmp_path: Path, args: list[str]) -> None:
    run = run_lekp(_args(args, tmp_path), cwd=tmp_path, stdout=None, preexec_fn=_close_stdout)
    line = error_line(run)
    assert line == "lekp: fout: kan niet naar de standaarduitvoer schrijven: die is gesloten", line


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_read_only_standard_output_is_one_line(tmp_path: Path, args: list[str]) -> None:
    read_only = tmp_path / "read_only.txt"
    read_only.write_text("", encoding="utf-8")
    run = run_lekp(
        _args(args, tmp_path), cwd=tmp_path, stdout=None, preexec_fn=_read_only_stdout(str(read_only))
    )
    assert CANNOT_WRITE.match(error_line(run))
    assert read_only.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("args", [*COMMANDS, ["--help"], ["targets", "--help"]], ids=" ".join)
def test_full_standard_output_is_one_line(tmp_path: Path, args: list[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        run = run_lekp(_args(args, tmp_path), cwd=tmp_path, stdout=full)
    line = error_line(run)
    assert line.startswith("lekp: fout: kan niet naar de standaarduitvoer schrijven: "), line
