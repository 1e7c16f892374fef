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
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from .domain.model import (
    PATH,
    POPULATION_YEAR,
    Catalogue,
    Engagement,
    Indicator,
    Municipality,
    Rounding,
    Territory,
    assumed,
)
from .domain.selection import MunicipalityData
from .domain.statuses import DISTRIBUTION_STATES, MET, ON_TRACK, REACHED, SIZE_CLASSES, size_class
from .domain.targets import Subject, TargetPlan, Targets, per_1000
from .messages import Msg, Num
from .strings import Ids

CHARGING = "laadpunten"  # the indicator a list of charging points counts towards

if TYPE_CHECKING:
    from .domain.aggregate import Comparison, Summary
    from .domain.laadpunten import Counted, YearTotal
    from .domain.progress import Distribution, EngagementPath, Progress, TrajectoryPoint


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


def _assumed(
    row: Indicator | Engagement, *more: str, rounding: Rounding | None = None, subject: Subject | None = None
) -> Ids:
    """The assumptions a figure of `row` rests on, as the cell every export writes: the row's own
    and `more`, less those a user's --rounding or --wooneenheden replaced (as the views say them)."""
    given = {
        "rounding_given": rounding is not None,
        "dwellings_given": subject is not None and subject.wooneenheden_year is None,
    }
    return Ids.of(assumed(row.assumptions, *more, **given))


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
        "goal",
        "assumptions",
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
        goal = self.catalogue.goal_label
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
                    goal(indicator),
                    _assumed(indicator, rounding=self.rounding, subject=subject),
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
        # Per indicator (and whether the gemeente's wooneenheden were given), the text around the
        # three numbers of a row: built once.
        shared: dict[tuple[int, bool], tuple[str, str, str]] = {}
        for targets in self.results():
            subject = targets.subject
            head = joined([subject.nis_code, subject.name, subject.province, targets.pact]) + delimiter
            lines = []
            for row in targets.rows:
                indicator = row.indicator
                cached = (id(indicator), subject.wooneenheden_year is None)
                parts = shared.get(cached)
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
                    tail = joined(
                        [
                            self.catalogue.goal_label(indicator),
                            _assumed(indicator, rounding=self.rounding, subject=subject),
                            _note(indicator, lang),
                        ]
                    )
                    parts = shared[cached] = (
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
        "sources",
        "source_kinds",
        "source_addresses",
        "goal",
        "goal_uri",
        "assumptions",
        "note",
    )

    catalogue: Catalogue
    pact: str
    werf: int | None = None
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)
    today: date | None = None  # the day the reporting step that matters is chosen for

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
                self.catalogue.source_labels(indicator.sources),
                "; ".join(self.catalogue.source(i).kind for i in indicator.sources),
                "; ".join(self.catalogue.source(i).address for i in indicator.sources),
                self.catalogue.goal_label(indicator),
                goal.uri if (goal := self.catalogue.goal(indicator.goal)) else None,
                Ids.of(indicator.assumptions),
                _note(indicator, self.lang),
            )


