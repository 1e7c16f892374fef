"""The view of `lekp report`: what a college, a council or a province needs, on one page.

For one gemeente: a summary box (how many targets are reached, on track, behind, not
reported; the year judged and the population year), its key facts with a locator map, the
targets per werf with the province's support and the engagements, the progress table
(with milestones, what is still needed per year, the gemeente's own explanations and, when
the file holds more gemeenten, the median of its province and size class), a chart per
target, the baseline ceilings against what was measured, and an appendix with the sources.

For many gemeenten (a province): the summary, a map of Flanders, the spread of every target
over the groups, per target a map of the percent reached (gemeenten without data hatched),
and a table per gemeente. Rendered as one self-contained HTML page (`render/html.py`).
"""

from __future__ import annotations

from decimal import Decimal

from ..datafiles.provenance import SOURCES as DATA_SOURCES
from ..domain.model import PATH, POPULATION_YEAR, Engagement, Indicator
from ..domain.progress import Progress
from ..domain.statuses import FAR, MET, NOT_REPORTED, REACHED, WITH_GAPS
from ..messages import text
from ..numberformat import human, signed
from ..results import ProgressResult, ReportResult, TrajectoryResult
from .charts import progress_chart
from .common import (
    SUPPORTED_PROVINCE,
    assumptions,
    basis_line,
    bibliography,
    goal_sources,
    goals_table,
    pact_text,
    reporting_fact,
    rounding_text,
    source_bullets,
    subject_title,
    unit,
)
from .model import Block, Bullets, Facts, Figure, Paragraph, Records, Section, Table, View
from .progress import (
    distribution_table,
    engagement_blocks,
    gaps_blocks,
    item_status_text,
    population_text,
    progress_table,
    remarks,
    status_legend,
    status_text,
    summary_facts,
)
from .targets import targets_view

# Classes of percent reached and their colours (ColorBrewer YlGn, 5 classes): light is little.
CLASSES = (
    (Decimal(0), Decimal(25)),
    (Decimal(25), Decimal(50)),
    (Decimal(50), Decimal(75)),
    (Decimal(75), Decimal(100)),
    (Decimal(100), None),
)
COLOURS = ("#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837")
OUTSIDE = "#eaeef2"  # gemeenten that are not part of the report
MAP_WIDTH = 640


def colour_of(percent: Decimal | None) -> str | None:
    """The fill of a percent reached (None: no data, drawn hatched); below 0 counts as the first class."""
    if percent is None:
        return None
    for (_, high), colour in zip(CLASSES, COLOURS, strict=True):
        if high is None or percent < high:
            return colour
    return COLOURS[-1]


def report_view(report: ReportResult) -> View:
    """The report: of one gemeente, or of many."""
    if report.targets is None:
        assert report.progress is not None
        return _many(report, report.progress)
    return _one(report)


def _made(report: ReportResult, lang: str) -> list[str]:
    return [text("report.made", lang, date=report.made.isoformat(), version=report.version)]


# --- one gemeente ---------------------------------------------------------------------------


def _one(report: ReportResult) -> View:
    result = report.targets
    assert result is not None
    lang = result.lang
    subject = result.subjects[0]

    def content() -> list[Block]:
        blocks: list[Block] = []
        step = reporting_fact(result.catalogue, report.made, lang)
        if report.progress is not None:
            gemeente = report.progress.gemeenten[0]
            summary: list[Block] = [summary_facts(report.progress, gemeente.items, gemeente=gemeente)]
            if step is not None:
                summary.append(Facts([step]))
            blocks.append(Section(text("progress.summary", lang), summary, key="summary"))
        blocks.append(_facts(report, None if report.progress is not None else step))
        targets = targets_view(result)
        werven: list[Block] = [Paragraph(rounding_text(result.rounding, lang))]
        for block in targets.blocks:
            if isinstance(block, Section):
                werven.extend(b for b in block.blocks if isinstance(b, Table | Bullets))
            elif isinstance(block, Table | Bullets):  # the basis and rounding lines are in the facts
                werven.append(block)
        blocks.append(Section(text("report.targets", lang), werven, key="targets"))
        goals = _goals(report)
        if goals is not None:
            blocks.append(goals)
        if report.progress is not None:
            blocks.append(_progress(report.progress))
        else:
            blocks.append(Paragraph(text("report.no_realisations", lang)))
        if report.trajectory is not None and report.trajectory.paths:
            blocks.append(_paths(report.trajectory))
        blocks.append(_sources(report))
        return blocks

    return View(
        title=text("report.title", lang, name=subject.name or text("targets.whatif", lang)),
        content=content,
        records=Records(report.shown.COLUMNS, report.rows),
        lang=lang,
        key="report",
        # The headline states the population year the targets are computed with.
        subtitle=subject_title(subject, lang)
        + (
            " · " + text("progress.targets_of", lang, year=subject.inwoners_year)
            if subject.inwoners_year is not None
            else ""
        ),
        notes=_made(report, lang),
    )


