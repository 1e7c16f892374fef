"""The HTML renderer: one self-contained page for any view (the council report among them).

No scripts, fonts, stylesheets or images are fetched: the style is inline and every chart
or map is inline SVG, so the file works offline and can be mailed as it is. Every text is
escaped. Every id of the page is unique, and a footnote link leads to the list under its
own table (or, in a section that lists its notes once, at the section's end). A long
document (a report) opens with a table of contents.

A screen: on a narrow one the optional columns are hidden (as in a narrow terminal, and a
line under the table says so, shown only at the widths that hide them) and the others wrap,
so the target column stays in view; a table still too wide for the screen shows each row as
a block, every number named by its column, and a line says so. Headers wrap between words
only, never inside one.

Paper (A4): every column is printed, in a smaller type, and no line that is only true on a
screen is printed; a table row, a chart or a map is never cut in two, and a heading stays
with what follows it. A table too wide for a portrait page gets a landscape page of its own
(a named page, `@page wide`).
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Sequence
from html import escape
from typing import TextIO

from ..messages import text
from ..views.model import (
    Block,
    Bullets,
    Facts,
    Figure,
    Footnotes,
    Paragraph,
    Section,
    Style,
    Table,
    View,
    without_bars,
)

GRID = 2.5  # rem: the step of the widths at which a site's tables turn to blocks
PAGE_REM_MAX = 70  # the widest a table turns to blocks at (see _blocks_below)
# The widths (rem) below which a screen hides optional columns (see the style).
NARROW = (70, 55, 40)
PAGE_REM = 62  # the widest the text of a page gets on a screen (body max-width)
PAPER_PT = 8.0  # the type of a table on paper
PORTRAIT_PT = 180 / 25.4 * 72  # an A4 page's text, 210 mm less 2 x 15 mm of margin, in points
# The width of a character in em (header in bold, cell) and a cell's padding in em of its type. On
# paper on the wide side (DejaVu Sans, which Linux puts behind system-ui, digits 0.64 em): a table
# estimated to fit a portrait page fits it in any of the page's fonts. On a screen as measured in
# chromium: a table turns to blocks where it would no longer fit.
METRICS = {
    "paper": (0.7 * 7 / 8, 0.64, 0.65),  # headers are 7 pt in a table of 8 pt
    "screen": (0.62, 0.6, 0.98),
    "matrix": (0.62, 0.6, 0.625),  # on a screen, in the narrower cells of a matrix
}

_STYLE = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --good: #1a7f37; --warn: #9a6700;
        --bad: #cf222e; --none: #6e7781; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
       color: var(--ink); margin: 2rem auto; max-width: 62rem; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
p.subtitle { color: var(--muted); margin-top: 0; }
nav.contents ol { margin: .2rem 0; padding-left: 1.4rem; }
nav.contents ol.sub { display: inline; padding: 0; }
nav.contents ol.sub li { display: inline; }
nav.contents ol.sub li:first-child::before { content: ": "; }
nav.contents ol.sub li + li::before { content: " · "; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 .5rem; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top;
         overflow-wrap: normal; word-break: normal; hyphens: none; }
th { font-weight: 600; vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.total td { font-weight: 600; border-top: 2px solid var(--line); }
.muted, p.note, .support { color: var(--muted); font-size: .9rem; }
.good { color: var(--good); } .warn { color: var(--warn); } .bad { color: var(--bad); }
.none { color: var(--none); } .strong { font-weight: 600; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: .75rem; color: #fff; font-size: .85rem;
         max-width: 15rem; }  /* a status with its missing years wraps inside its badge */
.badge.good { background: var(--good); color: #fff; } .badge.warn { background: var(--warn); color: #fff; }
.badge.bad { background: var(--bad); color: #fff; } .badge.none { background: var(--none); color: #fff; }
.badge.muted { background: var(--none); color: #fff; }
div.support li { overflow-wrap: anywhere; }  /* a long address wraps instead of widening the page */
ol.footnotes { font-size: .85rem; color: var(--muted); padding-left: 1.4rem; }
blockquote { margin: .3rem 0 .3rem 1rem; color: var(--muted); }
figure { margin: 1rem 0; padding: .6rem; border: 1px solid var(--line); border-radius: .4rem;
         break-inside: avoid; page-break-inside: avoid; }
figure figcaption { font-weight: 600; }
figure p { margin: .2rem 0 0; font-size: .9rem; color: var(--muted); }
figure svg { width: 100%; height: auto; display: block; }
figure.map svg.map { max-height: 36rem; }
figure.locator svg.map { max-width: 22rem; max-height: 22rem; }
figure svg.legend { width: auto; height: 1.4rem; max-width: 100%; margin-top: .4rem; }
ol.map-key { columns: 13rem; column-gap: 1.2rem; font-size: .85rem; margin: .5rem 0 0; padding-left: 2.2rem; }
ol.map-key li { break-inside: avoid; }
div.scroll { overflow-x: auto; }
div.scroll table { font-size: .8rem; }
div.scroll th, div.scroll td { padding: .3rem .25rem; }
section.summary { border: 2px solid var(--line); border-radius: .5rem; padding: .2rem 1rem .8rem; }
footer { margin-top: 2rem; font-size: .85rem; color: var(--muted); }
p.cols-hidden, p.as-blocks { display: none; }
@media screen and (max-width: 70rem) {
  .opt-4, .opt-5 { display: none; } p.cols-hidden.at-70 { display: block; }
}
@media screen and (max-width: 55rem) {
  .opt-3 { display: none; } p.cols-hidden.at-55 { display: block; }
}
@media screen and (max-width: 40rem) {
  body { margin: 1rem auto; padding: 0 .4rem; font-size: .95rem; }
  table { font-size: .78rem; }
  th, td { padding: .2rem .15rem; }
  .badge { white-space: normal; padding: .05rem .2rem; font-size: .7rem; }  /* 'niet gerapporteerd' fits */
  .opt { display: none; }
  p.cols-hidden { display: block; }
}
@page { size: A4; margin: 15mm; }
@page wide { size: A4 landscape; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h2, h3, h4, figcaption { break-after: avoid; page-break-after: avoid; }
  tr, figure, section.werf, nav.contents li { break-inside: avoid; page-break-inside: avoid; }
  /* Paper cannot scroll or be widened: every number stays, in a smaller type, and headers wrap
     between words; a table too wide for a portrait page gets a landscape page of its own. */
  table, div.scroll table { font-size: 8pt; line-height: 1.25; }
  th, td, div.scroll th, div.scroll td { padding: .15rem .2rem; }
  th { font-size: 7pt; }
  /* across a page there is room: a label of a wide table on one line makes its rows half as high */
  section.wide td:first-child { width: 32%; }
  .badge { white-space: normal; padding: 0 .2rem; font-size: 7pt; }
  div.wide, section.wide, figure.landscape { page: wide; }
  div.scroll { overflow: visible; }
  section > h2 { margin-top: 1.2rem; }
  figure { margin: .5rem 0; padding: .3rem .5rem; }
  figure.map svg.map { max-height: 95mm; }
  figure.landscape svg.map { max-height: 125mm; }
  figure p { font-size: 8.5pt; }
  figure.locator svg.map { max-height: 70mm; max-width: 110mm; }
  figure svg.chart { max-height: 80mm; }
  ol.map-key { columns: 4; font-size: 7.5pt; }
  section.wide ol.map-key { columns: 6; }
  nav.contents { font-size: 9pt; }
}
"""

