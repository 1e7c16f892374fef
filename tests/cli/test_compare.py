"""`lekp compare`: gemeenten side by side, absolute and per 1,000 inwoners."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from .common import (
    ENERGIEVERMOGEN_NOTE,
    HEMELWATER_NOTE,
    assert_same_records,
    csv_rows,
    decimal_json,
    one_line_error,
)


def _by(rows):
    return {(r["gemeente"], r["indicator"]): r for r in rows}


def test_two_gemeenten(lekp):
    result = lekp("compare", "-g", "Mol", "-g", "Gent", "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = _by(decimal_json(result.stdout))
    assert len(rows) == 2 * 14
    assert rows["Mol", "bomen"]["inwoners"] == 38_793
    assert rows["Mol", "bomen"]["per_1000_inwoners"] == 1000  # 38,793 x 1 per 38,793 inwoners
    assert rows["Gent", "hagen"]["per_1000_inwoners"] == 500  # 0.5 m per inwoner
    # 19,095 wooneenheden x 50 / 1,000 = 954.75 renovations; 954.75 x 1,000 / 38,793 = 24.6114 …
    assert rows["Mol", "renovaties"]["target_exact"] == D("954.75")
    assert rows["Mol", "renovaties"]["per_1000_inwoners"] == D("24.611")


def test_table(lekp):
    out = lekp("compare", "-g", "Mol", "-g", "Gent").stdout
    assert out.startswith("Vergelijking van 2 gemeenten\n")
    assert "Per 1.000 inwoners" in out
    assert "274.042" in out  # Gent's inwoners and trees


def test_province(lekp):
    rows = decimal_json(lekp("compare", "--provincie", "Limburg", "-w", "1", "-f", "json").stdout)
    assert len({r["nis_code"] for r in rows}) == 38
    assert len(rows) == 38 * 3


def test_gemeenten_file(lekp, tmp_path):
    listed = tmp_path / "regio.txt"
    listed.write_text("Mol\nGeel  # buurgemeente\n", encoding="utf-8")
    rows = decimal_json(lekp("compare", "--gemeenten-file", listed, "-w", "4", "-f", "json").stdout)
    assert [(r["gemeente"], r["indicator"]) for r in rows] == [
        ("Mol", "ontharding"), ("Mol", "hemelwater"), ("Geel", "ontharding"), ("Geel", "hemelwater"),
    ]  # fmt: skip
    piped = lekp("compare", "--gemeenten-file", "-", "-w", "4", "-f", "json", stdin="Mol\nGeel\n")
    assert decimal_json(piped.stdout) == rows


@pytest.mark.parametrize(
    ("mode", "mol", "gent"),
    [("up", D("39"), D("275")), ("down", D("38"), D("274")), ("none", D("38.793"), D("274.042"))],
)
def test_rounding(lekp, mode, mol, gent):
    rows = _by(
        decimal_json(lekp("compare", "-g", "Mol", "-g", "Gent", "--rounding", mode, "-f", "json").stdout)
    )
    assert rows["Mol", "natuurgroenperken"]["target"] == mol  # 38,793 / 1,000 = 38.793
    assert rows["Gent", "natuurgroenperken"]["target"] == gent  # 274,042 / 1,000 = 274.042


def test_notes_in_the_export(lekp):
    rows = _by(csv_rows(lekp("compare", "-g", "Mol", "-g", "Gent", "-f", "csv").stdout))
    assert rows["Gent", "hemelwater"]["note"] == HEMELWATER_NOTE
    assert rows["Mol", "energievermogen"]["note"] == ENERGIEVERMOGEN_NOTE


def test_merger_note(lekp):
    result = lekp("compare", "-g", "Borsbeek", "-g", "Mol", "-w", "1", "-f", "csv")
    assert result.exit_code == 0
    assert "Borsbeek (11007) maakt sinds 1 januari 2025 deel uit van Antwerpen (11002)" in result.stderr
    assert {r["gemeente"] for r in csv_rows(result.stdout)} == {"Antwerpen", "Mol"}


def test_json_equals_the_library_records(lekp, library):
    names = ["Mol", "Gent", "Geel", "Balen", "Dessel", "Retie"]
    cases = (
        ((), {}),
        (("--rounding", "up", "--pact", "2.0"), {"rounding": "up", "pact": "2.0"}),
        (("--jaar", "2024", "--lang", "en"), {"jaar": 2024, "lang": "en"}),
    )
    for args, call in cases:
        result = lekp("compare", *[a for n in names for a in ("-g", n)], "-f", "json", *args)
        assert result.exit_code == 0, result.stderr
        assert_same_records(decimal_json(result.stdout), library.compare(names, **call).records())
    by_province = lekp("compare", "-p", "Limburg", "-f", "json")
    assert_same_records(decimal_json(by_province.stdout), library.compare(provincie="Limburg").records())


def test_errors(lekp):
    line = one_line_error(lekp("compare", "-g", "Mol"), 2)
    assert line.startswith("lekp: fout: --gemeente: noem minstens twee gemeenten")
    assert one_line_error(lekp("compare", "-g", "Mol", "-g", "Moll"), 1).startswith(
        "lekp: fout: onbekende gemeente 'Moll'"
    )
    assert one_line_error(lekp("compare", "-g", "Mol", "-g", "Gent", "--werf", "twee"), 2).startswith(
        "lekp: fout: --werf: "
    )
