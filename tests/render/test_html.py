"""The HTML renderer: self-contained, escaped, footnotes with unique anchors, narrow screens."""

from __future__ import annotations

import re

from lekp_calc.render import Format
from lekp_calc.render.html import STYLE
from lekp_calc.views.model import Cell, Column, Kind, Section, Table

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
    first = Table([Column("a", "a")], [[Cell("x", note=note)]], key="eerste")
    second = Table([Column("a", "a")], [[Cell("y", note="<b>andere</b>")], [Cell("z", note=note)]])
    view = table_view(first)
    view.content = lambda: [first, second]
    html = rendered(view, Format.HTML)
    # a note keeps its number on the whole page, and each table lists its notes under it, with ids of
    # its own: a link leads to the list under its table
    assert html.count('<sup><a href="#eerste-note-1">1</a></sup>') == 1
    assert '<li id="eerste-note-1" value="1">een noot</li>' in html
    assert html.count('<sup><a href="#table-note-1">1</a></sup>') == 1  # a table without key gets one
    assert html.count('<sup><a href="#table-note-2">2</a></sup>') == 1
    assert '<li id="table-note-2" value="2">&lt;b&gt;andere&lt;/b&gt;</li>' in html
    assert '<li id="table-note-1" value="1">een noot</li>' in html
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    for target in re.findall(r'href="#([^"]+)"', html):
        assert ids.count(target) == 1


def test_a_section_lists_the_notes_of_its_tables_once():
    note = "een noot"
    tables = [Table([Column("a", "a")], [[Cell(str(n), note=note)]], key=f"t{n}") for n in range(3)]
    view = table_view(tables[0])
    view.content = lambda: [Section("Drie tabellen", list(tables), key="drie", notes_once=True)]
    html = rendered(view, Format.HTML)
    assert html.count("een noot</li>") == 1  # listed once, at the end of the section
    assert html.count('<sup><a href="#drie-note-1">1</a></sup>') == 3
    assert '<li id="drie-note-1" value="1">een noot</li></ol>\n</section>' in html


def test_ids_repeated_by_a_view_are_made_unique():
    table = Table([Column("a", "a")], [[Cell("x", note="n")]], key="dubbel")
    view = table_view(table)
    view.content = lambda: [Section("Een", [table], key="dubbel"), Section("Twee", [table], key="dubbel")]
    html = rendered(view, Format.HTML)
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids)) and {"dubbel", "dubbel-2", "dubbel-3", "dubbel-4"} <= set(ids)


def test_a_report_opens_with_a_table_of_contents(lekp):
    html = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS).stdout
    contents = html[html.index('<nav class="contents"') : html.index("</nav>")]
    assert html.index("</nav>") < html.index("<main>")
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', contents)
    assert [name for _, name in links][:3] == ["Samenvatting", "Kerngegevens", "Doelstellingen per werf"]
    werf2 = "Werf 2: Verrijk je wijk (collectieve renovatie en hernieuwbare energie met de burgers)"
    assert ("werf-2", werf2) in links
    ids = re.findall(r' id="([^"]+)"', html)
    for target, _ in links:
        assert ids.count(target) == 1, target
    # other views are no documents to leaf through: no contents
    assert '<nav class="contents"' not in lekp("targets", "-g", "Mol", "-f", "html").stdout


def test_optional_columns_hide_on_a_narrow_screen_but_the_target_stays(lekp):
    html = lekp("targets", "-g", "Mol", "-f", "html").stdout
    assert '<th scope="col" class="num" data-key="target">Doel</th>' in html  # not optional
    # optional columns carry their priority: the higher, the sooner they go on a narrower screen
    assert 'class="opt opt-2" data-key="ratio"' in html
    assert 'class="num opt opt-1" data-key="target_exact"' in html
    narrow = STYLE.split("@media screen and (max-width: 40rem)", 1)[1].split("@page", 1)[0]
    assert ".opt { display: none; }" in narrow
    assert "@media screen and (max-width: 70rem) {\n  .opt-4, .opt-5 { display: none; }" in STYLE
    assert "@media screen and (max-width: 55rem) {\n  .opt-3 { display: none; }" in STYLE


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
    assert "p.cols-hidden, p.as-blocks { display: none; }" in STYLE.split("@media", 1)[0]  # wide: hidden
    at_70 = STYLE.split("@media screen and (max-width: 70rem)", 1)[1]
    assert "p.cols-hidden.at-70 { display: block; }" in at_70
    narrow = STYLE.split("@media screen and (max-width: 40rem)", 1)[1].split("@page", 1)[0]
    assert "p.cols-hidden { display: block; }" in narrow
    # every query that hides a column or shows the note is for a screen: paper shows every column
    # and never the note
    assert STYLE.count("@media screen and (max-width:") == 3
    assert "@media (max-width" not in STYLE
    printed = STYLE.split("@media print", 1)[1]
    assert ".opt" not in printed and "cols-hidden" not in printed


def test_headers_never_break_inside_a_word():
    # no rule lets a line break inside a word of a header, on any screen or on paper
    for rule in re.findall(r"[^{}]*\{[^{}]*\}", STYLE):
        selector, body = rule.split("{", 1)
        if "th" in re.split(r"[\s,.>+]+", selector):
            assert "anywhere" not in body and "break-all" not in body, rule


def test_a_table_too_wide_for_a_screen_shows_its_rows_as_blocks():
    columns = [Column("label", "Doelstelling")] + [
        Column(f"c{n}", f"Kolomnaam{n} lang", Kind.INTEGER) for n in range(12)
    ]
    wide = Table(columns, [[Cell("Extra bomen")] + [Cell("12.345", 12345)] * 12], key="breed", matrix=True)
    html = rendered(table_view(wide), Format.HTML)
    assert '<table id="breed" class="blocks-1">' in html
    assert '<td class="num" data-label="Kolomnaam3 lang">12.345</td>' in html  # each number names its column
    assert '<p class="as-blocks muted blocks-1">Dit scherm is te smal voor de tabel' in html
    # 13 columns need more than a page of 62rem: below the widest class of screens (70rem) it is blocks,
    # and the line that says so shows under the same condition
    (rule,) = re.findall(r"@media screen and \(max-width: 70rem\) \{ table\.blocks-1 .*", html)
    assert "table.blocks-1, table.blocks-1 tbody, table.blocks-1 tr { display: block; }" in rule
    assert "p.as-blocks.blocks-1 { display: block; }" in rule
    # a narrow table stays a table on every screen
    small = Table(columns[:3], [[Cell("x"), Cell("1", 1), Cell("2", 2)]], key="smal", matrix=True)
    html = rendered(table_view(small), Format.HTML)
    assert "blocks-" not in html


def test_total_rows_and_status_badges(lekp):
    html = lekp("summary", "-f", "html").stdout
    assert re.search(r'<tr class="total"><td( data-label="[^"]+")?>Vlaanderen</td>', html)
    progress = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "html").stdout
    # Mol at the end of 2025: klimaattafels met (deadline 2024), bomen on the path, hagen behind,
    # renovaties_fossielvrij not reported (grey)
    assert '<span class="badge good">gehaald op de termijn</span>' in progress
    assert '<span class="badge warn">op schema</span>' in progress
    assert '<span class="badge bad">achter op schema</span>' in progress
    assert '<span class="badge none">niet gerapporteerd</span>' in progress
