"""Is a gemeente on track? Trajectories, progress against realisations, baseline engagements.

The trajectory of a target is the straight line from zero at the start of 2021 to the
target at the end of its deadline year (bending at a milestone, where the catalogue has
one); the expected amount by the end of a year is where that line is. Progress compares
the cumulative realisations with it, against the target's exact value, and tells apart
what was not reported from a reported zero, and a deadline that has passed (met or
missed) from one still ahead. A year inside the judged period without a value is not
reported for that year, never 0: an indicator is reported for every year, reported with
gaps (the missing years named), or never reported; one with gaps is judged only on what was
reported — its total up to its last reported year against the path at that year — and its
pace counts the years up to that year. All arithmetic is in decimals; a share that is not a finite
decimal (a deadline seven years out, say) is given to three decimals. These paths and the
yearly pace are lekp's own reading: the sources give the targets, not a path to them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from fractions import Fraction

from .model import PACT_END, PACT_START, Baseline, Catalogue, Indicator, Realisation, version_key
from .statuses import (
    BEHIND,
    DISTRIBUTION_STATES,
    MET,
    MISSED,
    NOT_REPORTED,
    ON_TRACK,
    REACHED,
    STATUSES,  # noqa: F401 - re-exported: part of this module's interface
    WITH_GAPS,
    size_class,  # noqa: F401 - re-exported: part of this module's interface
)
from .targets import TargetRow, Targets, round_target

START = PACT_START - 1  # the paths start at zero at the end of 2020
PLACES = Decimal("0.001")
PERCENT_PLACES = Decimal("0.1")


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


def path_by(points: list[tuple[int, Decimal]], year: int) -> Decimal:
    """Where a path through `points` (year, cumulative amount), straight between them, is by end `year`.

    The path starts at zero at the end of 2020; with a milestone it bends there.
    """
    previous_year, previous = START, Decimal(0)
    for point_year, amount in points:
        if year <= point_year:
            if year <= previous_year:
                return previous
            return previous + share(amount - previous, year - previous_year, point_year - previous_year)
        previous_year, previous = point_year, amount
    return previous


def path_points(
    indicator: Indicator, target: Decimal, milestone: Decimal | None
) -> list[tuple[int, Decimal]]:
    """The corners of a target's path: the milestone (when there is one) and the deadline."""
    points = []
    if (
        indicator.milestone is not None
        and milestone is not None
        and indicator.milestone.year < indicator.deadline
    ):
        points.append((indicator.milestone.year, milestone))
    points.append((indicator.deadline, target))
    return points


def milestone_of(indicator: Indicator, basis_value: int) -> Decimal | None:
    """The exact intermediate target of an indicator for a basis value (None without milestone)."""
    if indicator.milestone is None:
        return None
    return basis_value * indicator.milestone.ratio.value


@dataclass(slots=True)
class TrajectoryPoint:
    """The expected cumulative amount of one indicator by the end of one year."""

    year: int
    indicator: Indicator
    expected_cumulative: Decimal
    target: Decimal
    milestone: bool = False  # this year ends at the indicator's milestone


def trajectory(targets: Targets, indicator: str | None = None) -> list[TrajectoryPoint]:
    """Every year from 2021 to each indicator's deadline, with the expected cumulative amount.

    The path runs to the (rounded) target a reader sees; a milestone bends it: for the
    2.1 energievermogen, 18 kWp per 500 inwoners by the end of 2025, then the rest by 2030.
    """
    points = []
    for row in targets.rows:
        if indicator is not None and row.indicator.key != indicator:
            continue
        milestone = milestone_of(row.indicator, row.basis_value)
        if milestone is not None:  # the path runs through the milestone as a reader sees it: rounded
            milestone = round_target(milestone, row.rounding, row.indicator.decimals)
        corners = path_points(row.indicator, row.target, milestone)
        stop = row.indicator.milestone.year if milestone is not None and row.indicator.milestone else None
        for year in range(PACT_START, row.indicator.deadline + 1):
            points.append(
                TrajectoryPoint(
                    year, row.indicator, path_by(corners, year), row.target, milestone=year == stop
                )
            )
    return points


def judge(realised: Decimal, target_exact: Decimal, expected: Decimal, deadline: int, year: int) -> str:
    """The status of a reported target at the end of `year`, against its exact value.

    From the deadline on the target is judged as it stood at the deadline: met or missed.
    A target that rounds to 0 is not reached by nothing: the exact value decides.
    """
    if year >= deadline:
        return MET if realised >= target_exact else MISSED
    if realised >= target_exact and (target_exact > 0 or realised > 0):
        return REACHED
    return ON_TRACK if realised >= expected else BEHIND


@dataclass(slots=True)
class Milestone:
    """How a target's intermediate goal stands."""

    year: int
    target_exact: Decimal
    target: Decimal  # rounded as the indicator is
    realised: Decimal  # cumulative by the end of the milestone year (or of the year judged, if earlier)
    status: str


