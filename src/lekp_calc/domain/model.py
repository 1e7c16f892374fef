"""The model of the LEKP catalogue and of the municipality data, as plain dataclasses.

These types hold data that has already been validated (by `datafiles`, which checks every
file against its declared columns and bounds), so they carry no validation machinery:
building them costs nothing and a command that loads the shipped snapshot never imports a
validation library.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal, TypeVar

# The pact runs from the start of 2021 to the end of 2030; every deadline falls inside it.
PACT_START = 2021
PACT_END = 2030

# The bases and units a catalogue may use, declared once (the catalogue schema checks against them).
Basis = Literal["inwoners", "wooneenheden"]
Unit = Literal["stuks", "m", "m2", "m3", "kWp", "wooneenheden", "inwoners"]


class Rounding(StrEnum):
    """How a target is rounded from its exact value."""

    HALF_UP = "half-up"
    UP = "up"
    DOWN = "down"
    NONE = "none"


class Territory(StrEnum):
    """The municipal territory: from 2025 (285 gemeenten) or before (300, who signed the pact)."""

    T2025 = "2025"
    T2024 = "2024"


@dataclass(frozen=True, slots=True)
class Ratio:
    """`amount` of the target per `per` units of the basis (e.g. 50 per 1,000)."""

    amount: Decimal
    per: int

    @property
    def value(self) -> Decimal:
        """The ratio as one exact decimal (the catalogue check guarantees exactness)."""
        return self.amount / self.per


@dataclass(frozen=True, slots=True)
class Source:
    """A document the catalogue cites: who published it, its title, where it is and when it was read.

    `kind` is 'primary' for the body that decided or first published a figure (the Flemish
    Government, its agency, VVSG, a province, Statbel) and 'secondary' for a page that repeats
    or applies it (a gemeente, an intercommunale, the press).
    """

    id: str
    publisher: str
    title: str
    address: str
    kind: Literal["primary", "secondary"]
    consulted: str  # YYYY-MM-DD
    dated: str | None = None  # the document's own date, where it prints one

    def label(self) -> str:
        """'Provincie Antwerpen, ‘Aanbod ondersteuner LEKP’': how a reader names it."""
        return f"{self.publisher}, ‘{self.title}’"


# Assumptions the code itself names: the catalogue must declare them (checked, Y220).
PATH = "pad"  # the straight path to a target, used by every trajectory and progress
POPULATION_YEAR = "bevolkingsjaar"  # the population year of a progress
ROUNDING = "afronding"  # the catalogue's rounding rule, unless --rounding chooses one
DWELLINGS = "wooneenheden"  # Census 2021 dwellings, unless --wooneenheden gives a count


@dataclass(frozen=True, slots=True)
class Assumption:
    """A choice lekp makes where no source decides, stated as lekp's own."""

    id: str
    text_nl: str
    text_en: str

    def text(self, lang: str) -> str:
        """The assumption in `lang`."""
        return self.text_en if lang == "en" else self.text_nl


@dataclass(frozen=True, slots=True)
class Headline:
    """A Flemish total quoted by a source, in the indicator's unit."""

    value: Decimal
    stated: str
    source: str  # the id of a catalogue source


@dataclass(frozen=True, slots=True)
class Milestone:
    """An intermediate target: `amount` per `per` of the basis by the end of `year`."""

    year: int
    ratio: Ratio


@dataclass(frozen=True, slots=True)
class Indicator:
    """One ratio target of one pact version."""

    key: str
    werf: int
    pact: str
    label_nl: str
    label_en: str
    unit: str
    ratio: Ratio
    basis: Basis
    deadline: int
    rounding: Rounding
    decimals: int
    sources: tuple[str, ...]  # ids of catalogue sources
    headline: Headline | None = None
    note_nl: str | None = None
    note_en: str | None = None
    milestone: Milestone | None = None
    assumptions: tuple[str, ...] = ()  # ids of lekp's assumptions the target depends on

    def label(self, lang: str) -> str:
        """The label in `lang` ('nl' or 'en')."""
        return self.label_en if lang == "en" else self.label_nl

    def note(self, lang: str) -> str | None:
        """The qualifying note in `lang`, if any."""
        return self.note_en if lang == "en" else self.note_nl


@dataclass(frozen=True, slots=True)
class Werf:
    """One of the four werven, with the provincie Antwerpen's support offer for it."""

    number: int
    name_nl: str
    name_en: str
    theme_nl: str
    theme_en: str
    provincie_antwerpen: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        """The werf's name in `lang`."""
        return self.name_en if lang == "en" else self.name_nl

    def theme(self, lang: str) -> str:
        """The werf's theme in `lang`."""
        return self.theme_en if lang == "en" else self.theme_nl


@dataclass(frozen=True, slots=True)
class PactVersion:
    """A version of the pact (1.0, 2.0, 2.1)."""

    version: str
    year: int
    name_nl: str
    sources: tuple[str, ...] = ()  # the government decision and the pages that state it


@dataclass(frozen=True, slots=True)
class EngagementRule:
    """What makes an engagement computable once a gemeente gives its own baseline.

    `energy_saving`: the primary energy use of the gemeente's own buildings falls by
    `percent` each year (compounded), from `from_year` on (from the start of the pact when
    empty). `co2_reduction`: emissions fall by `percent` from `base_year` to `target_year`,
    along a straight line.
    """

    kind: Literal["energy_saving", "co2_reduction"]
    percent: Decimal
    from_year: int | None = None
    base_year: int | None = None
    target_year: int | None = None


