"""Typed model of the LEKP catalogue and the municipality data.

The types are standard-library dataclasses that pydantic v2 validates into (see
`validation.py`): pydantic enforces the annotations and constraints declared here when a
data file is loaded, while a command that reuses already validated data never has to
import pydantic. `__pydantic_config__` forbids unknown fields everywhere.

Constraints are `Constraint` markers that hand pydantic the matching `annotated_types`
object when it builds a validator, so that importing the models imports neither.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

from .choices import Rounding

# The pact runs from the start of 2021 to the end of 2030; every deadline falls inside it.
PACT_START = 2021
PACT_END = 2030


class Constraint:
    """A constraint such as `Constraint("Ge", 0)`: annotated_types' `Ge(0)`, built on demand."""

    __slots__ = ("args", "name")

    def __init__(self, name: str, *args: Any) -> None:
        self.name = name
        self.args = args

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        import annotated_types

        return handler(Annotated[source, getattr(annotated_types, self.name)(*self.args)])

    def __repr__(self) -> str:
        return f"{self.name}{self.args}"


def Ge(value: int) -> Constraint:  # named like the annotated_types constraint it stands for
    """At least `value`."""
    return Constraint("Ge", value)


def Gt(value: int) -> Constraint:
    """More than `value`."""
    return Constraint("Gt", value)


def Le(value: int) -> Constraint:
    """At most `value`."""
    return Constraint("Le", value)


def Len(low: int, high: int) -> Constraint:
    """A length from `low` to `high`."""
    return Constraint("Len", low, high)


def MinLen(low: int) -> Constraint:
    """A length of at least `low`."""
    return Constraint("MinLen", low)


Basis = Literal["inwoners", "wooneenheden"]
Unit = Literal["stuks", "m", "m2", "m3", "kWp", "wooneenheden", "inwoners"]
Text = Annotated[str, MinLen(1)]
PositiveDecimal = Annotated[Decimal, Gt(0)]
PositiveInt = Annotated[int, Gt(0)]
Count = Annotated[int, Ge(0)]
NisCode = Annotated[str, Len(5, 5)]  # the CSV check also requires digits

_STRICT: Any = {"extra": "forbid"}


@dataclass(frozen=True, slots=True)
class Ratio:
    """`amount` of the target per `per` units of the basis (e.g. 50 per 1,000)."""

    __pydantic_config__ = _STRICT

    amount: PositiveDecimal
    per: PositiveInt

    @property
    def value(self) -> Decimal:
        """The ratio as one exact decimal (the catalogue check guarantees exactness)."""
        return self.amount / self.per


@dataclass(frozen=True, slots=True)
class Headline:
    """A Flemish total quoted by a source, in the indicator's unit."""

    __pydantic_config__ = _STRICT

    value: PositiveDecimal
    stated: Text
    source: Text


@dataclass(frozen=True, slots=True)
class Indicator:
    """One ratio target of one pact version."""

    __pydantic_config__ = _STRICT

    key: Text
    werf: PositiveInt
    pact: Text
    label_nl: Text
    label_en: Text
    unit: Unit
    ratio: Ratio
    basis: Basis
    deadline: Annotated[int, Ge(PACT_START), Le(PACT_END)]
    rounding: Rounding
    decimals: Annotated[int, Ge(0), Le(6)]
    source: Text
    headline: Headline | None = None
    note_nl: str | None = None
    note_en: str | None = None

    def label(self, lang: str) -> str:
        """Return the label in `lang` ('nl' or 'en')."""
        return self.label_en if lang == "en" else self.label_nl

    def note(self, lang: str) -> str | None:
        """Return the note in `lang`, if any."""
        return self.note_en if lang == "en" else self.note_nl


@dataclass(frozen=True, slots=True)
class Werf:
    """One of the four werven, with the provincie Antwerpen's support offer for it."""

    __pydantic_config__ = _STRICT

    number: PositiveInt
    name_nl: Text
    name_en: Text
    theme_nl: Text
    theme_en: Text
    provincie_antwerpen: tuple[Text, ...] = ()

    def name(self, lang: str) -> str:
        """Return the werf's name in `lang`."""
        return self.name_en if lang == "en" else self.name_nl

    def theme(self, lang: str) -> str:
        """Return the werf's theme in `lang`."""
        return self.theme_en if lang == "en" else self.theme_nl


