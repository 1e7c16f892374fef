"""Class 3: a FIFO (or a device) where a data file belongs is refused at once, never read.

Reading a FIFO blocks until a writer comes, and a writer may never stop (`yes > fifo`), so
every file option and `lekp check` refuse one with F107 before reading a byte. Each run is
a process of its own with a timeout, so that a hang fails the test instead of blocking CI.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from .conftest import ERROR, TIMEOUT, error_line, leftovers, output_for, readers, run_lekp
from .hostile import KINDS, SUFFIX

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _fifo(folder: Path, kind: str) -> Path:
    path = folder / f"pipe_{kind}{SUFFIX.get(kind, '.csv')}"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", KINDS)
def test_a_fifo_as_a_file_option_is_refused_quickly(tmp_path: Path, kind: str) -> None:
    fifo = _fifo(tmp_path, kind)
    for args in readers(kind, fifo):
        out = output_for(args, tmp_path)
        start = time.monotonic()
        run = run_lekp([*args, "-o", out], cwd=tmp_path)
        assert time.monotonic() - start < TIMEOUT / 2
        line = error_line(run)
        assert line.startswith(f"{ERROR}{fifo}: F107 "), line
        assert not out.exists()
        assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".csv", ".yaml", ".txt", ""])
def test_check_refuses_a_fifo_quickly(tmp_path: Path, suffix: str) -> None:
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    run = run_lekp(["check", fifo], cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout.decode().startswith(f"{fifo}: error F107 "), run.stdout
    assert run.stderr.decode().startswith("lekp check: MISLUKT: ")
    assert b"Traceback" not in run.stderr


def test_a_fifo_with_a_writer_that_never_stops_is_refused(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path, "realisations")
    writer = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)  # keeps a writer on the FIFO, with data in it
    try:
        os.write(writer, b"indicator,jaar,waarde\nbomen,2022,3\n" * 100)
        run = run_lekp(["progress", "-g", "Mol", "--realisaties", fifo, "-f", "csv"], cwd=tmp_path)
        assert error_line(run).startswith(f"{ERROR}{fifo}: F107 ")
        check = run_lekp(["check", fifo], cwd=tmp_path)
        assert check.returncode == 1
        assert f"{fifo}: error F107 " in check.stdout.decode()
    finally:
        os.close(writer)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused(lekp, tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    run = lekp("targets", "-g", "Mol", "--municipalities", device, "-f", "csv")
    assert error_line(run).startswith(f"{ERROR}{device}: F107 ")
    check = lekp("check", device)
    assert check.exit_code == 1
    assert check.stdout.startswith(f"{device}: error F107 ")
