"""Loading validated data: the shipped files from their snapshot, any other file checked in full.

Every command and the library's `Lekp` load through here. A data file a user passes is
read and checked with exactly the functions `lekp check` uses, every time; an error raises
`DataError` with every problem found. The shipped files come from `snapshot.json` while
their bytes are unchanged. The validating path is the one place that imports the YAML and
pydantic machinery: a command on the shipped data never pays for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.model import Baseline, Catalogue, Deelgemeente, Merger, Realisation, Territory
from ..domain.selection import MunicipalityData, Query
from ..errors import DataError, InputError, LekpError
from ..paths import CATALOGUE_FILE, DEELGEMEENTEN_FILE, MERGERS_FILE, TERRITORY_FILES, data_file
from . import snapshot
from .gemeentelist import read_gemeenten_list
from .municipalities import read_deelgemeenten, read_mergers, read_municipalities
from .realisations import read_baseline, read_realisations

if TYPE_CHECKING:
    from ..domain.laadpunten import ChargingPoint  # the list of charging points loads only for its command


def load_catalogue(path: Path | str | None = None) -> Catalogue:
    """The catalogue: the shipped one (default) or the file at `path`, validated."""
    if path is None:
        shipped = data_file(CATALOGUE_FILE)
        found = snapshot.valid_for({CATALOGUE_FILE: shipped})
        if found is not None:
            return snapshot.catalogue_from_plain(found["catalogue"])
        path = shipped
    from .catalogue import parse_catalogue_file  # the seam: YAML and pydantic load only here

    parsed = parse_catalogue_file(path)
    if parsed.catalogue is None or parsed.problems.has_errors:
        raise DataError(parsed.problems)
    return parsed.catalogue


def load_mergers(path: Path | str | None = None) -> list[Merger]:
    """The 2025 merger mapping: the shipped one (default) or the file at `path`."""
    if path is None:
        shipped = data_file(MERGERS_FILE)
        found = snapshot.valid_for({MERGERS_FILE: shipped})
        if found is not None:
            return snapshot.mergers_from_plain(found["mergers"])
        path = shipped
    table, rows = read_mergers(path)
    if table.problems.has_errors:
        raise DataError(table.problems)
    return [merger for _, merger in rows]


def load_deelgemeenten(path: Path | str | None = None) -> list[Deelgemeente]:
    """The deelgemeenten: the shipped list (default) or the file at `path`."""
    if path is None:
        shipped = data_file(DEELGEMEENTEN_FILE)
        found = snapshot.valid_for({DEELGEMEENTEN_FILE: shipped})
        if found is not None:
            return snapshot.parts_from_plain(found["deelgemeenten"])
        path = shipped
    table, rows = read_deelgemeenten(path)
    if table.problems.has_errors:
        raise DataError(table.problems)
    return [part for _, part in rows]


# A user's own municipalities file (a population year built with `lekp data population`) made
# the default of the 2025 territory, for every command and every `Lekp()` that names none.
MUNICIPALITIES_ENV = "LEKP_MUNICIPALITIES"


def municipalities_file(
    path: Path | str | None, territory: Territory | str = Territory.T2025
) -> tuple[Path | str, bool]:
    """The municipalities file of a territory, and whether it is the shipped one.

    `path` when given; else, on the 2025 territory, the file named by `LEKP_MUNICIPALITIES`
    when that is set; else the shipped file of the territory. The 2024 territory (the 300
    gemeenten) is not changed by the variable: a file of the 285 cannot stand in for it.
    """
    if path is not None:
        return path, False
    territory = Territory(territory)
    chosen = os.environ.get(MUNICIPALITIES_ENV, "").strip()
    if chosen and territory is Territory.T2025:
        return chosen, False
    return data_file(TERRITORY_FILES[territory.value]), True


def load_municipalities(
    path: Path | str | None = None,
    mergers_path: Path | str | None = None,
    *,
    territory: Territory | str = Territory.T2025,
) -> MunicipalityData:
    """The gemeenten of a territory with the merger mapping and the deelgemeenten.

    Without a path, the file `LEKP_MUNICIPALITIES` names (territory 2025 only), else the
    shipped file of `territory`: '2025' (285 gemeenten, the default) or '2024' (the 300
    gemeenten that signed the pact, populations up to 2024).
    """
    territory = Territory(territory)
    mergers = load_mergers(mergers_path)
    parts = load_deelgemeenten()
    source, shipped = municipalities_file(path, territory)
    if shipped:
        name = TERRITORY_FILES[territory.value]
        found = snapshot.valid_for({name: Path(source), MERGERS_FILE: data_file(MERGERS_FILE)})
        if found is not None and mergers_path is None:
            rows = snapshot.municipalities_from_plain(found["municipalities"][territory.value])
            return MunicipalityData(
                rows, mergers, str(source), shipped=True, territory=territory, deelgemeenten=parts
            )
    table, found_rows = read_municipalities(source, mergers)
    if table.problems.has_errors:
        if path is None and not shipped:
            # Named by the environment, not on the command line: say where the name came from.
            said = _Said(DataError(table.problems))
            raise InputError("err.env_file", variable=MUNICIPALITIES_ENV, error=said)
        raise DataError(table.problems)
    return MunicipalityData(
        [m for _, m in found_rows],
        mergers,
        str(source),
        shipped=shipped,
        territory=territory,
        deelgemeenten=parts,
    )


class _Said:
    """An error's message as a parameter of another message, in that message's language."""

    def __init__(self, error: LekpError) -> None:
        self.error = error

    def localize(self, lang: str) -> str:
        """The error's message in `lang`."""
        return self.error.message(lang)


def load_realisations(
    path: Path | str, indicators: Iterable[str], *, today: date | None = None
) -> list[Realisation]:
    """A realisations file, checked; warnings pass, an error raises `DataError`."""
    table, rows = read_realisations(path, indicators, today=today, allow_stdin=True)
    if table.problems.has_errors:
        raise DataError(table.problems)
    return rows


def load_points(path: Path | str, *, today: date | None = None) -> list[ChargingPoint]:
    """A list of charging points, checked; warnings pass, an error raises `DataError`."""
    from .laadpunten import read_points

    table, points = read_points(path, today=today, allow_stdin=True)
    if table.problems.has_errors:
        raise DataError(table.problems)
    return points


def load_baseline(path: Path | str) -> Baseline:
    """A baseline file, checked."""
    table, baseline = read_baseline(path)
    if baseline is None or table.problems.has_errors:
        raise DataError(table.problems)
    return baseline


def load_gemeenten_list(path: Path | str) -> list[Query]:
    """The entries of a gemeenten list file (`-` reads standard input)."""
    problems, found = read_gemeenten_list(path)
    if problems.has_errors:
        raise DataError(problems)
    return found
