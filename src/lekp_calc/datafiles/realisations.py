"""Realisations and baselines: what a gemeente reports it has done, and its own starting point.

A realisations file has one row per indicator and year (`indicator, jaar, waarde`,
optionally `nis_code` so that one file holds several gemeenten, and `opmerking`), saved
with ',' or ';' (Excel with Belgian settings), with or without a BOM. A row without a
value is a year not filled in yet, as in the template. A baseline file gives a gemeente's
own CO2 of 2015 and energy use in a base year (`grootheid, jaar, waarde`). The cells were
checked against their declarations (`schema.py`); the rules here span cells and rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..check.codes import Code
from ..domain.model import PACT_END, PACT_START, Baseline, Realisation
from ..domain.names import closest
from ..messages import Joined, Msg
from ..strings import quote
from .schema import BASELINE, REALISATIONS
from .table import ParsedTable, read_table

CO2, ENERGY = "co2", "energie"
CO2_YEAR, ENERGY_YEAR = "co2_jaar", "energie_jaar"  # what the gemeente measured in a pact year
QUANTITIES = (CO2, ENERGY, CO2_YEAR, ENERGY_YEAR)
CO2_BASE_YEAR = 2015
ENERGY_FIRST_YEAR = 2000


def parse_realisations(
    table: ParsedTable, indicators: Iterable[str], *, today: date | None = None
) -> list[Realisation]:
    """The filled-in rows of a realisations file as models; problems go to the table."""
    known = sorted(set(indicators))
    this_year = (today or date.today()).year
    found: list[Realisation] = []
    seen: dict[tuple[str | None, str, int], int] = {}
    recorded: tuple[int, int] | None = None  # (population year, line) of the first row that records one
    for row in table.rows:
        v = row.values
        population_year = v.get("bevolkingsjaar")
        if population_year is not None:
            # One file, one set of targets: a template records one population year on every row.
            if recorded is None:
                recorded = (population_year, row.line)
            elif population_year != recorded[0]:
                table.add(
                    Code.R608,
                    "population_years",
                    row.line,
                    "bevolkingsjaar",
                    year=population_year,
                    first=recorded[0],
                    line=recorded[1],
                )
        if v["waarde"] is None:
            continue  # a year not filled in yet
        line, key, year = row.line, v["indicator"], v["jaar"]
        ok = True
        if key not in known:
            suggestions = closest(key, known)
            hint = Msg("err.did_you_mean", names=Joined(suggestions)) if suggestions else ""
            table.add(Code.R601, "indicator", line, "indicator", value=quote(key), hint=hint)
            ok = False
        if not PACT_START <= year <= PACT_END:
            table.add(Code.R602, "year", line, "jaar", year=year, low=PACT_START, high=PACT_END)
            ok = False
        elif year > this_year:
            table.add(Code.R604, "future", line, "jaar", year=year)
        if not ok:
            continue
        nis = v.get("nis_code")
        ident = (nis, key, year)
        first = seen.setdefault(ident, line)
        if first != line:
            where = Msg("problem.for_gemeente", nis=nis) if nis else ""
            table.add(Code.R603, "twice", line, "indicator", key=key, year=year, where=where, first=first)
            continue
        where = f"{table.path}:{table.sheet}!A{line}" if table.sheet else f"{table.path}:{line}"
        found.append(
            Realisation(
                key, year, v["waarde"], nis, v.get("opmerking"), where, line, table.sheet, population_year
            )
        )
    return found


def gap_problems(
    table: ParsedTable, rows: list[Realisation], deadlines: dict[str, int], *, today: date | None = None
) -> None:
    """R607 for every gemeente × indicator with years that count but have no value: a year
    missing before its last reported year, or the indicator stopping before the last year the
    gemeente reported anything (never past the indicator's deadline, nor past this year).

    One warning per gemeente × indicator, at the indicator's last reported row, naming the
    missing years; the commands accept the file and show the gaps (`domain/progress.py`).
    """
    this_year = (today or date.today()).year
    per: dict[str | None, dict[str, dict[int, Realisation]]] = {}
    for row in rows:
        per.setdefault(row.nis_code, {}).setdefault(row.indicator, {})[row.jaar] = row
    for nis, indicators in per.items():
        last_any = min(max(year for years in indicators.values() for year in years), this_year)
        for key, years in indicators.items():
            deadline = deadlines.get(key, PACT_END)
            counted = range(PACT_START, min(last_any, deadline) + 1)
            missing = [year for year in counted if year not in years]
            reported = [year for year in counted if year in years]
            if not missing or not reported:
                continue
            last = years[reported[-1]]
            where = Msg("problem.for_gemeente", nis=nis) if nis else ""
            table.add(
                Code.R607,
                "gaps",
                last.line,
                "indicator",
                key=key,
                where=where,
                years=Joined(missing),
                last=reported[-1],
            )


def read_realisations(
    path: Path | str, indicators: Iterable[str], *, today: date | None = None, allow_stdin: bool = False
) -> tuple[ParsedTable, list[Realisation]]:
    """Read and check a realisations file."""
    table = read_table(path, REALISATIONS, allow_stdin=allow_stdin)
    if not table.rows_readable:
        return table, []
    # The rows whose cells passed are checked across rows even when others failed, so that one
    # run reports every problem of the file; nothing is returned while any problem stands.
    rows = parse_realisations(table, indicators, today=today)
    return table, [] if table.problems.has_errors else rows


def parse_baseline(table: ParsedTable) -> Baseline | None:
    """A baseline file as a model; problems go to the table."""
    values: dict[str, object] = {}
    actual: dict[str, dict[int, Decimal]] = {CO2_YEAR: {}, ENERGY_YEAR: {}}
    seen: dict[tuple[str, int | None], int] = {}
    for row in table.rows:
        v = row.values
        line = row.line
        quantity = v["grootheid"].strip().lower()
        if quantity not in QUANTITIES:
            table.add(Code.B701, "quantity", line, "grootheid", value=quote(quantity), year=CO2_BASE_YEAR)
            continue
        year, value = v["jaar"], v["waarde"]
        ident = (quantity, year if quantity in actual else None)
        first = seen.setdefault(ident, line)
        if first != line:
            table.add(Code.B703, "quantity_twice", line, "grootheid", quantity=quantity, first=first)
            continue
        if quantity in actual:
            if not PACT_START <= year <= PACT_END:
                table.add(Code.B704, "actual_year", line, "jaar", year=year, low=PACT_START, high=PACT_END)
                continue
            actual[quantity][year] = value
            continue
        if quantity == CO2:
            if year != CO2_BASE_YEAR:
                table.add(Code.B702, "co2_year", line, "jaar", year=year, base=CO2_BASE_YEAR)
                continue
            values["co2_2015"] = value
        else:
            if not ENERGY_FIRST_YEAR <= year <= PACT_END:
                table.add(
                    Code.B704, "energy_year", line, "jaar", year=year, low=ENERGY_FIRST_YEAR, high=PACT_END
                )
                continue
            values["energy_base_year"] = year
            values["energy"] = value
    if table.problems.has_errors:
        return None
    if not values:
        table.add(Code.B705, "nothing", None)
        return None
    return Baseline(
        co2_2015=values.get("co2_2015"),  # type: ignore[arg-type]
        energy_base_year=values.get("energy_base_year"),  # type: ignore[arg-type]
        energy=values.get("energy"),  # type: ignore[arg-type]
        energy_actual=actual[ENERGY_YEAR] or None,
        co2_actual=actual[CO2_YEAR] or None,
    )


def read_baseline(path: Path | str) -> tuple[ParsedTable, Baseline | None]:
    """Read and check a baseline file."""
    table = read_table(path, BASELINE)
    if not table.rows_readable:
        return table, None
    baseline = parse_baseline(table)  # as for realisations: every problem in one run
    return table, None if table.problems.has_errors else baseline
