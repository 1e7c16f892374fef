"""Class 13: standard output that cannot show UTF-8.

With PYTHONIOENCODING=ascii, or in the POSIX locale (LC_ALL=C, PYTHONUTF8=0), text for
people degrades to ASCII look-alikes (`m²` → `m2`, `•` → `-`) instead of failing, on stdout
and stderr alike; machine formats (CSV, JSON) stay exact UTF-8, byte for byte the same as
on a UTF-8 terminal.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from .conftest import environment, run_lekp

ENCODINGS = {
    "PYTHONIOENCODING=ascii": {"PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0"},
    "POSIX locale": {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": None},
}
UTF8 = {"PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"}


@cache
def _on_utf8(*args: str) -> bytes:
    """What a UTF-8 terminal gets (computed once per command)."""
    run = run_lekp(list(args), env=environment(**UTF8, COLUMNS="250"))
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_a_table_degrades_to_ascii(tmp_path: Path, name: str) -> None:
    wide = {"COLUMNS": "250"}  # no wrapping inside the phrases looked for
    normal = _on_utf8("targets", "-g", "Mol").decode("utf-8")
    assert "minstens 10 m²" in normal
    run = run_lekp(["targets", "-g", "Mol"], cwd=tmp_path, env=environment(**ENCODINGS[name], **wide))
    assert (run.returncode, run.stderr) == (0, b""), run.stderr
    text = run.stdout.decode("ascii")  # nothing but ASCII
    assert "minstens 10 m2" in text
    assert "Cooperatieve" in text  # ö without its dots, not '?'
    assert text.count("\n") == normal.count("\n")


@pytest.mark.parametrize("name", list(ENCODINGS))
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_machine_formats_stay_exact_utf8(tmp_path: Path, name: str, fmt: str) -> None:
    run = run_lekp(["targets", "-g", "Mol", "-f", fmt], cwd=tmp_path, env=environment(**ENCODINGS[name]))
    assert (run.returncode, run.stderr) == (0, b""), run.stderr
    assert run.stdout == _on_utf8("targets", "-g", "Mol", "-f", fmt)
    if fmt == "csv":  # JSON may escape; CSV carries the letters themselves
        assert "Coöperatieve".encode() in run.stdout
        assert "Geïnstalleerd".encode() in run.stdout


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_messages_degrade_too(tmp_path: Path, name: str) -> None:
    broken = tmp_path / "municipalities.csv"
    broken.write_text("nis_code,name_nl\n13025,Mol\n", encoding="utf-8")
    env = environment(**ENCODINGS[name])
    check = run_lekp(["check", broken], cwd=tmp_path, env=env)
    assert check.returncode == 1
    assert b"Traceback" not in check.stderr
    assert "(een per jaar)" in check.stdout.decode("ascii")  # 'één' degraded
    assert check.stderr.decode("ascii").startswith("lekp check: MISLUKT")
    run = run_lekp(["targets", "-g", "Xyzölder", "-f", "csv"], cwd=tmp_path, env=env)
    assert run.returncode == 1
    lines = run.stderr.decode("ascii").splitlines()
    assert len(lines) == 1 and lines[0].startswith("lekp: fout: onbekende gemeente 'Xyz")