# A table shown as blocks below the width `w` that fits it (its class `blocks-{n}`): the header row
# is kept for screen readers, each cell names its column.
_BLOCKS = (
    "@media screen and (max-width: {w}rem) {{ "
    "table.blocks-{n} thead {{ position: absolute; width: 1px; height: 1px; overflow: hidden; "
    "clip: rect(0 0 0 0); }} "
    "table.blocks-{n}, table.blocks-{n} tbody, table.blocks-{n} tr {{ display: block; }} "
    "table.blocks-{n} tr {{ border-bottom: 1px solid var(--line); padding: .3rem 0; }} "
    "table.blocks-{n} td {{ display: inline-block; border: 0; padding: .05rem .9rem .05rem 0; "
    "text-align: left; }} "
    "table.blocks-{n} td:first-child {{ display: block; font-weight: 600; }} "
    'table.blocks-{n} td + td::before {{ content: attr(data-label) ": "; color: var(--muted); '
    "font-weight: normal; }} "
    "p.as-blocks.blocks-{n} {{ display: block; }} }}"
)

STYLE = _STYLE


def _style(widths: list[float]) -> str:
    """The page's style, with the block layout of each table too wide for some screens: one rule
    per width below which tables turn to blocks (`blocks-1` for the first of `widths`, …)."""
    return STYLE + "\n".join(_BLOCKS.format(w=_length(w), n=n) for n, w in enumerate(widths, start=1)) + "\n"


