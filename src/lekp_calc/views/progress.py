"""The views of `lekp trajectory`, `lekp progress` and the realisations template.

Progress tells apart what a council must not confuse: a target not reported (grey) from a
reported zero, a deadline passed (met or missed) from one still ahead, and a milestone
from the final target. For one gemeente it adds what is still needed per year and, when
the file holds other gemeenten, the median of its province and of its size; for many
gemeenten it shows how each target is spread over them, without ranking anyone.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from decimal import Decimal
from itertools import groupby

from ..domain.model import PACT_END, PACT_START, PATH, POPULATION_YEAR, Engagement, Indicator
from ..domain.progress import ABOVE, WITHIN, Progress
from ..domain.statuses import (
    BEHIND,
    DISTRIBUTION_STATES,
    FAR,
    MET,
    MISSED,
    NOT_REPORTED,
    ON_TRACK,
    REACHED,
    SIZE_CLASSES,
    STATUSES,
    WITH_GAPS,
    status_key,
)
from ..messages import Joined, Num, text
from ..numberformat import human
from ..results import (
    DistributionResult,
    GemeenteProgress,
    Group,
    ProgressResult,
    TemplateResult,
    TrajectoryResult,
)
from .common import (
    assumptions,
    col,
    context_line,
    data_about,
    difference,
    indicator_short,
    label_cell,
    number,
    subject_title,
    text_cell,
    unit,
    werf_sheet,
    werf_title,
)
from .model import Block, Bullets, Cell, Column, Facts, Kind, Paragraph, Records, Section, Style, Table, View

YEARS = range(PACT_START, PACT_END + 1)
BAR_WIDTH = 12
STATUS_STYLE = {
    REACHED: Style.GOOD,
    MET: Style.GOOD,
    ON_TRACK: Style.WARN,
    BEHIND: Style.BAD,
    MISSED: Style.BAD,
    NOT_REPORTED: Style.NONE,
    WITHIN: Style.GOOD,
    ABOVE: Style.BAD,
}


def status_text(status: str, lang: str) -> str:
    """The status as shown in `lang`."""
    return text(f"status.{status_key(status)}", lang)


def status_cell(status: str, lang: str) -> Cell:
    """A status, coloured by what it means."""
    return Cell(status_text(status, lang), status, STATUS_STYLE.get(status))


def item_status_text(item: Progress, lang: str) -> str:
    """The status of a target; reported with gaps, as of its last reported year with the missing
    years beside it: 'achter op schema t/m 2023 · geen cijfers voor 2024, 2025'."""
    shown = status_text(item.status, lang)
    if not item.with_gaps:
        return shown
    return (
        text("progress.as_of", lang, status=shown, year=item.judged_year)
        + " · "
        + text("progress.missing", lang, years=Joined(item.missing_years))
    )


def item_status_cell(item: Progress, lang: str) -> Cell:
    """A target's status (as of its last reported year when it has gaps), coloured by what it means."""
    return Cell(item_status_text(item, lang), item.status, STATUS_STYLE.get(item.status))


def status_legend(lang: str, *, gaps: bool = True) -> Bullets:
    """One sentence per status saying when it applies (and what 'with gaps' means): the legend every
    document that shows statuses carries once."""
    states = [*STATUSES, WITH_GAPS] if gaps else list(STATUSES)
    items = [
        text(
            "status_legend.item",
            lang,
            status=status_text(state, lang),
            meaning=text(f"status_legend.{status_key(state)}", lang),
        )
        for state in states
    ]
    return Bullets(items, text("status_legend.title", lang))


