"""Load the municipality CSV and the 2025 merger mapping, and find a gemeente by name or code.

Parsing collects every problem with its line and column (the same functions serve
`lekp check`); a loader raises `DataError` when any of them is an error. Rows that pass
the cell checks are validated by pydantic into `models.Municipality` / `models.Merger`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataError, InputError, errors_in
from .models import Merger, Municipality
from .names import closest, normalize

if TYPE_CHECKING:
    from .csvfile import CsvTable

POPULATION_COLUMN = re.compile(r"population_(\d{4})")
MUNICIPALITY_COLUMNS = [
    "nis_code",
    "name_nl",
    "arrondissement_nis",
    "arrondissement_nl",
    "province_nis",
    "province_nl",
    "dwellings_census_2021",
    "predecessor_nis_codes",
]
MERGER_COLUMNS = [
    "old_nis_code",
    "old_name_nl",
    "old_arrondissement_nis",
    "old_province_nis",
    "new_nis_code",
    "new_name_nl",
    "merged_2025",
    "effective_date",
]
MERGER_DATE = "1 January 2025"
TERRITORY_2025, TERRITORY_2024 = "2025", "2024"
# The shipped file of each territory: the 285 gemeenten from 2025, the 300 before.
TERRITORY_FILES = {TERRITORY_2025: "municipalities.csv", TERRITORY_2024: "municipalities_2024.csv"}


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


# --- the merger mapping ------------------------------------------------------------------


def parse_mergers(table: CsvTable) -> list[Merger]:
    """Check and convert the merger mapping's rows; problems go to `table.problems`."""
    from .csvfile import check_header, nis_cell, text_cell

    columns = check_header(table, MERGER_COLUMNS)
    if columns is None:
        return []
    rows: list[dict[str, object]] = []
    lines: list[int] = []
    seen: dict[str, int] = {}
    for line, cells in table.rows:
        if len(cells) != len(table.header):
            table.error(
                line,
                None,
                "C315",
                f"row has {len(cells)} cells, the header has {len(table.header)}",
            )
            continue
        cell = {name: cells[i] for name, i in columns.items()}
        old = nis_cell(table, line, columns["old_nis_code"], "old_nis_code", cell["old_nis_code"])
        new = nis_cell(table, line, columns["new_nis_code"], "new_nis_code", cell["new_nis_code"])
        arr = nis_cell(
            table,
            line,
            columns["old_arrondissement_nis"],
            "old_arrondissement_nis",
            cell["old_arrondissement_nis"],
        )
        prov = nis_cell(
            table, line, columns["old_province_nis"], "old_province_nis", cell["old_province_nis"]
        )
        old_name = text_cell(table, line, columns["old_name_nl"], "old_name_nl", cell["old_name_nl"])
        new_name = text_cell(table, line, columns["new_name_nl"], "new_name_nl", cell["new_name_nl"])
        merged = _bool_cell(table, line, columns["merged_2025"], cell["merged_2025"])
        effective = _date_cell(table, line, columns["effective_date"], cell["effective_date"])
        if old is not None:
            _check_geography(
                table,
                line,
                old,
                arr,
                prov,
                columns["old_arrondissement_nis"],
                columns["old_province_nis"],
            )
            if old in seen:
                table.error(
                    line,
                    columns["old_nis_code"],
                    "C308",
                    f"NIS code {old} appears twice (first on line {seen[old]})",
                )
                continue
            seen[old] = line
        if None in (old, new, arr, prov, old_name, new_name, merged, effective):
            continue
        rows.append(
            {
                "old_nis_code": old,
                "old_name_nl": old_name,
                "old_arrondissement_nis": arr,
                "old_province_nis": prov,
                "new_nis_code": new,
                "new_name_nl": new_name,
                "merged_2025": merged,
                "effective_date": effective,
            }
        )
        lines.append(line)
    return table.build(Merger, rows, lines)


def _bool_cell(table: CsvTable, line: int, index: int, value: str) -> bool | None:
    lowered = value.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    table.error(line, index, "C316", f"merged_2025 {value!r} must be True or False")
    return None