@dataclass(slots=True)
class Progress:
    """Where one indicator stands at the end of the year judged."""

    indicator: Indicator
    target: Decimal  # rounded, as shown
    target_exact: Decimal
    realised: Decimal  # cumulative, up to and including the year judged
    percent: Decimal | None  # realised / exact target, to 0.1
    expected: Decimal  # where the path is at the end of the year judged (exact)
    gap: Decimal  # realised - expected: negative is behind
    status: str
    projected_year: int | None  # when the target is (or at the pace so far would be) reached
    needed_per_year: Decimal | None  # what each remaining year must add to reach the target in time
    cumulative: list[tuple[int, Decimal]] = field(default_factory=list)  # by year, for charts
    yearly: dict[int, Decimal] = field(default_factory=dict)  # the amounts as reported (corrections < 0)
    reported: bool = False  # whether the file had any row for this indicator
    remarks: list[tuple[int, str]] = field(default_factory=list)  # the gemeente's explanations, by year
    milestone: Milestone | None = None
    # The years that count (2021 up to the year judged, at most the deadline) without a value:
    # not reported for that year, never 0.
    missing_years: list[int] = field(default_factory=list)
    last_reported_year: int | None = None  # the last year up to the year judged that has a value
    judged_year: int | None = None  # the end of the year the status stands at (None: not reported)

    @property
    def at_deadline(self) -> bool:
        """True when the status is the final judgement (met or missed)."""
        return self.status in (MET, MISSED)

    @property
    def complete(self) -> bool:
        """True when every year that counts has a value (reported for every year)."""
        return self.reported and not self.missing_years

    @property
    def with_gaps(self) -> bool:
        """True when some years that count have a value and some have none."""
        return self.reported and bool(self.missing_years)

    def reported_points(self) -> list[tuple[int, Decimal]]:
        """(year, cumulative total) for the years that have a value: what a chart may draw."""
        return [(year, total) for year, total in self.cumulative if year in self.yearly]


def progress(targets: Targets, realisations: Iterable[Realisation], year: int) -> list[Progress]:
    """The progress of every target of `targets` at the end of `year`.

    `realisations` are one gemeente's yearly amounts; they add up per indicator (a negative
    amount is a correction or a removal). Years after `year` are left out, so an earlier
    year shows the state at that time. A target without any value is "niet gerapporteerd";
    one with years missing is judged as of its last reported year (see `_one`).
    """
    yearly: dict[str, dict[int, Decimal]] = {}
    remarks: dict[str, list[tuple[int, str]]] = {}
    for realisation in realisations:
        if realisation.jaar <= year:
            per_year = yearly.setdefault(realisation.indicator, {})
            per_year[realisation.jaar] = per_year.get(realisation.jaar, Decimal(0)) + realisation.waarde
            if realisation.opmerking:
                remarks.setdefault(realisation.indicator, []).append(
                    (realisation.jaar, realisation.opmerking)
                )
    return [
        _one(row, yearly.get(row.indicator.key), remarks.get(row.indicator.key, []), year)
        for row in targets.rows
    ]


def counted_years(deadline: int, year: int) -> range:
    """The years whose values a progress at the end of `year` needs: 2021 up to `year`, at most
    the deadline (a later year cannot change a judgement made at the deadline)."""
    return range(PACT_START, min(year, deadline) + 1)


def _one(
    row: TargetRow, amounts: dict[int, Decimal] | None, remarks: list[tuple[int, str]], year: int
) -> Progress:
    indicator = row.indicator
    exact = row.target_exact
    milestone_exact = milestone_of(indicator, row.basis_value)
    corners = path_points(indicator, exact, milestone_exact)
    cumulative: list[tuple[int, Decimal]] = []
    total = Decimal(0)
    for each in range(PACT_START, year + 1):
        total += (amounts or {}).get(each, Decimal(0))
        cumulative.append((each, total))
    counted = counted_years(indicator.deadline, year)
    values = amounts or {}
    in_counted = [each for each in counted if each in values]
    # Reported: a value (an explicit 0 too) in a year that counts; a year without one is a gap.
    reported = bool(in_counted)
    missing = [each for each in counted if each not in values] if reported else []
    last = in_counted[-1] if in_counted else None
    # Judge only what was reported: when the last years that count have no value, the status
    # stands at the end of the last reported year, against the path there. A gap between
    # reported years is named beside a status that still stands at the year judged.
    judged = last if last is not None and last < counted[-1] else year
    expected = path_by(corners, judged)
    by_judged = dict(cumulative).get(judged, total)
    at_deadline = dict(cumulative).get(indicator.deadline, total)
    if not reported:
        status = NOT_REPORTED
    else:
        realised_then = at_deadline if judged >= indicator.deadline else by_judged
        status = judge(realised_then, exact, expected, indicator.deadline, judged)
    # Nothing reported is no 0 %: the percent stays empty, as the realised amount shows '–'.
    percent = (
        (total * 100 / exact).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP) if exact and reported else None
    )
    milestone = None
    if milestone_exact is not None and indicator.milestone is not None:
        stage = indicator.milestone.year
        by_stage = dict(cumulative).get(stage, total)
        stage_expected = path_by(corners, min(judged, stage))
        milestone = Milestone(
            stage,
            milestone_exact,
            round_target(milestone_exact, row.rounding, indicator.decimals),
            by_stage,
            NOT_REPORTED if not reported else judge(by_stage, milestone_exact, stage_expected, stage, judged),
        )
    return Progress(
        indicator,
        row.target,
        exact,
        total,
        percent,
        expected,
        total - expected,
        status,
        _projected_year(exact, cumulative[: judged - START], judged) if reported else None,
        _needed(exact, total, indicator, judged) if reported else None,
        cumulative,
        dict(sorted((amounts or {}).items())),
        reported,
        remarks,
        milestone,
        missing,
        last,
        min(judged, indicator.deadline) if reported else None,
    )