def _facts(report: ReportResult, step: tuple[str, str] | None) -> Section:
    """The key facts of the gemeente (and, in a report without realisations, the reporting step
    that matters: there is no summary to hold it)."""
    result = report.targets
    assert result is not None
    lang = result.lang
    subject = result.subjects[0]
    items = [
        ("NIS", subject.nis_code or ""),
        (text("col.provincie", lang), subject.province or ""),
        (text("col.arrondissement", lang), subject.arrondissement or ""),
        (text("report.basis", lang), basis_line(subject, lang)),
        (text("col.version", lang), pact_text(result.pact, lang)),
    ]
    if step is not None:
        items.append(step)
    blocks: list[Block] = [Facts(items)]
    if subject.nis_code is not None:
        from ..maps.svg import locator

        svg = locator(report.territory.value, subject.nis_code, label=subject.name or "")
        blocks.append(
            Figure(
                svg, text("report.locator", lang, name=subject.name or ""), key="locator", kind="map locator"
            )
        )
    return Section(text("report.facts", lang), blocks, key="facts")


def _goals(report: ReportResult) -> Section | None:
    """Every target and engagement of the report beside the name the pact's own reporting gives it."""
    part = report.targets or report.progress
    assert part is not None
    catalogue = part.catalogue
    lang = part.lang
    rows: list[Indicator | Engagement] = list(catalogue.indicators_for(part.pact))
    if report.targets is not None and report.targets.whole_pact:
        rows += catalogue.engagements_for(part.pact)
    table = goals_table(catalogue, rows, lang)
    if table is None:
        return None
    blocks: list[Block] = [Paragraph(text("goals.intro", lang)), table]
    return Section(text("goals.title", lang), blocks, key="goals-section")


def _yearly_text(item: Progress, lang: str) -> str:
    """'per jaar: 2021 +100 · 2022 -20' — a negative amount is a correction or a removal."""
    parts = [f"{year} {signed(value, lang)}" for year, value in item.yearly.items()]
    return text("report.yearly", lang, years=" · ".join(parts)) if parts else ""


def _progress(progress: ProgressResult) -> Section:
    lang = progress.lang
    until = progress.until
    gemeente = progress.gemeenten[0]
    blocks: list[Block] = [progress_table(progress, gemeente), *gaps_blocks(progress, gemeente.items)]
    if len(progress.context) > 1:
        blocks.append(Paragraph(text("progress.peers", lang)))
    explained = remarks(progress, gemeente)
    if explained:
        blocks.append(explained)
    blocks.append(Paragraph(text("report.chart_legend", lang)))
    for item in gemeente.items:
        blocks.append(_figure(item, until, lang))
    return Section(text("report.progress", lang, year=until), blocks, key="progress-section")


def _figure(item: Progress, until: int, lang: str) -> Figure:
    label = item.indicator.label(lang)
    # Reported with gaps, the projection uses the years up to the last reported one, and says so.
    gaps = item.with_gaps and item.judged_year is not None
    if not item.reported:
        forecast = text("report.not_reported", lang)
    elif item.projected_year and item.status not in (REACHED, MET):
        far = item.projected_year > FAR
        if gaps:
            forecast = text(
                "report.projected_far_reported" if far else "report.projected_reported",
                lang,
                year=FAR if far else item.projected_year,
                last=item.judged_year,
            )
        else:
            forecast = text(
                "report.projected_far" if far else "report.projected",
                lang,
                year=FAR if far else item.projected_year,
            )
    elif item.projected_year:
        forecast = text("report.reached_in", lang, year=item.projected_year)
    else:
        forecast = text("report.no_forecast", lang)
    summary = text(
        "report.figure_text",
        lang,
        realised=human(item.realised, lang) if item.reported else "–",  # unknown, not zero
        target=human(item.target, lang, item.indicator.decimals),
        unit=unit(item.indicator.unit, lang),
        year=item.judged_year if gaps else until,
        expected=human(item.expected, lang),
        status=item_status_text(item, lang),
        forecast=forecast,
    )
    yearly = _yearly_text(item, lang)
    if yearly:
        summary += " · " + yearly
    for year, remark in item.remarks:
        summary += " · " + text("report.remark", lang, year=year, text=remark)
    svg = progress_chart(item, until, label, text("report.chart_legend", lang), lang)
    return Figure(svg, label, summary, key=f"chart-{item.indicator.key}")


