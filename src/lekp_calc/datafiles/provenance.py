"""Where every shipped data file and each of its columns comes from, declared once.

`data/datapackage.json` takes each resource's `sources` and `licenses`, and each column's
`sources`, from here (`datapackage.py`); `data/SOURCES.md` tells the same in prose. A test
keeps every shipped file and every column covered, so a new file or column cannot arrive
without its origin.

A source is `primary` when it is the body that publishes the values (Statbel, the Flemish
Parliament's decrees, VVSG), `intermediary` when the values reached lekp through it (a
repository that transcribed them, pinned to a commit). Both are kept: the first says whose
figures they are, the second how to retrace the transcription.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class DataSource:
    """A publication or a repository that values of a data file come from."""

    id: str
    title: str
    path: str  # the address where it is found
    role: Literal["primary", "intermediary"]

    def entry(self) -> dict[str, str]:
        """The Frictionless `sources` entry (title and path; id and role are custom properties, the id
        being what each column's `sources` names)."""
        return {"id": self.id, "title": self.title, "path": self.path, "role": self.role}


@dataclass(frozen=True, slots=True)
class Licence:
    """The terms under which values may be reused."""

    name: str
    title: str
    path: str | None = None

    def entry(self) -> dict[str, str]:
        """The Frictionless `licenses` entry."""
        entry = {"name": self.name, "title": self.title}
        if self.path:
            entry["path"] = self.path
        return entry


STATBEL = "Statbel (Algemene Directie Statistiek – Statistics Belgium)"

SOURCES = {
    source.id: source
    for source in (
        DataSource(
            "statbel-codes",
            f"{STATBEL}: the NIS (REFNIS) codes of the gemeenten, arrondissements and provinces "
            "(a merger that forms a new gemeente gives it a new code; a gemeente that takes in another "
            "keeps its own, as Antwerpen kept 11002 when it took in Borsbeek in 2025)",
            "http://statbel.fgov.be/de/nachrichten/anpassung-der-sla-codes-fuer-gemeinden-und-verwaltungsbezirke-ab-dem-1-januar-2019",
            "primary",
        ),
        DataSource(
            "statbel-population",
            f"{STATBEL}: population per gemeente on 1 January of each year, Belgian definition of the "
            "population (open data TF_SOC_POP_STRUCT_<year>)",
            "https://data.gov.be/fr/datasets/1fcd83c6-8530-4f68-b6aa-f83baf98e122",
            "primary",
        ),
        DataSource(
            "statbel-census",
            f"{STATBEL}: Census 2021 open data, the conventional dwellings of each gemeente on "
            "1 January 2021 by occupancy (TF_CENSUS_2021_HC38_1): the column holds all of them, "
            "occupied and unoccupied added up",
            "https://statbel.fgov.be/fr/open-data/consultez-tous-les-open-data-du-census-2021",
            "primary",
        ),
        DataSource(
            "statbel-sectors",
            f"{STATBEL}: the statistical sectors of 1 January 2025, whose outlines and deelgemeenten "
            "Statbel publishes as open data",
            "https://statbel.fgov.be/en/open-data/statistical-sectors-2025",
            "primary",
        ),
        DataSource(
            "decrees-2024",
            "Vlaams Parlement, decrees of 19 April 2024 on the voluntary mergers of gemeenten (for example "
            "Lokeren and Moerbeke, numac 2024004721)",
            "https://etaamb.openjustice.be/fr/nl/decret-du-19-avril-2024_n2024004721.html",
            "primary",
        ),
        DataSource(
            "vvsg-fusies",
            "VVSG, ‘Fusies’: the 13 merger projects approved on 17 April 2024",
            "https://www.vvsg.be/kennisitem/vvsg/fusies",
            "primary",
        ),
        DataSource(
            "gebiedsniveaus",
            "Provincies in Cijfers, repository gebiedsniveaus "
            "(commit 3b1b6d8d3548e495f597db134f437f0d08898535): "
            "codes, names, arrondissements, the 2025 mapping, deelgemeenten and boundaries",
            "https://github.com/provinciesincijfers/gebiedsniveaus",
            "intermediary",
        ),
        DataSource(
            "macro-pipeline",
            "Repository belgian-macro-pipeline (commits 6d92e152, 8096185e, 42d799d5): Statbel's "
            "population and "
            "Census 2021 dwellings per gemeente",
            "https://github.com/mdruszcz/belgian-macro-pipeline",
            "intermediary",
        ),
        DataSource(
            "belgian-municipalities",
            "Repository belgian_municipalities (commit 3a2c5f82): population on 1 January 2020, used as "
            "a check",
            "https://github.com/vandenbroucke/belgian_municipalities",
            "intermediary",
        ),
        DataSource(
            "covid19be",
            "Repository COVID19BE (commit c35151a0): population on 1 January 2019, used as a check",
            "https://github.com/brechtdv/COVID19BE",
            "intermediary",
        ),
        DataSource(
            "embuild",
            "Repository embuild-analyses (commit 1e6bf143): the 2025 mergers, used as a check",
            "https://github.com/gehuybre/embuild-analyses",
            "intermediary",
        ),
    )
}

# Statbel's open-data licence asks a re-user to name the source and the date of publication.
STATBEL_LICENCE = Licence(
    "Statbel-open-data",
    "Statbel, Licentie open data: name the source (Statbel) and the date of publication",
    "http://statbel.fgov.be/en/statistics/opendata/licence/",
)
# Decrees are official acts of the authorities, which Belgian law leaves free of copyright.
OFFICIAL_TEXT = Licence(
    "official-text",
    "Official acts of the authorities carry no copyright (Wetboek van economisch recht, art. XI.172, § 2)",
)
PROJECT = Licence(
    "MIT",
    "lekp's own text, MIT licence; quotations stay their authors'",
    "https://opensource.org/license/mit",
)

_CODES = ("statbel-codes", "gebiedsniveaus")
_POPULATION = ("statbel-population", "macro-pipeline", "belgian-municipalities", "covid19be")
_DWELLINGS = ("statbel-census", "macro-pipeline")
_MERGERS = ("decrees-2024", "vvsg-fusies", "statbel-codes", "gebiedsniveaus", "embuild")
_SECTORS = ("statbel-sectors", "gebiedsniveaus")


@dataclass(frozen=True, slots=True)
class FileProvenance:
    """The sources and licences of one shipped file, and of each column (a prefix ends in '_')."""

    file: str
    licences: tuple[Licence, ...]
    columns: dict[str, tuple[str, ...]]

    def of(self, column: str) -> tuple[str, ...]:
        """The sources of `column` (a `population_2019` takes those of `population_`)."""
        if column in self.columns:
            return self.columns[column]
        for prefix, ids in self.columns.items():
            if prefix.endswith("_") and column.startswith(prefix):
                return ids
        raise KeyError(column)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source of the file, each once, in the order its columns name them."""
        return tuple(dict.fromkeys(i for ids in self.columns.values() for i in ids))


_MUNICIPALITY_COLUMNS = {
    "nis_code": _CODES,
    "name_nl": _CODES,
    "arrondissement_nis": _CODES,
    "arrondissement_nl": _CODES,
    "province_nis": _CODES,
    "province_nl": _CODES,
    "population_": _POPULATION,
    "dwellings_census_2021": _DWELLINGS,
    "predecessor_nis_codes": _MERGERS,
}

FILES = {
    entry.file: entry
    for entry in (
        FileProvenance("municipalities.csv", (STATBEL_LICENCE, OFFICIAL_TEXT), _MUNICIPALITY_COLUMNS),
        FileProvenance("municipalities_2024.csv", (STATBEL_LICENCE, OFFICIAL_TEXT), _MUNICIPALITY_COLUMNS),
        FileProvenance(
            "mergers_2025.csv",
            (OFFICIAL_TEXT, STATBEL_LICENCE),
            {
                "old_nis_code": _CODES,
                "old_name_nl": _CODES,
                "old_arrondissement_nis": _CODES,
                "old_province_nis": _CODES,
                "new_nis_code": _MERGERS,
                "new_name_nl": _MERGERS,
                "merged_2025": _MERGERS,
                "effective_date": _MERGERS,
            },
        ),
        FileProvenance(
            "deelgemeenten.csv",
            (STATBEL_LICENCE,),
            {
                "deelgemeente_code": _SECTORS,
                "deelgemeente_nl": _SECTORS,
                "nis_code": _CODES,
                "name_nl": _CODES,
            },
        ),
        FileProvenance("boundaries.json", (STATBEL_LICENCE,), {"": _SECTORS}),
    )
}
