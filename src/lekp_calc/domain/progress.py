"""Is a gemeente on track? Trajectories, progress against realisations, baseline engagements.

The trajectory of a target is the straight line from zero at the start of 2021 to the
target at the end of its deadline year; the expected amount by the end of a year is the
target times the share of the period that has passed. Progress compares the cumulative
realisations with that expectation. All arithmetic is in decimals; a share that is not a
finite decimal (a deadline seven years out, say) is given to three decimals.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from .model import PACT_END, PACT_START, Baseline, Catalogue, Indicator, Realisation, version_key
from .targets import Targets

START = PACT_START - 1  # the paths start at zero at the end of 2020
PLACES = Decimal("0.001")
PERCENT_PLACES = Decimal("0.1")

REACHED, ON_TRACK, BEHIND = "behaald", "op schema", "achter"


def share(amount: Decimal, numerator: int, denominator: int) -> Decimal:
    """amount × numerator / denominator: exact when that is a finite decimal, else to 3 places."""
    exact = Fraction(amount) * numerator / denominator
    candidate = Decimal(exact.numerator) / Decimal(exact.denominator)
    if Fraction(candidate) == exact:
        return candidate
    return candidate.quantize(PLACES, rounding=ROUND_HALF_UP)


def expected_by(target: Decimal, deadline: int, year: int) -> Decimal:
    """What a straight path from 0 (end 2020) to `target` (end of `deadline`) reaches by end `year`."""
    if year <= START:
        return Decimal(0)
    if year >= deadline:
        return target
    return share(target, year - START, deadline - START)


@dataclass(slots=True)
class TrajectoryPoint:
    """The expected cumulative amount of one indicator by the end of one year."""

    year: int
    indicator: Indicator
    expected_cumulative: Decimal
    target: Decimal


def trajectory(targets: Targets, indicator: str | None = None) -> list[TrajectoryPoint]:
    """Every year from 2021 to each indicator's deadline, with the expected cumulative amount."""
    points = []
    for row in targets.rows:
        if indicator is not None and row.indicator.key != indicator:
            continue
        deadline = row.indicator.deadline
        for year in range(PACT_START, deadline + 1):
            points.append(
                TrajectoryPoint(year, row.indicator, expected_by(row.target, deadline, year), row.target)
            )
    return points


@dataclass(slots=True)
class Progress:
    """Where one indicator stands at the end of the reference year."""

    indicator: Indicator
    target: Decimal
    realised: Decimal  # cumulative, up to and including the reference year
    percent: Decimal | None  # realised / target, to 0.1
    expected: Decimal  # where the straight path is at the end of the reference year
    gap: Decimal  # realised - expected: negative is behind
    status: str  # behaald, op schema, achter
    projected_year: int | None  # when the target is (or at the pace so far would be) reached
    cumulative: list[tuple[int, Decimal]] = field(default_factory=list)  # by year, for charts
    reported: bool = False  # whether the file had any row for this indicator


def progress(targets: Targets, realisations: Iterable[Realisation], year: int) -> list[Progress]:
    """The progress of every target of `targets` at the end of `year`.

    `realisations` are one gemeente's yearly amounts; they add up per indicator. Years after
    `year` are left out, so an earlier reference year shows the state at that time.
    """
    yearly: dict[str, dict[int, Decimal]] = {}
    for realisation in realisations:
        if realisation.jaar <= year:
            per_year = yearly.setdefault(realisation.indicator, {})
            per_year[realisation.jaar] = per_year.get(realisation.jaar, Decimal(0)) + realisation.waarde
    found = []
    for row in targets.rows:
        indicator = row.indicator
        amounts = yearly.get(indicator.key, {})
        cumulative: list[tuple[int, Decimal]] = []
        total = Decimal(0)
        for each in range(PACT_START, year + 1):
            total += amounts.get(each, Decimal(0))
            cumulative.append((each, total))
        target = row.target
        expected = expected_by(target, indicator.deadline, year)
        if total >= target:
            status = REACHED
        elif total >= expected:
            status = ON_TRACK
        else:
            status = BEHIND
        percent = (total * 100 / target).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP) if target else None
        found.append(
            Progress(
                indicator,
                target,
                total,
                percent,
                expected,
                total - expected,
                status,
                _projected_year(target, cumulative, year),
                cumulative,
                bool(amounts),
            )
        )
    return found


