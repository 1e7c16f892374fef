"""The views of `lekp trajectory` and `lekp progress`: tables, bars, Markdown, CSV/JSON rows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from ..compute import Subject
from ..models import PACT_END, PACT_START
from ..progress import BEHIND, ON_TRACK, REACHED, EngagementPath, Progress, TrajectoryPoint
from . import markdown
from .numbers import human
from .words import WORDS

if TYPE_CHECKING:
    from rich.console import Console

TRAJECTORY_COLUMNS = ("year", "indicator", "expected_cumulative", "target")
PROGRESS_COLUMNS = (
    "nis_code",
    "gemeente",
    "indicator",
    "unit",
    "target",
    "realised",
    "percent",
    "expected",
    "gap",
    "status",
    "projected_year",
)
YEARS = range(PACT_START, PACT_END + 1)
BAR_WIDTH = 12
STATUS_STYLE = {REACHED: "green", ON_TRACK: "yellow", BEHIND: "red"}
STATUS_EN = {REACHED: "reached", ON_TRACK: "on track", BEHIND: "behind"}

TEXT = {
    "nl": {
        "trajectory": "Traject: verwachte cumulatieve realisatie op het einde van elk jaar",
        "engagements": "Engagementen met eigen basislijn: maximum per jaar",
        "progress": "Voortgang op het einde van {year}",
        "realised": "Gerealiseerd",
        "expected": "Verwacht",
        "gap": "Verschil",
        "status": "Status",
        "projected": "Doel in",
        "never": "–",
        "baseline": "basislijn {value} {unit} ({year})",
    },
    "en": {
        "trajectory": "Trajectory: expected cumulative realisation at the end of each year",
        "engagements": "Engagements with the gemeente's own baseline: maximum per year",
        "progress": "Progress at the end of {year}",
        "realised": "Realised",
        "expected": "Expected",
        "gap": "Gap",
        "status": "Status",
        "projected": "Target in",
        "never": "–",
        "baseline": "baseline {value} {unit} ({year})",
    },
}


def status_text(status: str, lang: str) -> str:
    """The status as shown: the Dutch word, or its English translation."""
    return STATUS_EN[status] if lang == "en" else status


def subject_line(subject: Subject, pact: str, lang: str) -> str:
    """'Mol · NIS 13025 · LEKP 2.1 · inwoners 38.793 (2026)'."""
    words = WORDS[lang]
    population = f"{words['population']} {human(subject.inwoners or 0, lang)}"
    if subject.inwoners_year:
        population += f" ({subject.inwoners_year})"
    return f"{subject.name} · NIS {subject.nis_code} · {words['pact']} {pact} · {population}"


# --- trajectory --------------------------------------------------------------------------


def trajectory_records(
    points: list[TrajectoryPoint], paths: list[EngagementPath]
) -> Iterator[tuple[Any, ...]]:
    """One record per year × indicator (then per year × engagement), in TRAJECTORY_COLUMNS order."""
    for point in points:
        yield (point.year, point.indicator.key, point.expected_cumulative, point.target)
    for path in paths:
        for year, value in path.points:
            yield (year, path.key, value, path.target)


# The indicator's key names the row: with ten year columns there is no room for labels or
# units in a terminal (`lekp targets` shows both; CSV and JSON carry the exact values).
def _trajectory_grid(points: list[TrajectoryPoint], lang: str) -> tuple[list[str], list[list[str]]]:
    headers = [WORDS[lang]["indicator"], *(str(year) for year in YEARS)]
    rows: dict[str, list[str]] = {}
    for point in points:
        row = rows.setdefault(point.indicator.key, [point.indicator.key] + [""] * len(YEARS))
        row[1 + point.year - PACT_START] = human(point.expected_cumulative, lang, point.indicator.decimals)
    return headers, list(rows.values())


def _paths_grid(paths: list[EngagementPath], lang: str) -> tuple[list[str], list[list[str]]]:
    headers = [WORDS[lang]["indicator"], *(str(year) for year in YEARS)]
    rows = []
    for path in paths:
        values = dict(path.points)
        # The unit is on the baseline line printed above the table.
        rows.append([path.key] + [human(values[y], lang, 0) if y in values else "" for y in YEARS])
    return headers, rows


def write_trajectory_table(
    subject: Subject,
    pact: str,
    points: list[TrajectoryPoint],
    paths: list[EngagementPath],
    lang: str,
    console: Console,
) -> None:
    """Indicators as rows, the years 2021-2030 as columns."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    text = TEXT[lang]
    console.print(Text(subject_line(subject, pact, lang), style="bold"))
    grids = [(text["trajectory"], _trajectory_grid(points, lang))]
    if paths:
        grids.append((text["engagements"], _paths_grid(paths, lang)))
        for path in paths:
            console.print(
                Text(
                    f"{path.key}: "
                    + text["baseline"].format(
                        value=human(path.baseline, lang), unit=path.unit, year=path.baseline_year
                    )
                )
            )
    for title, (headers, rows) in grids:
        table = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAVY)
        for position, header in enumerate(headers):
            table.add_column(header, justify="left" if position == 0 else "right", no_wrap=True)
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        console.print()
        console.print(table)


