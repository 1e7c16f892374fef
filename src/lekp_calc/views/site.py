"""The views only the site has: the start page's words, a gemeente's key facts and similar
gemeenten, and a chart of each target's path when no realisations are given.

Everything else a page of the site shows comes from the views every other output uses
(targets, trajectory, progress, the summary of a province, the catalogue); the site renders
their blocks (`render/html.py`'s `Fragments`) and adds links.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from html import escape
from typing import Protocol

from ..domain.model import PACT_START, Catalogue, Municipality
from ..domain.progress import START, TrajectoryPoint
from ..domain.selection import MunicipalityData
from ..messages import Num, text
from ..numberformat import human
from ..results import TargetsResult
from .common import basis_line, pact_text, unit
from .model import Block, Bullets, Cell, Column, Facts, Figure, Kind, Paragraph, Table


class Peer(Protocol):
    """A gemeente's size as `site/similar.py` measures it."""

    @property
    def nis_code(self) -> str:
        """The NIS code."""
        ...

    @property
    def name(self) -> str:
        """The name."""
        ...

    @property
    def province(self) -> str:
        """The province."""
        ...

    @property
    def inwoners(self) -> int:
        """Inwoners on 1 January of the population year."""
        ...

    @property
    def area_km2(self) -> float:
        """The area in km²."""
        ...

    @property
    def density(self) -> float:
        """Inwoners per km²."""
        ...

PATH_COLOUR = "#6e7781"
TARGET_COLOUR = "#1a7f37"


def intro(lang: str, *, gemeenten: int, year: int, pact: str, realisations: str | None) -> list[Block]:
    """The start page's few sentences: what the pact is and what the site shows."""
    blocks: list[Block] = [
        Paragraph(text("site.intro_pact", lang)),
        Paragraph(text("site.intro_site", lang, count=Num(gemeenten), year=year, pact=pact_text(pact, lang))),
    ]
    if realisations is not None:
        blocks.append(Paragraph(text("site.intro_realisations", lang, file=realisations)))
    else:
        blocks.append(Paragraph(text("site.intro_no_realisations", lang)))
    return blocks


def gemeente_facts(municipality: Municipality, data: MunicipalityData, targets: TargetsResult) -> Facts:
    """NIS code, province, arrondissement, inwoners and wooneenheden, pact, and the names that lead
    here: the gemeenten it was formed from in 2025 and its deelgemeenten."""
    lang = targets.lang
    subject = targets.subjects[0]
    items = [
        ("NIS", municipality.nis_code),
        (text("col.provincie", lang), municipality.province_nl),
        (text("col.arrondissement", lang), municipality.arrondissement_nl),
        (text("report.basis", lang), basis_line(subject, lang)),
        (text("col.version", lang), pact_text(targets.pact, lang)),
    ]
    merged = data.merged_with(municipality)
    if merged:
        items.append((text("site.formed_from", lang), ", ".join([municipality.name_nl, *merged])))
    parts = sorted(
        p.name_nl
        for p in data.deelgemeenten
        if p.nis_code == municipality.nis_code and p.name_nl != municipality.name_nl
    )
    if parts:
        items.append((text("site.deelgemeenten", lang), ", ".join(parts)))
    return Facts(items)


def similar_table(
    own: Peer, ranked: Sequence[tuple[Peer, float]], lang: str, href: Callable[[str], str]
) -> list[Block]:
    """The gemeenten closest to `own` in inwoners and density, each linked, with a line comparing it."""
    columns = [
        Column("gemeente", text("col.gemeente", lang), sticky=True),
        Column("provincie", text("col.provincie", lang), optional=2),
        Column("inwoners", text("col.inwoners", lang), Kind.INTEGER),
        Column("density", text("site.density", lang), Kind.INTEGER),
        Column("comparison", text("site.comparison", lang, name=own.name), optional=1),
    ]
    rows = []
    for peer, _ in ranked:
        people = _percent_change(peer.inwoners, own.inwoners)
        dense = _percent_change(peer.density, own.density)
        said = text(
            "site.compared",
            lang,
            people=_more_or_less(people, "site.more_inwoners", "site.fewer_inwoners", lang),
            dense=_more_or_less(dense, "site.denser", "site.less_dense", lang),
            name=own.name,
        )
        density = round(Decimal(str(peer.density)))
        rows.append(
            [
                Cell(peer.name, peer.nis_code, link=href(peer.nis_code)),
                Cell(peer.province, peer.province),
                Cell(human(peer.inwoners, lang), peer.inwoners),
                Cell(human(density, lang), density),
                Cell(said, said),
            ]
        )
    own_density = human(round(Decimal(str(own.density))), lang)
    return [
        Paragraph(
            text(
                "site.similar_intro",
                lang,
                name=own.name,
                inwoners=Num(own.inwoners),
                area=human(Decimal(str(own.area_km2)).quantize(Decimal("0.1")), lang),
                density=own_density,
            )
        ),
        Table(columns, rows, text("site.similar", lang), key="similar"),
    ]


