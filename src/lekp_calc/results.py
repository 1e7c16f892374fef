"""The results the library returns: computed data with the records its exports hold.

Every result has `COLUMNS` (the machine keys, in export order), `rows()` (typed tuples in
that order, produced lazily so that a big export streams) and `records()` (the same rows
as dicts: exactly what `--format csv` and `--format json` write). A result also carries
the context a reader needs (pact version, population year, rounding) and `notes`: what
the library noticed while answering (a merger followed, an indicator not computed), as
messages a caller may show in either language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from .domain.model import Catalogue, Indicator, Municipality, Rounding, Territory
from .domain.selection import MunicipalityData
from .domain.targets import Subject, TargetPlan, Targets, per_1000
from .messages import Msg

if TYPE_CHECKING:
    from .domain.aggregate import Comparison, Summary
    from .domain.progress import EngagementPath, Progress, TrajectoryPoint


class Result:
    """Common behaviour: records as dicts from the typed rows."""

    COLUMNS: ClassVar[tuple[str, ...]] = ()
    notes: list[Msg]

    def rows(self) -> Iterable[Sequence[Any]]:
        """The typed rows, in the order of COLUMNS."""
        raise NotImplementedError

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by COLUMNS: what CSV and JSON export."""
        return [dict(zip(self.COLUMNS, row, strict=True)) for row in self.rows()]


def _note(indicator: Indicator, lang: str) -> str | None:
    return indicator.note(lang)