def _needed(exact: Decimal, realised: Decimal, indicator: Indicator, year: int) -> Decimal | None:
    """What each year left before the deadline must add, rounded up to the indicator's decimals."""
    if year >= indicator.deadline:
        return None
    remaining = exact - realised
    if remaining <= 0:
        return Decimal(0)
    per_year = remaining / (indicator.deadline - year)
    return per_year.quantize(Decimal(1).scaleb(-indicator.decimals), rounding=ROUND_CEILING)


def _projected_year(target: Decimal, cumulative: list[tuple[int, Decimal]], year: int) -> int | None:
    """The year the target was reached, or would be at the average yearly pace so far.

    A target reached once but no longer (a later correction took some back) is projected at
    the pace so far, not said to be reached in a year past.
    """
    realised = cumulative[-1][1] if cumulative else Decimal(0)
    if realised >= target:
        for each, total in cumulative:
            if total >= target and total > 0:
                return each
    if realised <= 0:
        return None
    years_needed = Fraction(target) / (Fraction(realised) / (year - START))
    return START + math.ceil(years_needed)


# --- many gemeenten: how the percent reached is spread --------------------------------------


@dataclass(slots=True)
class Distribution:
    """How one indicator stands over a group of gemeenten."""

    indicator: Indicator
    gemeenten: int
    counts: dict[str, int]  # status (or WITH_GAPS) -> number of gemeenten
    median: Decimal | None  # of percent reached, over the gemeenten that reported every year
    lower_quartile: Decimal | None
    upper_quartile: Decimal | None


def quartiles(values: list[Decimal]) -> tuple[Decimal, Decimal, Decimal] | None:
    """First quartile, median and third quartile (the 'inclusive' method, to 0.1)."""
    if not values:
        return None
    ordered = sorted(values)

    def at(fraction: Fraction) -> Decimal:
        position = fraction * (len(ordered) - 1)
        low = math.floor(position)
        high = min(low + 1, len(ordered) - 1)
        weight = position - low
        value = ordered[low] + (ordered[high] - ordered[low]) * Decimal(weight.numerator) / Decimal(
            weight.denominator
        )
        return value.quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)

    return at(Fraction(1, 4)), at(Fraction(1, 2)), at(Fraction(3, 4))


def distribution(indicator: Indicator, items: list[Progress]) -> Distribution:
    """The statuses and the spread of percent reached of one indicator over some gemeenten.

    A gemeente that reported with gaps is counted apart (WITH_GAPS), not in its status as of
    its last reported year; the quartiles are over the gemeenten that reported every year.
    """
    counts = {status: 0 for status in DISTRIBUTION_STATES}
    for item in items:
        counts[WITH_GAPS if item.with_gaps else item.status] += 1
    spread = quartiles([item.percent for item in items if item.complete and item.percent is not None])
    lower, median, upper = spread if spread else (None, None, None)
    return Distribution(indicator, len(items), counts, median, lower, upper)


# --- engagements with the gemeente's own baseline ---------------------------------------


WITHIN, ABOVE = "binnen", "boven"  # a measured figure against its yearly ceiling


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
    points: list[tuple[int, Decimal]]  # (year, ceiling)
    actual: dict[int, Decimal] = field(default_factory=dict)  # what the gemeente measured, by year

    def status(self, year: int) -> str | None:
        """'binnen' when the figure measured in `year` is at most its ceiling, 'boven' above; None unknown."""
        ceiling = dict(self.points).get(year)
        value = self.actual.get(year)
        if ceiling is None or value is None:
            return None
        return WITHIN if value <= ceiling else ABOVE

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
    The compounding and the straight line are lekp's reading: the sources give the yearly
    rate and the 2030 goal, not the path. Measured figures the baseline holds are kept
    beside the ceilings, to be judged against them.
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
                        dict(baseline.energy_actual or {}),
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
                    dict(baseline.co2_actual or {}),
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
