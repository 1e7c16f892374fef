"""The view of `lekp report`: what a college, a council or a province needs, on one page.

For one gemeente: a summary box (how many targets are reached, on track, behind, not
reported; the year judged and the population year), its key facts with a locator map, the
targets per werf with the province's support and the engagements, the progress table
(with milestones, what is still needed per year, the gemeente's own explanations and, when
the file holds more gemeenten, the median of its province and size class), a chart per
target, the baseline ceilings against what was measured, and an appendix with the sources.

For many gemeenten (a province): the summary, a map of the province with every gemeente
numbered and the list of those numbers, the spread of every target over the groups, per
target a map of the percent reached (gemeenten without data hatched), and per werf a matrix
of every gemeente's percent and status. Without realisations, the targets of every gemeente
per werf with the province's sums. Every report opens with a table of contents and ends with
its sources. Rendered as one self-contained HTML page (`render/html.py`), whole on A4.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from ..datafiles.provenance import SOURCES as DATA_SOURCES
from ..domain.model import PATH, POPULATION_YEAR, Engagement, Indicator
from ..domain.progress import Progress
from ..domain.statuses import FAR, MET, NOT_REPORTED, REACHED, WITH_GAPS
from ..messages import text
from ..numberformat import human, signed
from ..results import ProgressResult, ReportResult, SummaryResult, TrajectoryResult
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
    per_gemeente_matrices,
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
PLAIN = "#d0d7de"  # a gemeente of a map without values (the targets report): only its number
MAP_WIDTH = 680  # an A4 page's text, 180 mm, in CSS pixels: the numbers print at their size
WIDE_MAP = 1.8  # a map this much wider than high (Flanders) is printed across a landscape page


def colour_of(percent: Decimal | None) -> str | None:
    """The fill of a percent reached (None: no data, drawn hatched); below 0 counts as the first class."""
    if percent is None:
        return None
    for (_, high), colour in zip(CLASSES, COLOURS, strict=True):
        if high is None or percent < high:
            return colour
    return COLOURS[-1]


def report_view(report: ReportResult) -> View:
    """The report: of one gemeente, or of many (their progress, or else their targets)."""
    if report.summary is not None:
        return _many_targets(report, report.summary)
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
        contents=True,
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

        # Zoomed to the province, the gemeente named on it: on paper there is no tooltip.
        area = report.area if subject.nis_code in report.area else ()
        svg = locator(
            report.territory.value, subject.nis_code, label=subject.name or "", area=area, named=True
        )
        caption = (
            text("report.locator_province", lang, name=subject.name or "", province=subject.province or "")
            if area
            else text("report.locator", lang, name=subject.name or "")
        )
        blocks.append(Figure(svg, caption, key="locator", kind="map locator"))
    return Section(text("report.facts", lang), blocks, key="facts")


def _goals(report: ReportResult) -> Section | None:
    """Every target and engagement of the report beside the name the pact's own reporting gives it."""
    lang = report.lang
    if report.summary is not None:
        catalogue, pact = report.summary.catalogue, report.summary.summary.pact
    else:
        part = report.targets or report.progress
        assert part is not None
        catalogue, pact = part.catalogue, part.pact
    rows: list[Indicator | Engagement] = list(catalogue.indicators_for(pact))
    if report.targets is not None and report.targets.whole_pact:
        rows += catalogue.engagements_for(pact)
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


def target_figure(item: Progress, until: int, lang: str) -> Figure:
    """The chart of one target's progress with its caption and the text that says it in words."""
    return _figure(item, until, lang)


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
    if report.summary is not None:
        catalogue = report.summary.catalogue
        pact = report.summary.summary.pact
        indicators = [row.indicator for row in report.summary.summary.total.rows]
    else:
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
    rounding = report.summary.summary.rounding if report.summary is not None else None
    blocks.extend(assumptions(catalogue, rows, lang, *more, rounding=rounding))
    listing = bibliography(catalogue, cited, lang)
    if listing:
        blocks.append(listing)
    return Section(text("report.sources", lang), blocks, key="sources")


# --- many gemeenten ---------------------------------------------------------------------------