@dataclass
class AssumptionsResult(Result):
    """lekp's own choices where no source decides, and which targets and engagements depend on each."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("assumption", "text", "used_by")

    catalogue: Catalogue
    pact: str
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)

    # The code makes these for every path and every progress it computes, not a catalogue row.
    COMPUTED: ClassVar[dict[str, str]] = {
        PATH: "trajectory, progress, report",
        POPULATION_YEAR: "progress, report",
    }

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per assumption: its id, its text, and the keys (or commands) that depend on it."""
        rows: list[Indicator | Engagement] = [
            *self.catalogue.indicators_for(self.pact),
            *self.catalogue.engagements_for(self.pact),
        ]
        scale = self.catalogue.charging_scale
        for assumption in self.catalogue.assumptions:
            users = list(dict.fromkeys(row.key for row in rows if assumption.id in row.assumptions))
            if assumption.id in self.COMPUTED:
                users.append(self.COMPUTED[assumption.id])
            if scale is not None and assumption.id in scale.assumptions:
                users.append("laadpunten")  # the command that applies the charging scale
            yield (assumption.id, assumption.text(self.lang), ", ".join(users))


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
        "goal",
        "assumptions",
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
                    self.catalogue.goal_label(row.indicator),
                    _assumed(row.indicator, rounding=summary.rounding),
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
        "goal",
        "assumptions",
        "note",
    )

    comparison: Comparison
    territory: Territory = Territory.T2025
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)
    catalogue: Catalogue | None = None  # for the assumptions behind the targets

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per gemeente × indicator."""
        goal = self.catalogue.goal_label if self.catalogue is not None else (lambda row: None)
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
                    goal(row.indicator),
                    _assumed(row.indicator, rounding=self.comparison.rounding, subject=subject),
                    _note(row.indicator, self.lang),
                )


@dataclass
class TrajectoryResult(Result):
    """The path to each target, year by year, and the yearly ceilings of the baseline engagements.

    A target's row has `expected_cumulative`: where the path to it is at the end of the
    year. An engagement's row has `ceiling`: the most its yearly figure may be (MWh or
    tonnes CO2, in `unit`), and, where the baseline gives it, the `actual` figure and
    whether it stays `binnen` or goes `boven` the ceiling (`status`).
    """

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "year",
        "indicator",
        "unit",
        "expected_cumulative",
        "target",
        "milestone",
        "ceiling",
        "actual",
        "status",
        "goal",
        "assumptions",
        "note",
    )

    subject: Subject
    pact: str
    points: list[TrajectoryPoint]
    paths: list[EngagementPath]
    rounding: Rounding | None = None
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)
    catalogue: Catalogue | None = None  # for the assumptions behind the paths

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per year × indicator, then per year × engagement."""
        catalogue = self.catalogue
        goal = catalogue.goal_label if catalogue is not None else (lambda row: None)
        engagements = {e.key: e for e in catalogue.engagements_for(self.pact)} if catalogue else {}
        for point in self.points:
            indicator = point.indicator
            yield (
                point.year,
                indicator.key,
                indicator.unit,
                point.expected_cumulative,
                point.target,
                point.milestone,
                None,
                None,
                None,
                goal(indicator),
                _assumed(indicator, PATH, rounding=self.rounding, subject=self.subject),
                _note(indicator, self.lang),
            )
        for path in self.paths:
            engagement = engagements.get(path.key)
            for year, value in path.points:
                yield (
                    year,
                    path.key,
                    path.unit,
                    None,
                    None,
                    False,
                    value,
                    path.actual.get(year),
                    path.status(year),
                    goal(engagement) if engagement is not None else None,
                    _assumed(engagement) if engagement is not None else Ids(),
                    None,
                )