def projected_text(year: int | None, lang: str) -> str:
    """The projected year, or 'na 2050' for one too far to name, or '–'."""
    if year is None:
        return "–"
    return text("progress.after", lang, year=FAR) if year > FAR else str(year)


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
            shown = number(point.expected_cumulative, lang)  # exact: the path is not rounded
            if point.milestone:
                shown.note = text("progress.milestone_label", lang, year=point.year)
            row[2 + point.year - PACT_START] = shown
        # Years after every deadline shown hold nothing (klimaattafels alone ends in 2024).
        used = [i for i in range(len(YEARS)) if any(row[2 + i].text for row in rows.values())]
        blocks.append(
            Table(
                head + [years[i] for i in used],
                [row[:2] + [row[2 + i] for i in used] for row in rows.values()],
                text("trajectory.table", lang),
                key="trajectory",
                matrix=True,
                sheet=text("sheet.trajectory", lang),
            )
        )
        blocks.extend(engagement_blocks(result))
        if result.catalogue is not None:
            with_paths = {path.key for path in result.paths}
            engagements = [e for e in result.catalogue.engagements_for(result.pact) if e.key in with_paths]
            indicators = list({p.indicator.key: p.indicator for p in result.points}.values())
            behind: list[Indicator | Engagement] = [*indicators, *engagements]
            blocks.extend(
                assumptions(
                    result.catalogue, behind, lang, PATH, rounding=result.rounding, subjects=[result.subject]
                )
            )
        return blocks

    return View(
        title=text("trajectory.title", lang, name=subject_title(result.subject, lang)),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="trajectory",
        about=[data_about(lang)],
    )


