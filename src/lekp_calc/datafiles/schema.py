"""The one declaration of every CSV kind lekp reads: its columns, their types and bounds.

A `Resource` lists its `Field`s in file order. The generic reader (`table.py`) parses and
checks every cell from these declarations, `lekp check` reports against them, and the
README's column tables and `data/datapackage.json` (Frictionless Table Schema) are
generated from them (`python scripts/build_datapackage.py --write`; a test keeps the
committed files equal to what is generated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

MAX_COUNT = 100_000_000  # inwoners or wooneenheden of one gemeente
MAX_VALUE = Decimal(10) ** 12  # a realised amount or a baseline figure
YEAR_MIN, YEAR_MAX = 1900, 2100
NAME_LENGTH = 100  # a gemeente, arrondissement or province name
NOTE_LENGTH = 2000  # a free-text remark


class FieldType(StrEnum):
    """How a cell is read; the value is the Frictionless type it is published as."""

    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    YEAR = "year"
    NIS_CODE = "nis_code"
    NIS_CODE_LIST = "nis_code_list"
    PART_CODE = "part_code"
    BOOLEAN = "boolean"
    DATE = "date"

    @property
    def frictionless(self) -> str:
        """The Frictionless Table Schema type of the column."""
        return {
            FieldType.YEAR: "integer",
            FieldType.NIS_CODE: "string",
            FieldType.NIS_CODE_LIST: "string",
            FieldType.PART_CODE: "string",
        }.get(self, self.value)


PATTERNS = {
    FieldType.NIS_CODE: r"^[0-9]{5}$",
    FieldType.NIS_CODE_LIST: r"^[0-9]{5}(;[0-9]{5})*$",
    FieldType.PART_CODE: r"^[0-9]{5}[A-Z]$",
}


@dataclass(frozen=True, slots=True)
class Field:
    """One column: its name, type, whether it must be there and filled, bounds and help."""

    name: str
    type: FieldType
    description: str
    optional_column: bool = False  # the column may be left out of the file
    empty: bool = False  # a cell may be empty
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    max_length: int | None = None
    enum: tuple[str, ...] | None = None
    read: bool = True  # False: a helper column for people, accepted and ignored


@dataclass(frozen=True, slots=True)
class FieldPattern:
    """A family of columns such as `population_2019`, `population_2020`, …: the year is in the name."""

    pattern: re.Pattern[str]
    example: str
    field: Field


@dataclass(frozen=True, slots=True)
class Resource:
    """A kind of CSV file: its fields, its separators, and how it is recognised."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    patterns: tuple[FieldPattern, ...] = ()
    delimiters: tuple[str, ...] = (",",)
    primary_key: tuple[str, ...] = ()
    shipped: tuple[str, ...] = ()  # the shipped files of this kind, in data/
    signature: frozenset[str] = field(default_factory=frozenset)  # header names that identify it

    def field(self, name: str) -> Field | None:
        """The declaration of a column by its name (a patterned one included)."""
        for each in self.fields:
            if each.name == name:
                return each
        for family in self.patterns:
            if family.pattern.fullmatch(name):
                return family.field
        return None

    @property
    def required(self) -> list[str]:
        """Columns that must be present."""
        return [f.name for f in self.fields if not f.optional_column]


def _nis(name: str, what: str) -> Field:
    return Field(name, FieldType.NIS_CODE, f"NIS (REFNIS) code of {what}: five digits.")


def _name(name: str, what: str) -> Field:
    return Field(name, FieldType.STRING, f"Dutch name of {what}.", max_length=NAME_LENGTH)


POPULATION = FieldPattern(
    re.compile(r"population_(\d{4})"),
    "population_2026",
    Field(
        "population_YYYY",
        FieldType.INTEGER,
        "Registered population on 1 January of year YYYY (one column per year, 1900-2100).",
        minimum=0,
        maximum=MAX_COUNT,
    ),
)

MUNICIPALITIES = Resource(
    name="municipalities",
    title="Flemish gemeenten with population and dwellings",
    description="One row per gemeente of a territory: codes, names, population on 1 January of each "
    "year, and dwellings in Statbel's Census 2021 (the proxy for the pact's wooneenheden).",
    fields=(
        _nis("nis_code", "the gemeente"),
        _name("name_nl", "the gemeente"),
        _nis(
            "arrondissement_nis",
            "the administrative arrondissement (the gemeente's first two digits, then 000)",
        ),
        _name("arrondissement_nl", "the arrondissement"),
        _nis("province_nis", "the province (10000, 20001, 30000, 40000 or 70000)"),
        _name("province_nl", "the province"),
        Field(
            "dwellings_census_2021",
            FieldType.INTEGER,
            "Dwellings in total in Statbel's Census 2021 (1 January 2021); the proxy for wooneenheden.",
            minimum=0,
            maximum=MAX_COUNT,
        ),
        Field(
            "predecessor_nis_codes",
            FieldType.NIS_CODE_LIST,
            "The pre-2025 gemeenten the gemeente is made of, ';'-separated (at least its own code).",
        ),
    ),
    patterns=(POPULATION,),
    primary_key=("nis_code",),
    shipped=("municipalities.csv", "municipalities_2024.csv"),
    signature=frozenset({"nis_code", "name_nl", "predecessor_nis_codes"}),
)