@dataclass(slots=True)
class GemeenteProgress:
    """One gemeente's progress: a row per target."""

    subject: Subject
    items: list[Progress]
    # The inwoners on 1 January of the year judged, when another population year judges
    # (`ProgressResult.other_population_year`): shown beside, never used.
    other_inwoners: int | None = None

    @property
    def reported(self) -> bool:
        """True when the file had any row for this gemeente."""
        return any(item.reported for item in self.items)

    @property
    def on_track_share(self) -> Decimal | None:
        """The percent of the targets reported for every year that are reached or on track (None:
        none is), to one decimal, half up like every percent of a progress. A target reported with
        gaps is left out: its status stands at an earlier year than the others'."""
        reported = [item for item in self.items if item.complete]
        if not reported:
            return None
        good = sum(1 for item in reported if item.status in (REACHED, ON_TRACK, MET))
        return (Decimal(good) * 100 / len(reported)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(slots=True)
class Group:
    """A group of gemeenten whose progress is summed up: a province, Flanders, a size class."""

    key: str  # 'selection', 'flanders', 'size-0-10000' …
    name: Msg
    gemeenten: list[GemeenteProgress]
    distributions: list[Distribution]


@dataclass
class ProgressResult(Result):
    """Realisations against targets at the end of a year: for one gemeente or many.

    `gemeenten` are those asked for; `context` holds every gemeente of the realisations
    file, so one gemeente can be set against the others of its province and its size.
    """

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "nis_code",
        "gemeente",
        "indicator",
        "unit",
        "target",
        "target_exact",
        "realised",
        "percent",
        "expected",
        "gap",
        "status",
        "projected_year",
        "needed_per_year",
        "milestone_year",
        "milestone_target",
        "milestone_status",
        "judged_year",
        "missing_years",
        "goal",
        "assumptions",
        "note",
    )
    DISTRIBUTION_COLUMNS: ClassVar[tuple[str, ...]] = (
        "group",
        "indicator",
        "gemeenten",
        *DISTRIBUTION_STATES,
        "percent_q1",
        "percent_median",
        "percent_q3",
    )

    catalogue: Catalogue
    pact: str
    until: int
    population_year: int
    gemeenten: list[GemeenteProgress]
    context: list[GemeenteProgress] = field(default_factory=list)
    province: str | None = None  # the province asked for, if any
    rounding: Rounding | None = None
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)
    everywhere: bool = False  # every gemeente of the territory was asked for (--alle)
    # Why the population year is what it is: "jaar" (asked for), "template" (recorded in the
    # realisations file), "judged" (the year judged) or "newest" (the newest in the data).
    population_source: str = "judged"
    other_population_year: int | None = None  # the year judged, when another population year judges
    # The groups are summed once: the maps of a province's report ask for them per target.
    _groups: list[Group] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def subject(self) -> Subject:
        """The gemeente of a one-gemeente result."""
        return self.gemeenten[0].subject

    @property
    def items(self) -> list[Progress]:
        """The targets of a one-gemeente result."""
        return self.gemeenten[0].items

    @property
    def single(self) -> bool:
        """True for one gemeente."""
        return len(self.gemeenten) == 1

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per gemeente × target."""
        goal = self.catalogue.goal_label
        for gemeente in self.gemeenten:
            subject = gemeente.subject
            for item in gemeente.items:
                milestone = item.milestone
                yield (
                    subject.nis_code,
                    subject.name,
                    item.indicator.key,
                    item.indicator.unit,
                    item.target,
                    item.target_exact,
                    # Nothing reported is unknown, not zero: no realised figure and no gap.
                    item.realised if item.reported else None,
                    item.percent,
                    item.expected,
                    item.gap if item.reported else None,
                    item.status,
                    item.projected_year,
                    item.needed_per_year,
                    milestone.year if milestone else None,
                    milestone.target if milestone else None,
                    milestone.status if milestone else None,
                    item.judged_year,
                    # The years that count without a value, ';'-separated (as predecessor codes are).
                    ";".join(str(year) for year in item.missing_years) or None,
                    goal(item.indicator),
                    _assumed(item.indicator, PATH, POPULATION_YEAR, rounding=self.rounding, subject=subject),
                    _note(item.indicator, self.lang),
                )

    # --- the spread over many gemeenten ------------------------------------------------------

    def groups(self) -> list[Group]:
        """The groups to sum up: the gemeenten asked for, Flanders as far as the file covers it,
        and each size class of the gemeenten asked for."""
        if self._groups is None:
            self._groups = self._sum_groups()
        return self._groups

    def _sum_groups(self) -> list[Group]:
        groups = [self._group("selection", self._selection_name(), self.gemeenten)]
        covered = [g for g in self.context if g.reported]
        asked = {g.subject.nis_code for g in self.gemeenten}
        if not {g.subject.nis_code for g in covered} <= asked:  # the file reaches beyond the gemeenten asked
            groups.append(self._group("flanders", Msg("progress.group_flanders"), covered))
        for low, high in SIZE_CLASSES:
            members = [g for g in self.gemeenten if size_class(g.subject.inwoners or 0) == (low, high)]
            if members and not self.single:
                groups.append(self._group(f"size-{low}-{high or 'plus'}", size_name(low, high), members))
        return groups

    def _selection_name(self) -> Msg:
        if self.province is not None:
            return Msg("progress.group_province", name=self.province)
        if self.everywhere:
            return Msg("progress.group_all", count=len(self.gemeenten))
        if self.single:
            return Msg("progress.group_one", name=self.subject.name or "")
        return Msg("progress.group_selection", count=len(self.gemeenten))

    def _group(self, key: str, name: Msg, members: list[GemeenteProgress]) -> Group:
        from .domain.progress import distribution  # loaded already: a progress was computed

        indicators = [item.indicator for item in members[0].items] if members else []
        spread = [
            distribution(indicator, [m.items[i] for m in members]) for i, indicator in enumerate(indicators)
        ]
        return Group(key, name, members, spread)

    def distribution(self) -> DistributionResult:
        """Only the spread of every target over the groups (`lekp progress --verdeling`)."""
        return DistributionResult(self)

    def distribution_rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per group × target: the count per status and the quartiles of percent reached."""
        for group in self.groups():
            for spread in group.distributions:
                yield (
                    group.name.localize(self.lang),
                    spread.indicator.key,
                    spread.gemeenten,
                    *(spread.counts[state] for state in DISTRIBUTION_STATES),
                    spread.lower_quartile,
                    spread.median,
                    spread.upper_quartile,
                )

    def peers(self, subject: Subject) -> dict[str, tuple[Decimal | None, Decimal | None]]:
        """For one gemeente: per target the median percent of its province and of its size class
        among the gemeenten of the file."""
        from .domain.progress import distribution

        covered = [g for g in self.context if g.reported]
        same_province = [g for g in covered if g.subject.province == subject.province]
        same_size = [
            g for g in covered if size_class(g.subject.inwoners or 0) == size_class(subject.inwoners or 0)
        ]
        out: dict[str, tuple[Decimal | None, Decimal | None]] = {}
        if not covered or not self.gemeenten:
            return out
        for index, item in enumerate(self.gemeenten[0].items):
            province = distribution(item.indicator, [g.items[index] for g in same_province]).median
            size = distribution(item.indicator, [g.items[index] for g in same_size]).median
            out[item.indicator.key] = (province, size)
        return out


