"""`lekp report`: one self-contained HTML file for a college or council.

No scripts, fonts, stylesheets or images are fetched: the style is inline and every chart
is an inline SVG, so the file works offline and can be mailed as it is. It prints on A4
with no chart cut in two (`break-inside: avoid`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from html import escape
from itertools import groupby

from ..compute import Subject, Targets
from ..models import PACT_START, Catalogue
from ..progress import REACHED, START, EngagementPath, Progress
from .numbers import human
from .progress_view import status_text
from .targets import SUPPORTED_PROVINCE, engagement_lines
from .words import WORDS, ratio_text, unit

COLOURS = {"behaald": "#1a7f37", "op schema": "#9a6700", "achter": "#cf222e"}
EXPECTED_COLOUR = "#6e7781"
REALISED_COLOUR = "#0969da"

TEXT = {
    "nl": {
        "title": "Lokaal Energie- en Klimaatpact: {name}",
        "facts": "Kerngegevens",
        "targets": "Doelstellingen per werf",
        "progress": "Voortgang tot eind {year}",
        "chart": "Verwacht traject (stippellijn) en gerealiseerd (volle lijn), cumulatief",
        "realised": "Gerealiseerd",
        "expected": "Verwacht eind {year}",
        "reached_in": "Doel bereikt in",
        "projected": "Doel bereikt in {year} aan het huidige tempo",
        "never": "Geen realisaties: geen prognose",
        "baseline": "Engagementen met eigen basislijn",
        "generated": "Opgemaakt op {date} met lekp {version}.",
        "sources": "Bronnen: ratio's uit het LEKP (provincie Antwerpen, VVSG, gemeentelijke LEKP-rapporten); "
        "inwoners en woningen: Statbel. Zie data/SOURCES.md.",
        "rounding": "Afronding: {rule}; de exacte waarde staat ernaast.",
        "no_realisations": "Geen realisatiebestand opgegeven: enkel de doelstellingen.",
        "year": "Jaar",
        "max": "Maximum",
    },
    "en": {
        "title": "Local Energy and Climate Pact: {name}",
        "facts": "Key facts",
        "targets": "Targets per werf",
        "progress": "Progress to the end of {year}",
        "chart": "Expected path (dashed) and realised (solid), cumulative",
        "realised": "Realised",
        "expected": "Expected end {year}",
        "reached_in": "Target reached in",
        "projected": "Target reached in {year} at the current pace",
        "never": "No realisations: no projection",
        "baseline": "Engagements with the gemeente's own baseline",
        "generated": "Made on {date} with lekp {version}.",
        "sources": "Sources: ratios of the LEKP (provincie Antwerpen, VVSG, municipal LEKP reports); "
        "inhabitants and dwellings: Statbel. See data/SOURCES.md.",
        "rounding": "Rounding: {rule}; the exact value is shown beside it.",
        "no_realisations": "No realisations file given: the targets only.",
        "year": "Year",
        "max": "Maximum",
    },
}

STYLE = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
       color: var(--ink); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.support { font-size: .9rem; color: var(--muted); }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; color: #fff; font-size: .85rem;
         white-space: nowrap; }
figure.indicator { margin: 1rem 0; padding: .6rem; border: 1px solid var(--line); border-radius: .4rem;
                   break-inside: avoid; page-break-inside: avoid; }
figure.indicator figcaption { display: flex; justify-content: space-between; align-items: baseline;
                              gap: 1rem; }
figure.indicator p { margin: .2rem 0 0; font-size: .9rem; color: var(--muted); }
svg.chart { width: 100%; height: auto; display: block; }
footer { margin-top: 2rem; font-size: .85rem; color: var(--muted); }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section.werf, table, figure.indicator { break-inside: avoid; page-break-inside: avoid; }
}
"""


@dataclass
class ReportInput:
    """Everything a report shows."""

    catalogue: Catalogue
    subject: Subject
    targets: Targets
    lang: str = "nl"
    rounding: str | None = None
    year: int | None = None  # reference year of the realisations
    progress: list[Progress] | None = None
    paths: list[EngagementPath] = field(default_factory=list)
    generated: date = field(default_factory=date.today)
    version: str = ""


def _num(value: Decimal | int, lang: str, decimals: int | None = None) -> str:
    return escape(human(value, lang, decimals))


