"""The views of `lekp summary` (totals per group) and `lekp compare` (gemeenten side by side).

A summary in the terminal is one table per indicator, with a row per group, so that even
285 gemeenten stay readable and page well; CSV and JSON carry the exact values.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from ..summary import Comparison, GroupRow, GroupTotal, Summary, per_1000
from . import markdown
from .numbers import human
from .targets import TABLE_WIDTH
from .words import WORDS, unit

if TYPE_CHECKING:
    from rich.console import Console

SUMMARY_COLUMNS = (
    "group",
    "gemeenten",
    "indicator",
    "unit",
    "basis_value",
    "target_exact",
    "target",
    "headline",
    "headline_gap",
)

COMPARE_COLUMNS = (
    "nis_code",
    "gemeente",
    "indicator",
    "unit",
    "basis",
    "basis_value",
    "inwoners",
    "target_exact",
    "target",
    "per_1000_inwoners",
)

TEXT = {
    "nl": {
        "summary": "Samenvatting per {per}",
        "group": "Groep",
        "gemeenten": "Gemeenten",
        "rounded_sum": "Som afgerond per gemeente",
        "difference": "Verschil",
        "headline": "Vlaams totaal volgens de bron: {value} {unit} ({stated}, {source}); verschil {gap}",
        "context": "LEKP {pact} · inwoners op 1 januari {year} · grondgebied {territory}",
        "honest": "Doel = som van de exacte doelen, één keer afgerond; de som van de afgeronde "
        "doelen per gemeente staat ernaast wanneer die verschilt.",
        "per_1000_title": "Doel per 1.000 inwoners",
        "compare": "Vergelijking",
    },
    "en": {
        "summary": "Summary per {per}",
        "group": "Group",
        "gemeenten": "Gemeenten",
        "rounded_sum": "Sum of per-gemeente rounded",
        "difference": "Difference",
        "headline": "Flemish total in the source: {value} {unit} ({stated}, {source}); gap {gap}",
        "context": "LEKP {pact} · inwoners on 1 January {year} · territory {territory}",
        "honest": "Target = sum of the exact targets, rounded once; the sum of the per-gemeente "
        "rounded targets is shown beside it where it differs.",
        "per_1000_title": "Target per 1,000 inwoners",
        "compare": "Comparison",
    },
}


def _signed(value: Any, lang: str) -> str:
    return ("+" if value >= 0 else "-") + human(abs(value), lang)


# --- summary ----------------------------------------------------------------------------


def summary_records(summary: Summary) -> Iterator[tuple[Any, ...]]:
    """One record per group × indicator, the total row last, in SUMMARY_COLUMNS order."""
    for group in (*summary.groups, summary.total):
        for row in group.rows:
            yield (
                group.group,
                group.gemeenten,
                row.indicator.key,
                row.indicator.unit,
                row.basis_value,
                row.target_exact,
                row.target,
                row.headline,
                row.headline_gap,
            )


def _summary_cells(group: GroupTotal, row: GroupRow, lang: str) -> tuple[str, ...]:
    differs = row.rounded_sum != row.target
    return (
        group.group,
        human(group.gemeenten, lang),
        human(row.basis_value, lang),
        human(row.target_exact, lang),
        human(row.target, lang, row.indicator.decimals),
        human(row.rounded_sum, lang, row.indicator.decimals) if differs else "",
        _signed(row.rounded_sum - row.target, lang) if differs else "",
    )


def _summary_headers(lang: str, basis: str) -> list[str]:
    words, text = WORDS[lang], TEXT[lang]
    return [
        text["group"],
        text["gemeenten"],
        words[basis],
        words["exact"],
        words["target"],
        text["rounded_sum"],
        text["difference"],
    ]


def _headline_line(row: GroupRow, lang: str) -> str | None:
    headline = row.indicator.headline
    if row.headline is None or row.headline_gap is None or headline is None:
        return None
    return TEXT[lang]["headline"].format(
        value=human(row.headline, lang),
        unit=unit(row.indicator.unit, lang),
        stated=headline.stated,
        source=headline.source,
        gap=_signed(row.headline_gap, lang),
    )


def _context(summary: Summary, territory: str, lang: str) -> str:
    return TEXT[lang]["context"].format(pact=summary.pact, year=summary.year, territory=territory)


def write_summary_table(summary: Summary, territory: str, lang: str, console: Console) -> None:
    """A table per indicator: a row per group and the total row."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    text = TEXT[lang]
    console.print(Text(text["summary"].format(per=summary.per.value), style="bold"))
    console.print(Text(_context(summary, territory, lang)))
    console.print(Text(text["honest"], style="dim"))
    groups = (*summary.groups, summary.total)
    for index, indicator in enumerate(summary.total.rows):
        table = Table(
            title=Text(
                f"{indicator.indicator.label(lang)} ({unit(indicator.indicator.unit, lang)})", style="bold"
            ),
            title_justify="left",
            box=box.SIMPLE_HEAVY,
            width=min(console.width, TABLE_WIDTH),
        )
        for position, header in enumerate(_summary_headers(lang, indicator.indicator.basis)):
            table.add_column(header, justify="left" if position == 0 else "right", no_wrap=position != 0)
        for group in groups:
            style = "bold" if group is summary.total else None
            table.add_row(
                *(Text(cell) for cell in _summary_cells(group, group.rows[index], lang)), style=style
            )
        console.print()
        console.print(table)
        line = _headline_line(summary.total.rows[index], lang)
        if line:
            console.print(Text(line, style="italic"))


