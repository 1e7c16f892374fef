"""Choosing the format and writing it (cli/show.py and output.py), the same for every command."""

from __future__ import annotations

import json

import pytest

from lekp_calc.cli.show import choose_format
from lekp_calc.errors import UsageError
from lekp_calc.render import Format

from .common import (
    ENERGIEVERMOGEN_NOTE,
    HEMELWATER_NOTE,
    REALISATIONS,
    csv_rows,
    decimal_json,
    one_line_error,
)

# Every command that exports records, with its arguments.
EXPORTS = {
    "targets": ["targets", "-g", "Mol"],
    "werven": ["werven"],
    "summary": ["summary"],
    "compare": ["compare", "-g", "Mol", "-g", "Gent"],
    "trajectory": ["trajectory", "-g", "Mol"],
    "progress": ["progress", "-g", "Mol", "--realisaties", str(REALISATIONS)],
}


def test_the_format_comes_from_format_then_excel_then_the_extension():
    assert choose_format(None, "-", False) is Format.TABLE
    assert choose_format("JSON ", "-", False) is Format.JSON
    assert choose_format(None, "-", True) is Format.CSV
    assert choose_format(None, "x.CSV", False) is Format.CSV
    assert choose_format(None, "x.json", False) is Format.JSON
    assert choose_format(None, "x.md", False) is Format.MARKDOWN
    assert choose_format(None, "x.htm", False) is Format.HTML
    assert choose_format("markdown", "x.json", False) is Format.MARKDOWN  # --format wins
    assert choose_format(None, "-", False, allowed=(Format.CSV,)) is Format.CSV  # a template is CSV
    assert choose_format(None, "-", False, allowed=(Format.HTML, Format.MARKDOWN)) is Format.HTML
    with pytest.raises(UsageError):
        choose_format("table", "x.txt", False)
    with pytest.raises(UsageError):
        choose_format(None, "x.txt", False)


def test_csv_file_without_format(lekp, tmp_path):
    target = tmp_path / "mol.csv"
    result = lekp("targets", "-g", "Mol", "-o", target)
    assert result.exit_code == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", "")
    text = target.read_text(encoding="utf-8")
    assert "─" not in text and "Werf 1: Laten we een boom opzetten" not in text  # not the box table
    rows = csv_rows(text)
    assert len(rows) == 14 and rows[0]["gemeente"] == "Mol"
    assert [p.name for p in tmp_path.iterdir()] == ["mol.csv"]  # no temporary file left


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("mol.json", lambda text: len(json.loads(text)) == 14),
        ("mol.md", lambda text: text.startswith("# Mol · NIS 13025") and "| Doelstelling |" in text),
        ("mol.markdown", lambda text: text.startswith("# Mol · NIS 13025")),
        ("mol.html", lambda text: text.startswith("<!DOCTYPE html>") and "<table" in text),
        ("MOL.HTM", lambda text: text.startswith("<!DOCTYPE html>")),
    ],
)
def test_other_files_without_format(lekp, tmp_path, name, check):
    target = tmp_path / name
    result = lekp("targets", "-g", "Mol", "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert check(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "html"])
def test_every_file_format_with_format(lekp, tmp_path, fmt):
    target = tmp_path / "uitvoer.dat"
    result = lekp("targets", "-g", "Mol", "-f", fmt, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert "Mol" in target.read_text(encoding="utf-8")


def test_table_is_never_written_to_a_file(lekp, tmp_path):
    line = one_line_error(lekp("targets", "-g", "Mol", "-f", "table", "-o", tmp_path / "x.txt"), 2)
    assert line == (
        "lekp: fout: --output: een tabel voor de terminal wordt niet naar een bestand geschreven; "
        "kies --format csv, json, markdown, html, xlsx"
    )
    line = one_line_error(lekp("targets", "-g", "Mol", "-o", tmp_path / "x.txt"), 2)
    assert line.startswith("lekp: fout: --output: het formaat van ")
    assert "(.csv, .json, .md, .markdown, .html, .htm, .xlsx); geef --format" in line
    assert list(tmp_path.iterdir()) == []


def test_output_to_a_folder_is_refused(lekp, tmp_path):
    line = one_line_error(lekp("targets", "-g", "Mol", "-o", tmp_path), 1)
    folder = "dat is een map (of eindigt op '/'); geef een bestandsnaam"
    assert line == f"lekp: fout: kan {tmp_path} niet schrijven: {folder}"
    line = one_line_error(lekp("targets", "-g", "Mol", "-f", "csv", "-o", tmp_path, "--lang", "en"), 1)
    assert line == f"lekp: error: cannot write {tmp_path}: it is a folder (or ends in '/'); give a file name"


def test_excel_is_csv(lekp, tmp_path):
    target = tmp_path / "mol.csv"
    assert lekp("targets", "-g", "Mol", "--excel", "-o", target).exit_code == 0
    assert target.read_bytes().startswith("\ufeff".encode())
    line = one_line_error(lekp("targets", "-g", "Mol", "--excel", "-f", "markdown"), 2)
    assert line == "lekp: fout: --excel: --excel schrijft CSV, niet markdown"
    # --excel writes CSV: not into a file whose extension names another format
    odd = tmp_path / "mol.md"
    line = one_line_error(lekp("targets", "-g", "Mol", "--excel", "-o", odd), 2)
    assert line.startswith("lekp: fout: --excel: schrijft CSV, niet in ")
    assert not odd.exists()


@pytest.mark.parametrize("command", list(EXPORTS))
def test_every_export_row_has_a_note_column(lekp, command):
    result = lekp(*EXPORTS[command], "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert rows and all("note" in row for row in rows)
    notes = {row["indicator"]: row["note"] for row in rows}
    assert notes["hemelwater"] == HEMELWATER_NOTE
    assert notes["energievermogen"] == ENERGIEVERMOGEN_NOTE
    assert notes["bomen"] == ""
    parsed = decimal_json(lekp(*EXPORTS[command], "-f", "json").stdout)
    assert {row["indicator"]: row["note"] for row in parsed}["bomen"] is None


def test_notes_go_to_stderr_and_data_to_stdout(lekp, tmp_path):
    for fmt in ("table", "csv", "json", "markdown", "html"):
        result = lekp("targets", "-g", "Borsbeek", "-w", "1", "-f", fmt)
        assert result.exit_code == 0
        assert result.stderr.startswith("lekp: noot: Borsbeek (11007) maakt sinds 1 januari 2025 deel uit")
        assert "Borsbeek" not in result.stdout
        assert "Antwerpen" in result.stdout
    target = tmp_path / "a.csv"
    result = lekp("targets", "-g", "Borsbeek", "-w", "1", "-o", target)
    assert result.stdout == "" and "Borsbeek (11007)" in result.stderr