def write_trajectory_markdown(
    subject: Subject,
    pact: str,
    points: list[TrajectoryPoint],
    paths: list[EngagementPath],
    lang: str,
    stream: TextIO,
) -> None:
    """The trajectory as Markdown tables."""
    text = TEXT[lang]
    stream.write(f"## {markdown.cell(subject_line(subject, pact, lang))}\n\n### {text['trajectory']}\n\n")
    headers, rows = _trajectory_grid(points, lang)
    markdown.write_table(headers, rows, stream, right=tuple(range(1, len(headers))))
    if paths:
        stream.write(f"\n### {text['engagements']}\n\n")
        headers, rows = _paths_grid(paths, lang)
        markdown.write_table(headers, rows, stream, right=tuple(range(1, len(headers))))


# --- progress ----------------------------------------------------------------------------


def progress_records(subject: Subject, items: list[Progress]) -> Iterator[tuple[Any, ...]]:
    """One record per indicator, in PROGRESS_COLUMNS order."""
    for item in items:
        yield (
            subject.nis_code,
            subject.name,
            item.indicator.key,
            item.indicator.unit,
            item.target,
            item.realised,
            item.percent,
            item.expected,
            item.gap,
            item.status,
            item.projected_year,
        )


def bar(item: Progress, width: int = BAR_WIDTH) -> str:
    """A bar of the realised share, with '│' where the straight path expects to be.

    '█' realised, '░' still to do; a target that is passed fills the bar.
    """
    if item.target <= 0:
        return "█" * width
    filled = min(width, int(item.realised * width / item.target))
    marker = min(width - 1, int(item.expected * width / item.target))
    cells = ["█" if i < filled else "░" for i in range(width)]
    if marker >= filled and item.expected < item.target:
        cells[marker] = "│"
    return "".join(cells)


def _progress_cells(item: Progress, lang: str) -> list[str]:
    decimals = item.indicator.decimals
    percent = f"{human(item.percent, lang)} %" if item.percent is not None else ""
    return [
        item.indicator.key,
        human(item.target, lang, decimals),
        human(item.realised, lang),
        percent,
        bar(item),
        human(item.expected, lang, decimals),
        ("+" if item.gap >= 0 else "-") + human(abs(item.gap), lang, decimals),
        status_text(item.status, lang),
        str(item.projected_year) if item.projected_year else TEXT[lang]["never"],
    ]


def _progress_headers(lang: str) -> list[str]:
    words, text = WORDS[lang], TEXT[lang]
    return [
        words["indicator"],
        words["target"],
        text["realised"],
        "%",
        "",
        text["expected"],
        text["gap"],
        text["status"],
        text["projected"],
    ]


def write_progress_table(
    subject: Subject, pact: str, year: int, items: list[Progress], lang: str, console: Console
) -> None:
    """A row per indicator with a bar, so the state is seen at a glance."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console.print(Text(subject_line(subject, pact, lang), style="bold"))
    table = Table(
        title=Text(TEXT[lang]["progress"].format(year=year), style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAVY,
    )
    for position, header in enumerate(_progress_headers(lang)):
        table.add_column(header, justify="left" if position in (0, 4, 7) else "right", no_wrap=True)
    for item in items:
        cells = _progress_cells(item, lang)
        style = STATUS_STYLE[item.status]
        table.add_row(
            *(Text(cell, style=style if position in (4, 7) else "") for position, cell in enumerate(cells))
        )
    console.print(table)


def write_progress_markdown(
    subject: Subject, pact: str, year: int, items: list[Progress], lang: str, stream: TextIO
) -> None:
    """The progress as a Markdown table."""
    stream.write(f"## {markdown.cell(subject_line(subject, pact, lang))}\n\n")
    stream.write(f"### {TEXT[lang]['progress'].format(year=year)}\n\n")
    markdown.write_table(
        _progress_headers(lang),
        (_progress_cells(item, lang) for item in items),
        stream,
        right=(1, 2, 3, 5, 6, 8),
    )


def write_template(
    subject: Subject, indicators: list[Any], lang: str, stream: TextIO, *, excel: bool = False
) -> None:
    """An empty realisations file: a row per indicator and year, `waarde` left to fill in."""
    from ..realisations import TEMPLATE_COLUMNS
    from .delimited import write_csv

    records = [
        (subject.nis_code, subject.name, i.key, i.label(lang), i.unit, year, None, None)
        for i in indicators
        for year in range(PACT_START, i.deadline + 1)
    ]
    write_csv(TEMPLATE_COLUMNS, records, stream, excel=excel)
