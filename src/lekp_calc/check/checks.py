"""`lekp check`: validate data files and report every problem, not only the first.

The per-file checks are exactly the ones the loaders of every command run (one validator:
the readers of `datafiles`). On top of them this module adds what only makes sense with
several files or as advice: the files against each other (merger mapping and
municipalities; deelgemeenten; catalogue headlines against the sum over all gemeenten)
and plausibility warnings. Codes can be ignored (`--ignore`, `[tool.lekp.check]`).
"""

from __future__ import annotations

import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..datafiles.gemeentelist import HEADERS as LIST_HEADERS
from ..datafiles.gemeentelist import read_gemeenten_list
from ..datafiles.municipalities import read_deelgemeenten, read_mergers, read_municipalities
from ..datafiles.realisations import gap_problems, read_baseline, read_realisations
from ..datafiles.schema import BASELINE, DEELGEMEENTEN, MERGERS, MUNICIPALITIES, REALISATIONS
from ..datafiles.table import EXPORT_COLUMNS, ParsedTable
from ..domain.model import Deelgemeente, Merger, Municipality
from ..domain.selection import MunicipalityData
from ..errors import InputError, UsageError
from ..messages import DEFAULT_LANG, Joined, Msg, Num
from ..numberformat import signed
from ..paths import CATALOGUE_FILE, DEELGEMEENTEN_FILE, MERGERS_FILE, TERRITORY_FILES, data_file
from ..strings import quote
from .codes import Code, Severity
from .problems import Problem, Problems

CATALOGUE, GEMEENTEN, UNKNOWN, EXPORTED = "catalogue", "gemeenten", "unknown", "exported"
DEFAULT_MAX_CHANGE = Decimal(5)  # percent change of population from one year to the next
DEFAULT_HEADLINE_TOLERANCE = Decimal(1)  # percent gap to a headline before it is reported
DWELLINGS_FACTOR = 4  # how far dwellings may stray from population / 2


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """How strict a check is, and which codes it ignores."""

    strict: bool = False
    skip_unknown: bool = False  # files that are no lekp input are passed over (a pre-commit hook)
    ignore: tuple[str, ...] = ()  # codes or code prefixes: 'W503', 'W'
    max_change: Decimal = DEFAULT_MAX_CHANGE
    headline_tolerance: Decimal = DEFAULT_HEADLINE_TOLERANCE

    def ignores(self, code: Code) -> bool:
        """True when `code` is one of the ignored codes or starts with an ignored prefix."""
        return any(code.name.startswith(prefix) for prefix in self.ignore)


def parse_ignore(values: Iterable[str], parameter: str = "ignore") -> tuple[str, ...]:
    """Codes or prefixes to ignore ('W503', 'W5', comma lists allowed); unknown ones are refused."""
    found: list[str] = []
    for value in values:
        for part in value.split(","):
            prefix = part.strip().upper()
            if not prefix:
                continue
            if not any(code.name.startswith(prefix) for code in Code):
                raise UsageError(parameter, "err.unknown_code_prefix", value=quote(part.strip()))
            found.append(prefix)
    return tuple(found)


@dataclass
class CheckedFile:
    """A file that was checked, and what kind of data it holds."""

    path: str
    kind: str


