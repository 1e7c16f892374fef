"""`lekp werven`: the catalogue under a pact version."""

from __future__ import annotations

from decimal import Decimal as D

from .common import (
    ENERGIEVERMOGEN_NOTE,
    HEMELWATER_NOTE,
    assert_same_records,
    csv_rows,
    decimal_json,
    one_line_error,
)


def test_catalogue_of_pact_1(lekp):
    rows = decimal_json(lekp("werven", "-f", "json", "--pact", "1.0").stdout)
    assert len(rows) == 11
    laadpunten = next(r for r in rows if r["indicator"] == "laadpunten")
    assert laadpunten["ratio"] == D("0.01")  # 1 per 100 inwoners under pact 1.0
    assert laadpunten["headline"] == 66000


def test_table(lekp):
    out = lekp("werven").stdout
    assert "Werf 4: Water is het nieuwe goud" in out
    assert "Engagementen zonder ratio" in out
    english = lekp("werven", "--lang", "en").stdout
    assert "Werf 1: Let's plant a tree" in english
    assert "Engagements that are not ratios" in english


def test_markdown_of_one_werf(lekp):
    md = lekp("werven", "-f", "markdown", "--werf", "3", "--pact", "2.0").stdout
    assert "| laadpunten | (Semi-)publieke laadequivalenten | 1,5 per 100 inwoners | 2030 | 2.0 |" in md
    assert "Werf 1" not in md


def test_notes_in_the_export(lekp):
    rows = {r["indicator"]: r for r in csv_rows(lekp("werven", "-f", "csv").stdout)}
    assert rows["hemelwater"]["note"] == HEMELWATER_NOTE
    assert rows["energievermogen"]["note"] == ENERGIEVERMOGEN_NOTE
    assert rows["energievermogen"]["ratio"] == "0.072"  # 36 kWp / 500 inwoners


def test_json_equals_the_library_records(lekp, library):
    for args, call in (
        ((), {}),
        (("--pact", "1.0"), {"pact": "1.0"}),
        (("--werf", "2", "--lang", "en"), {"werf": 2, "lang": "en"}),
    ):
        result = lekp("werven", "-f", "json", *args)
        assert result.exit_code == 0, result.stderr
        assert_same_records(decimal_json(result.stdout), library.werven(**call).records())


def test_errors(lekp):
    assert one_line_error(lekp("werven", "--werf", "twee"), 2).startswith("lekp: fout: --werf: ")
    assert one_line_error(lekp("werven", "--pact", "9"), 2).startswith("lekp: fout: --pact: ")
    assert one_line_error(lekp("werven", "--werf", "twee", "--lang", "en"), 2).startswith(
        "lekp: error: --werf: "
    )
