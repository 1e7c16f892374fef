"""The catalogue file's schema, validated by pydantic: field types, bounds and exact ratios.

These pydantic models describe `werven.yaml` as it is written, field by field; `to_domain`
turns a validated document into the plain dataclasses of `domain.model`. pydantic reports
every field of every item that fails, in one pass, so an item with a wrong basis, a
deadline outside the pact and an inexact ratio gets all three findings. Only the
validating path imports this module (see `load.py`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from ..domain import model
from ..domain.model import PACT_END, PACT_START

MAX_AMOUNT = Decimal(1_000_000)
MAX_PER = 1_000_000_000
MAX_PLACES = 6


def _not_bool(value: object) -> object:
    """Refuse true/false where a number belongs: pydantic would read `per: true` as per 1."""
    if isinstance(value, bool):
        raise PydanticCustomError("int_type", "not a whole number")
    return value


NotBool = BeforeValidator(_not_bool)
YEAR = Annotated[int, NotBool, Field(ge=1900, le=2100)]
PACT_YEAR = Annotated[int, NotBool, Field(ge=PACT_START, le=PACT_END)]


def _exact_per(per: int) -> int:
    """1/per must be a finite decimal: per has no prime factors but 2 and 5."""
    rest = per
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1:
        raise PydanticCustomError("inexact_per", "per {per} gives no exact decimal ratio", {"per": per})
    return per


def _few_places(amount: Decimal) -> Decimal:
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_PLACES:
        raise PydanticCustomError("too_many_places", "more than {places} decimals", {"places": MAX_PLACES})
    return amount


Text = Annotated[str, Field(min_length=1, max_length=2000)]
Amount = Annotated[Decimal, Field(gt=0, le=MAX_AMOUNT, allow_inf_nan=False), AfterValidator(_few_places)]
Per = Annotated[int, NotBool, Field(gt=0, le=MAX_PER), AfterValidator(_exact_per)]
Percent = Annotated[Decimal, Field(gt=0, le=100, allow_inf_nan=False)]


Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
Ids = tuple[Id, ...]
Date = Annotated[str, Field(pattern=r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")]


def _real_date(value: str) -> str:
    """A date that exists (the pattern lets 2025-02-31 through)."""
    try:
        date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("date_invalid", "no such date: {value}", {"value": value}) from None
    return value


Day = Annotated[Date, AfterValidator(_real_date)]
Address = Annotated[str, Field(max_length=500, pattern=r"^https?://[^\s]+$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class Ratio(_Strict):
    """`amount` per `per` units of the basis."""

    amount: Amount
    per: Per


class Headline(_Strict):
    """A Flemish total quoted by a source."""

    value: Annotated[Decimal, Field(gt=0, le=Decimal(10) ** 12, allow_inf_nan=False)]
    stated: Text  # the source's own words; lekp's corrections are in [brackets]
    source: Id


class Milestone(_Strict):
    """An intermediate target by the end of a year."""

    year: PACT_YEAR
    ratio: Ratio


class Indicator(_Strict):
    """One ratio target of one pact version."""

    key: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")]
    werf: Annotated[int, NotBool, Field(gt=0, le=99)]
    pact: Text
    label_nl: Text
    label_en: Text
    unit: model.Unit
    ratio: Ratio
    basis: model.Basis
    deadline: PACT_YEAR
    rounding: model.Rounding
    decimals: Annotated[int, NotBool, Field(ge=0, le=MAX_PLACES)]
    # An empty or missing list is reported by the semantic check (Y220), with the row's line.
    sources: Ids = ()
    assumptions: Ids = ()
    headline: Headline | None = None
    note_nl: Text | None = None
    note_en: Text | None = None
    milestone: Milestone | None = None
    goal: Id | None = None  # checked against `goals:` by the semantic check (Y221)


class Werf(_Strict):
    """One of the werven, with the provincie Antwerpen's support for it."""

    number: Annotated[int, NotBool, Field(gt=0, le=99)]
    name_nl: Text
    name_en: Text
    theme_nl: Text
    theme_en: Text
    provincie_antwerpen: tuple[Text, ...] = ()


class PactVersion(_Strict):
    """A version of the pact."""

    version: Text
    year: YEAR
    name_nl: Text
    sources: Ids = ()


class EngagementRule(_Strict):
    """What makes an engagement computable from a baseline."""

    kind: Literal["energy_saving", "co2_reduction"]
    percent: Percent
    from_year: PACT_YEAR | None = None
    base_year: YEAR | None = None
    target_year: PACT_YEAR | None = None


class Engagement(_Strict):
    """An engagement that is not a ratio."""

    key: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")]
    pact: Text | None
    text_nl: Text
    text_en: Text
    sources: Ids = ()
    assumptions: Ids = ()
    rule: EngagementRule | None = None
    goal: Id | None = None


class Goal(_Strict):
    """A goal of the pact's own reporting (ABB's code list 'LEKP-doelstelling')."""

    id: Id
    uri: Address
    label: Text
    sources: Ids = ()


class ReportingStep(_Strict):
    """A dated step of the reporting calendar."""

    id: Id
    date: Day
    kind: Literal["deadline", "opens", "closes"]
    text_nl: Text
    text_en: Text
    sources: Ids = ()
    replaced_by: Id | None = None


Kilowatt = Annotated[Decimal, Field(gt=0, le=100_000, allow_inf_nan=False), AfterValidator(_few_places)]
Hours = Annotated[Decimal, Field(ge=0, le=24, allow_inf_nan=False)]


