"""The view of `lekp targets`: per gemeente a table per werf, or a matrix for many gemeenten.

For up to three gemeenten each gets its own section: the basis, then per werf a table of
its targets (label, ratio, deadline, exact value, target, unit), the province's support
where it applies, and the pact's general support and engagements. For more gemeenten a
table per gemeente per werf would run to hundreds of tables: each werf becomes one matrix
instead, a row per gemeente and a column per indicator, with every gemeente shown.
"""

from __future__ import annotations

from itertools import groupby

from ..domain.targets import Targets
from ..messages import text
from ..results import TargetsResult
from .common import (
    SUPPORTED_PROVINCE,
    assumptions,
    basis_line,
    col,
    context_line,
    data_about,
    engagement_bullets,
    indicator_heading,
    label_cell,
    number,
    ratio_text,
    subject_title,
    support_after_tables,
    support_bullets,
    target_cell,
    text_cell,
    unit,
    werf_sheet,
    werf_title,
)
from .model import Block, Cell, Column, Kind, Paragraph, Records, Section, Table, View

MATRIX_FROM = 4  # gemeenten: from this many on, one matrix per werf


def targets_view(result: TargetsResult) -> View:
    """The view of a targets result."""
    lang = result.lang
    if len(result.subjects) == 1:
        title = subject_title(result.subjects[0], lang)
    else:
        title = text("targets.title", lang)
    return View(
        title=title,
        content=lambda: _blocks(result),
        records=Records(result.COLUMNS, result.rows, csv_lines=result.csv_lines),
        lang=lang,
        key="targets",
        about=[(text("about.pact", lang), result.pact), data_about(lang)],
    )


def _blocks(result: TargetsResult) -> list[Block]:
    lang = result.lang
    catalogue = result.catalogue
    blocks: list[Block] = []
    all_targets = list(result.results())
    supported = any(t.subject.province == SUPPORTED_PROVINCE for t in all_targets)
    if len(all_targets) >= MATRIX_FROM:
        blocks.append(
            Paragraph(
                context_line(
                    result.pact,
                    lang,
                    year=result.year,
                    territory=result.territory.value,
                    rounding=result.rounding,
                )
            )
        )
        blocks.extend(_matrices(result, all_targets))
    elif len(all_targets) == 1:
        # the view's title names the gemeente
        blocks.extend(_gemeente(result, all_targets[0], alone=True).blocks)
    else:
        for targets in all_targets:
            blocks.append(_gemeente(result, targets))
    # The tables first, whole; then, once, what the province offers (a matrix of many gemeenten
    # has no werf of one gemeente to quote it for) and what the pact asks besides its ratios.
    if supported and len(all_targets) < MATRIX_FROM:
        numbers = dict.fromkeys(indicator.werf for indicator in result.plan.indicators)
        support = support_after_tables(catalogue, [catalogue.werf(number) for number in numbers], lang)
        if support:
            blocks.append(support)
    if supported and result.whole_pact:
        general = support_bullets(catalogue, None, lang)
        if general:
            blocks.append(general)
    if result.whole_pact:
        engagements = engagement_bullets(catalogue, result.pact, lang)
        if engagements:
            blocks.append(engagements)
    blocks.extend(
        assumptions(
            catalogue, result.plan.indicators, lang, rounding=result.rounding, subjects=result.subjects
        )
    )
    return blocks


def _gemeente(result: TargetsResult, targets: Targets, *, alone: bool = False) -> Section:
    lang = result.lang
    subject = targets.subject
    blocks: list[Block] = [
        Paragraph(basis_line(subject, lang)),
        Paragraph(context_line(result.pact, lang, rounding=result.rounding)),
    ]
    columns = [
        col("label", lang, sticky=True),
        col("ratio", lang, optional=2),
        col("deadline", lang, Kind.YEAR),
        col("target_exact", lang, Kind.NUMBER, optional=1),
        col("target", lang, Kind.NUMBER),
        col("unit", lang),
    ]
    for number_of_werf, group in groupby(targets.rows, key=lambda row: row.indicator.werf):
        werf = result.catalogue.werf(number_of_werf)
        rows = []
        for row in group:
            indicator = row.indicator
            rows.append(
                [
                    label_cell(indicator, lang),
                    Cell(ratio_text(indicator, lang), row.ratio),
                    Cell(str(indicator.deadline), indicator.deadline),
                    number(row.target_exact, lang),
                    target_cell(row.target, row.target_exact, indicator.decimals, lang),
                    text_cell(unit(indicator.unit, lang)),
                ]
            )
        sheet = werf_sheet(werf.number, lang, None if alone else subject.name or text("targets.whatif", lang))
        title = werf_title(werf, lang)
        blocks.append(Table(columns, rows, title, key=f"werf-{werf.number}", sheet=sheet, aligned=True))
    return Section(subject_title(subject, lang), blocks, key=subject.nis_code or "whatif")


def _matrices(result: TargetsResult, all_targets: list[Targets]) -> list[Block]:
    """A matrix per werf: a row per gemeente, a column per indicator."""
    lang = result.lang
    blocks: list[Block] = []
    indicators = result.plan.indicators
    for number_of_werf, group in groupby(enumerate(indicators), key=lambda pair: pair[1].werf):
        members = list(group)
        werf = result.catalogue.werf(number_of_werf)
        columns = [col("gemeente", lang, sticky=True)]
        for _, indicator in members:
            label, shown_unit = indicator_heading(indicator, lang)
            columns.append(Column(indicator.key, label, Kind.NUMBER, unit=shown_unit))
        rows = []
        for targets in all_targets:
            row_cells = [text_cell(targets.subject.name)]
            by_key = {row.indicator.key: row for row in targets.rows}
            for _, indicator in members:
                row = by_key.get(indicator.key)
                row_cells.append(
                    target_cell(row.target, row.target_exact, indicator.decimals, lang) if row else Cell("")
                )
            rows.append(row_cells)
        title = werf_title(werf, lang)
        sheet = werf_sheet(werf.number, lang)
        blocks.append(Table(columns, rows, title, key=f"werf-{werf.number}", matrix=True, sheet=sheet))
    return blocks