def render_report(report: ReportInput) -> str:
    """The whole HTML document."""
    lang = report.lang
    text = TEXT[lang]
    subject = report.subject
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(text['title'].format(name=subject.name or ''))}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{escape(text['title'].format(name=subject.name or ''))}</h1></header>",
        _facts(report),
        _targets(report),
        _progress(report),
        _paths(report),
        "<footer>",
        f"<p>{escape(text['sources'])}</p>",
        f"<p>{escape(text['generated'].format(date=report.generated.isoformat(), version=report.version))}"
        "</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _facts(report: ReportInput) -> str:
    lang, subject = report.lang, report.subject
    words = WORDS[lang]
    rows = [
        ("NIS", subject.nis_code or ""),
        (words["provincie"], subject.province or ""),
        (words["arrondissement"].capitalize(), subject.arrondissement or ""),
        (
            words["inwoners"],
            f"{human(subject.inwoners or 0, lang)} ({words['on_1_january']} {subject.inwoners_year})"
            if subject.inwoners_year
            else human(subject.inwoners or 0, lang),
        ),
        (words["wooneenheden"], f"{human(subject.wooneenheden or 0, lang)} ({words['census']})"),
        (words["version"], f"{words['pact']} {report.targets.pact}"),
    ]
    body = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    return f'<section><h2>{escape(TEXT[lang]["facts"])}</h2><dl class="facts">{body}</dl></section>'


def _targets(report: ReportInput) -> str:
    lang = report.lang
    words = WORDS[lang]
    rule = report.rounding or words["rounding_catalogue"]
    out = [f"<section><h2>{escape(TEXT[lang]['targets'])}</h2>"]
    out.append(f'<p class="support">{escape(TEXT[lang]["rounding"].format(rule=rule))}</p>')
    for number, group in groupby(report.targets.rows, key=lambda row: row.indicator.werf):
        werf = report.catalogue.werf(number)
        out.append(
            f'<section class="werf"><h3>{escape(words["werf"])} {number}: {escape(werf.name(lang))} '
            f"({escape(werf.theme(lang))})</h3>"
        )
        out.append(
            "<table><thead><tr>"
            f"<th>{escape(words['indicator'])}</th><th>{escape(words['ratio'])}</th>"
            f'<th class="num">{escape(words["deadline"])}</th><th class="num">{escape(words["exact"])}</th>'
            f'<th class="num">{escape(words["target"])}</th><th>{escape(words["unit"])}</th>'
            "</tr></thead><tbody>"
        )
        for row in group:
            indicator = row.indicator
            out.append(
                f"<tr><td>{escape(indicator.label(lang))}</td><td>{escape(ratio_text(indicator, lang))}</td>"
                f'<td class="num">{indicator.deadline}</td>'
                f'<td class="num">{_num(row.target_exact, lang)}</td>'
                f'<td class="num"><strong>{_num(row.target, lang, indicator.decimals)}</strong></td>'
                f"<td>{escape(unit(indicator.unit, lang))}</td></tr>"
            )
        out.append("</tbody></table>")
        if report.subject.province == SUPPORTED_PROVINCE and werf.provincie_antwerpen:
            items = "".join(f"<li>{escape(line)}</li>" for line in werf.provincie_antwerpen)
            out.append(f'<div class="support"><p>{escape(words["support"])}:</p><ul>{items}</ul></div>')
        out.append("</section>")
    engagements = engagement_lines(report.catalogue, report.targets.pact, lang)
    if engagements:
        items = "".join(f"<li>{escape(line)}</li>" for line in engagements)
        out.append(f"<h3>{escape(words['engagements'])}</h3><ul>{items}</ul>")
    out.append("</section>")
    return "".join(out)


def _progress(report: ReportInput) -> str:
    lang = report.lang
    text, words = TEXT[lang], WORDS[lang]
    if report.progress is None or report.year is None:
        return f'<section><p class="support">{escape(text["no_realisations"])}</p></section>'
    year = report.year
    out = [f'<section class="progress"><h2>{escape(text["progress"].format(year=year))}</h2>']
    out.append(
        "<table><thead><tr>"
        f'<th>{escape(words["indicator"])}</th><th class="num">{escape(words["target"])}</th>'
        f'<th class="num">{escape(text["realised"])}</th><th class="num">%</th>'
        f'<th class="num">{escape(text["expected"].format(year=year))}</th><th>Status</th>'
        f'<th class="num">{escape(text["reached_in"])}</th></tr></thead><tbody>'
    )
    for item in report.progress:
        percent = f"{human(item.percent, lang)} %" if item.percent is not None else ""
        out.append(
            f"<tr><td>{escape(item.indicator.label(lang))}</td>"
            f'<td class="num">{_num(item.target, lang, item.indicator.decimals)} '
            f"{escape(unit(item.indicator.unit, lang))}</td>"
            f'<td class="num">{_num(item.realised, lang)}</td><td class="num">{escape(percent)}</td>'
            f'<td class="num">{_num(item.expected, lang)}</td><td>{_badge(item.status, lang)}</td>'
            f'<td class="num">{item.projected_year or "–"}</td></tr>'
        )
    out.append("</tbody></table>")
    out.append(f'<p class="support">{escape(text["chart"])}.</p>')
    for item in report.progress:
        out.append(_figure(item, year, lang))
    out.append("</section>")
    return "".join(out)


def _badge(status: str, lang: str) -> str:
    return (
        f'<span class="badge" style="background:{COLOURS[status]}">{escape(status_text(status, lang))}</span>'
    )