def name_order(name: str) -> tuple[str, str]:
    """The order of a list of gemeenten a reader looks a name up in: accents, case and a leading
    "'s-" do not count ('s-Gravenwezel under G, Ëke under E)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = plain.casefold().removeprefix("'s-").removeprefix("’s-")
    return plain, name


def numbering(named: list[tuple[str, str]]) -> dict[str, int]:
    """A number per gemeente ((NIS code, name) pairs), in the order of their names: the numbers
    on the maps, keyed to the list printed with the first map."""
    ordered = sorted(named, key=lambda pair: name_order(pair[1]))
    return {code: index for index, (code, _) in enumerate(ordered, start=1)}


def _key_names(named: list[tuple[str, str]], numbers: dict[str, int]) -> list[str]:
    names = dict(named)
    return [names[code] for code in sorted(numbers, key=numbers.__getitem__)]


def _many(report: ReportResult, progress: ProgressResult) -> View:
    lang = progress.lang
    groups = progress.groups()
    name = groups[0].name.localize(lang)
    named = [(g.subject.nis_code, g.subject.name or "") for g in progress.gemeenten if g.subject.nis_code]
    numbers = numbering(named)
    area = tuple(numbers)

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
        overview = _overview_map(report, progress, numbers, area)
        overview.numbered = _key_names(named, numbers)
        blocks: list[Block] = [
            Section(
                text("progress.summary", lang),
                [facts, summary_facts(progress, all_items, years=False)],
                key="summary",
            ),
            Section(text("report.overview", lang), [overview], key="overview"),
            Section(
                text("progress.groups", lang),
                [
                    *(distribution_table(progress, g) for g in groups),
                    Paragraph(text("progress.quartiles_complete", lang)),
                    status_legend(lang),
                ],
                key="groups",
                notes_once=True,
            ),
            Section(
                text("report.maps", lang),
                [
                    _indicator_map(report, progress, index, item, numbers, area)
                    for index, item in enumerate(progress.gemeenten[0].items)
                ],
                key="maps",
            ),
            Section(
                text("report.per_gemeente", lang),
                [Paragraph(text("progress.legend", lang)), *per_gemeente_matrices(progress)],
                key="per-gemeente",
            ),
        ]
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
        contents=True,
    )


def _many_targets(report: ReportResult, result: SummaryResult) -> View:
    """The targets report of many gemeenten: per werf a row per gemeente and the sums (the view of
    `lekp summary --per gemeente`), a numbered map, the sources and assumptions."""
    from ..maps.svg import choropleth
    from .many import summary_view

    lang = result.lang
    summary = result.summary
    name = _selection_name(report, result)

    def content() -> list[Block]:
        named = [(g.code or "", g.group) for g in summary.groups if g.code]
        numbers = numbering(named)
        facts = Facts(
            [
                (text("col.version", lang), pact_text(summary.pact, lang)),
                (text("progress.population", lang), text("progress.targets_of", lang, year=summary.year)),
                (text("col.gemeenten", lang), str(len(summary.groups))),
                (text("col.inwoners", lang), human(summary.total.inwoners, lang)),
                (text("col.wooneenheden", lang), human(summary.total.wooneenheden, lang)),
            ]
        )
        titles = {code: gemeente for code, gemeente in named}
        svg = choropleth(
            report.territory.value,
            dict.fromkeys(numbers, PLAIN) | _outside(report, numbers),
            titles,
            width=MAP_WIDTH,
            label=text("report.targets_map", lang, name=name),
            area=tuple(numbers),
            numbers=numbers,
            key="overview",
        )
        figure = Figure(
            svg,
            text("report.targets_map", lang, name=name),
            text("report.targets_map_text", lang),
            key="map-overview",
            kind=_map_kind(report, tuple(numbers)),
            numbered=_key_names(named, numbers),
        )
        werven: list[Block] = []
        for block in summary_view(result).blocks:
            if isinstance(block, Table | Paragraph):
                werven.append(block)  # the context line, the honest rounding, the matrices and their notes
        return [
            Section(text("report.facts", lang), [facts], key="facts"),
            Section(text("report.map", lang), [figure], key="overview"),
            Section(text("report.targets", lang), werven, key="targets", notes_once=True),
            *([goals] if (goals := _goals(report)) is not None else []),
            _sources(report),
        ]

    return View(
        title=text("report.many_title", lang, name=name),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="report",
        subtitle=text("report.targets_subtitle", lang, year=summary.year),
        notes=_made(report, lang),
        contents=True,
    )


def _selection_name(report: ReportResult, result: SummaryResult) -> str:
    """'provincie Antwerpen', 'Vlaanderen (alle 285 gemeenten)' or 'de 7 gekozen gemeenten'."""
    lang = result.lang
    count = len(result.summary.groups)
    if report.province is not None:
        return text("progress.group_province", lang, name=report.province)
    if result.summary.flanders:
        return text("progress.group_all", lang, count=count)
    return text("progress.group_selection", lang, count=count)


def _outside(report: ReportResult, numbers: dict[str, int]) -> dict[str, str | None]:
    """The neighbours a zoomed map shows around the report's gemeenten: grey."""
    from ..maps.boundaries import territory

    return {code: OUTSIDE for code in territory(report.territory.value).shapes if code not in numbers}