def _paths(trajectory: TrajectoryResult) -> Section:
    return Section(text("report.baseline", trajectory.lang), engagement_blocks(trajectory), key="baseline")


def _sources(report: ReportResult) -> Section:
    """Where every figure of the report comes from, and what lekp assumed where no source decides."""
    lang = report.lang
    blocks: list[Block] = []
    part = report.targets or report.progress
    assert part is not None
    catalogue = part.catalogue
    pact = part.pact
    indicators = catalogue.indicators_for(pact)
    engagements = catalogue.engagements_for(pact)
    blocks.extend(source_bullets(catalogue, indicators, text("report.sources_targets", lang), lang))
    cited = [ident for i in indicators for ident in i.sources]
    if report.targets is not None and report.targets.whole_pact:
        # the engagements the report lists, each with its sources (some only secondary)
        blocks.extend(source_bullets(catalogue, engagements, text("report.sources_engagements", lang), lang))
        cited += [ident for e in engagements for ident in e.sources]
    data = [
        text(key, lang, address=DATA_SOURCES[ident].path)
        for key, ident in (
            ("report.source_population", "statbel-population"),
            ("report.source_dwellings", "statbel-census"),
            ("report.source_boundaries", "statbel-sectors"),
        )
    ]
    blocks.append(Bullets(data, text("report.sources_data", lang)))
    cited += goal_sources(catalogue, [*indicators, *engagements])
    found = catalogue.reporting_step(report.made)
    if found is not None:
        cited += found[0].sources
    supported = report.targets is not None and report.targets.subjects[0].province == SUPPORTED_PROVINCE
    if supported and catalogue.support_source:
        cited.append(catalogue.support_source)
    more = (PATH, POPULATION_YEAR) if report.progress is not None else ()
    rows: list[Indicator | Engagement] = list(indicators)
    if report.trajectory is not None:
        with_paths = {path.key for path in report.trajectory.paths}
        rows += [e for e in engagements if e.key in with_paths]
    blocks.extend(assumptions(catalogue, rows, lang, *more))
    listing = bibliography(catalogue, cited, lang)
    if listing:
        blocks.append(listing)
    return Section(text("report.sources", lang), blocks, key="sources")


# --- many gemeenten ---------------------------------------------------------------------------


def _many(report: ReportResult, progress: ProgressResult) -> View:
    lang = progress.lang
    groups = progress.groups()
    name = groups[0].name.localize(lang)

    def content() -> list[Block]:
        reported = sum(1 for g in progress.gemeenten if g.reported)
        facts = Facts(
            [
                (text("col.version", lang), pact_text(progress.pact, lang)),
                (text("progress.judged", lang), text("progress.judged_value", lang, year=progress.until)),
                (text("progress.population", lang), population_text(progress)),
                (
                    text("col.gemeenten", lang),
                    text("report.with_data", lang, count=len(progress.gemeenten), reported=reported),
                ),
            ]
        )
        step = reporting_fact(progress.catalogue, report.made, lang)
        if step is not None:
            facts.items.append(step)
        all_items = [item for g in progress.gemeenten for item in g.items]
        blocks: list[Block] = [
            Section(
                text("progress.summary", lang),
                [facts, summary_facts(progress, all_items, years=False)],
                key="summary",
            ),
            Section(text("report.overview", lang), [_overview_map(report, progress)], key="overview"),
            Section(
                text("progress.groups", lang),
                [
                    *(distribution_table(progress, g) for g in groups),
                    Paragraph(text("progress.quartiles_complete", lang)),
                    status_legend(lang),
                ],
                key="groups",
            ),
        ]
        for index, item in enumerate(progress.gemeenten[0].items):
            blocks.append(_indicator_map(report, progress, index, item))
        per_gemeente: list[Block] = []
        for gemeente in progress.gemeenten:
            table = progress_table(progress, gemeente)
            table.title = subject_title(gemeente.subject, lang)
            table.key = f"gemeente-{gemeente.subject.nis_code}"
            per_gemeente.append(table)
        blocks.append(Section(text("report.per_gemeente", lang), per_gemeente, key="per-gemeente"))
        goals = _goals(report)
        if goals is not None:
            blocks.append(goals)
        blocks.append(_sources(report))
        return blocks

    return View(
        title=text("report.many_title", lang, name=name),
        content=content,
        records=Records(progress.COLUMNS, progress.rows),
        lang=lang,
        key="report",
        subtitle=text("report.many_subtitle", lang, year=progress.until)
        + " · "
        + text("progress.targets_of", lang, year=progress.population_year),
        notes=_made(report, lang),
    )