def _length(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


_CLASS = {
    Style.GOOD: "good",
    Style.WARN: "warn",
    Style.BAD: "bad",
    Style.MUTED: "muted",
    Style.STRONG: "strong",
    Style.NONE: "none",
}


def render(view: View, stream: TextIO) -> None:
    """Write `view` as one self-contained HTML document."""
    page = _Page(view.lang)
    page.assign(view.blocks)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(view.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(view.title)}</title>",
        f"<style>{_style(page.widths)}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{escape(view.title)}</h1>",
        f'<p class="subtitle">{escape(view.subtitle)}</p>' if view.subtitle else "",
        "</header>",
        _contents(page) if view.contents else "",
        "<main>",
    ]
    stream.write("\n".join(part for part in parts if part) + "\n")
    _blocks(view.blocks, stream, 2, page)
    stream.write("</main>\n")
    if view.notes:
        stream.write("<footer>" + "".join(f"<p>{escape(note)}</p>" for note in view.notes) + "</footer>\n")
    stream.write("</body>\n</html>\n")


class Fragments:
    """The blocks of several views as HTML fragments of one page (the site's pages, whose frame a
    template writes): ids stay unique and footnotes numbered across every fragment of the page.

    Render the fragments in the order they appear on the page; `style()` then gives the rules
    the page needs beyond `STYLE` (tables shown as blocks on narrow screens).
    """

    def __init__(self, lang: str, *, autolink: bool = False) -> None:
        self._page = _Page(lang)
        self._page.autolink = autolink
        self._page.grid = True

    def render(self, blocks: Sequence[Block], level: int = 2) -> str:
        """`blocks` as HTML, their headings starting at `level` (2: `<h2>`)."""
        self._page.assign(blocks)
        stream = io.StringIO()
        _blocks(blocks, stream, level, self._page)
        return stream.getvalue()

    @staticmethod
    def style() -> str:
        """The rules every page of fragments shares (a style sheet's): a table too wide for some
        screens is shown as blocks below the width that fits it, rounded up to a step of `GRID` rem
        (the class `blocks-N` is that width in quarters of a rem)."""
        steps = range(math.ceil(20 / GRID), math.floor(PAGE_REM_MAX / GRID) + 1)
        return "\n".join(_BLOCKS.format(w=_length(k * GRID), n=round(k * GRID * 4)) for k in steps) + "\n"


class _Page:
    """What a page keeps while it is written: its ids, each once, and the numbers of its notes."""

    def __init__(self, lang: str) -> None:
        self.lang = lang  # for the renderer's own few words
        self.notes = Footnotes()  # numbered across the page: a note has one number everywhere
        self.taken: set[str] = set()
        self.ids: list[str] = []  # the id of every section, table and figure, in the order written
        self.written = 0
        self.contents: list[tuple[str, str, list[tuple[str, str]]]] = []  # (id, title, [(id, title)])
        self.collecting: list[tuple[str, list[str]]] = []  # sections that list their tables' notes once
        self.whole: list[bool] = []  # per open section: printed on landscape pages as a whole
        self.heading = ""  # a section's heading, to be written with the wide table it heads
        self.widths: list[float] = []  # the widths (rem) below which some table is shown as blocks
        self.blocks: list[int] = []  # per table, in the order written: its number in widths (0: none)
        self.tables_written = 0
        self.autolink = False  # addresses in bullets and paragraphs become links (the site)
        self.grid = False  # the widths at which tables turn to blocks are rounded up to shared ones

    def unique(self, wanted: str) -> str:
        """`wanted`, or `wanted-2`, `wanted-3` … when the page already has it."""
        found, number = wanted, 1
        while found in self.taken:
            number += 1
            found = f"{wanted}-{number}"
        self.taken.add(found)
        return found

    def assign(self, blocks: Iterable[Block], depth: int = 0) -> None:
        """Give every keyed block its unique id before anything is written (the contents link to
        them); a table with notes and a section that lists them need one too."""
        if depth == 0:
            self.unique("contents")
        for block in blocks:
            if not isinstance(block, Section | Table | Figure):
                continue
            noted = isinstance(block, Table) and any(cell.note for row in block.rows for cell in row)
            if block.key:
                ident = self.unique(block.key)
            elif noted:
                ident = self.unique("table")  # its notes' ids are made from it
            elif isinstance(block, Section) and block.notes_once:
                ident = self.unique("section")
            else:
                ident = ""
            self.ids.append(ident)
            title = block.title if isinstance(block, Section | Table) else ""
            if depth == 0 and isinstance(block, Section) and ident:
                self.contents.append((ident, block.title, []))
            elif depth == 1 and ident and title and self.contents and self._inside:
                self.contents[-1][2].append((ident, title))
            if isinstance(block, Table):
                below = _blocks_below(without_bars(block))
                if below is not None and self.grid:
                    # one of a few widths, each with a class of its own that every page shares
                    below = math.ceil(below / GRID) * GRID
                    self.blocks.append(round(below * 4))
                    continue
                if below is not None and below not in self.widths:
                    self.widths.append(below)
                self.blocks.append(self.widths.index(below) + 1 if below is not None else 0)
            if isinstance(block, Section):
                self._inside = depth == 0 and bool(ident)
                self.assign(block.blocks, depth + 1)
                self._inside = False

    _inside = False  # the pre-pass is in a top-level section listed in the contents

    def next_id(self) -> str:
        """The id of the next section, table or figure written."""
        found = self.ids[self.written]
        self.written += 1
        return found


