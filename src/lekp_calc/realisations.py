"""Realisations and baselines: what a gemeente reports it has done, and its own starting point.

A realisations file is a CSV with one row per indicator and year (`indicator, jaar, waarde`,
optionally `nis_code` so that one file holds several gemeenten, and `opmerking`), saved with
',' or ';' (Excel with Belgian settings), with or without a BOM. A row without a value is a
year not filled in yet, as in the template `lekp progress --template` writes. A baseline
file gives a gemeente's own CO2 of 2015 and energy use in a base year
(`grootheid, jaar, waarde`). Both are checked cell by cell like every other data file, by
the same functions `lekp check` uses.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataError, Severity, errors_in
from .models import PACT_END, PACT_START, Baseline, Realisation
from .names import closest

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .csvfile import CsvTable
    from .models import Municipality

REALISATION_REQUIRED = ["indicator", "jaar", "waarde"]
REALISATION_OPTIONAL = ["nis_code", "gemeente", "label", "eenheid", "opmerking"]
# The order the template writes; `gemeente`, `label` and `eenheid` help the person filling
# it in and are ignored when the file is read.
TEMPLATE_COLUMNS = ("nis_code", "gemeente", "indicator", "label", "eenheid", "jaar", "waarde", "opmerking")

BASELINE_REQUIRED = ["grootheid", "jaar", "waarde"]
BASELINE_OPTIONAL = ["eenheid", "opmerking"]
CO2, ENERGY = "co2", "energie"
CO2_BASE_YEAR = 2015


def parse_realisations(
    table: CsvTable, indicators: Iterable[str], *, today: date | None = None
) -> list[Realisation]:
    """Check and convert a realisations file; problems go to `table.problems`."""
    from .csvfile import check_header, decimal_cell, int_cell, nis_cell, text_cell

    columns = check_header(table, REALISATION_REQUIRED, optional=REALISATION_OPTIONAL)
    if columns is None:
        return []
    for name in REALISATION_OPTIONAL:
        columns.setdefault(name, -1)
    known = sorted(set(indicators))
    this_year = (today or date.today()).year
    rows: list[dict[str, object]] = []
    lines: list[int] = []
    seen: dict[tuple[str | None, str, int], int] = {}
    for line, cells in table.rows:
        if len(cells) != len(table.header):
            table.error(line, None, "C315", f"row has {len(cells)} cells, the header has {len(table.header)}")
            continue
        if not cells[columns["waarde"]].strip():
            continue  # a year not filled in yet
        before = len(table.problems)
        key = text_cell(table, line, columns["indicator"], "indicator", cells[columns["indicator"]])
        year = int_cell(table, line, columns["jaar"], "jaar", cells[columns["jaar"]])
        value = decimal_cell(table, line, columns["waarde"], "waarde", cells[columns["waarde"]])
        nis = None
        if columns["nis_code"] >= 0:
            nis = nis_cell(table, line, columns["nis_code"], "nis_code", cells[columns["nis_code"]])
        if key is not None and key not in known:
            suggestions = closest(key, known)
            hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
            table.error(line, columns["indicator"], "R601", f"unknown indicator {key!r}{hint}")
        if year is not None:
            if not PACT_START <= year <= PACT_END:
                table.error(
                    line,
                    columns["jaar"],
                    "R602",
                    f"jaar {year} is outside the pact period {PACT_START}-{PACT_END}",
                )
            elif year > this_year:
                table.add(
                    line,
                    columns["jaar"],
                    Severity.WARNING,
                    "R604",
                    f"jaar {year} lies in the future: a realisation is reported after the fact",
                )
        if len(table.problems) != before and errors_in(table.problems[before:]):
            continue
        assert key is not None and year is not None and value is not None
        ident = (nis, key, year)
        if ident in seen:
            where = f" for {nis}" if nis else ""
            table.error(
                line,
                columns["indicator"],
                "R603",
                f"{key} {year}{where} appears twice (first on line {seen[ident]}); "
                "add the values up in one row",
            )
            continue
        seen[ident] = line
        note = cells[columns["opmerking"]].strip() if columns["opmerking"] >= 0 else ""
        rows.append(
            {"indicator": key, "jaar": year, "waarde": value, "nis_code": nis, "opmerking": note or None}
        )
        lines.append(line)
    return table.build(Realisation, rows, lines)


def load_realisations(
    path: Path, indicators: Iterable[str], *, today: date | None = None
) -> list[Realisation]:
    """Read and check a realisations file; raise `DataError` on any error (warnings pass)."""
    from .csvfile import read_csv

    table = read_csv(path, allow_semicolon=True)
    found = parse_realisations(table, indicators, today=today) if not table.problems else []
    if errors_in(table.problems):
        raise DataError(table.problems)
    return found


def for_gemeente(realisations: Iterable[Realisation], municipality: Municipality) -> list[Realisation]:
    """The rows of one gemeente: rows without a NIS code, and rows of its code or of a
    pre-2025 gemeente it was formed from (their realisations count towards its targets)."""
    codes = {municipality.nis_code, *municipality.predecessor_nis_codes}
    return [r for r in realisations if r.nis_code is None or r.nis_code in codes]


def parse_baseline(table: CsvTable) -> Baseline | None:
    """Check and convert a baseline file; problems go to `table.problems`."""
    from .csvfile import check_header, decimal_cell, int_cell, text_cell
    from .validation import validate

    columns = check_header(table, BASELINE_REQUIRED, optional=BASELINE_OPTIONAL)
    if columns is None:
        return None
    values: dict[str, object] = {}
    seen: dict[str, int] = {}
    for line, cells in table.rows:
        if len(cells) != len(table.header):
            table.error(line, None, "C315", f"row has {len(cells)} cells, the header has {len(table.header)}")
            continue
        quantity = text_cell(table, line, columns["grootheid"], "grootheid", cells[columns["grootheid"]])
        year = int_cell(table, line, columns["jaar"], "jaar", cells[columns["jaar"]])
        value = decimal_cell(table, line, columns["waarde"], "waarde", cells[columns["waarde"]])
        if quantity is None:
            continue
        quantity = quantity.strip().lower()
        if quantity not in (CO2, ENERGY):
            table.error(
                line,
                columns["grootheid"],
                "B701",
                f"unknown grootheid {quantity!r}: use 'co2' (tonnes CO2 in {CO2_BASE_YEAR}) or "
                "'energie' (MWh primary energy in a base year)",
            )
            continue
        if quantity in seen:
            table.error(
                line,
                columns["grootheid"],
                "B703",
                f"{quantity} appears twice (first on line {seen[quantity]})",
            )
            continue
        seen[quantity] = line
        if year is None or value is None:
            continue
        if quantity == CO2:
            if year != CO2_BASE_YEAR:
                table.error(
                    line,
                    columns["jaar"],
                    "B702",
                    f"the CO2 baseline of the pact is {CO2_BASE_YEAR}, not {year}",
                )
                continue
            values["co2_2015"] = value
        else:
            if not 2000 <= year <= PACT_END:
                table.error(
                    line,
                    columns["jaar"],
                    "B704",
                    f"energy base year {year} is not between 2000 and {PACT_END}",
                )
                continue
            values["energy_base_year"] = year
            values["energy"] = value
    if errors_in(table.problems):
        return None
    if not values:
        table.error(None, None, "B705", "the baseline gives neither 'co2' nor 'energie'")
        return None
    baseline, details = validate(Baseline, values)
    for detail in details:
        table.error(None, None, "C304", f"{'.'.join(map(str, detail['loc']))}: {detail['msg']}")
    return baseline


def load_baseline(path: Path) -> Baseline:
    """Read and check a baseline file; raise `DataError` on any error."""
    from .csvfile import read_csv

    table = read_csv(path, allow_semicolon=True)
    baseline = parse_baseline(table) if not table.problems else None
    if baseline is None or errors_in(table.problems):
        raise DataError(table.problems)
    return baseline


def is_realisations_header(names: set[str]) -> bool:
    """True for the header of a realisations file."""
    return set(REALISATION_REQUIRED) <= names


def is_baseline_header(names: set[str]) -> bool:
    """True for the header of a baseline file."""
    return "grootheid" in names
