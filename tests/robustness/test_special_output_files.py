"""Class 5: `-o` onto a file that is not a regular file is written in place, as `>` would.

`-o /dev/stdout` delivers the content to whatever standard output is (a pipe, a file);
`-o` a character device keeps the device a device. As root, the old code replaced a device
with a regular file: that runs here only on a private device made with mknod, never on the
system's /dev/null.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from .conftest import leftovers, run_lekp

MOL_CSV = ["targets", "-g", "Mol", "-f", "csv"]


def _reference(tmp_path: Path) -> bytes:
    run = run_lekp(MOL_CSV, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(b"nis_code,gemeente,")
    return run.stdout


def test_dev_stdout_on_a_pipe_delivers_the_content(tmp_path: Path) -> None:
    if not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout")
    run = run_lekp([*MOL_CSV, "-o", "/dev/stdout"], cwd=tmp_path)
    assert (run.returncode, run.stderr) == (0, b"")
    assert run.stdout == _reference(tmp_path)


def test_dev_stdout_on_a_file_delivers_the_content(tmp_path: Path) -> None:
    if not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout")
    target = tmp_path / "redirected.csv"
    with target.open("wb") as redirected:
        run = run_lekp([*MOL_CSV, "-o", "/dev/stdout"], cwd=tmp_path, stdout=redirected)
    assert (run.returncode, run.stderr) == (0, b"")
    assert target.read_bytes() == _reference(tmp_path)
    assert stat.S_ISREG(target.stat().st_mode)


def test_a_character_device_stays_a_device(tmp_path: Path) -> None:
    null = tmp_path / "null"
    if os.geteuid() == 0:
        # a private copy of /dev/null (major 1, minor 3 on Linux): never the system's own
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    elif Path("/dev/null").exists():
        null = Path("/dev/null")  # without root nothing can replace it; the test still runs
    else:
        pytest.skip("no character device to write to")
    run = run_lekp([*MOL_CSV, "-o", null], cwd=tmp_path)
    assert (run.returncode, run.stdout, run.stderr) == (0, b"", b"")
    assert stat.S_ISCHR(os.stat(null).st_mode)
    assert os.major(os.stat(null).st_rdev) == 1 and os.minor(os.stat(null).st_rdev) == 3
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == (["null"] if null.parent == tmp_path else [])


def test_a_fifo_as_output_is_written_in_place(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so that the writer does not block
    try:
        run = run_lekp([*MOL_CSV, "-o", fifo], cwd=tmp_path)
        chunks = []
        while True:
            try:
                chunk = os.read(reader, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(reader)
    assert (run.returncode, run.stderr) == (0, b"")
    assert b"".join(chunks) == _reference(tmp_path)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
