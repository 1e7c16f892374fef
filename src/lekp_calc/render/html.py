"""The HTML renderer: one self-contained page for any view (the council report among them).

No scripts, fonts, stylesheets or images are fetched: the style is inline and every chart
or map is inline SVG, so the file works offline and can be mailed as it is. Every text is
escaped. It prints on A4 without cutting a table row, chart or map in two, and fits a
phone: on a narrow screen the optional columns are hidden (as in a narrow terminal, and a
line under the table says so) and the others wrap, so the target column stays in view. On
paper every column is printed, in a smaller type, rather than the page being shrunk.
"""

from __future__ import annotations

from collections.abc import Iterable
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

STYLE = """
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
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 .5rem; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top;
         overflow-wrap: normal; word-break: normal; hyphens: none; }
th { font-weight: 600; }
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
figure.map svg { max-height: 30rem; }
figure.locator svg { max-width: 18rem; }
figure svg.legend { width: 15rem; max-width: 100%; margin-top: .5rem; }
div.scroll { overflow-x: auto; }
div.scroll table { font-size: .85rem; }
section.summary { border: 2px solid var(--line); border-radius: .5rem; padding: .2rem 1rem .8rem; }
footer { margin-top: 2rem; font-size: .85rem; color: var(--muted); }
p.cols-hidden { display: none; }
@media (max-width: 70rem) { .opt-4, .opt-5 { display: none; } p.cols-hidden.at-70 { display: block; } }
@media (max-width: 55rem) { .opt-3 { display: none; } p.cols-hidden.at-55 { display: block; } }
@media (max-width: 40rem) {
  body { margin: 1rem auto; padding: 0 .4rem; font-size: .95rem; }
  table { font-size: .78rem; }
  th, td { padding: .2rem .15rem; }
  th { overflow-wrap: anywhere; }
  .badge { white-space: normal; padding: .05rem .2rem; font-size: .7rem; }  /* 'niet gerapporteerd' fits */
  .opt { display: none; }
  p.cols-hidden { display: block; }
}
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, figure, section.werf { break-inside: avoid; page-break-inside: avoid; }
  /* Paper cannot scroll or be widened: every number stays, in a smaller type and with wrapping
     headers, so that the table fits the page instead of the printer shrinking the whole page. */
  table, div.scroll table { font-size: 8pt; }
  th, td { padding: .15rem .2rem; }
  th { overflow-wrap: anywhere; }
  .badge { white-space: normal; padding: 0 .2rem; font-size: 7pt; }
  p.cols-hidden { display: none; }
  div.scroll { overflow: visible; }
}
"""

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
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(view.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(view.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{escape(view.title)}</h1>",
        f'<p class="subtitle">{escape(view.subtitle)}</p>' if view.subtitle else "",
        "</header>",
        "<main>",
    ]
    stream.write("\n".join(part for part in parts if part) + "\n")
    counter = _Counter(view.lang)
    _blocks(view.blocks, stream, 2, counter)
    stream.write("</main>\n")
    if view.notes:
        stream.write("<footer>" + "".join(f"<p>{escape(note)}</p>" for note in view.notes) + "</footer>\n")
    stream.write("</body>\n</html>\n")


class _Counter(Footnotes):
    """Numbers footnotes across the whole page, so their anchors are unique."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.anchored: set[str] = set()
        self.lang = lang  # for the renderer's own few words


def _blocks(blocks: Iterable[Block], stream: TextIO, level: int, counter: _Counter) -> None:
    for block in blocks:
        if isinstance(block, Section):
            key = f' id="{escape(block.key)}"' if block.key else ""
            css = ' class="summary"' if block.key == "summary" else ""
            stream.write(f"<section{key}{css}><h{min(level, 6)}>{escape(block.title)}</h{min(level, 6)}>\n")
            _blocks(block.blocks, stream, level + 1, counter)
            stream.write("</section>\n")
        elif isinstance(block, Table):
            _table(block, stream, level, counter)
        elif isinstance(block, Facts):
            body = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in block.items)
            stream.write(f'<dl class="facts">{body}</dl>\n')
        elif isinstance(block, Paragraph):
            css = f' class="{_CLASS[block.style]}"' if block.style else ""
            stream.write(f"<p{css}>{escape(block.text)}</p>\n")
        elif isinstance(block, Bullets):
            title = f'<p class="support">{escape(block.title)}</p>' if block.title else ""
            items = "".join(_bullet(item, remark, block.quoted) for item, remark in block.entries())
            stream.write(f'<div class="support">{title}<ul>{items}</ul></div>\n')
        elif isinstance(block, Figure):
            key = f' id="{escape(block.key)}"' if block.key else ""
            text = f"<p>{escape(block.text)}</p>" if block.text else ""
            stream.write(
                f'<figure class="{escape(block.kind)}"{key}><figcaption>{escape(block.caption)}</figcaption>'
                f"{block.svg}{text}</figure>\n"
            )


def _bullet(item: str, remark: str, quoted: bool) -> str:
    shown = f"<q>{escape(item)}</q>" if quoted else escape(item)
    after = f' <span class="muted">{escape(remark)}</span>' if remark else ""
    return f"<li>{shown}{after}</li>"


def _table(table: Table, stream: TextIO, level: int, counter: _Counter) -> None:
    table = without_bars(table)  # a bar is a terminal drawing; the page has its charts
    if table.title:
        stream.write(f"<h{min(level, 6)}>{escape(table.title)}</h{min(level, 6)}>\n")
    key = f' id="{escape(table.key)}"' if table.key else ""
    head = "".join(
        f'<th scope="col"{_classes(column.right, column.optional)} data-key="{escape(column.key)}">'
        f"{escape(column.heading)}</th>"
        for column in table.columns
    )
    # A matrix (a column per gemeente or per target) may be wider than a page: it scrolls in its box.
    stream.write('<div class="scroll">' if table.matrix else "")
    stream.write(f"<table{key}><thead><tr>{head}</tr></thead><tbody>\n")
    used: list[str] = []
    for number, row in enumerate(table.rows):
        css = ' class="total"' if number in table.total_rows else ""
        cells = []
        for column, cell in zip(table.columns, row, strict=True):
            content = escape(cell.text)
            if cell.style is not None:
                kind = "badge " if column.kind.value == "status" else ""
                content = f'<span class="{kind}{_CLASS[cell.style]}">{content}</span>'
            if cell.note:
                if cell.note not in used:
                    used.append(cell.note)
                mark = counter.mark(cell.note)
                content += f'<sup><a href="#note-{mark}">{mark}</a></sup>'
            cells.append(f"<td{_classes(column.right, column.optional)}>{content}</td>")
        stream.write(f"<tr{css}>{''.join(cells)}</tr>\n")
    stream.write("</tbody></table>\n" + ("</div>\n" if table.matrix else ""))
    _hidden_note(table, stream, counter.lang)
    if used:
        items = []
        for note in used:
            mark = counter.mark(note)
            anchor = "" if note in counter.anchored else f' id="note-{mark}"'
            counter.anchored.add(note)
            items.append(f'<li{anchor} value="{mark}">{escape(note)}</li>')
        stream.write(f'<ol class="footnotes">{"".join(items)}</ol>\n')


def _hidden_note(table: Table, stream: TextIO, lang: str) -> None:
    """A line shown only at the screen widths that hide some of this table's columns, so that
    no number disappears without a word (as the terminal says what it leaves out)."""
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