def engagement_blocks(result: TrajectoryResult) -> list[Block]:
    """The baseline engagements of a trajectory: a line per baseline, then the yearly ceilings
    with what was measured and its judgement (nothing without a baseline)."""
    lang = result.lang
    if not result.paths:
        return []
    blocks: list[Block] = []
    head = [col("label", lang, sticky=True), col("unit", lang, sticky=True)]
    years = [Column(str(year), str(year), Kind.NUMBER) for year in YEARS]
    path_rows = []
    for path in result.paths:
        values = dict(path.points)
        path_rows.append(
            [Cell(path.text(lang), path.key), text_cell(path.unit)]
            + [number(values[y], lang) if y in values else Cell("") for y in YEARS]
        )
        if path.actual:
            measured = [Cell(text("col.actual", lang)), text_cell(path.unit)]
            judged = [Cell(text("col.judgement", lang)), Cell("")]
            for y in YEARS:
                value = path.actual.get(y)
                state = path.status(y)
                style = STATUS_STYLE.get(state or "")
                measured.append(number(value, lang, style=style))
                # Said in words too: a colour alone is lost when the output is piped or printed.
                judged.append(Cell(text(f"status.short.{state}", lang), state, style) if state else Cell(""))
            path_rows += [measured, judged]
        blocks.append(
            Paragraph(
                text(
                    "trajectory.baseline",
                    lang,
                    key=path.text(lang),
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
            sheet=text("sheet.engagements", lang),
        )
    )
    return blocks


def progress_table(result: ProgressResult, gemeente: GemeenteProgress) -> Table:
    """A row per target (and per milestone): target, realised, percent, path, status, what is needed."""
    lang = result.lang
    peers = result.peers(gemeente.subject) if result.single and len(result.context) > 1 else {}
    # The unit is in the label ('Extra bomen (stuks)'): the rows' units differ, and a column of
    # units would be the first a narrow screen leaves out, leaving numbers without their unit.
    columns = [
        col("label", lang, sticky=True),
        col("target", lang, Kind.NUMBER),
        col("realised", lang, Kind.NUMBER),
        col("percent", lang, Kind.PERCENT),
        col("bar", lang, Kind.BAR, optional=5),
        # With gaps, a row's path stands at the year of its status ('t/m'), not at the year judged.
        Column(
            "expected",
            text("col.expected_as_of", lang)
            if any(item.with_gaps for item in gemeente.items)
            else text("col.expected_by", lang, year=result.until),
            Kind.NUMBER,
            optional=3,
        ),
        col("gap", lang, Kind.NUMBER, optional=4),
        col("needed_per_year", lang, Kind.NUMBER, optional=1),
        col("status", lang, Kind.STATUS),
        col("projected_year", lang, Kind.YEAR, optional=2),
    ]
    if peers:
        columns += [
            col("median_province", lang, Kind.PERCENT, optional=2),
            col("median_size", lang, Kind.PERCENT, optional=2),
        ]
    rows = []
    for item in gemeente.items:
        decimals = item.indicator.decimals
        style = STATUS_STYLE[item.status]
        reported = item.reported
        shown_unit = unit(item.indicator.unit, lang)
        label = f"{item.indicator.label(lang)} ({shown_unit})"
        row = [
            Cell(label, item.indicator.key, note=item.indicator.note(lang)),
            number(item.target, lang, decimals),
            number(item.realised, lang) if reported else Cell("–"),
            _percent(item.percent, lang) if reported and item.percent is not None else Cell(""),
            Cell(bar(item), style=style) if reported else Cell(""),
            # The path and the gap are exact, never rounded on screen; with gaps they stand at the year of
            # the status ('t/m'), which the paragraph under the table explains.
            number(item.expected, lang),
            difference(item.gap, lang) if reported else Cell(""),
            number(item.needed_per_year, lang, decimals),
            item_status_cell(item, lang),
            Cell(projected_text(item.projected_year, lang), item.projected_year),
        ]
        if peers:
            province, size = peers.get(item.indicator.key, (None, None))
            row += [_percent(province, lang), _percent(size, lang)]
        rows.append(row)
        milestone = item.milestone
        if milestone is not None and reported:
            stage = [Cell("") for _ in columns]
            stage[0] = Cell(f"{text('progress.milestone_label', lang, year=milestone.year)} ({shown_unit})")
            stage[1] = number(milestone.target, lang, decimals)
            stage[2] = number(milestone.realised, lang)
            stage[columns.index(next(c for c in columns if c.key == "status"))] = status_cell(
                milestone.status, lang
            )
            rows.append(stage)
    title = text("progress.table", lang, year=result.until)
    return Table(columns, rows, title, key="progress", sheet=text("sheet.progress", lang))


def _percent(value: Decimal | None, lang: str) -> Cell:
    if value is None:
        return Cell("")
    return Cell(f"{human(value, lang)} %", value)


def summary_facts(
    result: ProgressResult,
    items: Sequence[Progress],
    *,
    years: bool = True,
    gemeente: GemeenteProgress | None = None,
) -> Facts:
    """The summary a report opens with: the year judged, the population year (and why; the year
    judged's own figure beside it when another year judges), the count per status, the targets
    reported with gaps apart."""
    lang = result.lang
    facts = []
    if years:
        facts += [
            (text("progress.judged", lang), text("progress.judged_value", lang, year=result.until)),
            (text("progress.population", lang), population_text(result, gemeente)),
        ]
    for state in DISTRIBUTION_STATES:
        if state == WITH_GAPS:
            count = sum(1 for item in items if item.with_gaps)
        else:
            count = sum(1 for item in items if item.status == state and not item.with_gaps)
        if count or state in (REACHED, ON_TRACK, BEHIND, NOT_REPORTED):
            facts.append((status_text(state, lang), str(count)))
    return Facts(facts)


def population_text(result: ProgressResult, gemeente: GemeenteProgress | None = None) -> str:
    """Which population judges and why; beside it, the year judged's own when that differs:
    '38.793 op 1 januari 2026 (het bevolkingsjaar van het sjabloon; die bepaalt de doelen) ·
    38.701 op 1 januari 2025, het beoordeelde jaar (ter vergelijking)'."""
    lang = result.lang
    why = text(f"progress.why_{result.population_source}", lang)
    year = result.population_year
    inwoners = gemeente.subject.inwoners if gemeente is not None else None
    if inwoners is not None:
        shown = text("progress.population_judges", lang, inwoners=Num(inwoners), year=year, why=why)
    else:
        shown = text("progress.population_judges_year", lang, year=year, why=why)
    other = result.other_population_year
    if other is not None:
        if gemeente is not None and gemeente.other_inwoners is not None:
            shown += " · " + text(
                "progress.population_other", lang, inwoners=Num(gemeente.other_inwoners), year=other
            )
        else:
            shown += " · " + text("progress.population_other_year", lang, year=other)
    return shown


def remarks(result: ProgressResult, gemeente: GemeenteProgress) -> Bullets | None:
    """The gemeente's explanations ('opmerking'), beside the target they are about."""
    lang = result.lang
    lines = [
        text("progress.remark", lang, label=item.indicator.label(lang), year=year, text=remark)
        for item in gemeente.items
        for year, remark in item.remarks
    ]
    return Bullets(lines, text("progress.remarks", lang), quoted=False) if lines else None


def progress_view(result: ProgressResult) -> View:
    """The progress of one gemeente, or of many with the spread of every target."""
    lang = result.lang

    def content() -> list[Block]:
        blocks: list[Block] = [
            Paragraph(context_line(result.pact, lang, year=result.population_year, rounding=result.rounding))
        ]
        if result.single:
            gemeente = result.gemeenten[0]
            blocks.append(
                Section(
                    text("progress.summary", lang),
                    [summary_facts(result, gemeente.items, gemeente=gemeente)],
                    key="summary",
                )
            )
            blocks.append(progress_table(result, gemeente))
            blocks.extend(gaps_blocks(result, gemeente.items))
            if result.single and len(result.context) > 1:
                blocks.append(Paragraph(text("progress.peers", lang)))
            explained = remarks(result, gemeente)
            if explained:
                blocks.append(explained)
            blocks.extend(progress_assumptions(result))
            return blocks
        # The letters are explained once, above the two parts that use them; the sentence per
        # status under the first table that uses them (the spread).
        blocks.append(Paragraph(text("progress.legend", lang)))
        spread: list[Block] = [
            spread_table(result),
            Paragraph(text("progress.quartiles_complete", lang)),
            status_legend(lang),
        ]
        blocks.append(Section(text("progress.groups", lang), spread, key="groups"))
        matrices = per_gemeente_matrices(result)
        blocks.append(Section(text("progress.per_gemeente", lang), matrices, key="gemeenten"))
        blocks.extend(progress_assumptions(result))
        return blocks

    if result.single:
        title = text("progress.title", lang, name=subject_title(result.subject, lang))
    else:
        title = text("progress.many_title", lang, name=result.groups()[0].name.localize(lang))
    return View(
        title=title,
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="progress",
        about=[data_about(lang)],
        legend=[] if result.single else workbook_legend(result),
    )


def gaps_blocks(result: ProgressResult, items: Sequence[Progress]) -> list[Block]:
    """Under the first table that shows statuses: how a target with gaps is judged (when one has
    gaps), and the legend of the statuses."""
    lang = result.lang
    blocks: list[Block] = []
    if any(item.with_gaps for item in items):
        blocks.append(Paragraph(text("progress.gaps", lang)))
    blocks.append(status_legend(lang))
    return blocks


def workbook_legend(result: ProgressResult) -> list[tuple[str, str]]:
    """What the letters of a matrix of many gemeenten stand for, for a workbook's "Over" sheet
    (a sheet has no room under its table): what a cell holds, then each letter that occurs with
    its status (each status's sentence is the legend of `status_legend`, on the same sheet)."""
    lang = result.lang
    items = [item for gemeente in result.gemeenten for item in gemeente.items]
    used = {item.status for item in items} | {item.milestone.status for item in items if item.milestone}
    legend = [(text("legend.cell", lang), text("legend.cell_text", lang))]
    legend += [
        (text(f"status_short.{status_key(status)}", lang), status_text(status, lang))
        for status in STATUSES
        if status in used
    ]
    if any(item.with_gaps for item in items):
        legend.append((text(f"status_short.{status_key(WITH_GAPS)}", lang), status_text(WITH_GAPS, lang)))
    return legend


def progress_assumptions(result: ProgressResult) -> list[Block]:
    """lekp's assumptions behind a progress: the targets' own, the path and the population year."""
    indicators = [item.indicator for item in result.gemeenten[0].items]
    subjects = [g.subject for g in result.gemeenten]
    return assumptions(
        result.catalogue,
        indicators,
        result.lang,
        PATH,
        POPULATION_YEAR,
        rounding=result.rounding,
        subjects=subjects,
    )


def distribution_view(result: DistributionResult) -> View:
    """Only the spread of every target over the groups (`lekp progress --verdeling`)."""
    lang = result.lang
    progress = result.progress
    return View(
        title=text("progress.groups", lang),
        content=lambda: [
            Paragraph(
                context_line(progress.pact, lang, year=progress.population_year, rounding=progress.rounding)
            ),
            Paragraph(text("progress.legend", lang)),
            spread_table(progress),
            Paragraph(text("progress.quartiles_complete", lang)),
            status_legend(lang),
            *progress_assumptions(progress),
        ],
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="distribution",
        about=[data_about(lang)],
        legend=workbook_legend(progress)[1:],  # counts per letter: no cell to explain
    )


def group_short(result: ProgressResult, group: Group) -> str:
    """A group as a row of the spread, short enough to stay on one line at 60 columns:
    'prov. Antwerpen', '< 10.000 inw.'."""
    lang = result.lang
    for low, high in SIZE_CLASSES:
        if group.key == f"size-{low}-{high or 'plus'}":
            if low == 0 and high is not None:
                return text("progress.size_short_below", lang, high=Num(high))
            if high is None:
                return text("progress.size_short_above", lang, low=Num(low))
            return text("progress.size_short_between", lang, low=Num(low), high=Num(high))
    if group.key == "flanders":
        return text("progress.group_flanders_short", lang)
    if result.province is not None:
        return text("progress.group_province_short", lang, name=result.province)
    if result.everywhere:
        return text("progress.group_all_short", lang, count=len(group.gemeenten))
    return text("progress.group_selection_short", lang, count=len(group.gemeenten))


def spread_table(result: ProgressResult) -> Table:
    """How every target is spread over the gemeenten, in one table: per target (a heading) a row
    per group (the gemeenten asked for, Flanders as far as the file covers it, each size class)
    with the count per status, under the status's letter, and the quartiles of percent reached."""
    lang = result.lang
    columns = [
        col("label", lang, group=True),
        # One piece (a group's name does not wrap): at 80 columns the quartiles go first.
        Column("group", text("col.group", lang), Kind.CODE, sticky=True),
        col("gemeenten", lang, Kind.INTEGER, optional=3),  # the sum of the counts: the first to go
    ]
    # a count per status and of the reports with gaps, under its letter (the legend above says them)
    columns += [
        Column(f"count_{key}", text(f"status_short.{key}", lang), Kind.INTEGER)
        for key in (status_key(state) for state in DISTRIBUTION_STATES)
    ]
    columns += [
        # '%' is said once, in the heading
        col("q1", lang, Kind.PERCENT, optional=2, unit="%"),
        col("median", lang, Kind.PERCENT, unit="%"),
        col("q3", lang, Kind.PERCENT, optional=2, unit="%"),
    ]
    groups = result.groups()
    rows = []
    for index, indicator in enumerate(spread.indicator for spread in groups[0].distributions):
        label = label_cell(indicator, lang)
        for group in groups:
            spread = group.distributions[index]
            rows.append(
                [label, text_cell(group_short(result, group)), number(spread.gemeenten, lang)]
                + [number(spread.counts[state], lang) for state in DISTRIBUTION_STATES]
                + [number(q, lang) for q in (spread.lower_quartile, spread.median, spread.upper_quartile)]
            )
    # No title of its own: the section (or the view) above it says what it is.
    return Table(columns, rows, key="spread", sheet=text("sheet.spread", lang))


def distribution_table(result: ProgressResult, group: Group) -> Table:
    """Per target: how many gemeenten of a group are in each status, and the quartiles of percent."""
    lang = result.lang
    columns = [col("label", lang, sticky=True), col("gemeenten", lang, Kind.INTEGER)]
    columns += [col(f"count_{status_key(state)}", lang, Kind.INTEGER) for state in DISTRIBUTION_STATES]
    columns += [
        col("q1", lang, Kind.PERCENT, optional=1),
        col("median", lang, Kind.PERCENT),
        col("q3", lang, Kind.PERCENT, optional=1),
    ]
    rows = []
    for spread in group.distributions:
        rows.append(
            [label_cell(spread.indicator, lang), number(spread.gemeenten, lang)]
            + [number(spread.counts[state], lang) for state in DISTRIBUTION_STATES]
            + [
                _percent(spread.lower_quartile, lang),
                _percent(spread.median, lang),
                _percent(spread.upper_quartile, lang),
            ]
        )
    name = group.name.localize(lang)
    return Table(
        columns, rows, f"{name[0].upper()}{name[1:]} ({len(group.gemeenten)})", key=group.key, matrix=True
    )


def per_gemeente_matrices(result: ProgressResult) -> list[Block]:
    """A matrix per werf: a row per gemeente (in the order of the selection: alphabetical for a
    province), a column per target, the percent reached (the '%' said once, in the heading) and
    the status's letter."""
    lang = result.lang
    blocks: list[Block] = []
    items = result.gemeenten[0].items
    for werf_number, members in groupby(enumerate(items), key=lambda pair: pair[1].indicator.werf):
        chosen = list(members)
        columns = [col("gemeente", lang, sticky=True)]
        for _, item in chosen:
            short = indicator_short(item.indicator, lang)
            columns.append(Column(item.indicator.key, short, Kind.PERCENT, unit="%"))
        rows = []
        for gemeente in result.gemeenten:
            row = [text_cell(gemeente.subject.name)]
            for index, _ in chosen:
                item = gemeente.items[index]
                letter = text(f"status_short.{status_key(item.status)}", lang)
                if item.with_gaps:
                    letter += text(f"status_short.{status_key(WITH_GAPS)}", lang)
                style = STATUS_STYLE[item.status]
                if item.reported and item.percent is not None:
                    shown = f"{human(item.percent, lang)} {letter}"
                    row.append(Cell(shown, item.percent, style, mark=letter))
                else:
                    row.append(Cell(letter, None, style))
            rows.append(row)
        title = werf_title(result.catalogue.werf(werf_number), lang)
        sheet = werf_sheet(werf_number, lang)
        blocks.append(Table(columns, rows, title, key=f"werf-{werf_number}", matrix=True, sheet=sheet))
    return blocks


def bar(item: Progress, width: int = BAR_WIDTH) -> str:
    """A bar of the realised share, with '│' where the path expects to be.

    '█' realised, '░' still to do; a target that is passed fills the bar.
    """
    target = item.target_exact
    if target <= 0:
        return "█" * width
    filled = max(0, min(width, int(item.realised * width / target)))
    marker = min(width - 1, int(item.expected * width / target))
    cells = ["█" if i < filled else "░" for i in range(width)]
    if marker >= filled and item.expected < target:
        cells[marker] = "│"
    return "".join(cells)


def template_view(result: TemplateResult) -> View:
    """The realisations template: a row per gemeente, target and year to fill in, and how.

    Its column headers are the machine keys, so that the filled-in file reads back (CSV or
    workbook); a workbook also validates `indicator` (a list), `jaar` and `waarde` as they
    are typed, and has a sheet that explains them.
    """
    lang = result.lang
    keys = tuple(sorted({i.key for i in result.indicators}))

    def column(key: str) -> Column:
        if key == "indicator":
            return Column(key, key, Kind.CODE, choices=keys)
        if key == "jaar":
            return Column(key, key, Kind.YEAR, low=PACT_START, high=PACT_END)
        if key == "bevolkingsjaar":
            return Column(key, key, Kind.YEAR)
        if key == "waarde":
            return Column(key, key, Kind.NUMBER, low=-(10**12), high=10**12)
        return Column(key, key, Kind.CODE if key == "nis_code" else Kind.TEXT)

    def content() -> list[Block]:
        columns = [column(key) for key in result.COLUMNS]
        rows = [[Cell("" if v is None else str(v), v) for v in row] for row in result.rows()]
        explanation = [
            text(f"template.step_{number}", lang, selection=_selection(result)) for number in range(1, 6)
        ]
        if result.population_year is not None:
            explanation.append(text("template.population", lang, year=result.population_year))
        sheet = text("template.sheet", lang)
        return [
            Table(columns, rows, sheet, key="template", sheet=sheet),
            Bullets(explanation, text("template.how", lang)),
        ]

    return View(
        title=text("template.title", lang),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="template",
        about_sheet=text("template.instructions", lang),
    )


def _selection(result: TemplateResult) -> str:
    """The options that name the template's gemeenten again, for the command that reads it back."""
    subjects = result.subjects
    provinces = {s.province for s in subjects}
    if len(subjects) <= 3:
        return " ".join(f"--gemeente {shlex.quote(s.name or s.nis_code or '')}" for s in subjects)
    if len(provinces) == 1 and None not in provinces:
        return f"--provincie {shlex.quote(str(next(iter(provinces))))}"
    return "--alle"