def _percent_change(value: float, base: float) -> int:
    return round((value - base) * 100 / base) if base else 0


def _more_or_less(change: int, more: str, less: str, lang: str) -> str:
    if change == 0:
        return text("site.about_as_many" if more == "site.more_inwoners" else "site.about_as_dense", lang)
    return text(more if change > 0 else less, lang, percent=abs(change))


def path_figures(points: Sequence[TrajectoryPoint], lang: str) -> list[Figure]:
    """Per target a chart of its straight path from zero (end 2020) to the target at its deadline,
    bent by a milestone: what a gemeente should have done by each year's end."""
    by_indicator: dict[str, list[TrajectoryPoint]] = {}
    for point in points:
        by_indicator.setdefault(point.indicator.key, []).append(point)
    figures = []
    for own in by_indicator.values():
        indicator = own[0].indicator
        label = indicator.label(lang)
        target = own[0].target
        milestone = next((p for p in own if p.milestone), None)
        words = text(
            "site.path_text",
            lang,
            target=human(target, lang, indicator.decimals),
            unit=unit(indicator.unit, lang),
            deadline=indicator.deadline,
            first=human(own[0].expected_cumulative, lang),
            year=own[0].year,
        )
        if milestone is not None:
            words += " " + text(
                "site.path_milestone",
                lang,
                value=human(milestone.expected_cumulative, lang, indicator.decimals),
                year=milestone.year,
            )
        svg = _path_chart(own, label, lang)
        figures.append(Figure(svg, label, words, key=f"path-{indicator.key}"))
    return figures


def _path_chart(points: Sequence[TrajectoryPoint], label: str, lang: str) -> str:
    """The dashed path (a point per year end, its value on hover), the target as a dotted line."""
    width, height = 640, 200
    left, right, top, bottom = 64, 16, 14, 28
    indicator = points[0].indicator
    target = points[0].target
    last = indicator.deadline
    top_value = max(target, Decimal(1))

    def x(year: int) -> float:
        return left + (year - START) * (width - left - right) / (last - START)

    def y(value: Decimal) -> float:
        return top + float(1 - value / top_value) * (height - top - bottom)

    corners = [(START, Decimal(0)), *((p.year, p.expected_cumulative) for p in points)]
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="{y(Decimal(0)):.1f}" x2="{width - right}" y2="{y(Decimal(0)):.1f}" '
        'stroke="#8c959f"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#8c959f"/>',
    ]
    for year in range(START, last + 1):
        parts.append(_label(x(year), height - 8, str(year), "middle"))
    parts.append(
        f'<line class="target" x1="{left}" y1="{y(target):.1f}" x2="{width - right}" y2="{y(target):.1f}" '
        f'stroke="{TARGET_COLOUR}" stroke-dasharray="2 3"/>'
    )
    parts.append(_label(left - 6, y(target) + 4, human(target, lang, indicator.decimals), "end"))
    parts.append(_label(left - 6, y(Decimal(0)) + 4, "0", "end"))
    parts.append(
        f'<polyline class="expected" fill="none" stroke="{PATH_COLOUR}" stroke-width="2" '
        'stroke-dasharray="6 4" '
        'points="' + " ".join(f"{x(year):.1f},{y(value):.1f}" for year, value in corners) + '"/>'
    )
    for point in points:
        if point.year < PACT_START:
            continue
        parts.append(
            f'<circle cx="{x(point.year):.1f}" cy="{y(point.expected_cumulative):.1f}" r="3" fill="#fff" '
            f'stroke="{PATH_COLOUR}" stroke-width="1.5"><title>{point.year}: '
            f"{escape(human(point.expected_cumulative, lang))}</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _label(x: float, y: float, content: str, anchor: str) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="11" text-anchor="{anchor}" fill="#59636e">'
        f"{escape(content)}</text>"
    )


def method_facts(
    lang: str,
    *,
    version: str,
    built: str,
    year: int,
    pact: str,
    territory: str,
    realisations: str | None,
    until: int | None,
    data: str,
) -> Facts:
    """What the site was built from and when."""
    items = [
        (text("site.built", lang), built),
        (text("site.lekp_version", lang), version),
        (text("col.version", lang), pact_text(pact, lang)),
        (text("progress.population", lang), text("progress.targets_of", lang, year=year)),
        (text("site.territory", lang), text("site.territory_value", lang, territory=territory)),
    ]
    if data:
        items.append((text("site.municipalities_file", lang), data))
    if realisations is not None:
        items.append((text("site.realisations", lang), realisations))
    if until is not None:
        items.append((text("progress.judged", lang), text("progress.judged_value", lang, year=until)))
    return Facts(items)


def pact_versions(catalogue: Catalogue, lang: str) -> Bullets:
    """Every version of the pact the catalogue knows, oldest first, with the year it was decided."""
    items = [
        text("site.pact_version", lang, version=v.version, year=v.year, name=v.name_nl)
        for v in sorted(catalogue.pact_versions, key=lambda v: (v.year, v.version))
    ]
    return Bullets(items)