@dataclass
class TargetsResult(Result):
    """The targets of one or more gemeenten (or a what-if) under one pact version."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "nis_code",
        "gemeente",
        "provincie",
        "pact",
        "reference_year",
        "werf",
        "indicator",
        "label",
        "unit",
        "basis",
        "basis_value",
        "ratio",
        "deadline",
        "target_exact",
        "target",
        "note",
    )

    catalogue: Catalogue
    plan: TargetPlan
    subjects: list[Subject]
    year: int | None
    lang: str = "nl"
    werf: int | None = None
    territory: Territory = Territory.T2025
    notes: list[Msg] = field(default_factory=list)

    @property
    def pact(self) -> str:
        """The pact version."""
        return self.plan.pact

    @property
    def rounding(self) -> Rounding | None:
        """The rounding that overrides the catalogue's, if any."""
        return self.plan.rounding

    @property
    def whole_pact(self) -> bool:
        """True when every werf is shown (the engagements and general support then apply)."""
        return self.werf is None

    def results(self) -> Iterator[Targets]:
        """The targets of each subject, computed as they are read."""
        return self.plan.apply_all(self.subjects)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per subject × indicator."""
        lang = self.lang
        for targets in self.results():
            subject = targets.subject
            head = (subject.nis_code, subject.name, subject.province, targets.pact)
            for row in targets.rows:
                indicator = row.indicator
                yield (
                    *head,
                    row.reference_year,
                    indicator.werf,
                    indicator.key,
                    indicator.label(lang),
                    indicator.unit,
                    indicator.basis,
                    row.basis_value,
                    row.ratio,
                    indicator.deadline,
                    row.target_exact,
                    row.target,
                    _note(indicator, lang),
                )

    def csv_lines(self, excel: bool) -> Iterator[str]:
        """The CSV export, line by line, byte for byte what the generic CSV writer makes.

        Exporting every gemeente writes hundreds of thousands of rows, so the cells shared by
        a gemeente or an indicator are quoted once, and only the numbers are formatted per
        row. A test keeps it equal to the generic writer in both dialects.
        """
        import csv
        import io

        from .numberformat import plain
        from .strings import defuse

        delimiter, newline = (";", "\r\n") if excel else (",", "\n")

        def joined(cells: list[Any]) -> str:
            buffer = io.StringIO()
            # The dialect's own line end, so that a cell holding one is quoted as the generic
            # writer quotes it; then cut off.
            writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
            writer.writerow([defuse(c) if isinstance(c, str) else c for c in cells])
            return buffer.getvalue()[: -len(newline)]

        def comma(value: Decimal) -> str:
            return plain(value).replace(".", ",")

        number = comma if excel else plain

        if excel:
            yield "\ufeff"
        yield joined(list(self.COLUMNS)) + newline
        lang = self.lang
        # Per indicator, the text around the three numbers of a row: built once.
        shared: dict[int, tuple[str, str, str]] = {}
        for targets in self.results():
            subject = targets.subject
            head = joined([subject.nis_code, subject.name, subject.province, targets.pact]) + delimiter
            lines = []
            for row in targets.rows:
                indicator = row.indicator
                parts = shared.get(id(indicator))
                if parts is None:
                    middle = joined(
                        [
                            indicator.werf,
                            indicator.key,
                            indicator.label(lang),
                            indicator.unit,
                            indicator.basis,
                        ]
                    )
                    note = _note(indicator, lang)
                    # csv quotes a row of one empty cell (""); an empty last cell is written bare.
                    tail = "" if not note else joined([note])
                    parts = shared[id(indicator)] = (
                        f"{delimiter}{middle}{delimiter}",
                        f"{delimiter}{number(row.ratio)}{delimiter}{indicator.deadline}{delimiter}",
                        f"{delimiter}{tail}{newline}",
                    )
                year = "" if row.reference_year is None else str(row.reference_year)
                lines.append(
                    f"{head}{year}{parts[0]}{row.basis_value}{parts[1]}{number(row.target_exact)}{delimiter}"
                    f"{number(row.target)}{parts[2]}"
                )
            yield "".join(lines)


@dataclass
class GemeentenResult(Result):
    """A list of gemeenten with their population in one year and their dwellings."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "nis_code",
        "gemeente",
        "arrondissement",
        "provincie",
        "reference_year",
        "inwoners",
        "wooneenheden",
        "predecessor_nis_codes",
    )

    data: MunicipalityData
    municipalities: list[Municipality]
    year: int
    query: str | None = None
    notes: list[Msg] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per gemeente."""
        year = self.year
        for m in self.municipalities:
            yield (
                m.nis_code,
                m.name_nl,
                m.arrondissement_nl,
                m.province_nl,
                year,
                m.population[year],
                m.dwellings_census_2021,
                ";".join(m.predecessor_nis_codes),
            )


@dataclass
class CatalogueResult(Result):
    """The catalogue under one pact version: the indicators, werven and engagements."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "pact",
        "werf",
        "werf_name",
        "indicator",
        "indicator_pact",
        "label",
        "unit",
        "ratio_amount",
        "ratio_per",
        "ratio",
        "basis",
        "deadline",
        "rounding",
        "decimals",
        "headline",
        "source",
        "note",
    )

    catalogue: Catalogue
    pact: str
    werf: int | None = None
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)

    @property
    def indicators(self) -> list[Indicator]:
        """The indicators that apply."""
        return self.catalogue.indicators_for(self.pact, self.werf)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per indicator."""
        for indicator in self.indicators:
            yield (
                self.pact,
                indicator.werf,
                self.catalogue.werf(indicator.werf).name(self.lang),
                indicator.key,
                indicator.pact,
                indicator.label(self.lang),
                indicator.unit,
                indicator.ratio.amount,
                indicator.ratio.per,
                indicator.ratio.value,
                indicator.basis,
                indicator.deadline,
                indicator.rounding.value,
                indicator.decimals,
                indicator.headline.value if indicator.headline else None,
                indicator.source,
                _note(indicator, self.lang),
            )


@dataclass
class SummaryResult(Result):
    """Targets totalled per group of gemeenten, with a total row."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "group",
        "gemeenten",
        "indicator",
        "unit",
        "basis_value",
        "target_exact",
        "target",
        "headline",
        "headline_gap",
        "note",
    )

    summary: Summary
    catalogue: Catalogue
    territory: Territory = Territory.T2025
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)

    def total_name(self, lang: str | None = None) -> str:
        """'Vlaanderen' for every gemeente, else 'Totaal' / 'Total'."""
        from .messages import text

        key = "summary.flanders" if self.summary.flanders else "summary.total"
        return text(key, lang or self.lang)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per group × indicator, the total row last."""
        summary = self.summary
        for group in (*summary.groups, summary.total):
            name = group.group if group is not summary.total else self.total_name()
            for row in group.rows:
                yield (
                    name,
                    group.gemeenten,
                    row.indicator.key,
                    row.indicator.unit,
                    row.basis_value,
                    row.target_exact,
                    row.target,
                    row.headline,
                    row.headline_gap,
                    _note(row.indicator, self.lang),
                )


@dataclass
class CompareResult(Result):
    """Gemeenten side by side: each target absolute and per 1,000 inwoners."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "nis_code",
        "gemeente",
        "indicator",
        "unit",
        "basis",
        "basis_value",
        "inwoners",
        "target_exact",
        "target",
        "per_1000_inwoners",
        "note",
    )

    comparison: Comparison
    territory: Territory = Territory.T2025
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per gemeente × indicator."""
        for targets in self.comparison.results:
            subject = targets.subject
            for row in targets.rows:
                yield (
                    subject.nis_code,
                    subject.name,
                    row.indicator.key,
                    row.indicator.unit,
                    row.indicator.basis,
                    row.basis_value,
                    subject.inwoners,
                    row.target_exact,
                    row.target,
                    per_1000(row.target_exact, subject.inwoners),
                    _note(row.indicator, self.lang),
                )


@dataclass
class TrajectoryResult(Result):
    """The straight path to each target, and the ceilings of the baseline engagements."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "year",
        "indicator",
        "unit",
        "expected_cumulative",
        "target",
        "note",
    )

    subject: Subject
    pact: str
    points: list[TrajectoryPoint]
    paths: list[EngagementPath]
    rounding: Rounding | None = None
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per year × indicator, then per year × engagement."""
        for point in self.points:
            indicator = point.indicator
            yield (
                point.year,
                indicator.key,
                indicator.unit,
                point.expected_cumulative,
                point.target,
                _note(indicator, self.lang),
            )
        for path in self.paths:
            for year, value in path.points:
                yield (year, path.key, path.unit, value, path.target, None)


@dataclass
class ProgressResult(Result):
    """A gemeente's realisations against its targets at the end of a year."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
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
        "note",
    )

    subject: Subject
    pact: str
    until: int
    items: list[Progress]
    rounding: Rounding | None = None
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per indicator."""
        for item in self.items:
            yield (
                self.subject.nis_code,
                self.subject.name,
                item.indicator.key,
                item.indicator.unit,
                item.target,
                item.realised,
                item.percent,
                item.expected,
                item.gap,
                item.status,
                item.projected_year,
                _note(item.indicator, self.lang),
            )


@dataclass
class TemplateResult(Result):
    """An empty realisations file to fill in: a row per indicator and year."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "nis_code",
        "gemeente",
        "indicator",
        "label",
        "eenheid",
        "jaar",
        "waarde",
        "opmerking",
    )

    subjects: list[Subject]
    indicators: list[Indicator]
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per gemeente × indicator × year up to the indicator's deadline."""
        for subject in self.subjects:
            for indicator in self.indicators:
                for year in range(2021, indicator.deadline + 1):
                    yield (
                        subject.nis_code,
                        subject.name,
                        indicator.key,
                        indicator.label(self.lang),
                        indicator.unit,
                        year,
                        None,
                        None,
                    )


@dataclass
class ReportResult(Result):
    """What a report shows: the targets, and progress and baseline ceilings when given."""

    targets: TargetsResult
    progress: ProgressResult | None = None
    trajectory: TrajectoryResult | None = None
    version: str = ""
    made: date = field(default_factory=date.today)

    @property
    def shown(self) -> Result:
        """The result whose records the report exports: the progress, else the targets."""
        return self.progress if self.progress is not None else self.targets

    @property
    def notes(self) -> list[Msg]:  # type: ignore[override]
        """The notes of every part."""
        parts: list[Result] = [self.targets, *(p for p in (self.progress, self.trajectory) if p is not None)]
        return distinct(note for part in parts for note in part.notes)

    def rows(self) -> Iterable[Sequence[Any]]:
        """The rows of the progress when there is one, else of the targets."""
        return self.shown.rows()

    def records(self) -> list[dict[str, Any]]:
        """The records of the progress when there is one, else of the targets."""
        return self.shown.records()


def distinct(items: Iterable[Msg]) -> list[Msg]:
    """Messages without repeats, in order."""
    out: list[Msg] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