def _figure(item: Progress, year: int, lang: str) -> str:
    text = TEXT[lang]
    label = item.indicator.label(lang)
    if item.projected_year and item.status != REACHED:
        forecast = text["projected"].format(year=item.projected_year)
    elif item.projected_year:
        forecast = f"{text['reached_in']} {item.projected_year}"
    else:
        forecast = text["never"]
    target = human(item.target, lang, item.indicator.decimals)
    summary = (
        f"{text['realised']}: {human(item.realised, lang)} / {target} {unit(item.indicator.unit, lang)} · "
        f"{text['expected'].format(year=year)}: {human(item.expected, lang)} · {forecast}"
    )
    chart_id = f"chart-{escape(item.indicator.key)}"
    return (
        f'<figure class="indicator" id="{chart_id}">'
        f"<figcaption><h3>{escape(label)}</h3>{_badge(item.status, lang)}</figcaption>"
        f"{_chart(item, year, label, lang)}"
        f"<p>{escape(summary)}</p></figure>"
    )


def _chart(item: Progress, year: int, label: str, lang: str) -> str:
    """An inline SVG: the expected straight path, the target line and the realised path."""
    width, height = 640, 220
    left, right, top, bottom = 64, 16, 14, 28
    deadline = item.indicator.deadline
    last = max(deadline, year)
    top_value = max([item.target, *(value for _, value in item.cumulative)], default=Decimal(1))
    top_value = top_value * Decimal("1.1") if top_value > 0 else Decimal(1)

    def x(each: int) -> float:
        return left + (each - START) * (width - left - right) / (last - START)

    def y(value: Decimal) -> float:
        return top + float(1 - value / top_value) * (height - top - bottom)

    lines = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}: '
        f'{escape(TEXT[lang]["chart"])}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(label)}</title>",
        _line(left, y(Decimal(0)), width - right, y(Decimal(0))),
        _line(left, top, left, height - bottom),
    ]
    lines += [_text(x(each), height - 8, str(each), "middle") for each in range(START, last + 1)]
    target_y = y(item.target)
    lines.append(
        f'<line class="target" x1="{left}" y1="{target_y:.1f}" x2="{width - right}" y2="{target_y:.1f}" '
        f'stroke="{COLOURS[REACHED]}" stroke-dasharray="2 3"/>'
    )
    lines.append(_text(left - 6, target_y + 4, human(item.target, lang, item.indicator.decimals), "end"))
    lines.append(_text(left - 6, y(Decimal(0)) + 4, "0", "end"))
    expected = [(START, Decimal(0)), (deadline, item.target)]
    if last > deadline:
        expected.append((last, item.target))
    lines.append(
        '<polyline class="expected" fill="none" stroke="'
        + EXPECTED_COLOUR
        + '" stroke-width="2" stroke-dasharray="6 4" points="'
        + " ".join(f"{x(each):.1f},{y(value):.1f}" for each, value in expected)
        + '"/>'
    )
    realised = [
        (START, Decimal(0)),
        *((each, value) for each, value in item.cumulative if each >= PACT_START),
    ]
    lines.append(
        '<polyline class="realised" fill="none" stroke="'
        + REALISED_COLOUR
        + '" stroke-width="3" points="'
        + " ".join(f"{x(each):.1f},{y(value):.1f}" for each, value in realised)
        + '"/>'
    )
    for each, value in realised[1:]:
        lines.append(f'<circle cx="{x(each):.1f}" cy="{y(value):.1f}" r="3.5" fill="{REALISED_COLOUR}"/>')
    lines.append("</svg>")
    return "".join(lines)


def _line(x1: float, y1: float, x2: float, y2: float) -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#8c959f"/>'


def _text(x: float, y: float, content: str, anchor: str) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="11" text-anchor="{anchor}" fill="#59636e">'
        f"{escape(content)}</text>"
    )


def _paths(report: ReportInput) -> str:
    if not report.paths:
        return ""
    lang = report.lang
    text = TEXT[lang]
    years = sorted({each for path in report.paths for each, _ in path.points})
    out = [f'<section class="baseline"><h2>{escape(text["baseline"])}</h2>']
    for path in report.paths:
        values = dict(path.points)
        header = "".join(f'<th class="num">{each}</th>' for each in years)
        cells = "".join(
            f'<td class="num">{_num(values[each], lang) if each in values else ""}</td>' for each in years
        )
        out.append(
            f"<h3>{escape(path.text(lang))}</h3>"
            f'<p class="support">{escape(path.quantity)}: {_num(path.baseline, lang)} {escape(path.unit)} '
            f"({path.baseline_year})</p>"
            f"<table><thead><tr><th>{escape(text['year'])}</th>{header}</tr></thead>"
            f"<tbody><tr><td>{escape(text['max'])} ({escape(path.unit)})</td>{cells}</tr></tbody></table>"
        )
    out.append("</section>")
    return "".join(out)