def _contents(page: _Page) -> str:
    """A table of contents: every top-level section, with its sections and titled tables inline."""
    items = []
    for ident, title, subs in page.contents:
        inner = "".join(f'<li><a href="#{escape(sub)}">{escape(name)}</a></li>' for sub, name in subs)
        inner = f'<ol class="sub">{inner}</ol>' if inner else ""
        items.append(f'<li><a href="#{escape(ident)}">{escape(title)}</a>{inner}</li>')
    if not items:
        return ""
    heading = escape(text("report.contents", page.lang))
    return (
        f'<nav class="contents" aria-labelledby="contents"><h2 id="contents">{heading}</h2>'
        f'<ol>{"".join(items)}</ol></nav>'
    )


def _blocks(blocks: Iterable[Block], stream: TextIO, level: int, page: _Page) -> None:
    for block in blocks:
        if isinstance(block, Section):
            ident = page.next_id()
            key = f' id="{escape(ident)}"' if ident else ""
            # Tables too wide for a portrait page get a landscape one, and so do maps as wide as
            # Flanders; when all of a section's tables and figures do, the whole section is printed on
            # landscape pages, its heading and notes with them.
            shown = [b for b in block.blocks if isinstance(b, Table | Figure | Section)]
            whole = bool(shown) and all(_landscape(b) for b in shown)
            names = (["summary"] if block.key == "summary" else []) + (["wide"] if whole else [])
            css = f' class="{" ".join(names)}"' if names else ""
            heading = f"<h{min(level, 6)}>{escape(block.title)}</h{min(level, 6)}>\n"
            first = block.blocks[0] if block.blocks else None
            if not whole and isinstance(first, Table) and _wide(without_bars(first)):
                page.heading = heading  # goes onto the landscape page of the table it heads
                stream.write(f"<section{key}{css}>")
            else:
                stream.write(f"<section{key}{css}>{heading}")
            page.whole.append(whole)
            if block.notes_once:
                page.collecting.append((ident, []))
            _blocks(block.blocks, stream, level + 1, page)
            page.whole.pop()
            if block.notes_once:
                prefix, used = page.collecting.pop()
                _footnotes(used, prefix, stream, page)
            stream.write("</section>\n")
        elif isinstance(block, Table):
            _table(block, stream, level, page)
        elif isinstance(block, Facts):
            body = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in block.items)
            stream.write(f'<dl class="facts">{body}</dl>\n')
        elif isinstance(block, Paragraph):
            css = f' class="{_CLASS[block.style]}"' if block.style else ""
            stream.write(f"<p{css}>{_words(block.text, page)}</p>\n")
        elif isinstance(block, Bullets):
            title = f'<p class="support">{escape(block.title)}</p>' if block.title else ""
            items = "".join(_bullet(item, remark, block.quoted, page) for item, remark in block.entries())
            stream.write(f'<div class="support">{title}<ul>{items}</ul></div>\n')
        elif isinstance(block, Figure):
            ident = page.next_id()
            key = f' id="{escape(ident)}"' if ident else ""
            words = f"<p>{escape(block.text)}</p>" if block.text else ""
            stream.write(
                f'<figure class="{escape(block.kind)}"{key}><figcaption>{escape(block.caption)}</figcaption>'
                f"{block.svg}{words}</figure>\n"
            )
            if block.numbered:
                listed = "".join(f"<li>{escape(name)}</li>" for name in block.numbered)
                label = escape(text("report.map_key", page.lang))
                stream.write(f'<ol class="map-key" aria-label="{label}">{listed}</ol>\n')