@dataclass(frozen=True, slots=True)
class PactVersion:
    """A version of the pact (1.0, 2.0, 2.1)."""

    __pydantic_config__ = _STRICT

    version: Text
    year: int
    name_nl: Text


@dataclass(frozen=True, slots=True)
class EngagementRule:
    """What makes an engagement computable once a gemeente gives its own baseline.

    `energy_saving`: the primary energy use of the gemeente's own buildings falls by
    `percent` each year (compounded), from `from_year` on (from the start of the pact when
    empty). `co2_reduction`: emissions fall by `percent` from `base_year` to `target_year`,
    along a straight line.
    """

    __pydantic_config__ = _STRICT

    kind: Literal["energy_saving", "co2_reduction"]
    percent: PositiveDecimal
    from_year: Annotated[int, Ge(PACT_START), Le(PACT_END)] | None = None
    base_year: int | None = None
    target_year: Annotated[int, Ge(PACT_START), Le(PACT_END)] | None = None


@dataclass(frozen=True, slots=True)
class Engagement:
    """An engagement that is not a ratio of the gemeente's size."""

    __pydantic_config__ = _STRICT

    key: Text
    pact: str | None
    text_nl: Text
    text_en: Text
    source: Text
    rule: EngagementRule | None = None

    def text(self, lang: str) -> str:
        """Return the engagement's text in `lang`."""
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

    __pydantic_config__ = _STRICT

    schema_version: Literal[1]
    pact_versions: tuple[PactVersion, ...]
    werven: tuple[Werf, ...]
    indicators: tuple[Indicator, ...]
    provincie_antwerpen_algemeen: tuple[Text, ...] = ()
    engagements: tuple[Engagement, ...] = ()

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


@dataclass(frozen=True, slots=True)
class Municipality:
    """One gemeente with its population series and housing units.

    `population` maps a year to the registered population on 1 January of that year;
    the CSV holds it as one `population_YYYY` column per year.
    """

    __pydantic_config__ = _STRICT

    nis_code: NisCode
    name_nl: Text
    arrondissement_nis: NisCode
    arrondissement_nl: Text
    province_nis: NisCode
    province_nl: Text
    population: Mapping[int, Count]
    dwellings_census_2021: Count
    predecessor_nis_codes: Annotated[tuple[NisCode, ...], MinLen(1)]

    @property
    def territory_changed(self) -> bool:
        """True when the gemeente is made of other gemeenten than itself (a 2025 merger)."""
        return self.predecessor_nis_codes not in ((), (self.nis_code,))


@dataclass(frozen=True, slots=True)
class Realisation:
    """What a gemeente realised for one indicator in one year (a row of a realisations file)."""

    __pydantic_config__ = _STRICT

    indicator: Text
    jaar: Annotated[int, Ge(PACT_START), Le(PACT_END)]
    waarde: Annotated[Decimal, Ge(0)]
    nis_code: NisCode | None = None
    opmerking: str | None = None


@dataclass(frozen=True, slots=True)
class Baseline:
    """A gemeente's own baseline: CO2 of its own patrimony in 2015, energy use in a base year."""

    __pydantic_config__ = _STRICT

    co2_2015: Annotated[Decimal, Ge(0)] | None = None
    energy_base_year: Annotated[int, Ge(2000), Le(PACT_END)] | None = None
    energy: Annotated[Decimal, Ge(0)] | None = None


@dataclass(frozen=True, slots=True)
class Merger:
    """One row of the 2025 merger mapping: an old gemeente and the one it belongs to now."""

    __pydantic_config__ = _STRICT

    old_nis_code: NisCode
    old_name_nl: Text
    old_arrondissement_nis: NisCode
    old_province_nis: NisCode
    new_nis_code: NisCode
    new_name_nl: Text
    merged_2025: bool
    effective_date: date
