"""The municipality files: their rules across cells, and conversion into models.

The cells were checked against their declarations by `table.py`; what is checked here
spans cells or rows: unique codes and names, arrondissement and province codes that agree
with the NIS code, one name per region code, predecessor codes the merger mapping knows,
and deelgemeenten that name their gemeente correctly.
"""

from __future__ import annotations

from pathlib import Path

from ..check.codes import Code
from ..domain.model import Deelgemeente, Merger, Municipality
from ..domain.names import normalize
from ..strings import quote
from .schema import DEELGEMEENTEN, MERGERS, MUNICIPALITIES, POPULATION
from .table import ParsedTable, read_table


def province_for(nis_code: str) -> str | None:
    """The Flemish province code implied by a NIS code's digits, or None if not Flemish.

    Flemish NIS codes start with 1 (Antwerpen), 23/24 (Vlaams-Brabant), 3 (West-Vlaanderen),
    4 (Oost-Vlaanderen) or 7 (Limburg); 21 is Brussels and 25 Walloon Brabant.
    """
    first, second = nis_code[0], nis_code[1]
    if first == "2":
        return "20001" if second in "34" else None
    return {"1": "10000", "3": "30000", "4": "40000", "7": "70000"}.get(first)


def arrondissement_for(nis_code: str) -> str:
    """The arrondissement code implied by a NIS code: its first two digits, then 000."""
    return nis_code[:2] + "000"


def _check_geography(table: ParsedTable, line: int, nis: str, arr: str, prov: str, prefix: str = "") -> bool:
    """The arrondissement and province codes must agree with the NIS code's digits."""
    ok = True
    if arr != arrondissement_for(nis):
        table.add(
            Code.C311,
            "arrondissement",
            line,
            f"{prefix}arrondissement_nis",
            arr=arr,
            nis=nis,
            expected=arrondissement_for(nis),
        )
        ok = False
    expected = province_for(nis)
    if prov != expected:
        if expected is None:
            table.add(Code.C312, "province_not_flemish", line, f"{prefix}province_nis", prov=prov, nis=nis)
        else:
            table.add(
                Code.C312, "province", line, f"{prefix}province_nis", prov=prov, nis=nis, expected=expected
            )
        ok = False
    return ok


def parse_mergers(table: ParsedTable) -> list[tuple[int, Merger]]:
    """The merger mapping's rows as models, with their lines; problems go to the table."""
    found: list[tuple[int, Merger]] = []
    seen: dict[str, int] = {}
    for row in table.rows:
        v = row.values
        ok = _check_geography(
            table, row.line, v["old_nis_code"], v["old_arrondissement_nis"], v["old_province_nis"], "old_"
        )
        first = seen.setdefault(v["old_nis_code"], row.line)
        if first != row.line:
            table.add(Code.C308, "nis_twice", row.line, "old_nis_code", nis=v["old_nis_code"], first=first)
            ok = False
        if ok:
            found.append((row.line, Merger(**v)))
    return found


def parse_municipalities(
    table: ParsedTable, mergers: list[Merger] | None = None
) -> list[tuple[int, Municipality]]:
    """The municipality rows as models, with their lines; problems go to the table.

    With the merger mapping, every predecessor code must be the gemeente's own code or an
    old code of the mapping.
    """
    years = sorted(
        (int(match.group(1)), name) for name in table.header if (match := POPULATION.pattern.fullmatch(name))
    )
    old_codes = {m.old_nis_code for m in mergers} if mergers is not None else None
    found: list[tuple[int, Municipality]] = []
    seen_codes: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    # Each arrondissement and province code must carry one name throughout the file.
    region_names: dict[tuple[str, str], tuple[str, int]] = {}
    for row in table.rows:
        v = row.values
        line = row.line
        nis = v["nis_code"]
        ok = _check_geography(table, line, nis, v["arrondissement_nis"], v["province_nis"])
        for level, code, column in (
            ("arrondissement", v["arrondissement_nis"], "arrondissement_nl"),
            ("province", v["province_nis"], "province_nl"),
        ):
            region = v[column]
            first = region_names.setdefault((level, code), (region, line))
            if first[0] != region:
                table.add(
                    Code.C317,
                    f"{level}_names",
                    line,
                    column,
                    code=code,
                    name=quote(region),
                    other=quote(first[0]),
                    first=first[1],
                )
                ok = False
        first_line = seen_codes.setdefault(nis, line)
        if first_line != line:
            table.add(Code.C308, "nis_twice", line, "nis_code", nis=nis, first=first_line)
            ok = False
        key = normalize(v["name_nl"])
        first_line = seen_names.setdefault(key, line)
        if first_line != line:
            table.add(Code.C309, "name_twice", line, "name_nl", name=quote(v["name_nl"]), first=first_line)
            ok = False
        for code in v["predecessor_nis_codes"]:
            if old_codes is not None and code != nis and code not in old_codes:
                table.add(Code.C313, "predecessor", line, "predecessor_nis_codes", code=code)
                ok = False
                break
        if not ok:
            continue
        found.append(
            (
                line,
                Municipality(
                    nis_code=nis,
                    name_nl=v["name_nl"],
                    arrondissement_nis=v["arrondissement_nis"],
                    arrondissement_nl=v["arrondissement_nl"],
                    province_nis=v["province_nis"],
                    province_nl=v["province_nl"],
                    population={year: v[name] for year, name in years},
                    dwellings_census_2021=v["dwellings_census_2021"],
                    predecessor_nis_codes=v["predecessor_nis_codes"],
                ),
            )
        )
    return found


def parse_deelgemeenten(table: ParsedTable) -> list[tuple[int, Deelgemeente]]:
    """The deelgemeenten as models, with their lines; each code once."""
    found: list[tuple[int, Deelgemeente]] = []
    seen: dict[str, int] = {}
    for row in table.rows:
        v = row.values
        ok = True
        first = seen.setdefault(v["deelgemeente_code"], row.line)
        if first != row.line:
            table.add(
                Code.C323,
                "part_twice",
                row.line,
                "deelgemeente_code",
                code=v["deelgemeente_code"],
                first=first,
            )
            ok = False
        if ok:
            found.append(
                (
                    row.line,
                    Deelgemeente(v["deelgemeente_code"], v["deelgemeente_nl"], v["nis_code"], v["name_nl"]),
                )
            )
    return found


def read_mergers(path: Path | str) -> tuple[ParsedTable, list[tuple[int, Merger]]]:
    """Read and check a merger mapping."""
    table = read_table(path, MERGERS)
    return table, parse_mergers(table) if not table.problems.has_errors else []


def read_municipalities(
    path: Path | str, mergers: list[Merger] | None
) -> tuple[ParsedTable, list[tuple[int, Municipality]]]:
    """Read and check a municipality file (predecessors against `mergers` when given)."""
    table = read_table(path, MUNICIPALITIES)
    return table, parse_municipalities(table, mergers) if not table.problems.has_errors else []


def read_deelgemeenten(path: Path | str) -> tuple[ParsedTable, list[tuple[int, Deelgemeente]]]:
    """Read and check a deelgemeenten file."""
    table = read_table(path, DEELGEMEENTEN)
    return table, parse_deelgemeenten(table) if not table.problems.has_errors else []