def _date_cell(table: CsvTable, line: int, index: int, value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        table.error(line, index, "C316", f"effective_date {value!r} is not a date (YYYY-MM-DD)")
        return None


def _check_geography(
    table: CsvTable,
    line: int,
    nis: str,
    arr: str | None,
    prov: str | None,
    arr_index: int,
    prov_index: int,
) -> None:
    """The arrondissement and province codes must agree with the NIS code's digits."""
    if arr is not None and arr != arrondissement_for(nis):
        table.error(
            line,
            arr_index,
            "C311",
            f"arrondissement {arr} does not match NIS code {nis} (expected {arrondissement_for(nis)})",
        )
    expected = province_for(nis)
    if prov is not None and prov != expected:
        wanted = f"expected {expected}" if expected else "its digits are not those of a Flemish province"
        table.error(line, prov_index, "C312", f"province {prov} does not match NIS code {nis} ({wanted})")


# --- the municipalities -------------------------------------------------------------------


def parse_municipalities(table: CsvTable, mergers: list[Merger] | None = None) -> list[Municipality]:
    """Check and convert the municipality rows; problems go to `table.problems`.

    With the merger mapping, every predecessor code must be the gemeente's own code or an
    old code of the mapping.
    """
    from .csvfile import check_header, int_cell, nis_cell, text_cell

    columns = check_header(table, MUNICIPALITY_COLUMNS, optional_pattern=POPULATION_COLUMN)
    if columns is None:
        return []
    years = sorted(
        (int(match.group(1)), index)
        for name, index in columns.items()
        if (match := POPULATION_COLUMN.fullmatch(name))
    )
    if not years:
        table.error(1, None, "C301", "missing population columns (population_YYYY, one per year)")
        return []
    old_codes = {m.old_nis_code for m in mergers} if mergers is not None else None

    rows: list[dict[str, object]] = []
    lines: list[int] = []
    seen_codes: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    # Each arrondissement and province code must carry one name throughout the file.
    region_names: dict[tuple[str, str], tuple[str, int]] = {}
    width = len(table.header)
    for line, cells in table.rows:
        if len(cells) != width:
            table.error(line, None, "C315", f"row has {len(cells)} cells, the header has {width}")
            continue
        before = len(table.problems)
        nis = nis_cell(table, line, columns["nis_code"], "nis_code", cells[columns["nis_code"]])
        name = text_cell(table, line, columns["name_nl"], "name_nl", cells[columns["name_nl"]])
        arr = nis_cell(
            table,
            line,
            columns["arrondissement_nis"],
            "arrondissement_nis",
            cells[columns["arrondissement_nis"]],
        )
        arr_name = text_cell(
            table,
            line,
            columns["arrondissement_nl"],
            "arrondissement_nl",
            cells[columns["arrondissement_nl"]],
        )
        prov = nis_cell(table, line, columns["province_nis"], "province_nis", cells[columns["province_nis"]])
        prov_name = text_cell(
            table, line, columns["province_nl"], "province_nl", cells[columns["province_nl"]]
        )
        population = {
            year: int_cell(table, line, index, f"population_{year}", cells[index]) for year, index in years
        }
        dwellings = int_cell(
            table,
            line,
            columns["dwellings_census_2021"],
            "dwellings_census_2021",
            cells[columns["dwellings_census_2021"]],
        )
        predecessors = _predecessors(table, line, columns["predecessor_nis_codes"], cells, nis, old_codes)
        for level, code, region, column in (
            ("arrondissement", arr, arr_name, "arrondissement_nl"),
            ("province", prov, prov_name, "province_nl"),
        ):
            if code is None or region is None:
                continue
            first = region_names.setdefault((level, code), (region, line))
            if first[0] != region:
                table.error(
                    line,
                    columns[column],
                    "C317",
                    f"{level} {code} is called {region!r} here but {first[0]!r} on line {first[1]}",
                )
        if nis is not None:
            _check_geography(
                table, line, nis, arr, prov, columns["arrondissement_nis"], columns["province_nis"]
            )
            if nis in seen_codes:
                table.error(
                    line,
                    columns["nis_code"],
                    "C308",
                    f"NIS code {nis} appears twice (first on line {seen_codes[nis]})",
                )
            else:
                seen_codes[nis] = line
        if name is not None:
            key = normalize(name)
            if key in seen_names:
                table.error(
                    line,
                    columns["name_nl"],
                    "C309",
                    f"name {name!r} appears twice (first on line {seen_names[key]})",
                )
            else:
                seen_names[key] = line
        if len(table.problems) != before:
            continue
        rows.append(
            {
                "nis_code": nis,
                "name_nl": name,
                "arrondissement_nis": arr,
                "arrondissement_nl": arr_name,
                "province_nis": prov,
                "province_nl": prov_name,
                "population": population,
                "dwellings_census_2021": dwellings,
                "predecessor_nis_codes": predecessors,
            }
        )
        lines.append(line)
    return table.build(Municipality, rows, lines)


def _predecessors(
    table: CsvTable,
    line: int,
    index: int,
    cells: list[str],
    nis: str | None,
    old_codes: set[str] | None,
) -> tuple[str, ...] | None:
    raw = cells[index].strip()
    if not raw:
        table.error(
            line,
            index,
            "C303",
            "empty cell in column 'predecessor_nis_codes' (list at least the gemeente's own code)",
        )
        return None
    codes = tuple(part.strip() for part in raw.split(";"))
    for code in codes:
        if not re.fullmatch(r"\d{5}", code):
            table.error(line, index, "C310", f"predecessor_nis_codes: {code!r} is not a five-digit NIS code")
            return None
        if old_codes is not None and code != nis and code not in old_codes:
            table.error(
                line,
                index,
                "C313",
                f"predecessor code {code} is neither this gemeente's own code "
                "nor a gemeente of the merger mapping",
            )
            return None
    return codes


# --- the loaded data -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolution:
    """A gemeente found for what the user typed, with a note when a merger was followed."""

    municipality: Municipality
    note: str | None = None


class MunicipalityData:
    """All gemeenten of one territory, the merger mapping, and lookups by name or code."""

    def __init__(
        self,
        municipalities: list[Municipality],
        mergers: list[Merger],
        source: str,
        *,
        shipped: bool = False,
        territory: str = TERRITORY_2025,
    ) -> None:
        self.territory = territory
        self.municipalities = tuple(municipalities)
        self.mergers = tuple(mergers)
        self.source = source
        # Messages name the file only when the user chose it; the shipped path is noise.
        self._in_source = "" if shipped else f" in {source}"
        self.by_nis = {m.nis_code: m for m in self.municipalities}
        self._mergers_by_old = {r.old_nis_code: r for r in self.mergers}
        years: set[int] = set()
        for municipality in self.municipalities:
            years.update(municipality.population)
        self.years = tuple(sorted(years))

    # Name indexes are built on the first lookup by name: `--alle` never needs them.
    @cached_property
    def _by_name(self) -> dict[str, Municipality]:
        return {normalize(m.name_nl): m for m in self.municipalities}

    @cached_property
    def _mergers_by_name(self) -> dict[str, Merger]:
        return {normalize(r.old_name_nl): r for r in self.mergers}

    @cached_property
    def _successors(self) -> dict[str, list[Merger]]:
        """On the 2024 territory, a 2025 name or code is explained by its predecessors."""
        successors: dict[str, list[Merger]] = {}
        for merger in self.mergers:
            if merger.old_nis_code != merger.new_nis_code:
                successors.setdefault(merger.new_nis_code, []).append(merger)
                successors.setdefault(normalize(merger.new_name_nl), []).append(merger)
        return successors

    @property
    def latest_year(self) -> int:
        """The newest population year in the data."""
        return self.years[-1]

    def provinces(self) -> list[str]:
        """Province names, in NIS-code order."""
        seen: dict[str, str] = {}
        for municipality in self.municipalities:
            seen.setdefault(municipality.province_nis, municipality.province_nl)
        return [seen[code] for code in sorted(seen)]

    def province(self, query: str) -> str:
        """The province matching a name (or a province NIS code)."""
        key = normalize(query)
        for municipality in self.municipalities:
            if key in (normalize(municipality.province_nl), municipality.province_nis):
                return municipality.province_nl
        raise InputError(
            f"unknown provincie {query!r}{self._in_source}; choose one of: {', '.join(self.provinces())}"
        )

    def in_province(self, province: str) -> list[Municipality]:
        """The gemeenten of a province (the name as returned by `province`)."""
        return [m for m in self.municipalities if m.province_nl == province]

    def resolve(self, query: str) -> Resolution:
        """Find a gemeente by name or NIS code, following the 2025 mergers.

        On the 2025 territory a pre-2025 name or code resolves to the gemeente it now
        belongs to; on the 2024 territory a 2025 merger is explained by its predecessors.
        """
        text = query.strip()
        is_code = re.fullmatch(r"\d{5}", text) is not None
        key = text if is_code else normalize(text)
        found = self.by_nis.get(text) if is_code else self._by_name.get(key)
        if found is not None:
            return Resolution(found)
        merger = (self._mergers_by_old if is_code else self._mergers_by_name).get(key)
        if merger is not None and merger.new_nis_code in self.by_nis:
            return self._via_merger(merger)
        successors = self._successors.get(key)
        if successors and all(m.old_nis_code in self.by_nis for m in successors):
            olds = ", ".join(f"{m.old_name_nl} ({m.old_nis_code})" for m in successors)
            raise InputError(
                f"{successors[0].new_name_nl} ({successors[0].new_nis_code}) exists from {MERGER_DATE}; "
                f"on the {self.territory} territory it is {olds}: name one of those, or use "
                f"--grondgebied {TERRITORY_2025}"
            )
        if is_code:
            raise InputError(f"no gemeente with NIS code {text}{self._in_source} (see `lekp gemeenten`)")
        names = [m.name_nl for m in self.municipalities] + [r.old_name_nl for r in self.mergers]
        suggestions = closest(text, names)
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        raise InputError(f"unknown gemeente {query!r}{self._in_source}{hint} (see `lekp gemeenten`)")

    def _via_merger(self, merger: Merger) -> Resolution:
        new = self.by_nis[merger.new_nis_code]
        if merger.old_nis_code == new.nis_code:
            return Resolution(new)
        note = (
            f"{merger.old_name_nl} ({merger.old_nis_code}) has been part of {new.name_nl} "
            f"({new.nis_code}) since {MERGER_DATE}; showing the targets of {new.name_nl}"
        )
        return Resolution(new, note)

    def old_name(self, nis_code: str) -> str:
        """The name of a pre-2025 gemeente by its old code (the code itself if unknown)."""
        merger = self._mergers_by_old.get(nis_code)
        return merger.old_name_nl if merger is not None else nis_code

    def search(self, query: str) -> list[Municipality]:
        """Gemeenten whose name, or a pre-2025 name of their territory, contains `query`
        (folded), or whose NIS code starts with it."""
        key = normalize(query)
        code = query.strip()

        def matches(m: Municipality) -> bool:
            names = [m.name_nl, *(self.old_name(c) for c in m.predecessor_nis_codes)]
            return m.nis_code.startswith(code) or any(key in normalize(name) for name in names)

        return [m for m in self.municipalities if matches(m)]


def read_gemeenten_file(path: Path) -> list[tuple[str, str]]:
    """The gemeenten listed in a text file, one name or NIS code a line, as (where, query).

    `where` is `path:line`, for error messages. Blank lines and text after '#' are ignored,
    so a list can carry its own comments.
    """
    from .errors import Problem, Severity
    from .textfile import read_text

    problems: list[Problem] = []
    text = read_text(path, problems)
    if text is None:
        raise DataError(problems)
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        query = line.split("#", 1)[0].strip()
        if query:
            found.append((f"{path}:{number}", query))
    if not found:
        raise DataError([Problem(str(path), None, None, Severity.ERROR, "F102", "lists no gemeente")])
    return found


def default_municipalities_path(territory: str = TERRITORY_2025) -> Path:
    """The municipality file shipped with lekp for a territory ('2025' or '2024')."""
    from .paths import data_file

    return data_file(TERRITORY_FILES[territory])


def default_mergers_path() -> Path:
    """The 2025 merger mapping shipped with lekp."""
    from .paths import data_file

    return data_file("mergers_2025.csv")


def load_mergers(path: Path | str | None = None) -> list[Merger]:
    """Read and validate a merger mapping; raise `DataError` on any error."""
    from .csvfile import read_csv

    table = read_csv(Path(path) if path is not None else default_mergers_path())
    mergers = parse_mergers(table) if not table.problems else []
    if errors_in(table.problems):
        raise DataError(table.problems)
    return mergers


def _validated_municipalities(source: Path, merger_source: Path) -> tuple[list[Municipality], list[Merger]]:
    from .csvfile import read_csv

    mergers = load_mergers(merger_source)
    table = read_csv(source)
    municipalities = parse_municipalities(table, mergers) if not table.problems else []
    if errors_in(table.problems):
        raise DataError(table.problems)
    return municipalities, mergers


def load_municipalities(
    path: Path | str | None = None,
    mergers_path: Path | str | None = None,
    *,
    territory: str = TERRITORY_2025,
) -> MunicipalityData:
    """Read and validate the municipalities and the merger mapping into `MunicipalityData`.

    Without a path, the shipped file of `territory`: '2025' (285 gemeenten, the default)
    or '2024' (the 300 gemeenten that signed the pact, populations up to 2024).
    """
    if territory not in TERRITORY_FILES:
        raise InputError(f"unknown territory {territory!r}; choose {', '.join(TERRITORY_FILES)}")
    from .cache import cached

    source = Path(path) if path is not None else default_municipalities_path(territory)
    merger_source = Path(mergers_path) if mergers_path is not None else default_mergers_path()
    municipalities, mergers = cached(
        "municipalities", [source, merger_source], lambda: _validated_municipalities(source, merger_source)
    )
    return MunicipalityData(municipalities, mergers, str(source), shipped=path is None, territory=territory)
