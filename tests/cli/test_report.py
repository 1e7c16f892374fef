"""`lekp report`: one self-contained HTML page (or Markdown) of a gemeente."""

from __future__ import annotations

import re

from .common import HEMELWATER_NOTE, REALISATIONS, one_line_error


def test_report_is_self_contained(lekp, tmp_path):
    target = tmp_path / "mol.html"
    result = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>Lokaal Energie- en Klimaatpact: Mol</h1>" in html
    assert html.count("<svg") == 14  # a chart per target of pact 2.1
    assert "38.793" in html  # trees: 38,793 x 1
    assert "21.000" in html  # trees realised: 3,000 + 4,100 + 3,900 + 5,200 + 4,800
    for external in ("<script", "<link", "src=", "url(", "@import", "https://"):
        assert external not in html
    assert "break-inside: avoid" in html and "size: A4" in html
    assert [p.name for p in tmp_path.iterdir()] == ["mol.html"]


def test_html_is_the_default_even_on_stdout(lekp):
    result = lekp("report", "-g", "Mol")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "Geen realisatiebestand opgegeven: enkel de doelstellingen." in result.stdout


def test_general_support_of_the_province_antwerpen(lekp):
    mol = lekp("report", "-g", "Mol").stdout
    assert "Algemene ondersteuning door de provincie Antwerpen" in mol
    assert "De ondersteuning is geciteerd uit" in mol
    gent = lekp("report", "-g", "Gent").stdout
    assert "provincie Antwerpen" not in gent


def test_qualifying_notes_are_footnotes(lekp):
    html = lekp("report", "-g", "Mol").stdout
    footnotes = re.findall(r'<li id="note-(\d+)" value="\1">([^<]*)</li>', html)
    assert HEMELWATER_NOTE in [text for _, text in footnotes]
    for number, _ in footnotes:
        assert f'<sup><a href="#note-{number}">{number}</a></sup>' in html


def test_markdown_report(lekp, tmp_path):
    target = tmp_path / "mol.md"
    result = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS, "-o", target)
    assert result.exit_code == 0, result.stderr
    md = target.read_text(encoding="utf-8")
    assert md.startswith("# Lokaal Energie- en Klimaatpact: Mol\n")
    assert "## Voortgang tot eind 2025" in md
    assert f"]: {HEMELWATER_NOTE}" in md
    # the rounding is said once, under the targets; the basis is among the key facts
    assert md.count("afronding: per doelstelling volgens de catalogus") == 1
    assert md.count("inwoners: 38.793 (op 1 januari 2026)") == 1


def test_english(lekp):
    html = lekp("report", "-g", "Mol", "--lang", "en").stdout
    assert '<html lang="en">' in html
    assert "<h1>Local Energy and Climate Pact: Mol</h1>" in html


def test_records_follow_the_progress(library):
    report = library.report("Mol", realisaties=REALISATIONS)
    assert report.records() == library.progress("Mol", realisaties=REALISATIONS).records()
    assert library.report("Mol").records() == library.targets(["Mol"]).records()


def test_json_and_csv_are_refused(lekp):
    # The report is a page for people; its records are those of `lekp progress` / `lekp targets`.
    for fmt in ("json", "csv", "table"):
        line = one_line_error(lekp("report", "-g", "Mol", "-f", fmt), 2)
        assert line == f"lekp: fout: --format: '{fmt}' bestaat niet; kies uit: html, markdown"


def test_errors(lekp, tmp_path):
    assert one_line_error(lekp("report"), 2) == "lekp: fout: --gemeente: noem één gemeente: --gemeente NAAM"
    assert one_line_error(lekp("report", "-g", "Mol", "--tot", "2024"), 2).startswith("lekp: fout: --tot: ")
    assert one_line_error(lekp("report", "-g", "Moll"), 1).startswith("lekp: fout: onbekende gemeente 'Moll'")
    line = one_line_error(lekp("report", "-g", "Mol", "-o", tmp_path / "mol.txt"), 2)
    assert line.startswith("lekp: fout: --output: ") and ".html" in line