def _legend_svg(lang: str, key: str) -> str:
    """A legend: a swatch per class of percent reached, and the hatch of 'no data'.

    `key` makes the id of the hatch pattern unique in the page (a legend per map).
    """
    from html import escape

    rows = []
    labels = [
        text("report.class", lang, low=human(low, lang), high=human(high, lang))
        if high is not None
        else text("report.class_top", lang, low=human(low, lang))
        for low, high in CLASSES
    ]
    for index, (label, colour) in enumerate(zip(labels, COLOURS, strict=True)):
        y = 4 + index * 20
        rows.append(
            f'<rect class="legend-swatch" data-colour="{colour}" x="4" y="{y}" width="16" height="14" '
            f'fill="{colour}" stroke="#8c959f"/>'
            f'<text x="26" y="{y + 11}" font-size="12">{escape(label)}</text>'
        )
    y = 4 + len(labels) * 20
    rows.append(
        f'<defs><pattern id="legend-hatch-{key}" patternUnits="userSpaceOnUse" width="5" height="5" '
        'patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/>'
        '<line x1="0" y1="0" x2="0" y2="5" stroke="#8c959f" stroke-width="3"/></pattern></defs>'
        f'<rect class="legend-swatch" data-colour="none" x="4" y="{y}" width="16" height="14" '
        f'fill="url(#legend-hatch-{key})" stroke="#8c959f"/>'
        f'<text x="26" y="{y + 11}" font-size="12">{escape(text("progress.no_data", lang))}</text>'
    )
    height = y + 20
    return (
        f'<svg class="legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 {height}" width="240" '
        f'height="{height}" role="img" aria-label="{escape(text("report.legend", lang))}">'
        f"{''.join(rows)}</svg>"
    )


def _map_titles(
    territory_name: str, progress: ProgressResult, index: int | None, lang: str
) -> tuple[dict[str, str | None], dict[str, str]]:
    """The fill and the hover text of every gemeente of the map, for one target (or the overview)."""
    from ..maps.boundaries import territory

    shapes = territory(territory_name).shapes
    fills: dict[str, str | None] = {code: OUTSIDE for code in shapes}
    titles = {
        code: f"{shape.name_nl}: {text('report.not_in_report', lang)}" for code, shape in shapes.items()
    }
    for gemeente in progress.gemeenten:
        code = gemeente.subject.nis_code or ""
        if code not in shapes:
            continue
        name = gemeente.subject.name or code
        if index is None:
            share = gemeente.on_track_share
            fills[code] = colour_of(share)
            titles[code] = (
                f"{name}: {text('report.share_on_track', lang, percent=human(share, lang))}"
                if share is not None
                else f"{name}: {text('progress.no_data', lang)}"
            )
            continue
        item = gemeente.items[index]
        if not item.reported or item.percent is None:
            fills[code] = None
            titles[code] = f"{name}: {status_text(NOT_REPORTED, lang)}"
        else:
            fills[code] = colour_of(item.percent)
            titles[code] = f"{name}: {human(item.percent, lang)} % ({item_status_text(item, lang)})"
    return fills, titles


def _overview_map(report: ReportResult, progress: ProgressResult) -> Figure:
    from ..maps.svg import choropleth

    lang = progress.lang
    fills, titles = _map_titles(report.territory.value, progress, None, lang)
    svg = choropleth(
        report.territory.value, fills, titles, width=MAP_WIDTH, label=text("report.overview", lang)
    )
    return Figure(
        svg + _legend_svg(lang, "overview"),
        text("report.overview_caption", lang),
        key="map-overview",
        kind="map",
    )


def _indicator_map(report: ReportResult, progress: ProgressResult, index: int, item: Progress) -> Section:
    from ..maps.svg import choropleth

    lang = progress.lang
    label = item.indicator.label(lang)
    fills, titles = _map_titles(report.territory.value, progress, index, lang)
    svg = choropleth(report.territory.value, fills, titles, width=MAP_WIDTH, label=label)
    groups = progress.groups()
    spread = groups[0].distributions[index]
    caption = text("report.map_caption", lang, label=label, year=progress.until)
    summary = text(
        "report.map_text",
        lang,
        median=human(spread.median, lang) if spread.median is not None else "–",
        # the median is over the complete reports: those with gaps are counted apart
        reported=spread.gemeenten - spread.counts[NOT_REPORTED] - spread.counts[WITH_GAPS],
        count=spread.gemeenten,
    )
    figure = Figure(
        svg + _legend_svg(lang, item.indicator.key),
        caption,
        summary,
        key=f"map-{item.indicator.key}",
        kind="map",
    )
    return Section(label, [figure], key=f"indicator-{item.indicator.key}")