def _legend_svg(lang: str, key: str) -> str:
    """A legend in one row: a swatch per class of percent reached, and the hatch of 'no data'.

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
    x = 4
    for label, colour in zip(labels, COLOURS, strict=True):
        rows.append(
            f'<rect class="legend-swatch" data-colour="{colour}" x="{x}" y="4" width="16" height="14" '
            f'fill="{colour}" stroke="#8c959f"/>'
            f'<text x="{x + 22}" y="15" font-size="12">{escape(label)}</text>'
        )
        x += 22 + _text_width(label) + 18
    rows.append(
        f'<defs><pattern id="legend-hatch-{key}" patternUnits="userSpaceOnUse" width="5" height="5" '
        'patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/>'
        '<line x1="0" y1="0" x2="0" y2="5" stroke="#8c959f" stroke-width="3"/></pattern></defs>'
        f'<rect class="legend-swatch" data-colour="none" x="{x}" y="4" width="16" height="14" '
        f'fill="url(#legend-hatch-{key})" stroke="#8c959f"/>'
        f'<text x="{x + 22}" y="15" font-size="12">{escape(text("progress.no_data", lang))}</text>'
    )
    width = x + 22 + _text_width(text("progress.no_data", lang)) + 4
    return (
        f'<svg class="legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 22" width="{width}" '
        f'height="22" role="img" aria-label="{escape(text("report.legend", lang))}">'
        f"{''.join(rows)}</svg>"
    )


def _text_width(label: str) -> int:
    """The width of a legend's label of 12 px, on the wide side (8 px a character)."""
    return 8 * len(label)


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


def _overview_map(
    report: ReportResult, progress: ProgressResult, numbers: dict[str, int], area: tuple[str, ...]
) -> Figure:
    from ..maps.svg import choropleth

    lang = progress.lang
    fills, titles = _map_titles(report.territory.value, progress, None, lang)
    svg = choropleth(
        report.territory.value,
        fills,
        titles,
        width=MAP_WIDTH,
        label=text("report.overview", lang),
        area=area,
        numbers=numbers,
        key="overview",
    )
    return Figure(
        svg + _legend_svg(lang, "overview"),
        text("report.overview_caption", lang),
        text("report.overview_text", lang),
        key="map-overview",
        kind=_map_kind(report, area),
    )


def _indicator_map(
    report: ReportResult,
    progress: ProgressResult,
    index: int,
    item: Progress,
    numbers: dict[str, int],
    area: tuple[str, ...],
) -> Figure:
    from ..maps.svg import choropleth

    lang = progress.lang
    label = item.indicator.label(lang)
    fills, titles = _map_titles(report.territory.value, progress, index, lang)
    key = item.indicator.key
    svg = choropleth(
        report.territory.value,
        fills,
        titles,
        width=MAP_WIDTH,
        label=label,
        area=area,
        numbers=numbers,
        key=key,
    )
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
    legend = _legend_svg(lang, key)
    return Figure(svg + legend, caption, summary, key=f"map-{key}", kind=_map_kind(report, area))


def _map_kind(report: ReportResult, area: tuple[str, ...]) -> str:
    """'map', or 'map landscape' for a map as wide as Flanders: across a landscape page its numbers
    stay legible."""
    from ..maps.svg import aspect

    return "map landscape" if aspect(report.territory.value, area) > WIDE_MAP else "map"