@dataclass(frozen=True, slots=True)
class Engagement:
    """An engagement that is not a ratio of the gemeente's size."""

    key: str
    pact: str | None
    text_nl: str
    text_en: str
    sources: tuple[str, ...]
    rule: EngagementRule | None = None
    assumptions: tuple[str, ...] = ()

    def text(self, lang: str) -> str:
        """The engagement's text in `lang`."""
        return self.text_en if lang == "en" else self.text_nl


def version_key(version: str) -> tuple[int, ...]:
    """Sort key for pact versions: '2.1' -> (2, 1); malformed versions sort first."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


_Row = TypeVar("_Row", Indicator, Engagement)


def _latest_per_key(rows: tuple[_Row, ...], version: str) -> list[_Row]:
    """Rows of `version` or older, a later version's row replacing an earlier one's.

    A key keeps the position of its first appearance, so the order of the catalogue file
    is the order users see.
    """
    wanted = version_key(version)
    chosen: dict[str, _Row] = {}
    for row in rows:
        if row.pact is not None and version_key(row.pact) > wanted:
            continue
        previous = chosen.get(row.key)
        if previous is None or version_key(row.pact or "") >= version_key(previous.pact or ""):
            chosen[row.key] = row
    return list(chosen.values())


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The whole catalogue file."""

    schema_version: int
    pact_versions: tuple[PactVersion, ...]
    werven: tuple[Werf, ...]
    indicators: tuple[Indicator, ...]
    provincie_antwerpen_algemeen: tuple[str, ...] = ()
    engagements: tuple[Engagement, ...] = ()
    sources: tuple[Source, ...] = ()
    assumptions: tuple[Assumption, ...] = ()
    support_source: str | None = None  # the id of the province's text its support is quoted from

    def source(self, source_id: str) -> Source:
        """The declared source with this id (the catalogue check guarantees every cited id exists)."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def source_labels(self, ids: Iterable[str]) -> str:
        """'VVSG, ‘Verrijk je wijk’; Provincie Antwerpen, ‘Aanbod ondersteuner LEKP’'."""
        return "; ".join(self.source(i).label() for i in ids)

    def assumption(self, assumption_id: str) -> Assumption:
        """The declared assumption with this id."""
        for assumption in self.assumptions:
            if assumption.id == assumption_id:
                return assumption
        raise KeyError(assumption_id)

    @property
    def versions(self) -> list[str]:
        """Pact versions, oldest first."""
        return sorted((v.version for v in self.pact_versions), key=version_key)

    @property
    def latest_version(self) -> str:
        """The newest pact version."""
        return self.versions[-1]

    def indicators_for(self, version: str, werf: int | None = None) -> list[Indicator]:
        """The indicators that apply under `version`, ordered by werf then file order."""
        chosen = _latest_per_key(self.indicators, version)
        if werf is not None:
            chosen = [i for i in chosen if i.werf == werf]
        return sorted(chosen, key=lambda i: i.werf)

    def engagements_for(self, version: str) -> list[Engagement]:
        """The non-ratio engagements that apply under `version`."""
        return _latest_per_key(self.engagements, version)

    def werf(self, number: int) -> Werf:
        """The werf with this number."""
        for werf in self.werven:
            if werf.number == number:
                return werf
        raise KeyError(number)

    @property
    def indicator_keys(self) -> list[str]:
        """Every indicator key of every version, each once, in file order."""
        return list(dict.fromkeys(i.key for i in self.indicators))


@dataclass(frozen=True, slots=True)
class Municipality:
    """One gemeente with its population series and housing units.

    `population` maps a year to the registered population on 1 January of that year;
    the CSV holds it as one `population_YYYY` column per year.
    """

    nis_code: str
    name_nl: str
    arrondissement_nis: str
    arrondissement_nl: str
    province_nis: str
    province_nl: str
    population: Mapping[int, int]
    dwellings_census_2021: int
    predecessor_nis_codes: tuple[str, ...]

    @property
    def territory_changed(self) -> bool:
        """True when the gemeente is made of other gemeenten than itself (a 2025 merger)."""
        return self.predecessor_nis_codes not in ((), (self.nis_code,))


@dataclass(frozen=True, slots=True)
class Merger:
    """One row of the 2025 merger mapping: an old gemeente and the one it belongs to now."""

    old_nis_code: str
    old_name_nl: str
    old_arrondissement_nis: str
    old_province_nis: str
    new_nis_code: str
    new_name_nl: str
    merged_2025: bool
    effective_date: date


@dataclass(frozen=True, slots=True)
class Deelgemeente:
    """A part of a gemeente with a name of its own (a former gemeente, a district, a village)."""

    code: str
    name_nl: str
    nis_code: str
    gemeente_nl: str


@dataclass(frozen=True, slots=True)
class Realisation:
    """What a gemeente realised for one indicator in one year (a row of a realisations file).

    `waarde` may be negative: a correction, or hedges removed (they count negative).
    """

    indicator: str
    jaar: int
    waarde: Decimal
    nis_code: str | None = None
    opmerking: str | None = None
    where: str = ""  # file:line (or workbook cell) of the row, for messages
    line: int = 0  # the row's line in the file (or its row in a workbook's sheet)
    sheet: str | None = None  # the workbook sheet the row is on
    bevolkingsjaar: int | None = None  # the population year the template was made with, if recorded


@dataclass(frozen=True, slots=True)
class Baseline:
    """A gemeente's own baseline and, optionally, what it actually used or emitted each year.

    `co2_2015`: tonnes CO2 of its own patrimony in 2015; `energy`: MWh of primary energy in
    `energy_base_year`. `energy_actual` and `co2_actual` map a year to the measured figure.
    """

    co2_2015: Decimal | None = None
    energy_base_year: int | None = None
    energy: Decimal | None = None
    energy_actual: Mapping[int, Decimal] | None = None
    co2_actual: Mapping[int, Decimal] | None = None
