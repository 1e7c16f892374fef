"""The target maths: basis value × ratio in exact decimals, then rounded by an explicit rule.

Pure functions over the models; nothing here reads files or prints. A `TargetPlan` holds
what is the same for every gemeente (the indicators of a pact version, their exact ratios
and rounding), so computing all of Flanders costs one multiplication per indicator.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from .model import Basis, Catalogue, Indicator, Municipality, Rounding

DWELLINGS_YEAR = 2021  # Statbel Census 2021: the housing-unit basis of every gemeente
PER_1000_PLACES = Decimal("0.001")  # per-1,000 figures are shown to three decimals

_DECIMAL_ROUNDING = {
    Rounding.HALF_UP: ROUND_HALF_UP,
    # Targets are never negative, so 'up' and 'down' are ceiling and floor.
    Rounding.UP: ROUND_CEILING,
    Rounding.DOWN: ROUND_FLOOR,
}


@dataclass(frozen=True, slots=True)
class Subject:
    """What the targets are computed for: a gemeente from the data, or a custom size.

    A year of None means the figure was given by the user rather than read from the data.
    """

    nis_code: str | None
    name: str | None
    province: str | None
    arrondissement: str | None
    inwoners: int | None
    inwoners_year: int | None
    wooneenheden: int | None
    wooneenheden_year: int | None

    def basis(self, basis: Basis) -> tuple[int | None, int | None]:
        """The value of a basis and the year it refers to."""
        if basis == "inwoners":
            return self.inwoners, self.inwoners_year
        return self.wooneenheden, self.wooneenheden_year

    @property
    def is_custom(self) -> bool:
        """True for a what-if that is no gemeente of the data."""
        return self.nis_code is None


def subject_for(
    municipality: Municipality,
    year: int,
    *,
    inwoners: int | None = None,
    wooneenheden: int | None = None,
) -> Subject:
    """The subject for a gemeente in a population year; user figures override the data.

    The caller guarantees that the year is in the data (`selection.population_year`).
    """
    return Subject(
        nis_code=municipality.nis_code,
        name=municipality.name_nl,
        province=municipality.province_nl,
        arrondissement=municipality.arrondissement_nl,
        inwoners=inwoners if inwoners is not None else municipality.population[year],
        inwoners_year=None if inwoners is not None else year,
        wooneenheden=wooneenheden if wooneenheden is not None else municipality.dwellings_census_2021,
        wooneenheden_year=None if wooneenheden is not None else DWELLINGS_YEAR,
    )


def custom_subject(inwoners: int | None = None, wooneenheden: int | None = None) -> Subject:
    """A what-if subject of a given size, not tied to any gemeente."""
    return Subject(None, None, None, None, inwoners, None, wooneenheden, None)


def per_1000(target: Decimal, inwoners: int | None) -> Decimal | None:
    """A target per 1,000 inwoners, to three decimals (half up); None without inwoners."""
    if not inwoners:
        return None
    return (target * 1000 / inwoners).quantize(PER_1000_PLACES, rounding=ROUND_HALF_UP)


def round_target(exact: Decimal, rounding: Rounding, decimals: int) -> Decimal:
    """Round an exact target to `decimals` places by `rounding`; NONE keeps it exact."""
    if rounding is Rounding.NONE:
        return exact
    return exact.quantize(Decimal((0, (1,), -decimals)), rounding=_DECIMAL_ROUNDING[rounding])


# Rows are made by the hundred thousand; a frozen dataclass would cost five times as much
# to create, so these are immutable by convention only.
@dataclass(slots=True)
class TargetRow:
    """One indicator's target for one subject."""

    subject: Subject
    pact: str
    indicator: Indicator
    basis_value: int
    reference_year: int | None
    ratio: Decimal
    target_exact: Decimal
    target: Decimal
    rounding: Rounding = Rounding.HALF_UP  # the rule that made `target`: the catalogue's or --rounding


@dataclass(slots=True)
class Targets:
    """All targets of one subject under one pact version.

    `skipped` lists the indicators whose basis the subject lacks (a what-if with only
    inwoners has no wooneenheden).
    """

    subject: Subject
    pact: str
    rows: tuple[TargetRow, ...]
    skipped: tuple[Indicator, ...]


@dataclass(slots=True)
class _Step:
    indicator: Indicator
    ratio: Decimal
    rounding: Rounding
    quantum: Decimal
    mode: str | None


class TargetPlan:
    """The indicators of one pact version, ready to apply to any number of subjects.

    The caller passes a pact version the catalogue declares and a werf it has
    (`selection.pact_version`, `selection.werf_number` check both).
    """

    def __init__(
        self,
        catalogue: Catalogue,
        pact: str,
        *,
        werf: int | None = None,
        rounding: Rounding | None = None,
    ) -> None:
        self.pact = pact
        self.rounding = rounding
        self.indicators = catalogue.indicators_for(pact, werf)
        self._steps = []
        for indicator in self.indicators:
            rule = rounding or indicator.rounding
            self._steps.append(
                _Step(
                    indicator,
                    indicator.ratio.value,
                    rule,
                    Decimal((0, (1,), -indicator.decimals)),
                    _DECIMAL_ROUNDING.get(rule),
                )
            )

    def round(self, index: int, exact: Decimal) -> Decimal:
        """Round an exact value by the rule of the plan's indicator number `index`."""
        step = self._steps[index]
        return exact if step.mode is None else exact.quantize(step.quantum, rounding=step.mode)

    def round_for(self, indicator: Indicator, exact: Decimal) -> Decimal:
        """Round an exact value by the rule this plan applies to `indicator`."""
        return self.round(self.indicators.index(indicator), exact)

    def apply(self, subject: Subject) -> Targets:
        """The targets of one subject."""
        rows: list[TargetRow] = []
        skipped: list[Indicator] = []
        for step in self._steps:
            value, year = subject.basis(step.indicator.basis)
            if value is None:
                skipped.append(step.indicator)
                continue
            exact = value * step.ratio
            target = exact if step.mode is None else exact.quantize(step.quantum, rounding=step.mode)
            rows.append(
                TargetRow(
                    subject, self.pact, step.indicator, value, year, step.ratio, exact, target, step.rounding
                )
            )
        return Targets(subject, self.pact, tuple(rows), tuple(skipped))

    def apply_all(self, subjects: Iterable[Subject]) -> Iterator[Targets]:
        """The targets of many subjects, lazily, in order."""
        return (self.apply(subject) for subject in subjects)