@dataclass
class CheckReport:
    """Every file checked and every problem found, in file and line order."""

    files: list[CheckedFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored: int = 0

    @property
    def errors(self) -> int:
        """Number of errors."""
        return sum(1 for p in self.problems if p.is_error)

    @property
    def warnings(self) -> int:
        """Number of warnings."""
        return len(self.problems) - self.errors

    @property
    def valid(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return self.errors == 0

    COLUMNS = ("path", "line", "column", "severity", "code", "message")

    def rows(self, lang: str = DEFAULT_LANG) -> Iterable[tuple[Any, ...]]:
        """One row per problem, in the order of COLUMNS."""
        for p in self.problems:
            yield (p.path, p.line, p.column, p.severity.value, p.code.name, p.message(lang))

    def records(self, lang: str = DEFAULT_LANG) -> list[dict[str, Any]]:
        """The problems as records (what `lekp check --format csv` writes)."""
        return [dict(zip(self.COLUMNS, row, strict=True)) for row in self.rows(lang)]

    def to_dict(self, lang: str = DEFAULT_LANG) -> dict[str, Any]:
        """The report as JSON-ready data (what `lekp check --format json` prints)."""
        return {
            "valid": self.valid,
            "errors": self.errors,
            "warnings": self.warnings,
            "ignored": self.ignored,
            "files": [{"path": f.path, "kind": f.kind} for f in self.files],
            "problems": self.records(lang),
        }


def _header_names(path: Path) -> set[str] | None:
    try:
        with path.open("rb") as handle:
            first = handle.readline(10_000).decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    return {part.strip().strip('"') for part in first.replace(";", ",").replace("\t", ",").split(",")}


def detect_kind(path: Path) -> str:
    """Recognise a data file by its extension and, for CSV, text or a workbook, its header."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return CATALOGUE
    if suffix == ".xlsx":
        return _workbook_kind(path)
    if suffix not in (".csv", ".txt"):
        return UNKNOWN
    if not _is_file(path):
        return MUNICIPALITIES.name if suffix == ".csv" else GEMEENTEN  # reading reports F101/F106/F107
    names = _header_names(path)
    if names is None or any("\x00" in name or "\ufffd" in name for name in names):
        # unreadable, or not UTF-8 (UTF-16, Latin-1): reading reports F103 or F106
        return MUNICIPALITIES.name if suffix == ".csv" else GEMEENTEN
    if names & EXPORT_COLUMNS:
        return EXPORTED
    # One column named 'gemeente' (or a comment first): a list, as --gemeenten-file reads it.
    first = next(iter(names)).strip().lower() if len(names) == 1 else ""
    if first in LIST_HEADERS or first.startswith("#"):
        return GEMEENTEN
    for resource in (MERGERS, DEELGEMEENTEN, REALISATIONS, BASELINE, MUNICIPALITIES):
        if resource.signature <= names:
            return resource.name
    if "nis_code" in names or any(name.startswith("population_") for name in names):
        return MUNICIPALITIES.name
    if suffix == ".txt":
        return GEMEENTEN
    if not names - {""}:
        return MUNICIPALITIES.name  # an empty .csv: reading reports F102
    return UNKNOWN


def _is_file(path: Path) -> bool:
    """True for a regular file; False for anything else, also when the name cannot be looked up."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:  # a name too long for the file system, a folder without permission …
        return False


def _workbook_kind(path: Path) -> str:
    """A workbook is realisations, a baseline or a gemeenten list by the header of its data sheet;
    one that lekp itself wrote (it has an 'Over'/'About' sheet) is output, not input."""
    if not _is_file(path):
        return REALISATIONS.name  # reading reports F101/F106/F107
    from ..datafiles.workbook import first_row

    found = first_row(path)
    if found is None:
        return REALISATIONS.name  # reading reports that it is no workbook
    sheets, header = found
    names = {name for name in header if name}
    for resource in (REALISATIONS, BASELINE):
        if resource.signature <= names:
            return resource.name
    if {"Over", "About"} & set(sheets):
        return EXPORTED
    # A list reads only the first column: a header naming it (or a single column) makes a list,
    # whatever notes stand beside it.
    if len(names) <= 1 or (header and str(header[0] or "").strip().lower() in LIST_HEADERS):
        return GEMEENTEN
    return UNKNOWN


def default_paths() -> list[Path]:
    """The shipped data files, as a user would type them when inside a checkout."""
    return [
        _shown(data_file(name))
        for name in (
            CATALOGUE_FILE,
            TERRITORY_FILES["2025"],
            TERRITORY_FILES["2024"],
            MERGERS_FILE,
            DEELGEMEENTEN_FILE,
        )
    ]


def _shown(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except (ValueError, OSError):  # elsewhere, or the working folder was removed
        return path


@dataclass
class _Checked:
    table: ParsedTable
    rows: list[tuple[int, Any]]


def run_checks(paths: Sequence[Path | str] | None = None, options: CheckOptions | None = None) -> CheckReport:
    """Check data files (by default the shipped ones) and return every problem found."""
    options = options or CheckOptions()
    chosen = [Path(p) for p in paths] if paths else default_paths()
    kinds = [(path, detect_kind(path)) for path in chosen]
    if options.skip_unknown:
        # Only a file that exists and is no lekp input is passed over; a missing one is still an error.
        kinds = [(path, kind) for path, kind in kinds if not (kind in (UNKNOWN, EXPORTED) and _is_file(path))]
    report = CheckReport(files=[CheckedFile(str(path), kind) for path, kind in kinds])
    problems: list[Problem] = []

    catalogues = []
    mergers: list[_Checked] = []
    parts: list[_Checked] = []
    for path, kind in kinds:
        if kind == CATALOGUE:
            from ..datafiles.catalogue import parse_catalogue_file

            catalogues.append(parse_catalogue_file(path))
        elif kind == MERGERS.name:
            mergers.append(_Checked(*read_mergers(path)))
        elif kind == DEELGEMEENTEN.name:
            parts.append(_Checked(*read_deelgemeenten(path)))
        elif kind in (UNKNOWN, EXPORTED):
            problems.extend(_not_input(path, kind))

    # Predecessor codes are checked against the mapping given with them, else the shipped one.
    valid_mergers = [m for m in mergers if not m.table.problems.has_errors]
    mapping: list[Merger] | None
    if valid_mergers:
        mapping = [merger for _, merger in valid_mergers[0].rows]
    elif mergers:
        mapping = None
    else:
        mapping = _shipped_mergers()
    municipalities = [
        _Checked(*read_municipalities(path, mapping)) for path, kind in kinds if kind == MUNICIPALITIES.name
    ]

    for parsed in catalogues:
        problems.extend(parsed.problems)
    problems.extend(_progress_files(kinds, catalogues))
    for checked in (*mergers, *parts):
        problems.extend(checked.table.problems)
    valid_municipalities = []
    for checked in municipalities:
        problems.extend(checked.table.problems)
        if not checked.table.problems.has_errors:
            valid_municipalities.append(checked)
            problems.extend(_plausibility(checked, options.max_change))
            for merger_file in valid_mergers:
                problems.extend(_against_mergers(checked, merger_file))
    for part_file in parts:
        if not part_file.table.problems.has_errors:
            problems.extend(_parts_against(part_file, valid_municipalities, mapping))
    if valid_municipalities:
        # The headlines are Flemish totals: reconciling them once, with the first file, is enough.
        for parsed in catalogues:
            if parsed.catalogue is not None:
                problems.extend(_headlines(parsed, valid_municipalities[0], options.headline_tolerance))
    for merger_file in valid_mergers:
        problems.extend(_territories(valid_municipalities, merger_file))

    kept = [p for p in problems if not options.ignores(p.code)]
    report.ignored = len(problems) - len(kept)
    if options.strict:
        kept = [replace(p, strict=True) if not p.is_error else p for p in kept]
    order = {str(path): index for index, (path, _) in enumerate(kinds)}
    kept.sort(key=lambda p: (order.get(p.path, len(order)), p.line or 0, p.column or 0))
    report.problems = kept
    return report


def _shipped_mergers() -> list[Merger] | None:
    from ..datafiles.load import load_mergers

    try:
        return load_mergers()
    except InputError:
        return None


def _not_input(path: Path, kind: str) -> list[Problem]:
    problems = Problems(str(path))
    if kind == EXPORTED:
        problems.add(Code.F105, "exported")
        return problems
    try:
        info = path.stat()
    except FileNotFoundError:
        problems.add(Code.F101, "not_found")
        return problems
    except OSError as error:  # a name too long, a folder without permission …
        problems.add(Code.F106, "unreadable", reason=error.strerror or type(error).__name__)
        return problems
    if stat.S_ISDIR(info.st_mode):
        problems.add(Code.F106, "is_directory")
    elif not stat.S_ISREG(info.st_mode):
        problems.add(Code.F107, "not_regular")  # a FIFO or a device: never opened
    elif path.suffix.lower() in (".xls", ".xlsm", ".ods"):
        problems.add(Code.F105, "workbook")
    else:
        problems.add(Code.F105, "unknown_kind")
    return problems


def _progress_files(kinds: list[tuple[Path, str]], catalogues: list[Any]) -> list[Problem]:
    """Realisations, baseline and gemeenten-list files, checked as the commands read them."""
    found: list[Problem] = []
    keys: list[str] | None = None
    deadlines: dict[str, int] = {}
    territories: list[MunicipalityData] | None = None
    for path, kind in kinds:
        if kind == BASELINE.name:
            table, _ = read_baseline(path)
            found.extend(table.problems)
        elif kind == REALISATIONS.name:
            if keys is None:
                keys = _indicator_keys(catalogues)
                deadlines = _deadlines(catalogues)
            table, rows = read_realisations(path, keys)
            if not table.problems.has_errors:
                gap_problems(table, rows, deadlines)
                territories = territories or _shipped_territories()
                _population_year(table, rows, territories[0])
            found.extend(table.problems)
            if not table.problems.has_errors:
                assert territories is not None
                found.extend(_realisation_codes(table, rows, territories))
        elif kind == GEMEENTEN:
            problems, queries = read_gemeenten_list(path, allow_stdin=False)
            found.extend(problems)
            territories = territories or _shipped_territories()
            for query in queries:
                try:
                    territories[0].resolve(query.text)
                except InputError as error:
                    found.append(
                        Problem(
                            str(path),
                            query.line,
                            1,
                            Code.G801,
                            "unknown_gemeente",
                            {"error": Msg(error.key, **error.params)},
                            sheet=problems.sheet,
                        )
                    )
    return found


def _shipped_territories() -> list[MunicipalityData]:
    from ..datafiles.load import load_municipalities

    return [load_municipalities(territory=t) for t in ("2025", "2024")]


def _realisation_codes(
    table: ParsedTable, rows: list[Any], territories: list[MunicipalityData]
) -> list[Problem]:
    """Every NIS code of a realisations file must be a gemeente of one of the territories."""
    known = {code for data in territories for code in data.by_nis} | {
        m.old_nis_code for m in territories[0].mergers
    }
    found = Problems(table.path, table.sheet)
    reported: set[str] = set()
    for row in rows:
        if row.nis_code is not None and row.nis_code not in known and row.nis_code not in reported:
            reported.add(row.nis_code)
            line = row.line
            found.add(
                Code.R605,
                "unknown_nis",
                line,
                table.column(line, table.columns.get("nis_code")),
                nis=row.nis_code,
            )
    return found


def _population_year(table: ParsedTable, rows: list[Any], data: MunicipalityData) -> None:
    """R608 for a recorded population year without population figures: progress would refuse it."""
    for row in rows:
        if row.bevolkingsjaar is not None:
            if row.bevolkingsjaar not in data.years:
                table.add(
                    Code.R608,
                    "population_year_unknown",
                    row.line,
                    "bevolkingsjaar",
                    year=row.bevolkingsjaar,
                    low=data.years[0],
                    high=data.years[-1],
                )
            return


def _deadlines(catalogues: list[Any]) -> dict[str, int]:
    """Each indicator's deadline under the newest pact version (what progress judges by default)."""
    catalogue = next((parsed.catalogue for parsed in catalogues if parsed.catalogue is not None), None)
    if catalogue is None:
        from ..datafiles.load import load_catalogue

        catalogue = load_catalogue()
    deadlines: dict[str, int] = {}
    for version in catalogue.versions:
        deadlines.update({i.key: i.deadline for i in catalogue.indicators_for(version)})
    return deadlines


def _indicator_keys(catalogues: list[Any]) -> list[str]:
    for parsed in catalogues:
        if parsed.catalogue is not None:
            keys: list[str] = parsed.catalogue.indicator_keys
            return keys
    from ..datafiles.load import load_catalogue

    return load_catalogue().indicator_keys


def _at(checked: _Checked, line: int, column: str, code: Code, key: str, /, **params: Any) -> Problem:
    """A problem at the cell of `column` on `line` of a checked file."""
    table = checked.table
    return Problem(table.path, line, table.column(line, table.columns.get(column)), code, key, params)


def _plausibility(data: _Checked, max_change: Decimal) -> list[Problem]:
    """Warnings for figures that are valid but unlikely: jumps and odd dwelling counts."""
    found: list[Problem] = []
    for line, municipality in data.rows:
        years = sorted(municipality.population)
        for previous, year in pairwise(years):
            before, after = municipality.population[previous], municipality.population[year]
            if before == 0:
                continue
            change = Decimal(after - before) * 100 / before
            if abs(change) > max_change:
                found.append(
                    _at(
                        data,
                        line,
                        f"population_{year}",
                        Code.W501,
                        "population_jump",
                        name=municipality.name_nl,
                        before=Num(before),
                        previous=previous,
                        after=Num(after),
                        year=year,
                        change=Msg("problem.percent", value=Num(change, 1), sign="+" if change > 0 else ""),
                        limit=Num(max_change),
                    )
                )
        population = municipality.population[years[-1]]
        dwellings = municipality.dwellings_census_2021
        half = Decimal(population) / 2
        if half and not half / DWELLINGS_FACTOR <= dwellings <= half * DWELLINGS_FACTOR:
            found.append(
                _at(
                    data,
                    line,
                    "dwellings_census_2021",
                    Code.W502,
                    "dwellings_odd",
                    name=municipality.name_nl,
                    dwellings=Num(dwellings),
                    population=Num(population),
                    year=years[-1],
                    half=Num(half.normalize()),
                    factor=DWELLINGS_FACTOR,
                )
            )
    return found


def _before_mergers(data: _Checked, mergers: _Checked) -> bool:
    """True when the file holds the pre-2025 territory: a code that only existed before."""
    new_codes = {m.new_nis_code for _, m in mergers.rows}
    old_codes = {m.old_nis_code for _, m in mergers.rows}
    return any(m.nis_code in old_codes and m.nis_code not in new_codes for _, m in data.rows)


def _against_mergers(data: _Checked, mergers: _Checked) -> list[Problem]:
    """The municipality file and the merger mapping must describe the same gemeenten.

    A 2025-territory file is compared with the mapping's new side (codes, names and the
    predecessors of each merged gemeente); a 2024-territory file with its old side.
    """
    if _before_mergers(data, mergers):
        return _against_old_side(data, mergers)
    found: list[Problem] = []
    by_nis = {m.nis_code: m for _, m in data.rows}
    expected: dict[str, set[str]] = {}
    for line, merger in mergers.rows:
        expected.setdefault(merger.new_nis_code, set()).add(merger.old_nis_code)
        target = by_nis.get(merger.new_nis_code)
        if target is None:
            found.append(
                _at(
                    mergers,
                    line,
                    "new_nis_code",
                    Code.X401,
                    "mapped_missing",
                    old=merger.old_name_nl,
                    old_code=merger.old_nis_code,
                    new_code=merger.new_nis_code,
                    file=data.table.path,
                )
            )
        elif target.name_nl != merger.new_name_nl:
            found.append(
                _at(
                    mergers,
                    line,
                    "new_name_nl",
                    Code.X403,
                    "other_name",
                    code=merger.new_nis_code,
                    name=quote(merger.new_name_nl),
                    other=quote(target.name_nl),
                    file=data.table.path,
                )
            )
    for line, municipality in data.rows:
        listed = set(municipality.predecessor_nis_codes)
        mapped = expected.get(municipality.nis_code, {municipality.nis_code})
        if listed != mapped:
            found.append(
                _at(
                    data,
                    line,
                    "predecessor_nis_codes",
                    Code.X402,
                    "predecessors",
                    name=municipality.name_nl,
                    listed=";".join(sorted(listed)),
                    file=mergers.table.path,
                    mapped=";".join(sorted(mapped)),
                )
            )
    return found


def _against_old_side(data: _Checked, mergers: _Checked) -> list[Problem]:
    """A pre-2025 file: every gemeente of the mapping's old side, under the same name."""
    found: list[Problem] = []
    by_nis = {m.nis_code: m for _, m in data.rows}
    mapped = {m.old_nis_code for _, m in mergers.rows}
    for line, merger in mergers.rows:
        gemeente = by_nis.get(merger.old_nis_code)
        if gemeente is None:
            found.append(
                _at(
                    mergers,
                    line,
                    "old_nis_code",
                    Code.X401,
                    "not_in_file",
                    name=merger.old_name_nl,
                    code=merger.old_nis_code,
                    file=data.table.path,
                )
            )
        elif gemeente.name_nl != merger.old_name_nl:
            found.append(
                _at(
                    mergers,
                    line,
                    "old_name_nl",
                    Code.X403,
                    "other_name",
                    code=merger.old_nis_code,
                    name=quote(merger.old_name_nl),
                    other=quote(gemeente.name_nl),
                    file=data.table.path,
                )
            )
    for line, municipality in data.rows:
        if municipality.nis_code not in mapped:
            found.append(
                _at(
                    data,
                    line,
                    "nis_code",
                    Code.X401,
                    "not_in_file",
                    name=municipality.name_nl,
                    code=municipality.nis_code,
                    file=mergers.table.path,
                )
            )
        elif municipality.predecessor_nis_codes != (municipality.nis_code,):
            found.append(
                _at(data, line, "predecessor_nis_codes", Code.X402, "old_own", name=municipality.name_nl)
            )
    return found


def _parts_against(
    parts: _Checked, municipalities: list[_Checked], mapping: list[Merger] | None
) -> list[Problem]:
    """Every deelgemeente belongs to a gemeente of the 2025 files given with it, under its name.

    Deelgemeenten describe the 2025 territory: a pre-2025 file (one with a code that the
    merger mapping says disappeared) is not compared.
    """
    gone = {m.old_nis_code for m in mapping or ()} - {m.new_nis_code for m in mapping or ()}
    by_nis: dict[str, tuple[Municipality, str]] = {}
    for checked in municipalities:
        if any(m.nis_code in gone for _, m in checked.rows):
            continue
        for _, municipality in checked.rows:
            by_nis.setdefault(municipality.nis_code, (municipality, checked.table.path))
    if not by_nis:
        return []
    files = Joined(sorted({path for _, path in by_nis.values()}))
    found: list[Problem] = []
    for line, part in parts.rows:
        part_row: Deelgemeente = part
        entry = by_nis.get(part_row.nis_code)
        if entry is None:
            found.append(
                _at(
                    parts,
                    line,
                    "nis_code",
                    Code.X405,
                    "part_gemeente",
                    part=part_row.name_nl,
                    code=part_row.nis_code,
                    file=files,
                )
            )
        elif entry[0].name_nl != part_row.gemeente_nl:
            found.append(
                _at(
                    parts,
                    line,
                    "name_nl",
                    Code.X403,
                    "other_name",
                    code=part_row.nis_code,
                    name=quote(part_row.gemeente_nl),
                    other=quote(entry[0].name_nl),
                    file=entry[1],
                )
            )
    return found


def _territories(files: list[_Checked], mergers: _Checked) -> list[Problem]:
    """A gemeente formed in 2025 must have, every year, the population of its predecessors."""
    before = [f for f in files if _before_mergers(f, mergers)]
    after = [f for f in files if not _before_mergers(f, mergers)]
    found: list[Problem] = []
    olds_of: dict[str, list[str]] = {}
    for _, merger in mergers.rows:
        olds_of.setdefault(merger.new_nis_code, []).append(merger.old_nis_code)
    for old_file in before:
        old = {m.nis_code: m for _, m in old_file.rows}
        for new_file in after:
            for line, gemeente in new_file.rows:
                parts = [old.get(code) for code in olds_of.get(gemeente.nis_code, [])]
                if not parts or any(part is None for part in parts):
                    continue
                present = [part for part in parts if part is not None]
                names = " + ".join(part.name_nl for part in present)
                for year in sorted(set(gemeente.population) & set(present[0].population)):
                    total = sum(part.population[year] for part in present)
                    if total != gemeente.population[year]:
                        found.append(
                            _at(
                                new_file,
                                line,
                                f"population_{year}",
                                Code.X404,
                                "population_sum",
                                name=gemeente.name_nl,
                                value=Num(gemeente.population[year]),
                                year=year,
                                names=names,
                                file=old_file.table.path,
                                total=Num(total),
                            )
                        )
                dwellings = sum(part.dwellings_census_2021 for part in present)
                if dwellings != gemeente.dwellings_census_2021:
                    found.append(
                        _at(
                            new_file,
                            line,
                            "dwellings_census_2021",
                            Code.X404,
                            "dwellings_sum",
                            name=gemeente.name_nl,
                            value=Num(gemeente.dwellings_census_2021),
                            names=names,
                            file=old_file.table.path,
                            total=Num(dwellings),
                        )
                    )
    return found


def _headlines(parsed: Any, data: _Checked, tolerance: Decimal) -> list[Problem]:
    """Reconcile each headline figure with the sum of the targets over all gemeenten.

    The sum uses the population of 1 January of the year the indicator's pact version
    was signed (the figures a headline was quoted from), or the nearest year in the data.
    """
    catalogue = parsed.catalogue
    years_of_versions = {v.version: v.year for v in catalogue.pact_versions}
    rows: list[Municipality] = [m for _, m in data.rows]
    data_years = sorted({year for m in rows for year in m.population})
    found: list[Problem] = []
    if not rows or not data_years:
        return found
    for index, indicator in enumerate(catalogue.indicators):
        headline = indicator.headline
        if headline is None:
            continue
        wanted = years_of_versions.get(indicator.pact, data_years[-1])
        year = min(data_years, key=lambda y: (abs(y - wanted), -y))
        if indicator.basis == "inwoners":
            basis = sum(m.population.get(year, 0) for m in rows)
            basis_text = Msg("problem.basis_inwoners", value=Num(basis), year=year)
        else:
            basis = sum(m.dwellings_census_2021 for m in rows)
            basis_text = Msg("problem.basis_wooneenheden", value=Num(basis))
        ratio = indicator.ratio.value
        total = basis * ratio
        gap = total - headline.value
        relative = gap * 100 / headline.value
        if abs(relative) <= tolerance:
            continue
        matches = headline.value / ratio
        line, column = parsed.position(("indicators", index, "headline"))
        found.append(
            Problem(
                parsed.path,
                line,
                column,
                Code.W503,
                "headline",
                {
                    "key": quote(indicator.key),
                    "version": indicator.pact,
                    "value": Num(headline.value),
                    "unit": indicator.unit,
                    "stated": quote(headline.stated),
                    "source": catalogue.source(headline.source).label(),
                    "count": Num(len(rows)),
                    "file": data.table.path,
                    "total": Num(total.normalize()),
                    "basis": basis_text,
                    "ratio": Num(ratio),
                    "gap": _Signed(gap.normalize()),
                    "relative": Msg(
                        "problem.percent", value=Num(relative, 1), sign="+" if relative > 0 else ""
                    ),
                    "matches": Num(matches.normalize()),
                    "basis_name": indicator.basis,
                },
            )
        )
    return found


class _Signed:
    """A signed number parameter: '+1.306,124'."""

    def __init__(self, value: Decimal) -> None:
        self.value = value

    def localize(self, lang: str) -> str:
        return signed(self.value, lang)


def _escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(problem: Problem, lang: str = DEFAULT_LANG) -> str:
    """A GitHub Actions workflow command that annotates the file and line."""
    properties = [f"file={_escape(problem.path, property_value=True)}"]
    if problem.line is not None:
        properties.append(f"line={problem.line}")
        if problem.column is not None:
            properties.append(f"col={problem.column}")
    properties.append(f"title={problem.code.name}")
    return f"::{problem.severity.value} {','.join(properties)}::{_escape(problem.message(lang))}"


__all__ = [
    "CheckOptions",
    "CheckReport",
    "Severity",
    "detect_kind",
    "format_github",
    "parse_ignore",
    "run_checks",
]
