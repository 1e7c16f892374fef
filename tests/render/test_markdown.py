"""The Markdown renderer: pipe tables, footnotes, and every text escaped."""

from __future__ import annotations

from lekp_calc.render import Format
from lekp_calc.render.markdown import escape
from lekp_calc.views.model import Cell, Column, Kind, Table

from .helpers import EVIL, hostile_municipalities, rendered, small_table, table_view


def test_table_escapes_pipes():
    out = rendered(table_view(small_table()), Format.MARKDOWN)
    assert out == "# Titel\n\n| a | n |\n|---|---:|\n| x\\|y | 1.000 |\n\n"


def test_escape():
    assert escape("a|b") == "a\\|b"
    assert escape("[klik](javascript:alert(1))") == "\\[klik\\](javascript:alert(1))"
    assert escape("*vet* en `code`") == "\\*vet\\* en \\`code\\`"
    assert escape("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert escape("twee\nlijnen") == "twee lijnen"  # a cell or heading stays on one line
    assert escape("\x1b[31mrood") == "\\\\x1b\\[31mrood"  # a terminal escape made visible, then literal


def test_raw_html_from_a_name_is_escaped(lekp, tmp_path):
    municipalities = hostile_municipalities(tmp_path)
    for args in (
        ["gemeenten", "13025"],
        ["targets", "-g", "13025", "-w", "1"],
        ["compare", "-g", "13025", "-g", "Gent", "-w", "1"],
        ["summary", "--per", "gemeente", "-g", "13025", "-g", "Gent", "-w", "1"],
        ["report", "-g", "13025"],
    ):
        result = lekp(*args, "--municipalities", municipalities, "-f", "markdown")
        assert result.exit_code == 0, result.stderr
        assert EVIL not in result.stdout
        assert "<img" not in result.stdout
        assert "&gt;&lt;img src=x onerror=alert(1)&gt;" in result.stdout


def test_qualifying_notes_become_footnotes(lekp):
    out = lekp("targets", "-g", "Mol", "-w", "4", "-f", "markdown").stdout
    assert (
        "| Extra hemelwateropvang voor hergebruik, buffering of infiltratie in bestaande bebouwing[^1] |"
        in out
    )
    assert "[^1]: opvang of infiltratie die in nieuwe verkavelingen verplicht is, telt niet\n" in out


def test_footnotes_are_numbered_across_the_document():
    note = "een noot"
    other = "een andere noot"
    first = Table([Column("a", "a")], [[Cell("x", note=note)]])
    second = Table([Column("a", "a")], [[Cell("y", note=other)], [Cell("z", note=note)]])
    view = table_view(first)
    view.content = lambda: [first, second]
    out = rendered(view, Format.MARKDOWN)
    assert "| x[^1] |" in out and "| y[^2] |" in out and "| z[^1] |" in out
    assert out.count("[^1]: een noot") == 2  # under each table that uses it
    assert out.count("[^2]: een andere noot") == 1


def test_total_rows_are_bold_and_numbers_right_aligned():
    table = Table(
        [Column("g", "Groep"), Column("n", "Doel", Kind.NUMBER, unit="m²")],
        [[Cell("A"), Cell("1", 1)], [Cell("Totaal"), Cell("1", 1)]],
        total_rows={1},
    )
    out = rendered(table_view(table), Format.MARKDOWN)
    assert "| Groep | Doel (m²) |\n|---|---:|\n| A | 1 |\n| **Totaal** | **1** |\n" in out


def test_markdown_of_mol(lekp):
    out = lekp("targets", "-g", "Mol", "-f", "markdown", "-w", "3").stdout
    assert out.startswith("# Mol · NIS 13025")
    # 38,793 x 1.5 / 100 = 581.895, rounded half up to 582
    assert (
        "| (Semi-)publieke laadequivalenten | 1,5 per 100 inwoners | 2030 | 581,895 | 582 | stuks |"
        in out
    )


def test_a_group_is_named_on_its_first_row(lekp):
    out = lekp("compare", "-g", "Mol", "-g", "Geel", "-w", "4", "-f", "markdown").stdout
    rows = [line for line in out.splitlines() if "| Mol |" in line or "| Geel |" in line]
    assert rows[2:] == [
        "| Onthard oppervlak (m²) | Mol | 38.793 | 1.000 |",  # Mol: 38,793 inwoners × 1 m² (2026)
        "|  | Geel | 42.650 | 1.000 |",  # Geel: 42,650 inwoners × 1 m²
        "| Extra hemelwateropvang voor hergebruik, buffering of infiltratie in bestaande bebouwing (m³)[^1] "
        "| Mol | 38.793 | 1.000 |",
        "|  | Geel | 42.650 | 1.000 |",
    ]
