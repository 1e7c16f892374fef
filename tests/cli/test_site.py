"""`lekp site`: the command around `Lekp.site()`: its options, its refusals, its languages."""

from __future__ import annotations

import subprocess
import sys

from .common import one_line_error


def test_the_site_is_written_where_asked(lekp, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    result = lekp("site", "-o", tmp_path / "site", "--grondgebied", "2024", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    pages = list((tmp_path / "site" / "gemeente").glob("*.html"))
    assert len(pages) == 300  # the gemeenten that signed the pact
    page = (tmp_path / "site" / "gemeente" / "borsbeek.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    assert not (tmp_path / "site" / "en").exists()  # one language: at the root


def test_without_an_output_folder_the_command_is_refused(lekp):
    line = one_line_error(lekp("site"), 2)
    assert "-o" in line


def test_a_folder_that_is_not_a_site_is_refused(lekp, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    line = one_line_error(lekp("site", "-o", tmp_path), 1)
    assert "niet leeg" in line and ".lekp-site" in line
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_language_twice_or_unknown_is_refused(lekp, tmp_path):
    line = one_line_error(lekp("site", "-o", tmp_path / "s", "--lang", "nl", "--lang", "nl"), 2)
    assert line.startswith("lekp: fout: --lang: nl staat twee keer")
    one_line_error(lekp("site", "-o", tmp_path / "s", "--lang", "fr"), 2)
    assert not (tmp_path / "s").exists()


def test_tot_needs_realisations(lekp, tmp_path):
    line = one_line_error(lekp("site", "-o", tmp_path / "s", "--tot", "2025"), 2)
    assert "--realisaties" in line


def test_a_bad_realisations_file_is_one_line_and_writes_nothing(lekp, tmp_path):
    bad = tmp_path / "r.csv"
    bad.write_text("indicator,jaar,waarde\nbomen,2021,veel\n", encoding="utf-8")
    line = one_line_error(lekp("site", "-o", tmp_path / "s", "--realisaties", bad), 1)
    assert "r.csv:2" in line
    assert not (tmp_path / "s").exists()


def test_the_targets_command_does_not_load_the_site():
    """`lekp targets --gemeente Mol` stays lean: nothing of the site, nor Jinja2, is imported."""
    script = (
        "import sys\n"
        "from lekp_calc.cli import main\n"
        "try:\n"
        "    main(['targets', '--gemeente', 'Mol', '-f', 'csv'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in sys.modules if m.startswith(('lekp_calc.site', 'jinja2', 'markupsafe'))]\n"
        "print(loaded, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "[]"