def _bullet(item: str, remark: str, quoted: bool, page: _Page) -> str:
    shown = f"<q>{_words(item, page)}</q>" if quoted else _words(item, page)
    after = f' <span class="muted">{_words(remark, page)}</span>' if remark else ""
    return f"<li>{shown}{after}</li>"


_ADDRESS = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")


def _words(value: str, page: _Page) -> str:
    """Escaped text; on a page that asks for it (the site) each web address is a link, which a
    reader follows and the page never fetches."""
    if not page.autolink:
        return escape(value)
    out, start = [], 0
    for found in _ADDRESS.finditer(value):
        address = escape(found.group(0))
        out.append(escape(value[start : found.start()]))
        out.append(f'<a class="source" href="{address}" rel="noopener noreferrer">{address}</a>')
        start = found.end()
    out.append(escape(value[start:]))
    return "".join(out)


def _table(table: Table, stream: TextIO, level: int, page: _Page) -> None:
    ident = page.next_id()
    table = without_bars(table)  # a bar is a terminal drawing; the page has its charts
    wide = _wide(table) and not any(page.whole)
    blocks_below = page.blocks[page.tables_written]
    page.tables_written += 1
    # The title goes with its table: onto a landscape page too, when the table needs one.
    stream.write(f'<div class="table wide">\n{page.heading}' if wide else page.heading)
    page.heading = ""
    if table.title:
        stream.write(f"<h{min(level, 6)}>{escape(table.title)}</h{min(level, 6)}>\n")
    key = f' id="{escape(ident)}"' if table.key and ident else ""
    head = "".join(
        f'<th scope="col"{_classes(column.right, column.optional)} data-key="{escape(column.key)}">'
        f"{escape(column.heading)}</th>"
        for column in table.columns
    )
    labels = [f' data-label="{escape(column.heading)}"' if blocks_below else "" for column in table.columns]
    # A matrix (a column per gemeente or per target) may be wider than a page: it scrolls in its box,
    # or shows its rows as blocks on a screen too narrow for it.
    css = f' class="blocks-{blocks_below}"' if blocks_below else ""
    stream.write('<div class="scroll">' if table.matrix else "")
    stream.write(f"<table{key}{css}><thead><tr>{head}</tr></thead><tbody>\n")
    if page.collecting:
        prefix, used = page.collecting[-1]
    else:
        prefix, used = ident, []
    own: list[str] = []
    for number, row in enumerate(table.rows):
        row_css = ' class="total"' if number in table.total_rows else ""
        cells = []
        for column, cell, label in zip(table.columns, row, labels, strict=True):
            content = escape(cell.text)
            if cell.link is not None:
                content = f'<a href="{escape(cell.link)}">{content}</a>'
            if cell.style is not None:
                kind = "badge " if column.kind.value == "status" else ""
                content = f'<span class="{kind}{_CLASS[cell.style]}">{content}</span>'
            if cell.note:
                if cell.note not in used:
                    used.append(cell.note)
                    own.append(cell.note)
                mark = page.notes.mark(cell.note)
                content += f'<sup><a href="#{escape(prefix)}-note-{mark}">{mark}</a></sup>'
            cells.append(f"<td{_classes(column.right, column.optional)}{label}>{content}</td>")
        stream.write(f"<tr{row_css}>{''.join(cells)}</tr>\n")
    stream.write("</tbody></table>\n" + ("</div>\n" if table.matrix else ""))
    _hidden_note(table, stream, page.lang)
    if blocks_below:
        words = escape(text("html.rows_as_blocks", page.lang))
        stream.write(f'<p class="as-blocks muted blocks-{blocks_below}">{words}</p>\n')
    if not page.collecting:
        _footnotes(own, prefix, stream, page)
    stream.write("</div>\n" if wide else "")


