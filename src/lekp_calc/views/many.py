"""The views of `lekp summary` (totals per group) and `lekp compare` (gemeenten side by side).

A summary per province or arrondissement is a table per indicator, a row per group and the
total row; per gemeente it is a matrix per werf (a row per gemeente, a column per
indicator) with the total row last. A comparison is a matrix with the indicators as rows
and the gemeenten as columns, absolute and per 1,000 inwoners; too many gemeenten for the
width are split into parts, never left out.
"""

from __future__ import annotations

from itertools import groupby

from ..domain.aggregate import GroupRow, GroupTotal, Per
from ..domain.targets import per_1000
from ..messages import Num, text
from ..numberformat import human, signed
from ..results import CompareResult, SummaryResult
from .common import (
    assumptions,
    col,
    context_line,
    data_about,
    difference,
    indicator_heading,
    indicator_short,
    number,
    target_cell,
    text_cell,
    unit,
    werf_sheet,
    werf_title,
)
from .model import Block, Cell, Column, Kind, Paragraph, Records, Table, View


def summary_view(result: SummaryResult) -> View:
    """The view of a summary."""
    lang = result.lang
    summary = result.summary

    def content() -> list[Block]:
        blocks: list[Block] = [
            Paragraph(
                context_line(
                    summary.pact,
                    lang,
                    year=summary.year,
                    territory=result.territory.value,
                    rounding=summary.rounding,
                )
            ),
            Paragraph(text("summary.honest", lang)),
        ]
        if summary.per is Per.GEMEENTE:
            blocks.extend(_summary_matrices(result))
        else:
            blocks.extend(_summary_tables(result))
        indicators = [row.indicator for row in summary.total.rows]
        blocks.extend(assumptions(result.catalogue, indicators, lang, rounding=summary.rounding))
        return blocks

    return View(
        title=text("summary.title", lang, per=text(f"per.{summary.per.value}", lang)),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="summary",
        about=[data_about(lang)],
    )


def _headline_line(result: SummaryResult, row: GroupRow) -> str | None:
    headline = row.indicator.headline
    if row.headline is None or row.headline_gap is None or headline is None:
        return None
    lang = result.lang
    return text(
        "summary.headline",
        lang,
        label=row.indicator.label(lang),
        value=human(row.headline, lang),
        unit=unit(row.indicator.unit, lang),
        stated=headline.stated,
        source=result.catalogue.source(headline.source).label(),
        gap=signed(row.headline_gap, lang),
    )


def _summary_tables(result: SummaryResult) -> list[Block]:
    lang = result.lang
    summary = result.summary
    groups: list[GroupTotal] = [*summary.groups, summary.total]
    blocks: list[Block] = []
    for index, total_row in enumerate(summary.total.rows):
        indicator = total_row.indicator
        columns = [
            _group_column(result),
            col("gemeenten", lang, Kind.INTEGER, optional=3),
            Column("basis_value", text(f"col.{indicator.basis}", lang), Kind.INTEGER, optional=2),
            col("target_exact", lang, Kind.NUMBER, optional=1),
            col("target", lang, Kind.NUMBER),
            col("rounded_sum", lang, Kind.NUMBER, optional=4),
            col("difference", lang, Kind.NUMBER, optional=4),
        ]
        rows = []
        for group in groups:
            row = group.rows[index]
            differs = row.rounded_sum != row.target
            name = group.group if group is not summary.total else result.total_name()
            rows.append(
                [
                    text_cell(name),
                    number(group.gemeenten, lang),
                    number(row.basis_value, lang),
                    number(row.target_exact, lang),
                    target_cell(row.target, row.target_exact, indicator.decimals, lang),
                    number(row.rounded_sum, lang, indicator.decimals) if differs else Cell(""),
                    difference(row.rounded_sum - row.target, lang, indicator.decimals)
                    if differs
                    else Cell(""),
                ]
            )
        title = f"{indicator.label(lang)} ({unit(indicator.unit, lang)})"
        sheet = indicator_short(indicator, lang)
        blocks.append(Table(columns, rows, title, key=indicator.key, total_rows={len(rows) - 1}, sheet=sheet))
        line = _headline_line(result, total_row)
        if line:
            blocks.append(Paragraph(line))
    return blocks


