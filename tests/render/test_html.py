"""The HTML renderer: self-contained, escaped, footnotes with unique anchors, narrow screens."""

from __future__ import annotations

import re

from lekp_calc.render import Format
from lekp_calc.render.html import STYLE
from lekp_calc.views.model import Cell, Column, Table

from .helpers import EVIL, REALISATIONS, hostile_municipalities, rendered, small_table, table_view

EXTERNAL = ("<script", "<link", "src=", "url(", "@import", "https://")


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
    assert 'class="opt" data-key="ratio"' in html and 'class="num opt" data-key="target_exact"' in html
    narrow = STYLE.split("@media (max-width: 40rem)", 1)[1].split("@page", 1)[0]
    assert ".opt { display: none; }" in narrow


def test_total_rows_and_status_badges(lekp):
    html = lekp("summary", "-f", "html").stdout
    assert '<tr class="total"><td>Vlaanderen</td>' in html
    progress = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "html").stdout
    assert '<span class="badge good">behaald</span>' in progress
    assert '<span class="badge bad">achter</span>' in progress