def write_summary_markdown(summary: Summary, territory: str, lang: str, stream: TextIO) -> None:
    """The summary as Markdown: a section and table per indicator."""
    text = TEXT[lang]
    stream.write(f"## {text['summary'].format(per=summary.per.value)}\n\n")
    stream.write(f"{_context(summary, territory, lang)}  \n{text['honest']}\n\n")
    groups = (*summary.groups, summary.total)
    for index, total_row in enumerate(summary.total.rows):
        indicator = total_row.indicator
        stream.write(f"### {markdown.cell(indicator.label(lang))} ({unit(indicator.unit, lang)})\n\n")
        markdown.write_table(
            _summary_headers(lang, indicator.basis),
            (_summary_cells(group, group.rows[index], lang) for group in groups),
            stream,
            right=(1, 2, 3, 4, 5, 6),
        )
        line = _headline_line(total_row, lang)
        if line:
            stream.write(f"\n*{markdown.cell(line)}*\n")
        stream.write("\n")


# --- compare ----------------------------------------------------------------------------


def compare_records(comparison: Comparison) -> Iterator[tuple[Any, ...]]:
    """One record per gemeente × indicator, in COMPARE_COLUMNS order."""
    for targets in comparison.results:
        subject = targets.subject
        for row in targets.rows:
            yield (
                subject.nis_code,
                subject.name,
                row.indicator.key,
                row.indicator.unit,
                row.indicator.basis,
                row.basis_value,
                subject.inwoners,
                row.target_exact,
                row.target,
                per_1000(row.target_exact, subject.inwoners),
            )


def _compare_grids(comparison: Comparison, lang: str) -> list[tuple[str, list[str], list[list[str]]]]:
    """Two grids (title, headers, rows): the targets, and the targets per 1,000 inwoners."""
    words, text = WORDS[lang], TEXT[lang]
    names = [targets.subject.name or "?" for targets in comparison.results]
    absolute = [
        [words["inwoners"], ""] + [human(t.subject.inwoners or 0, lang) for t in comparison.results],
        [words["wooneenheden"], ""] + [human(t.subject.wooneenheden or 0, lang) for t in comparison.results],
    ]
    relative = []
    for index, indicator in enumerate(comparison.indicators):
        # The key, not the label: short enough to leave room for several gemeenten.
        head = [indicator.key, unit(indicator.unit, lang)]
        absolute.append(
            head + [human(t.rows[index].target, lang, indicator.decimals) for t in comparison.results]
        )
        ratios = [per_1000(t.rows[index].target_exact, t.subject.inwoners) for t in comparison.results]
        relative.append(head + [human(r, lang) if r is not None else "" for r in ratios])
    headers = [words["indicator"], words["unit"], *names]
    return [(words["target"], headers, absolute), (text["per_1000_title"], headers, relative)]


def write_compare_table(comparison: Comparison, territory: str, lang: str, console: Console) -> None:
    """Two tables, indicators as rows and gemeenten as columns: targets, and per 1,000 inwoners."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    context = TEXT[lang]["context"].format(pact=comparison.pact, year=comparison.year, territory=territory)
    console.print(Text(TEXT[lang]["compare"], style="bold"))
    console.print(Text(context))
    for title, headers, rows in _compare_grids(comparison, lang):
        table = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAVY)
        for position, header in enumerate(headers):
            table.add_column(
                header,
                justify="left" if position < 2 else "right",
                no_wrap=position < 2,
                min_width=max(len(row[position]) for row in rows) if position >= 2 else None,
            )
        for number, cells in enumerate(rows):
            table.add_row(
                *(Text(cell) for cell in cells), end_section=title == WORDS[lang]["target"] and number == 1
            )
        console.print()
        console.print(table)


def write_compare_markdown(comparison: Comparison, territory: str, lang: str, stream: TextIO) -> None:
    """The comparison as Markdown: the targets, and the targets per 1,000 inwoners."""
    context = TEXT[lang]["context"].format(pact=comparison.pact, year=comparison.year, territory=territory)
    stream.write(f"## {TEXT[lang]['compare']}\n\n{context}\n")
    for title, headers, rows in _compare_grids(comparison, lang):
        stream.write(f"\n### {title}\n\n")
        markdown.write_table(headers, rows, stream, right=tuple(range(2, len(headers))))