def _summary_matrices(result: SummaryResult) -> list[Block]:
    lang = result.lang
    summary = result.summary
    groups: list[GroupTotal] = [*summary.groups, summary.total]
    indexed = list(enumerate(summary.total.rows))
    blocks: list[Block] = []
    for number_of_werf, members_iter in groupby(indexed, key=lambda pair: pair[1].indicator.werf):
        members = list(members_iter)
        werf = result.catalogue.werf(number_of_werf)
        columns = [_group_column(result)]
        for _, total_row in members:
            label, shown_unit = indicator_heading(total_row.indicator, lang)
            columns.append(Column(total_row.indicator.key, label, Kind.NUMBER, unit=shown_unit))
        rows = []
        for group in groups:
            name = group.group if group is not summary.total else result.total_name()
            cells = [text_cell(name)]
            for index, _ in members:
                row = group.rows[index]
                cells.append(target_cell(row.target, row.target_exact, row.indicator.decimals, lang))
            rows.append(cells)
        notes: list[Block] = []
        for _, total_row in members:
            if total_row.rounded_sum != total_row.target:
                notes.append(
                    Paragraph(
                        text(
                            "summary.rounded_note",
                            lang,
                            label=total_row.indicator.label(lang),
                            target=human(total_row.target, lang, total_row.indicator.decimals),
                            exact=human(total_row.target_exact, lang),
                            rounded=human(total_row.rounded_sum, lang, total_row.indicator.decimals),
                            gap=signed(
                                total_row.rounded_sum - total_row.target, lang, total_row.indicator.decimals
                            ),
                        )
                    )
                )
            line = _headline_line(result, total_row)
            if line:
                notes.append(Paragraph(line))
        table = Table(
            columns,
            rows,
            werf_title(werf, lang),
            key=f"werf-{werf.number}",
            matrix=True,
            total_rows={len(rows) - 1},
            sheet=werf_sheet(werf.number, lang),
        )
        blocks.append(table)
        blocks.extend(notes)
    return blocks


def _group_column(result: SummaryResult) -> Column:
    """The first column of a summary: its groups named as what they are ('Provincie', 'Gemeente')."""
    return Column("group", text(f"col.{result.summary.per.value}", result.lang), sticky=True)


def compare_view(result: CompareResult) -> View:
    """Two matrices, indicators as rows and gemeenten as columns: targets, and per 1,000 inwoners."""
    lang = result.lang
    comparison = result.comparison

    def content() -> list[Block]:
        results = comparison.results
        basis = [
            col("gemeente", lang, sticky=True),
            col("inwoners", lang, Kind.INTEGER),
            col("wooneenheden", lang, Kind.INTEGER),
        ]
        people = [
            [
                text_cell(t.subject.name),
                number(t.subject.inwoners, lang),
                number(t.subject.wooneenheden, lang),
            ]
            for t in results
        ]
        # A block per target with a row per gemeente: the gemeenten stay side by side (one under
        # the other) at any width, however many there are.
        columns = [
            col("label", lang, group=True),
            col("gemeente", lang, sticky=True),
            col("target", lang, Kind.NUMBER),
            col("per_1000_inwoners", lang, Kind.NUMBER),
        ]
        rows: list[list[Cell]] = []
        for index, indicator in enumerate(comparison.indicators):
            label, shown_unit = indicator_heading(indicator, lang)
            target = Cell(f"{label} ({shown_unit})", indicator.key, note=indicator.note(lang))
            for t in results:
                row = t.rows[index]
                rows.append(
                    [
                        target,
                        text_cell(t.subject.name),
                        target_cell(row.target, row.target_exact, indicator.decimals, lang),
                        number(per_1000(row.target_exact, t.subject.inwoners), lang),
                    ]
                )
        return [
            Paragraph(
                context_line(
                    comparison.pact,
                    lang,
                    year=comparison.year,
                    territory=result.territory.value,
                    rounding=comparison.rounding,
                )
            ),
            Table(basis, people, text("compare.basis", lang), key="basis", sheet=text("sheet.basis", lang)),
            Table(
                columns, rows, text("compare.targets", lang), key="targets", sheet=text("sheet.compare", lang)
            ),
            *_assumptions(result),
        ]

    return View(
        title=text("compare.title", lang, count=Num(len(comparison.results))),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="compare",
        about=[data_about(lang)],
    )


def _assumptions(result: CompareResult) -> list[Block]:
    if result.catalogue is None:
        return []
    comparison = result.comparison
    subjects = [t.subject for t in comparison.results]
    return assumptions(
        result.catalogue, comparison.indicators, result.lang, rounding=comparison.rounding, subjects=subjects
    )
