"""`lekp data population` under hostile conditions: a FIFO for Statbel's file, an output that cannot
be written. Each is one line and an exit code, never a hang, never a partial output, never a
temporary file left behind.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from statbel_files import population_file

from .conftest import ERROR, TIMEOUT, error_line, leftovers, run_lekp


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize(
    "name", ["TF_SOC_POP_STRUCT_2026.zip", "TF_SOC_POP_STRUCT_2026.txt", "x.xlsx", "bevolking"]
)
def test_a_fifo_for_statbels_file_is_refused_quickly(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    out = tmp_path / "gemeenten.csv"
    start = time.monotonic()
    run = run_lekp(["data", "population", fifo, "-o", out, "--jaar", "2026"], cwd=tmp_path)
    assert time.monotonic() - start < TIMEOUT / 2
    assert error_line(run).startswith(f"{ERROR}{fifo}: F107 ")
    assert not out.exists() and leftovers(tmp_path) == []
    check = run_lekp(["check", fifo], cwd=tmp_path)
    assert check.returncode == 1 and b"Traceback" not in check.stderr


def test_an_output_in_a_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "weg" / "gemeenten.csv"
    run = run_lekp(["data", "population", population_file(tmp_path), "-o", out], cwd=tmp_path)
    assert error_line(run).startswith(f"{ERROR}")
    assert str(out) in error_line(run)
    assert leftovers(tmp_path) == []


def test_a_read_only_output_is_refused_and_kept(tmp_path: Path) -> None:
    out = tmp_path / "gemeenten.csv"
    out.write_text("mijn bestand\n")
    out.chmod(0o444)
    run = run_lekp(["data", "population", population_file(tmp_path), "-o", out], cwd=tmp_path)
    assert error_line(run).startswith(ERROR)
    assert out.read_text() == "mijn bestand\n" and leftovers(tmp_path) == []
