"""The views of `lekp trajectory`, `lekp progress` and the realisations template."""

from __future__ import annotations

from ..domain.model import PACT_END, PACT_START
from ..domain.progress import BEHIND, ON_TRACK, REACHED, Progress
from ..messages import text
from ..numberformat import human
from ..results import ProgressResult, TemplateResult, TrajectoryResult
from .common import col, context_line, difference, label_cell, number, subject_title, text_cell, unit
from .model import Block, Cell, Column, Kind, Paragraph, Records, Style, Table, View

YEARS = range(PACT_START, PACT_END + 1)
BAR_WIDTH = 12
STATUS_STYLE = {REACHED: Style.GOOD, ON_TRACK: Style.WARN, BEHIND: Style.BAD}


def status_text(status: str, lang: str) -> str:
    """The status as shown in `lang`."""
    return text(f"status.{status.replace(' ', '_')}", lang)


def trajectory_view(result: TrajectoryResult) -> View:
    """Indicators as rows and the years 2021-2030 as columns; then the baseline ceilings."""
    lang = result.lang

    def content() -> list[Block]:
        blocks: list[Block] = [
            Paragraph(
                context_line(result.pact, lang, year=result.subject.inwoners_year, rounding=result.rounding)
            )
        ]
        head = [col("label", lang, sticky=True), col("unit", lang, sticky=True)]
        years = [Column(str(year), str(year), Kind.NUMBER) for year in YEARS]
        rows: dict[str, list[Cell]] = {}
        for point in result.points:
            indicator = point.indicator
            row = rows.setdefault(
                indicator.key,
                [label_cell(indicator, lang), text_cell(unit(indicator.unit, lang))]
                + [Cell("") for _ in YEARS],
            )
            row[2 + point.year - PACT_START] = number(point.expected_cumulative, lang, indicator.decimals)
        blocks.append(
            Table(
                head + years,
                list(rows.values()),
                text("trajectory.table", lang),
                key="trajectory",
                matrix=True,
            )
        )
        if result.paths:
            path_rows = []
            for path in result.paths:
                values = dict(path.points)
                path_rows.append(
                    [Cell(path.text(lang), path.key), text_cell(path.unit)]
                    + [number(values[y], lang, 0) if y in values else Cell("") for y in YEARS]
                )
                blocks.append(
                    Paragraph(
                        text(
                            "trajectory.baseline",
                            lang,
                            key=path.key,
                            value=human(path.baseline, lang),
                            unit=path.unit,
                            year=path.baseline_year,
                        )
                    )
                )
            blocks.append(
                Table(
                    head + years,
                    path_rows,
                    text("trajectory.engagements", lang),
                    key="engagements",
                    matrix=True,
                )
            )
        return blocks

    return View(
        title=text("trajectory.title", lang, name=subject_title(result.subject, lang)),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="trajectory",
    )


def bar(item: Progress, width: int = BAR_WIDTH) -> str:
    """A bar of the realised share, with '│' where the straight path expects to be.

    '█' realised, '░' still to do; a target that is passed fills the bar.
    """
    if item.target <= 0:
        return "█" * width
    filled = max(0, min(width, int(item.realised * width / item.target)))
    marker = min(width - 1, int(item.expected * width / item.target))
    cells = ["█" if i < filled else "░" for i in range(width)]
    if marker >= filled and item.expected < item.target:
        cells[marker] = "│"
    return "".join(cells)


def progress_table(items: list[Progress], lang: str, until: int) -> Table:
    """A row per indicator: target, realised, percent, bar, expected, gap, status, year."""
    columns = [
        col("label", lang, sticky=True),
        col("unit", lang, optional=1),
        col("target", lang, Kind.NUMBER),
        col("realised", lang, Kind.NUMBER),
        col("percent", lang, Kind.PERCENT),
        col("bar", lang, Kind.BAR, optional=4),
        Column("expected", text("col.expected_by", lang, year=until), Kind.NUMBER, optional=2),
        col("gap", lang, Kind.NUMBER, optional=3),
        col("status", lang, Kind.STATUS),
        col("projected_year", lang, Kind.YEAR, optional=2),
    ]
    rows = []
    for item in items:
        decimals = item.indicator.decimals
        style = STATUS_STYLE[item.status]
        rows.append(
            [
                label_cell(item.indicator, lang),
                text_cell(unit(item.indicator.unit, lang)),
                number(item.target, lang, decimals),
                number(item.realised, lang),
                Cell(f"{human(item.percent, lang)} %", item.percent)
                if item.percent is not None
                else Cell(""),
                Cell(bar(item), style=style),
                number(item.expected, lang, decimals),
                difference(item.gap, lang, decimals),
                Cell(status_text(item.status, lang), item.status, style),
                Cell(str(item.projected_year), item.projected_year) if item.projected_year else Cell("–"),
            ]
        )
    return Table(columns, rows, text("progress.table", lang, year=until), key="progress")


def progress_view(result: ProgressResult) -> View:
    """The progress of one gemeente."""
    lang = result.lang

    def content() -> list[Block]:
        return [
            Paragraph(
                context_line(result.pact, lang, year=result.subject.inwoners_year, rounding=result.rounding)
            ),
            progress_table(result.items, lang, result.until),
        ]

    return View(
        title=text("progress.title", lang, name=subject_title(result.subject, lang)),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="progress",
    )


def template_view(result: TemplateResult) -> View:
    """The realisations template: its rows are the records; people see the same table."""
    lang = result.lang

    def content() -> list[Block]:
        columns = [col(key, lang, Kind.YEAR if key == "jaar" else Kind.TEXT) for key in result.COLUMNS]
        rows = [[Cell("" if v is None else str(v), v) for v in row] for row in result.rows()]
        return [Table(columns, rows, key="template")]

    return View(
        title=text("template.title", lang),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="template",
    )