def size_name(low: int, high: int | None) -> Msg:
    """'10.000 tot 20.000 inwoners', 'minder dan 10.000 inwoners', '50.000 inwoners of meer'."""
    if low == 0 and high is not None:
        return Msg("progress.size_below", high=Num(high))
    if high is None:
        return Msg("progress.size_above", low=Num(low))
    return Msg("progress.size_between", low=Num(low), high=Num(high))


@dataclass
class DistributionResult(Result):
    """The spread of every target over the groups of a progress: a result of its own, with its
    own records, so that one result has one view."""

    progress: ProgressResult
    COLUMNS: ClassVar[tuple[str, ...]] = ProgressResult.DISTRIBUTION_COLUMNS

    @property
    def lang(self) -> str:
        """The language of the progress it sums up."""
        return self.progress.lang

    @property
    def notes(self) -> list[Msg]:  # type: ignore[override]
        """The notes of the progress it sums up."""
        return self.progress.notes

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per group × target (`ProgressResult.distribution_rows`)."""
        return self.progress.distribution_rows()


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
        "bevolkingsjaar",
    )

    subjects: list[Subject]
    indicators: list[Indicator]
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)
    population_year: int | None = None  # recorded on every row: the targets the template was made for

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
                        self.population_year,
                    )


@dataclass
class ReportResult(Result):
    """What a report shows: for one gemeente its targets (and progress and baseline ceilings
    when given); for many their progress, or without realisations their targets (`summary`,
    a row per gemeente and the sums)."""

    targets: TargetsResult | None
    progress: ProgressResult | None = None
    trajectory: TrajectoryResult | None = None
    territory: Territory = Territory.T2025
    version: str = ""
    made: date = field(default_factory=date.today)
    summary: SummaryResult | None = None  # the targets of many gemeenten, when no realisations are given
    # The NIS codes a map of one gemeente's report zooms to: the gemeenten of its province.
    area: tuple[str, ...] = ()
    province: str | None = None  # the province a report of many gemeenten is about, if any

    @property
    def lang(self) -> str:
        """The language of the report."""
        part = self.targets or self.progress or self.summary
        return part.lang if part is not None else "nl"

    @property
    def shown(self) -> Result:
        """The result whose records the report exports: the progress, else the targets."""
        shown = next(p for p in (self.progress, self.targets, self.summary) if p is not None)
        return shown

    @property
    def notes(self) -> list[Msg]:  # type: ignore[override]
        """The notes of every part."""
        parts: list[Result] = [
            p for p in (self.targets, self.progress, self.trajectory, self.summary) if p is not None
        ]
        return list(dict.fromkeys(note for part in parts for note in part.notes))  # each once, in order

    def rows(self) -> Iterable[Sequence[Any]]:
        """The rows of the progress when there is one, else of the targets."""
        return self.shown.rows()

    def records(self) -> list[dict[str, Any]]:
        """The records of the progress when there is one, else of the targets."""
        return self.shown.records()


@dataclass
class LaadpuntenResult(Result):
    """A list of charging points counted as charging-point equivalents: a row per point with the
    rule applied, and per gemeente the equivalents of each year and since 2021 (`years()`)."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "nis_code",
        "gemeente",
        "line",
        "jaar",
        "vermogen_kw",
        "stroom",
        "toegang",
        "uren_per_dag",
        "paal_id",
        "paal_kw",
        "equivalents",
        "rule",
        "assumptions",
        "opmerking",
    )
    YEAR_COLUMNS: ClassVar[tuple[str, ...]] = ("nis_code", "gemeente", "jaar", "equivalents", "cumulative")

    catalogue: Catalogue
    path: str
    counted: list[Counted]
    names: dict[str, str] = field(default_factory=dict)  # NIS code -> the gemeente it counts for
    lang: str = "nl"
    notes: list[Msg] = field(default_factory=list)

    @property
    def indicator(self) -> Indicator | None:
        """The target the equivalents count towards: werf 3's charging points of the newest version."""
        found = [i for i in self.catalogue.indicators_for(self.catalogue.latest_version) if i.key == CHARGING]
        return found[0] if found else None

    def gemeente(self, nis_code: str | None) -> str | None:
        """The name of the gemeente a NIS code of the list counts for."""
        return self.names.get(nis_code) if nis_code is not None else None

    def rule(self, item: Counted) -> str:
        """The rule applied to a point, in words: '22 kW AC: 2 (schaal: 22 kW); semipubliek …'."""
        return "; ".join(reason.localize(self.lang) for reason in item.reasons)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per point, in the order of the list."""
        for item in self.counted:
            point = item.point
            yield (
                point.nis_code,
                self.gemeente(point.nis_code),
                point.line,
                point.jaar,
                point.kw,
                point.current,
                "publiek" if point.public else "semipubliek",
                point.hours,
                point.post,
                point.post_kw,
                item.equivalents,
                self.rule(item),
                Ids.of(item.assumptions),
                point.remark,
            )

    def years(self) -> list[YearTotal]:
        """Per gemeente and year from 2021: the equivalents of that year and since 2021."""
        from .domain.laadpunten import year_totals

        return year_totals(self.counted)

    def year_rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per gemeente × year, in the order of YEAR_COLUMNS."""
        for total in self.years():
            yield (
                total.nis_code,
                self.gemeente(total.nis_code),
                total.jaar,
                total.equivalents,
                total.cumulative,
            )

    def realisations(self) -> LaadpuntenRealisationsResult:
        """The yearly equivalents as a realisations file, which `progress` and `report` read back."""
        return LaadpuntenRealisationsResult(self)