def _footnotes(notes: list[str], prefix: str, stream: TextIO, page: _Page) -> None:
    """The list of `notes`, each with the id its marks link to (the prefix: its table's or section's id)."""
    if not notes:
        return
    items = []
    for note in notes:
        mark = page.notes.mark(note)
        anchor = escape(page.unique(f"{prefix}-note-{mark}"))
        items.append(f'<li id="{anchor}" value="{mark}">{escape(note)}</li>')
    stream.write(f'<ol class="footnotes">{"".join(items)}</ol>\n')


def _hidden_note(table: Table, stream: TextIO, lang: str) -> None:
    """A line shown only at the screen widths that hide some of this table's columns, so that
    no number disappears without a word (as the terminal says what it leaves out); never on paper,
    which shows every column."""
    levels = {column.optional for column in table.columns if column.optional}
    if not levels:
        return
    at = " at-70" if max(levels) >= 4 else " at-55" if max(levels) == 3 else ""
    stream.write(f'<p class="cols-hidden muted{at}">{escape(text("html.columns_hidden", lang))}</p>\n')


def _classes(right: bool, optional: int) -> str:
    """The cell's classes: 'num' for numbers; 'opt opt-N' for an optional column, hidden on narrow screens
    (the higher N, the sooner), as a narrow terminal leaves it out."""
    names = ["num"] if right else []
    if optional:
        names += ["opt", f"opt-{optional}"]
    return f' class="{" ".join(names)}"' if names else ""


def _longest_word(value: str) -> int:
    """The length of the longest piece a line may not break: words break at spaces and after a hyphen."""
    return max((len(word) for word in re.split(r"\s+|(?<=-)(?=\w)", value)), default=0)


def _column_em(table: Table, index: int, medium: str) -> float:
    """The least width of a column, in em of its type: its longest header word, and its longest
    cell (a number never wraps; words, statuses among them, wrap at spaces)."""
    column = table.columns[index]
    cells = [
        len(cell.text) + (2 if cell.note else 0) if column.right else _longest_word(cell.text)
        for cell in (row[index] for row in table.rows)
    ]
    head, cell, padding = METRICS[medium]
    return max([_longest_word(column.heading) * head, *(n * cell for n in cells)]) + padding


def _landscape(block: Table | Figure | Section) -> bool:
    """True when a block is printed on a landscape page."""
    if isinstance(block, Table):
        return _wide(without_bars(block))
    if isinstance(block, Figure):
        return "landscape" in block.kind.split()
    return False


def _wide(table: Table) -> bool:
    """True when a table (without its bars) needs a landscape page: wider than a portrait page's text."""
    return _paper_width_pt(table) > PORTRAIT_PT


def _paper_width_pt(table: Table) -> float:
    """An estimate of the least width of a table on paper (every column, in the paper's type)."""
    return sum(_column_em(table, i, "paper") for i in range(len(table.columns))) * PAPER_PT


def _blocks_below(table: Table) -> float | None:
    """The width of a screen (rem, to a quarter) below which this table does not fit even with the
    columns a narrow screen hides: below it, its rows are shown as blocks. None when every screen
    fits it. On the widest screens the page is 62rem: a table wider than that scrolls in its box."""
    if len(table.columns) < 3:
        return None  # a name and a value: wrapping is enough
    found = 0.0
    # each class of screens: (the widest, the narrowest, the page's padding, the table's type) in rem;
    # the narrowest phone is 320 px wide
    for widest, narrowest, padding, size in ((70, 55, 2, 0.92), (55, 40, 2, 0.92), (40, 20, 0.8, 0.78)):
        shown = [i for i, c in enumerate(table.columns) if not _hidden_at(c.optional, widest)]
        wide_type = table.matrix and size > 0.8
        need = sum(_column_em(table, i, "matrix" if wide_type else "screen") for i in shown)
        need = need * (0.8 if wide_type else size) + 1  # a rem to spare: an estimate is no measurement
        if need > PAGE_REM:
            found = max(found, widest)  # no screen of this class is wide enough
        elif need + padding > narrowest:  # the screens narrower than that are too narrow
            found = max(found, min(widest, need + padding))
    return math.ceil(found * 4) / 4 if found else None


def _hidden_at(optional: int, width: int) -> bool:
    """True when a column of this priority is hidden on a screen `width` rem wide (see the style)."""
    if not optional:
        return False
    return width <= 40 or (optional >= 4 and width <= 70) or (optional == 3 and width <= 55)