class ChargingAnchor(_Strict):
    """A step of the charging-equivalent scale."""

    kw_from: Kilowatt
    currents: Annotated[tuple[Literal["AC", "DC"], ...], Field(min_length=1)]
    equivalents: Annotated[Decimal, Field(gt=0, le=1000, allow_inf_nan=False), AfterValidator(_few_places)]
    kw_to: Kilowatt | None = None
    kw_below: Kilowatt | None = None


class SemiPublic(_Strict):
    """What a semi-public point counts: a share of a public one, when open long enough."""

    factor: Annotated[Decimal, Field(gt=0, le=1, allow_inf_nan=False), AfterValidator(_few_places)]
    hours: Hours


class ChargingScale(_Strict):
    """The scale of charging-point equivalents."""

    anchors: Annotated[tuple[ChargingAnchor, ...], Field(min_length=1)]
    semi_public: SemiPublic
    public_hours: Hours
    sources: Ids = ()
    assumptions: Ids = ()


class Source(_Strict):
    """A document the catalogue cites."""

    id: Id
    publisher: Text
    title: Text
    address: Address | None = None  # a missing address is reported by the semantic check (Y220)
    kind: Literal["primary", "secondary"]
    consulted: Date
    dated: Date | None = None


class Assumption(_Strict):
    """A choice lekp makes where no source decides."""

    id: Id
    text_nl: Text
    text_en: Text


class Catalogue(_Strict):
    """The whole catalogue file."""

    schema_version: Annotated[Literal[1], NotBool]
    # A catalogue without a version or without a target answers nothing (and has no newest version).
    pact_versions: Annotated[tuple[PactVersion, ...], Field(min_length=1)]
    werven: tuple[Werf, ...]
    indicators: Annotated[tuple[Indicator, ...], Field(min_length=1)]
    provincie_antwerpen_algemeen: tuple[Text, ...] = ()
    engagements: tuple[Engagement, ...] = ()
    support_source: Id | None = None
    sources: tuple[Source, ...] = ()
    assumptions: tuple[Assumption, ...] = ()
    goals: tuple[Goal, ...] = ()
    reporting: tuple[ReportingStep, ...] = ()
    charging_scale: ChargingScale | None = None


def _ratio(ratio: Ratio) -> model.Ratio:
    return model.Ratio(ratio.amount, ratio.per)


def to_domain(document: Catalogue) -> model.Catalogue:
    """The validated document as the domain's plain dataclasses."""
    return model.Catalogue(
        schema_version=document.schema_version,
        pact_versions=tuple(
            model.PactVersion(v.version, v.year, v.name_nl, v.sources) for v in document.pact_versions
        ),
        werven=tuple(
            model.Werf(w.number, w.name_nl, w.name_en, w.theme_nl, w.theme_en, w.provincie_antwerpen)
            for w in document.werven
        ),
        indicators=tuple(
            model.Indicator(
                key=i.key,
                werf=i.werf,
                pact=i.pact,
                label_nl=i.label_nl,
                label_en=i.label_en,
                unit=i.unit,
                ratio=_ratio(i.ratio),
                basis=i.basis,
                deadline=i.deadline,
                rounding=i.rounding,
                decimals=i.decimals,
                sources=i.sources,
                assumptions=i.assumptions,
                headline=model.Headline(i.headline.value, i.headline.stated, i.headline.source)
                if i.headline
                else None,
                note_nl=i.note_nl,
                note_en=i.note_en,
                milestone=model.Milestone(i.milestone.year, _ratio(i.milestone.ratio))
                if i.milestone
                else None,
                goal=i.goal,
            )
            for i in document.indicators
        ),
        provincie_antwerpen_algemeen=document.provincie_antwerpen_algemeen,
        engagements=tuple(
            model.Engagement(
                key=e.key,
                pact=e.pact,
                text_nl=e.text_nl,
                text_en=e.text_en,
                sources=e.sources,
                assumptions=e.assumptions,
                rule=model.EngagementRule(
                    e.rule.kind, e.rule.percent, e.rule.from_year, e.rule.base_year, e.rule.target_year
                )
                if e.rule
                else None,
                goal=e.goal,
            )
            for e in document.engagements
        ),
        # A missing address is refused by the semantic check before a catalogue is used.
        sources=tuple(
            model.Source(s.id, s.publisher, s.title, s.address or "", s.kind, s.consulted, s.dated)
            for s in document.sources
        ),
        assumptions=tuple(model.Assumption(a.id, a.text_nl, a.text_en) for a in document.assumptions),
        support_source=document.support_source,
        goals=tuple(model.Goal(g.id, g.uri, g.label, g.sources) for g in document.goals),
        reporting=tuple(
            model.ReportingStep(
                s.id, date.fromisoformat(s.date), s.kind, s.text_nl, s.text_en, s.sources, s.replaced_by
            )
            for s in document.reporting
        ),
        charging_scale=_scale(document.charging_scale) if document.charging_scale else None,
    )


def _scale(scale: ChargingScale) -> model.ChargingScale:
    return model.ChargingScale(
        anchors=tuple(
            model.ChargingAnchor(a.kw_from, a.currents, a.equivalents, a.kw_to, a.kw_below)
            for a in scale.anchors
        ),
        semi_public_factor=scale.semi_public.factor,
        semi_public_hours=scale.semi_public.hours,
        public_hours=scale.public_hours,
        sources=scale.sources,
        assumptions=scale.assumptions,
    )
