"""Targets of many gemeenten at once: totals per group, and gemeenten side by side.

Rounding is honest: a group's target is the sum of its gemeenten's exact targets, rounded
once; the sum of the per-gemeente rounded targets is kept beside it, so a report can say
how far the two differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .model import Catalogue, Indicator, Municipality, Rounding
from .targets import TargetPlan, Targets, subject_for


class Per(StrEnum):
    """How a summary groups the gemeenten."""

    PROVINCIE = "provincie"
    ARRONDISSEMENT = "arrondissement"
    GEMEENTE = "gemeente"


_GROUP_OF: dict[Per, Callable[[Municipality], tuple[str, str]]] = {
    # (sort key, name)
    Per.PROVINCIE: lambda m: (m.province_nis, m.province_nl),
    Per.ARRONDISSEMENT: lambda m: (m.arrondissement_nis, m.arrondissement_nl),
    Per.GEMEENTE: lambda m: (m.nis_code, m.name_nl),
}


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One indicator's total over a group."""

    indicator: Indicator
    basis_value: int
    target_exact: Decimal
    target: Decimal  # the exact sum, rounded once
    rounded_sum: Decimal  # the sum of the gemeenten's rounded targets
    headline: Decimal | None = None
    headline_gap: Decimal | None = None  # target_exact - headline


@dataclass(frozen=True, slots=True)
class GroupTotal:
    """The totals of one group of gemeenten; `code` is the group's NIS code (None: the total)."""

    group: str
    code: str | None
    nis_codes: tuple[str, ...]
    inwoners: int
    wooneenheden: int
    rows: tuple[GroupRow, ...]

    @property
    def gemeenten(self) -> int:
        """Number of gemeenten in the group."""
        return len(self.nis_codes)


@dataclass
class _Accumulator:
    name: str
    code: str | None
    size: int
    nis_codes: list[str] = field(default_factory=list)
    inwoners: int = 0
    wooneenheden: int = 0
    exact: list[Decimal] = field(default_factory=list)
    rounded: list[Decimal] = field(default_factory=list)

    def add(self, targets: Targets) -> None:
        subject = targets.subject
        if not self.exact:
            self.exact = [Decimal(0)] * self.size
            self.rounded = [Decimal(0)] * self.size
        self.nis_codes.append(subject.nis_code or "")
        self.inwoners += subject.inwoners or 0
        self.wooneenheden += subject.wooneenheden or 0
        for index, row in enumerate(targets.rows):
            self.exact[index] += row.target_exact
            self.rounded[index] += row.target

    def total(self, plan: TargetPlan, headlines: bool) -> GroupTotal:
        rows = []
        for index, indicator in enumerate(plan.indicators):
            exact = self.exact[index] if self.exact else Decimal(0)
            basis = self.inwoners if indicator.basis == "inwoners" else self.wooneenheden
            headline = indicator.headline.value if headlines and indicator.headline else None
            rows.append(
                GroupRow(
                    indicator,
                    basis,
                    exact,
                    plan.round(index, exact),
                    self.rounded[index] if self.rounded else Decimal(0),
                    headline,
                    exact - headline if headline is not None else None,
                )
            )
        return GroupTotal(
            self.name, self.code, tuple(self.nis_codes), self.inwoners, self.wooneenheden, tuple(rows)
        )


@dataclass(frozen=True, slots=True)
class Summary:
    """Totals per group and over the whole selection.

    `flanders` is True when the selection is every gemeente: the total row is then
    Flanders and carries the catalogue's headline figures.
    """

    pact: str
    year: int
    per: Per
    groups: tuple[GroupTotal, ...]
    total: GroupTotal
    flanders: bool
    rounding: Rounding | None = None


def summarize(
    catalogue: Catalogue,
    pact: str,
    municipalities: Iterable[Municipality],
    year: int,
    *,
    per: Per = Per.PROVINCIE,
    werf: int | None = None,
    rounding: Rounding | None = None,
    flanders: bool = True,
) -> Summary:
    """Sum the targets of `municipalities` per group and over all of them."""
    plan = TargetPlan(catalogue, pact, werf=werf, rounding=rounding)
    size = len(plan.indicators)
    key_of = _GROUP_OF[per]
    groups: dict[str, _Accumulator] = {}
    total = _Accumulator("", None, size)
    for municipality in municipalities:
        targets = plan.apply(subject_for(municipality, year))
        key, name = key_of(municipality)
        groups.setdefault(key, _Accumulator(name, key, size)).add(targets)
        total.add(targets)
    # Provinces and arrondissements in their official (NIS) order; gemeenten in the order they
    # were chosen in (alphabetical for a province or all of them: `select`).
    keys = list(groups) if per is Per.GEMEENTE else sorted(groups)
    ordered = tuple(groups[key].total(plan, headlines=False) for key in keys)
    return Summary(pact, year, per, ordered, total.total(plan, flanders), flanders, rounding)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Several gemeenten side by side: targets absolute and per 1,000 inwoners."""

    pact: str
    year: int
    indicators: tuple[Indicator, ...]
    results: tuple[Targets, ...]
    rounding: Rounding | None = None


def compare(
    catalogue: Catalogue,
    pact: str,
    municipalities: Iterable[Municipality],
    year: int,
    *,
    werf: int | None = None,
    rounding: Rounding | None = None,
) -> Comparison:
    """The targets of several gemeenten under one pact, ready to put side by side."""
    plan = TargetPlan(catalogue, pact, werf=werf, rounding=rounding)
    results = tuple(plan.apply(subject_for(m, year)) for m in municipalities)
    return Comparison(pact, year, tuple(plan.indicators), results, rounding)