def _projected_year(target: Decimal, cumulative: list[tuple[int, Decimal]], year: int) -> int | None:
    """The year the target was reached, or would be at the average yearly pace so far."""
    for each, total in cumulative:
        if total >= target:
            return each
    realised = cumulative[-1][1] if cumulative else Decimal(0)
    if realised <= 0:
        return None
    years_needed = Fraction(target) / (Fraction(realised) / (year - START))
    return START + math.ceil(years_needed)


# --- engagements with the gemeente's own baseline ---------------------------------------


@dataclass(slots=True)
class EngagementPath:
    """The yearly ceilings of an engagement that a baseline makes computable."""

    key: str
    text_nl: str
    text_en: str
    quantity: str  # "energie" (MWh) or "co2" (tonnes)
    unit: str
    baseline: Decimal
    baseline_year: int
    points: list[tuple[int, Decimal]]

    @property
    def target(self) -> Decimal:
        """The value at the end of the path (2030)."""
        return self.points[-1][1]

    def text(self, lang: str) -> str:
        """The engagement's text in `lang`."""
        return self.text_en if lang == "en" else self.text_nl


def engagement_paths(catalogue: Catalogue, pact: str, baseline: Baseline) -> list[EngagementPath]:
    """Yearly ceilings for the engagements of `pact` that have a rule and a baseline.

    Energy: each year's use is at most (1 - rate) times the year before's, from the year
    after the base year; the rate of a later pact version applies from its `from_year`.
    CO2: a straight line from the 2015 baseline down by the rule's percent in 2030.
    Values are given to three decimals (compounding percentages is not finite otherwise).
    """
    paths = []
    for engagement in catalogue.engagements_for(pact):
        rule = engagement.rule
        if rule is None:
            continue
        if rule.kind == "energy_saving" and baseline.energy is not None and baseline.energy_base_year:
            rates = _energy_rates(catalogue, pact, engagement.key)
            value = baseline.energy
            points = []
            for year in range(baseline.energy_base_year + 1, PACT_END + 1):
                value = value * (1 - _rate_in(rates, year) / 100)
                if year >= PACT_START:
                    points.append((year, value.quantize(PLACES, rounding=ROUND_HALF_UP)))
            if points:
                paths.append(
                    EngagementPath(
                        engagement.key,
                        engagement.text_nl,
                        engagement.text_en,
                        "energie",
                        "MWh",
                        baseline.energy,
                        baseline.energy_base_year,
                        points,
                    )
                )
        elif rule.kind == "co2_reduction" and baseline.co2_2015 is not None:
            base_year = rule.base_year or 2015
            end = rule.target_year or PACT_END
            points = [
                (
                    year,
                    baseline.co2_2015
                    - share(baseline.co2_2015 * rule.percent / 100, year - base_year, end - base_year),
                )
                for year in range(PACT_START, end + 1)
            ]
            paths.append(
                EngagementPath(
                    engagement.key,
                    engagement.text_nl,
                    engagement.text_en,
                    "co2",
                    "ton CO2",
                    baseline.co2_2015,
                    base_year,
                    [(year, value.quantize(PLACES, rounding=ROUND_HALF_UP)) for year, value in points],
                )
            )
    return paths


def _energy_rates(catalogue: Catalogue, pact: str, key: str) -> list[tuple[int, Decimal]]:
    """(first year, percent) of every energy rule of `key` up to `pact`, oldest version first."""
    wanted = version_key(pact)
    rules = [
        e
        for e in catalogue.engagements
        if e.key == key and e.rule is not None and (e.pact is None or version_key(e.pact) <= wanted)
    ]
    rules.sort(key=lambda e: version_key(e.pact or ""))
    return [(e.rule.from_year or PACT_START, e.rule.percent) for e in rules if e.rule is not None]


def _rate_in(rates: list[tuple[int, Decimal]], year: int) -> Decimal:
    """The rate of the latest rule that applies in `year` (the first rule before the pact)."""
    rate = rates[0][1]
    for first_year, percent in rates:
        if year >= first_year:
            rate = percent
    return rate
