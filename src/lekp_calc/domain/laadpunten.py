"""Charging-point equivalents: how much each point of a list counts towards werf 3's target.

The LEKP 2.0 target of werf 3 counts (semi-)public charging-point equivalents, not points.
The scale is data (the catalogue's `charging_scale`, with its source): a point counts the
equivalents of the highest anchor its power reaches for its current; a semi-public point
open long enough counts a share of that, one open less counts nothing; the points of one
post together count at most what one point with the post's power counts. Every point keeps
the reasons that made its count, so a reader can follow each row. Pure functions: nothing
here reads a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..messages import Msg, Num
from .model import PACT_START, ChargingAnchor, ChargingScale

BETWEEN_ANCHORS = "laadpunt-tussen-ankers"  # the assumption of a power the scale does not name
POST_POWER = "laadpaal-vermogen"  # the assumption of a post whose points together count less
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class ChargingPoint:
    """One charging point of a list: when it went into service, its power, current and access."""

    line: int  # the row in the file (or its row in a workbook's sheet)
    jaar: int
    kw: Decimal
    current: str  # 'AC' or 'DC'
    public: bool  # False: semi-public
    hours: Decimal  # hours a day open to everyone
    nis_code: str | None = None
    post: str | None = None  # the id of its post, for a post with several points
    post_kw: Decimal | None = None
    remark: str | None = None
    sheet: str | None = None


@dataclass(frozen=True, slots=True)
class Counted:
    """A point and what it counts: `equivalents`, with the reasons and assumptions behind it."""

    point: ChargingPoint
    equivalents: Decimal
    reasons: tuple[Msg, ...]
    assumptions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class YearTotal:
    """The equivalents of one gemeente's points that went into service in one year, and since 2021."""

    nis_code: str | None
    jaar: int
    equivalents: Decimal
    cumulative: Decimal


def _anchor(scale: ChargingScale, kw: Decimal, current: str) -> ChargingAnchor | None:
    """The highest anchor for `current` that `kw` reaches (None: below the scale)."""
    found = None
    for anchor in scale.anchors:
        reached = current in anchor.currents and anchor.kw_from <= kw
        if reached and (found is None or anchor.kw_from > found.kw_from):
            found = anchor
    return found


def _whole(value: Decimal) -> Decimal:
    """2 × 0.5 is 1, not 1.0: a whole count keeps no decimals."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def anchor_range(anchor: ChargingAnchor) -> Msg:
    """The range the source states for an anchor: '22 kW', '3 tot 11 kW', '50 tot onder 150 kW'."""
    if anchor.kw_to is not None:
        if anchor.kw_to == anchor.kw_from:
            return Msg("laadpunten.range_one", kw=Num(anchor.kw_from))
        return Msg("laadpunten.range_to", low=Num(anchor.kw_from), high=Num(anchor.kw_to))
    if anchor.kw_below is not None:
        return Msg("laadpunten.range_below", low=Num(anchor.kw_from), high=Num(anchor.kw_below))
    return Msg("laadpunten.range_up", low=Num(anchor.kw_from))


def _on_scale(scale: ChargingScale, kw: Decimal, current: str) -> tuple[Decimal, Msg, tuple[str, ...]]:
    """What a public point of `kw` and `current` counts, why, and the assumption it needs if any."""
    anchor = _anchor(scale, kw, current)
    if anchor is None:
        return ZERO, Msg("laadpunten.rule_below", current=current, kw=Num(kw)), (BETWEEN_ANCHORS,)
    said = {
        "current": current,
        "kw": Num(kw),
        "equivalents": Num(anchor.equivalents),
        "range": anchor_range(anchor),
    }
    if anchor.states(kw):
        return anchor.equivalents, Msg("laadpunten.rule_anchor", **said), ()
    return anchor.equivalents, Msg("laadpunten.rule_between", **said), (BETWEEN_ANCHORS,)


def count_points(points: Sequence[ChargingPoint], scale: ChargingScale) -> list[Counted]:
    """Every point with what it counts, in the order of the list."""
    # The cap of each post: one point with the post's power (DC when any of its points is DC).
    caps: dict[tuple[str | None, str], Decimal] = {}
    for point in points:
        if point.post is not None and point.post_kw is not None:
            ident = (point.nis_code, point.post)
            currents = {p.current for p in points if (p.nis_code, p.post) == ident}
            current = "DC" if "DC" in currents else "AC"
            caps[ident] = _on_scale(scale, point.post_kw, current)[0]
    used: dict[tuple[str | None, str], Decimal] = {}
    # The points of a post are counted against its cap in order of year, then line.
    order = sorted(range(len(points)), key=lambda i: (points[i].jaar, points[i].line))
    counted: dict[int, Counted] = {}
    for index in order:
        point = points[index]
        base, reason, assumed = _on_scale(scale, point.kw, point.current)
        reasons = [reason]
        if point.post is not None and point.post_kw is not None:
            ident = (point.nis_code, point.post)
            room = caps[ident] - used.get(ident, ZERO)
            if base > room:
                base = max(room, ZERO)
                reasons.append(
                    Msg("laadpunten.rule_post", post=point.post, kw=Num(point.post_kw), cap=Num(caps[ident]))
                )
                assumed = (*assumed, POST_POWER)
            used[ident] = used.get(ident, ZERO) + base
        value = base
        if not point.public:
            if point.hours >= scale.semi_public_hours:
                value = base * scale.semi_public_factor
                reasons.append(
                    Msg(
                        "laadpunten.rule_semi",
                        hours=Num(point.hours),
                        minimum=Num(scale.semi_public_hours),
                        factor=Num(scale.semi_public_factor),
                    )
                )
            else:
                value = ZERO
                reasons.append(
                    Msg(
                        "laadpunten.rule_closed", hours=Num(point.hours), minimum=Num(scale.semi_public_hours)
                    )
                )
        if point.jaar < PACT_START:
            value = ZERO
            reasons.append(Msg("laadpunten.rule_before", year=PACT_START))
        counted[index] = Counted(point, _whole(value), tuple(reasons), assumed)
    return [counted[i] for i in range(len(points))]


def year_totals(counted: Iterable[Counted], until: int | None = None) -> list[YearTotal]:
    """Per gemeente (in order of first appearance) and per year from 2021 to its last year in the
    list (or `until`): the equivalents that went into service that year, and cumulated since 2021."""
    by_gemeente: dict[str | None, dict[int, Decimal]] = {}
    for item in counted:
        years = by_gemeente.setdefault(item.point.nis_code, {})
        if item.point.jaar >= PACT_START:
            years[item.point.jaar] = years.get(item.point.jaar, ZERO) + item.equivalents
    totals: list[YearTotal] = []
    for nis_code, years in by_gemeente.items():
        if not years:
            continue
        last = until if until is not None else max(years)
        running = ZERO
        for year in range(PACT_START, last + 1):
            amount = years.get(year, ZERO)
            running += amount
            totals.append(YearTotal(nis_code, year, amount, running))
    return totals