@dataclass
class LaadpuntenRealisationsResult(Result):
    """The equivalents of a list of charging points as rows of a realisations file (indicator
    `laadpunten`, one row per gemeente and year): `lekp progress --realisaties` reads it back."""

    counted: LaadpuntenResult
    COLUMNS: ClassVar[tuple[str, ...]] = TemplateResult.COLUMNS

    @property
    def lang(self) -> str:
        """The language of the list's result."""
        return self.counted.lang

    @property
    def notes(self) -> list[Msg]:  # type: ignore[override]
        """The notes of the list's result."""
        return self.counted.notes

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """One row per gemeente × year: the equivalents of that year as its `waarde`."""
        from pathlib import Path

        from .messages import MAX_PARAMETER, middle, text

        indicator = self.counted.indicator
        label = indicator.label(self.lang) if indicator is not None else None
        unit = indicator.unit if indicator is not None else None
        name = middle(Path(self.counted.path).name, MAX_PARAMETER)
        remark = text("laadpunten.remark", self.lang, file=name)
        for total in self.counted.years():
            yield (
                total.nis_code,
                self.counted.gemeente(total.nis_code),
                CHARGING,
                label,
                unit,
                total.jaar,
                total.equivalents,
                remark,
                None,  # no population year: a list of charging points is counted, not a template's targets
            )
