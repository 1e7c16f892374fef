"""The view of `lekp report`: everything a college or council needs about one gemeente.

Key facts; the targets per werf with the province's support (its general offer included)
and the engagements; with realisations, the progress table and a chart per indicator; with
a baseline, the yearly ceilings; and an appendix with the sources. Rendered as one
self-contained HTML page (`render/html.py`).
"""

from __future__ import annotations

from ..domain.progress import REACHED
from ..messages import text
from ..numberformat import human
from ..results import ProgressResult, ReportResult, TrajectoryResult
from .charts import progress_chart
from .common import SUPPORTED_PROVINCE, basis_line, pact_text, rounding_text, subject_title, unit
from .model import Block, Bullets, Facts, Figure, Paragraph, Records, Section, Table, View
from .progress import progress_table, status_text
from .targets import targets_view


def report_view(report: ReportResult) -> View:
    """The report of one gemeente."""
    result = report.targets
    lang = result.lang
    subject = result.subjects[0]

    def content() -> list[Block]:
        blocks: list[Block] = [_facts(report)]
        targets = targets_view(result)
        werven: list[Block] = [Paragraph(rounding_text(result.rounding, lang))]
        for block in targets.blocks:
            if isinstance(block, Section):
                werven.extend(b for b in block.blocks if isinstance(b, Table | Bullets))
            elif isinstance(block, Table | Bullets):  # the basis and rounding lines are in the facts
                werven.append(block)
        blocks.append(Section(text("report.targets", lang), werven, key="targets"))
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
        subtitle=subject_title(subject, lang),
        notes=[text("report.made", lang, date=report.made.isoformat(), version=report.version)],
    )


def _facts(report: ReportResult) -> Section:
    result = report.targets
    lang = result.lang
    subject = result.subjects[0]
    items = [
        ("NIS", subject.nis_code or ""),
        (text("col.provincie", lang), subject.province or ""),
        (text("col.arrondissement", lang), subject.arrondissement or ""),
        (text("report.basis", lang), basis_line(subject, lang)),
        (text("col.version", lang), pact_text(result.pact, lang)),
    ]
    if report.progress is not None:
        items.append((text("report.until", lang), str(report.progress.until)))
    return Section(text("report.facts", lang), [Facts(items)], key="facts")


def _progress(progress: ProgressResult) -> Section:
    lang = progress.lang
    until = progress.until
    blocks: list[Block] = [progress_table(progress.items, lang, until)]
    blocks.append(Paragraph(text("report.chart_legend", lang)))
    for item in progress.items:
        label = item.indicator.label(lang)
        if item.projected_year and item.status != REACHED:
            forecast = text("report.projected", lang, year=item.projected_year)
        elif item.projected_year:
            forecast = text("report.reached_in", lang, year=item.projected_year)
        else:
            forecast = text("report.no_forecast", lang)
        summary = text(
            "report.figure_text",
            lang,
            realised=human(item.realised, lang),
            target=human(item.target, lang, item.indicator.decimals),
            unit=unit(item.indicator.unit, lang),
            year=until,
            expected=human(item.expected, lang),
            status=status_text(item.status, lang),
            forecast=forecast,
        )
        svg = progress_chart(item, until, label, text("report.chart_legend", lang), lang)
        blocks.append(Figure(svg, label, summary, key=f"chart-{item.indicator.key}"))
    return Section(text("report.progress", lang, year=until), blocks, key="progress-section")


def _paths(trajectory: TrajectoryResult) -> Section:
    lang = trajectory.lang
    from .progress import trajectory_view

    view = trajectory_view(trajectory)
    tables = [b for b in view.blocks if isinstance(b, Table) and b.key == "engagements"]
    lines = [b for b in view.blocks if isinstance(b, Paragraph)][1:]
    return Section(text("report.baseline", lang), [*lines, *tables], key="baseline")


def _sources(report: ReportResult) -> Section:
    result = report.targets
    lang = result.lang
    catalogue = result.catalogue
    items = [f"{i.label(lang)}: {i.source}" for i in catalogue.indicators_for(result.pact)]
    data = [text("report.source_population", lang), text("report.source_dwellings", lang)]
    blocks: list[Block] = [
        Bullets(items, text("report.sources_targets", lang)),
        Bullets(data, text("report.sources_data", lang)),
    ]
    if result.subjects[0].province == SUPPORTED_PROVINCE:
        blocks.append(Paragraph(text("report.source_province", lang)))
    return Section(text("report.sources", lang), blocks, key="sources")
