"""The HTML renderer: self-contained, escaped, footnotes with unique anchors, narrow screens."""

from __future__ import annotations

import re

from lekp_calc.render import Format
from lekp_calc.render.html import STYLE
from lekp_calc.views.model import Cell, Column, Table

from .helpers import EVIL, REALISATIONS, hostile_municipalities, rendered, small_table, table_view

LAADPUNTEN = REALISATIONS.parents[1] / "check" / "corpus" / "base" / "laadpunten.csv"
# nothing is fetched: addresses of sources are text, never a link, a source or an import
EXTERNAL = ("<script", "<link", "src=", "url(http", "@import", "href=\"http")


def test_a_small_table():
    out = rendered(table_view(small_table()), Format.HTML)
    assert out.startswith('<!DOCTYPE html>\n<html lang="nl">')
    head = '<th scope="col" data-key="a">a</th><th scope="col" class="num" data-key="n">n</th>'
    assert f"<thead><tr>{head}</tr></thead>" in out
    assert '<tr><td>x|y</td><td class="num">1.000</td></tr>' in out


def test_every_command_writes_a_self_contained_page(lekp):
    for args in (
        ["targets", "-g", "Mol"],
        ["targets", "-p", "Limburg"],
        ["gemeenten"],
        ["werven"],
        ["summary"],
        ["compare", "-g", "Mol", "-g", "Gent"],
        ["trajectory", "-g", "Mol"],
        ["progress", "-g", "Mol", "--realisaties", REALISATIONS],
        ["report", "-g", "Mol", "--realisaties", REALISATIONS],
        ["laadpunten", LAADPUNTEN],
        ["laadpunten", LAADPUNTEN, "--als-realisaties"],
    ):
        result = lekp(*args, "-f", "html")
        assert result.exit_code == 0, (args, result.stderr)
        html = result.stdout
        assert html.startswith("<!DOCTYPE html>") and html.endswith("</html>\n")
        for external in EXTERNAL:
            assert external not in html, (args, external)
        ids = re.findall(r' id="([^"]+)"', html)
        assert len(ids) == len(set(ids)), args  # every anchor unique


def test_names_are_escaped(lekp, tmp_path):
    municipalities = hostile_municipalities(tmp_path)
    for args in (["gemeenten", "13025"], ["targets", "-g", "13025"], ["report", "-g", "13025"]):
        html = lekp(*args, "--municipalities", municipalities, "-f", "html").stdout
        assert "<img" not in html
        assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
        assert EVIL not in html


def test_footnotes_link_to_unique_anchors():
    note = "een noot"
    first = Table([Column("a", "a")], [[Cell("x", note=note)]])
    second = Table([Column("a", "a")], [[Cell("y", note="<b>andere</b>")], [Cell("z", note=note)]])
    view = table_view(first)
    view.content = lambda: [first, second]
    html = rendered(view, Format.HTML)
    assert html.count('<sup><a href="#note-1">1</a></sup>') == 2
    assert html.count('<sup><a href="#note-2">2</a></sup>') == 1
    assert html.count('id="note-1"') == 1  # listed under both tables, anchored once
    assert '<li value="1">een noot</li>' in html
    assert '<li id="note-2" value="2">&lt;b&gt;andere&lt;/b&gt;</li>' in html


def test_optional_columns_hide_on_a_narrow_screen_but_the_target_stays(lekp):
    html = lekp("targets", "-g", "Mol", "-f", "html").stdout
    assert '<th scope="col" class="num" data-key="target">Doel</th>' in html  # not optional
    # optional columns carry their priority: the higher, the sooner they go on a narrower screen
    assert 'class="opt opt-2" data-key="ratio"' in html
    assert 'class="num opt opt-1" data-key="target_exact"' in html
    narrow = STYLE.split("@media (max-width: 40rem)", 1)[1].split("@page", 1)[0]
    assert ".opt { display: none; }" in narrow
    assert "@media (max-width: 70rem) { .opt-4, .opt-5 { display: none; }" in STYLE
    assert "@media (max-width: 55rem) { .opt-3 { display: none; }" in STYLE


def test_a_hidden_column_is_announced_at_the_widths_that_hide_it():
    def page(*levels: int) -> str:
        columns = [Column("a", "a")] + [Column(f"c{n}", f"c{n}", optional=n) for n in levels]
        return rendered(table_view(Table(columns, [[Cell("1")] * len(columns)])), Format.HTML)

    note = "niet alle kolommen van de tabel te zien"
    assert note not in page()  # nothing optional, nothing to announce
    # the class names the widest screen that hides a column: opt-4 goes below 70rem, opt-3 below 55rem,
    # opt-1 and opt-2 only below 40rem
    assert '<p class="cols-hidden muted at-70">' in page(1, 4)
    assert '<p class="cols-hidden muted at-55">' in page(3)
    assert '<p class="cols-hidden muted">' in page(1, 2)
    assert "p.cols-hidden { display: none; }" in STYLE.split("@media", 1)[0]  # hidden on a wide screen
    assert "p.cols-hidden.at-70 { display: block; }" in STYLE.split("@media (max-width: 70rem)", 1)[1]
    narrow = STYLE.split("@media (max-width: 40rem)", 1)[1].split("@page", 1)[0]
    assert "p.cols-hidden { display: block; }" in narrow
    printed = STYLE.split("@media print", 1)[1]
    assert "p.cols-hidden { display: none; }" in printed and ".opt" not in printed  # paper shows all


def test_total_rows_and_status_badges(lekp):
    html = lekp("summary", "-f", "html").stdout
    assert '<tr class="total"><td>Vlaanderen</td>' in html
    progress = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "html").stdout
    # Mol at the end of 2025: klimaattafels met (deadline 2024), bomen on the path, hagen behind,
    # renovaties_fossielvrij not reported (grey)
    assert '<span class="badge good">gehaald op de termijn</span>' in progress
    assert '<span class="badge warn">op schema</span>' in progress
    assert '<span class="badge bad">achter op schema</span>' in progress
    assert '<span class="badge none">niet gerapporteerd</span>' in progress
