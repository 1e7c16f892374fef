"""Class 6: `-o` over an existing file keeps what the file was.

An existing 0600 file stays 0600 (a report with figures does not become world-readable); a
read-only file is refused, not replaced (root may write anything, so lekp looks at the mode
bits itself); a symbolic link is written through, the link stays a link; a dangling link
creates its target, and a link into a missing folder names that folder.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .conftest import error_line, leftovers

MOL_CSV = ["targets", "-g", "Mol", "-f", "csv"]


def _expected(lekp) -> str:
    run = lekp(*MOL_CSV)
    assert run.exit_code == 0
    return run.stdout


def test_an_existing_private_file_stays_private(lekp, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o600)
    run = lekp(*MOL_CSV, "-o", out)
    assert (run.exit_code, run.stdout, run.stderr) == (0, "", "")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8") == _expected(lekp)
    assert leftovers(tmp_path) == []


def test_a_new_file_follows_the_umask(lekp, tmp_path: Path) -> None:
    mask = os.umask(0o027)
    try:
        out = tmp_path / "new.csv"
        assert lekp(*MOL_CSV, "-o", out).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~0o027
    finally:
        os.umask(mask)


def test_a_read_only_file_is_refused_and_unchanged(lekp, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o444)
    try:
        line = error_line(lekp(*MOL_CSV, "-o", out))
        assert line.startswith(f"lekp: fout: kan {out} niet schrijven: "), line
        assert out.read_text(encoding="utf-8") == "old\n"
        assert stat.S_IMODE(out.stat().st_mode) == 0o444
        assert leftovers(tmp_path) == []
    finally:
        out.chmod(0o644)


def test_a_symbolic_link_is_written_through(lekp, tmp_path: Path) -> None:
    target = tmp_path / "target.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(target.name)
    run = lekp(*MOL_CSV, "-o", link)
    assert (run.exit_code, run.stderr) == (0, "")
    assert link.is_symlink() and os.readlink(link) == "target.csv"
    assert target.read_text(encoding="utf-8") == _expected(lekp)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


def test_a_link_to_a_read_only_file_is_refused(lekp, tmp_path: Path) -> None:
    target = tmp_path / "target.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o444)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    try:
        error_line(lekp(*MOL_CSV, "-o", link))
        assert target.read_text(encoding="utf-8") == "old\n"
        assert link.is_symlink()
    finally:
        target.chmod(0o644)


def test_a_dangling_link_creates_its_target(lekp, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    link = tmp_path / "sub" / "link.csv"
    link.symlink_to("../created.csv")
    run = lekp(*MOL_CSV, "-o", link)
    assert (run.exit_code, run.stderr) == (0, "")
    assert link.is_symlink()
    assert (tmp_path / "created.csv").read_text(encoding="utf-8") == _expected(lekp)
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "sub") == []


def test_a_link_into_a_missing_folder_names_that_folder(lekp, tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to("nowhere/created.csv")
    line = error_line(lekp(*MOL_CSV, "-o", link))
    assert line == f"lekp: fout: kan {link} niet schrijven: de map {tmp_path / 'nowhere'} bestaat niet", line
    assert not (tmp_path / "nowhere").exists()


def test_a_link_loop_is_one_line(lekp, tmp_path: Path) -> None:
    link = tmp_path / "loop.csv"
    link.symlink_to("loop.csv")
    line = error_line(lekp(*MOL_CSV, "-o", link))
    assert line.startswith(f"lekp: fout: kan {link} niet schrijven: "), line
    assert link.is_symlink()