MERGERS = Resource(
    name="mergers",
    title="The 2025 merger mapping",
    description="Each of the 300 pre-2025 gemeenten mapped to the gemeente it belongs to from "
    "1 January 2025.",
    fields=(
        _nis("old_nis_code", "the pre-2025 gemeente"),
        _name("old_name_nl", "the pre-2025 gemeente"),
        _nis("old_arrondissement_nis", "the pre-2025 gemeente's arrondissement"),
        _nis("old_province_nis", "the pre-2025 gemeente's province"),
        _nis("new_nis_code", "the gemeente from 2025"),
        _name("new_name_nl", "the gemeente from 2025"),
        Field("merged_2025", FieldType.BOOLEAN, "True when the gemeente took part in a 2025 merger."),
        Field("effective_date", FieldType.DATE, "The date the mapping takes effect (YYYY-MM-DD)."),
    ),
    primary_key=("old_nis_code",),
    shipped=("mergers_2025.csv",),
    signature=frozenset({"old_nis_code", "new_nis_code"}),
)

DEELGEMEENTEN = Resource(
    name="deelgemeenten",
    title="Deelgemeenten of the 2025 gemeenten",
    description="The parts of each gemeente with a name of their own (former gemeenten, districts, "
    "villages), so that a user can name a gemeente by one of its parts.",
    fields=(
        Field(
            "deelgemeente_code",
            FieldType.PART_CODE,
            "Code of the deelgemeente: the gemeente's NIS code and a capital letter.",
        ),
        _name(
            "deelgemeente_nl",
            "the deelgemeente (a name found in two gemeenten carries the gemeente in brackets)",
        ),
        _nis("nis_code", "the gemeente (2025) the deelgemeente belongs to"),
        _name("name_nl", "that gemeente"),
    ),
    primary_key=("deelgemeente_code",),
    shipped=("deelgemeenten.csv",),
    signature=frozenset({"deelgemeente_code", "deelgemeente_nl"}),
)

REALISATIONS = Resource(
    name="realisations",
    title="Realisations of a gemeente (or several)",
    description="What a gemeente realised per indicator and year, as it reports to the pact's "
    "monitoring; 'waarde' is the amount of that year, lekp adds the years up.",
    fields=(
        Field(
            "nis_code",
            FieldType.NIS_CODE,
            "NIS code of the gemeente (one file may hold several); a "
            "pre-2025 code counts for the gemeente it merged into.",
            optional_column=True,
            empty=True,
        ),
        Field(
            "gemeente",
            FieldType.STRING,
            "Name of the gemeente, for the person filling in; not read.",
            optional_column=True,
            empty=True,
            max_length=NAME_LENGTH,
            read=False,
        ),
        Field("indicator", FieldType.STRING, "Indicator key, as `lekp werven` lists them.", max_length=64),
        Field(
            "label",
            FieldType.STRING,
            "The indicator's label, for the person filling in; not read.",
            optional_column=True,
            empty=True,
            max_length=NOTE_LENGTH,
            read=False,
        ),
        Field(
            "eenheid",
            FieldType.STRING,
            "The indicator's unit, for the person filling in; not read.",
            optional_column=True,
            empty=True,
            max_length=NAME_LENGTH,
            read=False,
        ),
        Field(
            "jaar",
            FieldType.YEAR,
            "The year of the realisation (2021-2030).",
            minimum=YEAR_MIN,
            maximum=YEAR_MAX,
        ),
        Field(
            "waarde",
            FieldType.NUMBER,
            "The amount realised in that year, in the indicator's unit; empty: not filled in yet; a negative "
            "amount is a correction or a removal (hedges grubbed up count negative).",
            empty=True,
            minimum=-MAX_VALUE,
            maximum=MAX_VALUE,
        ),
        Field(
            "opmerking",
            FieldType.STRING,
            "The gemeente's remark: an explanation ('comply or explain').",
            optional_column=True,
            empty=True,
            max_length=NOTE_LENGTH,
        ),
        Field(
            "bevolkingsjaar",
            FieldType.YEAR,
            "The population year (inwoners on 1 January) the template was made with, the same on every "
            "row: progress and the report judge with the targets of that year unless asked otherwise.",
            optional_column=True,
            empty=True,
            minimum=YEAR_MIN,
            maximum=YEAR_MAX,
        ),
    ),
    delimiters=(",", ";"),
    signature=frozenset({"indicator", "jaar", "waarde"}),
)

BASELINE = Resource(
    name="baseline",
    title="A gemeente's own baseline",
    description="The CO2 of the gemeente's own patrimony in 2015 and the primary energy use of its own "
    "buildings in a base year, which make two engagements computable; optionally what was measured each "
    "year.",
    fields=(
        Field(
            "grootheid",
            FieldType.STRING,
            "'co2' (tonnes CO2 in 2015), 'energie' (MWh primary energy in a base year), or 'co2_jaar' / "
            "'energie_jaar': what was measured in a year of the pact (one row per year).",
            max_length=32,
        ),
        Field("jaar", FieldType.YEAR, "The year of the figure.", minimum=YEAR_MIN, maximum=YEAR_MAX),
        Field("waarde", FieldType.NUMBER, "The figure.", minimum=0, maximum=MAX_VALUE),
        Field(
            "eenheid",
            FieldType.STRING,
            "The unit, for people; not read.",
            optional_column=True,
            empty=True,
            max_length=NAME_LENGTH,
            read=False,
        ),
        Field(
            "opmerking",
            FieldType.STRING,
            "A remark.",
            optional_column=True,
            empty=True,
            max_length=NOTE_LENGTH,
        ),
    ),
    delimiters=(",", ";"),
    signature=frozenset({"grootheid"}),
)

RESOURCES = (MUNICIPALITIES, MERGERS, DEELGEMEENTEN, REALISATIONS, BASELINE)
