"""Inline SVG charts: the expected straight path against the realised path of one indicator.

The chart is part of the view (a `Figure`): formats that draw (HTML) embed it, the others
show its caption and its text. Every label is escaped. The realised path is drawn through
the reported years only: a year without a value breaks the line (a blank is not a zero), and
a target never reported has no realised line or point at all, only a plain label.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from ..domain.model import PACT_START
from ..domain.progress import START, Progress
from ..messages import text
from ..numberformat import human

EXPECTED_COLOUR = "#6e7781"
REALISED_COLOUR = "#0969da"
TARGET_COLOUR = "#1a7f37"


def segments(points: list[tuple[int, Decimal]]) -> list[list[tuple[int, Decimal]]]:
    """The reported points split where a year is missing: each run of consecutive years is one
    line. The path starts at zero at the end of 2020, joined to 2021 only when 2021 is reported."""
    runs: list[list[tuple[int, Decimal]]] = []
    previous = START
    current: list[tuple[int, Decimal]] = [(START, Decimal(0))]
    for year, value in points:
        if year != previous + 1:
            runs.append(current)
            current = []
        current.append((year, value))
        previous = year
    runs.append(current)
    return [run for run in runs if run]


def progress_chart(item: Progress, year: int, label: str, description: str, lang: str) -> str:
    """The expected path (dashed), the target line and the realised path (solid, with a point per
    reported year; broken where a year has no value; absent when nothing was reported)."""
    width, height = 640, 220
    left, right, top, bottom = 64, 16, 14, 28
    deadline = item.indicator.deadline
    last = max(deadline, year)
    reported = [(each, value) for each, value in item.reported_points() if each >= PACT_START]
    values = [item.target, *(value for _, value in reported)]
    top_value = max(values, default=Decimal(1))
    bottom_value = min(Decimal(0), *values)
    span = (top_value - bottom_value) * Decimal("1.1") or Decimal(1)

    def x(each: int) -> float:
        return left + (each - START) * (width - left - right) / (last - START)

    def y(value: Decimal) -> float:
        return top + float(1 - (value - bottom_value) / span) * (height - top - bottom)

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}: '
        f'{escape(description)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(label)}</title>",
        _line(left, y(Decimal(0)), width - right, y(Decimal(0))),
        _line(left, top, left, height - bottom),
    ]
    parts += [_text(x(each), height - 8, str(each), "middle") for each in range(START, last + 1)]
    target_y = y(item.target)
    parts.append(
        f'<line class="target" x1="{left}" y1="{target_y:.1f}" x2="{width - right}" y2="{target_y:.1f}" '
        f'stroke="{TARGET_COLOUR}" stroke-dasharray="2 3"/>'
    )
    parts.append(_text(left - 6, target_y + 4, human(item.target, lang, item.indicator.decimals), "end"))
    parts.append(_text(left - 6, y(Decimal(0)) + 4, "0", "end"))
    expected = [(START, Decimal(0)), (deadline, item.target)]
    milestone = item.milestone
    if milestone is not None and START < milestone.year < deadline:  # the path bends there
        expected.insert(1, (milestone.year, milestone.target))
    if last > deadline:
        expected.append((last, item.target))
    parts.append(
        f'<polyline class="expected" fill="none" stroke="{EXPECTED_COLOUR}" stroke-width="2" '
        'stroke-dasharray="6 4" points="'
        + " ".join(f"{x(each):.1f},{y(value):.1f}" for each, value in expected)
        + '"/>'
    )
    if milestone is not None and START < milestone.year < deadline:
        parts.append(
            f'<circle class="milestone" cx="{x(milestone.year):.1f}" cy="{y(milestone.target):.1f}" r="4" '
            f'fill="#ffffff" stroke="{EXPECTED_COLOUR}" stroke-width="2"><title>{milestone.year}: '
            f"{escape(human(milestone.target, lang, item.indicator.decimals))}</title></circle>"
        )
    if not reported:
        # Never reported: no line on 0 and no points, a plain label instead.
        # Top left, where the path to the target (bottom left to top right) never runs.
        middle_x, middle_y = left + 16, top + (height - top - bottom) * 0.3
        words = escape(text("report.chart_not_reported", lang))
        parts.append(
            f'<text class="not-reported" x="{middle_x:.1f}" y="{middle_y:.1f}" font-size="13" '
            f'text-anchor="start" fill="#59636e">{words}</text>'
        )
    for run in segments(reported):
        if len(run) > 1:
            parts.append(
                f'<polyline class="realised" fill="none" stroke="{REALISED_COLOUR}" stroke-width="3" points="'
                + " ".join(f"{x(each):.1f},{y(value):.1f}" for each, value in run)
                + '"/>'
            )
    for each, value in reported:
        parts.append(
            f'<circle class="reported" cx="{x(each):.1f}" cy="{y(value):.1f}" r="3.5" '
            f'fill="{REALISED_COLOUR}">'
            f"<title>{each}: {escape(human(value, lang))}</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _line(x1: float, y1: float, x2: float, y2: float) -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#8c959f"/>'


def _text(x: float, y: float, content: str, anchor: str) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="11" text-anchor="{anchor}" fill="#59636e">'
        f"{escape(content)}</text>"
    )
