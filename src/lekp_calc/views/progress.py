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
    label_cell,
    number,
    subject_title,
    text_cell,
    unit,
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
        )
    )
    return blocks


def progress_table(result: ProgressResult, gemeente: GemeenteProgress) -> Table:
    """A row per target (and per milestone): target, realised, percent, path, status, what is needed."""
    lang = result.lang
    peers = result.peers(gemeente.subject) if result.single and len(result.context) > 1 else {}
    columns = [
        col("label", lang, sticky=True),
        col("unit", lang, optional=1),
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
        row = [
            label_cell(item.indicator, lang),
            text_cell(unit(item.indicator.unit, lang)),
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
            stage[0] = Cell(text("progress.milestone_label", lang, year=milestone.year))
            stage[2] = number(milestone.target, lang, decimals)
            stage[3] = number(milestone.realised, lang)
            stage[columns.index(next(c for c in columns if c.key == "status"))] = status_cell(
                milestone.status, lang
            )
            rows.append(stage)
    return Table(columns, rows, text("progress.table", lang, year=result.until), key="progress")


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
        groups = [distribution_table(result, g) for g in result.groups()]
        blocks.append(
            Section(
                text("progress.groups", lang),
                [*groups, Paragraph(text("progress.quartiles_complete", lang)), status_legend(lang)],
            )
        )
        blocks.append(
            Section(
                text("progress.per_gemeente", lang),
                [*per_gemeente_matrices(result), Paragraph(text("progress.legend", lang))],
            )
        )
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
            *(distribution_table(progress, group) for group in progress.groups()),
            Paragraph(text("progress.quartiles_complete", lang)),
            status_legend(lang),
            *progress_assumptions(progress),
        ],
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="distribution",
        about=[data_about(lang)],
    )


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
    """A matrix per werf: a row per gemeente, a column per target, percent reached and a status letter."""
    lang = result.lang
    blocks: list[Block] = []
    items = result.gemeenten[0].items
    for werf_number, members in groupby(enumerate(items), key=lambda pair: pair[1].indicator.werf):
        chosen = list(members)
        columns = [col("gemeente", lang, sticky=True)]
        for _, item in chosen:
            columns.append(Column(item.indicator.key, item.indicator.label(lang), Kind.PERCENT))
        rows = []
        for gemeente in result.gemeenten:
            row = [text_cell(gemeente.subject.name)]
            for index, _ in chosen:
                item = gemeente.items[index]
                letter = text(f"status_short.{status_key(item.status)}", lang)
                if item.with_gaps:
                    letter += text(f"status_short.{status_key(WITH_GAPS)}", lang)
                shown = (
                    f"{human(item.percent, lang)} % {letter}"
                    if item.reported and item.percent is not None
                    else letter
                )
                row.append(Cell(shown, item.percent if item.reported else None, STATUS_STYLE[item.status]))
            rows.append(row)
        title = werf_title(result.catalogue.werf(werf_number), lang)
        blocks.append(Table(columns, rows, title, key=f"werf-{werf_number}", matrix=True))
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
        return [
            Table(columns, rows, text("template.sheet", lang), key="template"),
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
