"""`lekp check`: validate data files and report every problem, not only the first.

The per-file checks are exactly the ones the loaders of `lekp targets` run (one
validator: `parse_catalogue_file`, `parse_municipalities`, `parse_mergers`). On top of
them this module adds what only makes sense with several files or as advice: the files
against each other (merger mapping and municipalities; catalogue headlines against the
sum over all gemeenten) and plausibility warnings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from .catalogue import ParsedCatalogue, default_catalogue_path, parse_catalogue_file
from .csvfile import CsvTable, read_csv
from .errors import Problem, Severity, errors_in
from .models import Merger, Municipality
from .municipalities import (
    POPULATION_COLUMN,
    TERRITORY_2024,
    TERRITORY_2025,
    default_mergers_path,
    default_municipalities_path,
    parse_mergers,
    parse_municipalities,
)
from .realisations import is_baseline_header, is_realisations_header, parse_baseline, parse_realisations
from .render.numbers import human

CATALOGUE, MUNICIPALITIES, MERGERS, UNKNOWN = "catalogue", "municipalities", "mergers", "unknown"
REALISATIONS, BASELINE = "realisations", "baseline"
DEFAULT_MAX_CHANGE = Decimal(5)  # percent change of population from one year to the next
DEFAULT_HEADLINE_TOLERANCE = Decimal(1)  # percent gap to a headline before it is reported
DWELLINGS_FACTOR = 4  # how far dwellings may stray from population / 2


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

    @property
    def errors(self) -> int:
        """Number of errors."""
        return len(errors_in(self.problems))

    @property
    def warnings(self) -> int:
        """Number of warnings."""
        return len(self.problems) - self.errors

    @property
    def valid(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (what `lekp check --format json` prints)."""
        return {
            "valid": self.valid,
            "errors": self.errors,
            "warnings": self.warnings,
            "files": [{"path": f.path, "kind": f.kind} for f in self.files],
            "problems": [
                {
                    "path": p.path,
                    "line": p.line,
                    "column": p.column,
                    "severity": p.severity.value,
                    "code": p.code,
                    "message": p.message,
                }
                for p in self.problems
            ],
        }


def detect_kind(path: Path) -> str:
    """Recognise a data file by its extension and, for CSV, its header."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return CATALOGUE
    if suffix not in (".csv", ".txt"):
        return UNKNOWN
    try:
        with path.open("rb") as handle:
            first = handle.readline(10_000).decode("utf-8-sig", errors="replace")
    except OSError:
        return MUNICIPALITIES if suffix == ".csv" else UNKNOWN  # reading reports F101/F106
    names = {part.strip().strip('"') for part in first.replace(";", ",").replace("\t", ",").split(",")}
    if "old_nis_code" in names:
        return MERGERS
    if is_realisations_header(names):
        return REALISATIONS
    if is_baseline_header(names):
        return BASELINE
    if "nis_code" in names or any(POPULATION_COLUMN.fullmatch(name) for name in names):
        return MUNICIPALITIES
    if not first.strip():
        return MUNICIPALITIES  # an empty .csv: reading reports F102
    return UNKNOWN


@dataclass
class _Municipalities:
    table: CsvTable
    rows: list[Municipality]


@dataclass
class _Mergers:
    table: CsvTable
    rows: list[Merger]


def check_files(
    paths: list[Path] | None = None,
    *,
    strict: bool = False,
    max_change: Decimal = DEFAULT_MAX_CHANGE,
    headline_tolerance: Decimal = DEFAULT_HEADLINE_TOLERANCE,
) -> CheckReport:
    """Check data files (by default the shipped ones) and return every problem found.

    With `strict`, warnings count as errors.
    """
    if not paths:
        paths = [
            _shown(path)
            for path in (
                default_catalogue_path(),
                default_municipalities_path(TERRITORY_2025),
                default_municipalities_path(TERRITORY_2024),
                default_mergers_path(),
            )
        ]
    report = CheckReport()
    kinds = [(path, detect_kind(path)) for path in paths]
    report.files = [CheckedFile(str(path), kind) for path, kind in kinds]

    catalogues: list[ParsedCatalogue] = []
    merger_files: list[_Mergers] = []
    for path, kind in kinds:
        if kind == CATALOGUE:
            catalogues.append(parse_catalogue_file(path))
        elif kind == MERGERS:
            table = read_csv(path)
            merger_files.append(_Mergers(table, parse_mergers(table) if not table.problems else []))
        elif kind == UNKNOWN:
            report.problems.append(_unknown_kind(path))

    # Predecessor codes are checked against the mapping given with them, else the shipped one.
    mapping = next((m.rows for m in merger_files if not errors_in(m.table.problems)), None)
    if mapping is None and not merger_files:
        shipped = read_csv(default_mergers_path())
        mapping = parse_mergers(shipped) if not shipped.problems else None
    municipality_files: list[_Municipalities] = []
    for path, kind in kinds:
        if kind == MUNICIPALITIES:
            table = read_csv(path)
            rows = parse_municipalities(table, mapping) if not table.problems else []
            municipality_files.append(_Municipalities(table, rows))

    for parsed in catalogues:
        report.problems.extend(parsed.problems)
    report.problems.extend(_progress_files(kinds, catalogues))
    for merger_file in merger_files:
        report.problems.extend(merger_file.table.problems)
    valid_mergers = [m for m in merger_files if not errors_in(m.table.problems)]
    valid_municipalities = []
    for municipality_file in municipality_files:
        report.problems.extend(municipality_file.table.problems)
        if not errors_in(municipality_file.table.problems):
            valid_municipalities.append(municipality_file)
            report.problems.extend(_plausibility(municipality_file, max_change))
            for merger_file in valid_mergers:
                report.problems.extend(_against_mergers(municipality_file, merger_file))
    if valid_municipalities:
        # The headlines are Flemish totals: reconciling them once, with the first file, is enough.
        for parsed in catalogues:
            if parsed.catalogue is not None:
                report.problems.extend(_headlines(parsed, valid_municipalities[0], headline_tolerance))
    for merger_file in valid_mergers:
        report.problems.extend(_territories(valid_municipalities, merger_file))

    if strict:
        report.problems = [_as_error(p) for p in report.problems]
    order = {str(path): index for index, (path, _) in enumerate(kinds)}
    report.problems.sort(key=lambda p: (order.get(p.path, len(order)), p.line or 0, p.column or 0))
    return report


def _shown(path: Path) -> Path:
    """A shipped file as the user would type it: relative to the current folder if inside it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _signed(value: Decimal) -> str:
    return ("+" if value >= 0 else "-") + human(abs(value).normalize(), "en")


def _progress_files(kinds: list[tuple[Path, str]], catalogues: list[ParsedCatalogue]) -> list[Problem]:
    """Realisations and baseline files: indicator keys come from a catalogue checked with them,
    else from the shipped one."""
    found: list[Problem] = []
    keys: list[str] | None = None
    for path, kind in kinds:
        if kind not in (REALISATIONS, BASELINE):
            continue
        table = read_csv(path, allow_semicolon=True)
        if not table.problems:
            if kind == BASELINE:
                parse_baseline(table)
            else:
                if keys is None:
                    keys = _indicator_keys(catalogues)
                parse_realisations(table, keys)
        found.extend(table.problems)
    return found


def _indicator_keys(catalogues: list[ParsedCatalogue]) -> list[str]:
    for parsed in catalogues:
        if parsed.catalogue is not None:
            return [i.key for i in parsed.catalogue.indicators]
    from .catalogue import load_catalogue

    return [i.key for i in load_catalogue().indicators]


def _unknown_kind(path: Path) -> Problem:
    if not path.exists():
        return Problem(str(path), None, None, Severity.ERROR, "F101", "file not found")
    if path.is_dir():
        return Problem(str(path), None, None, Severity.ERROR, "F106", "is a directory, not a data file")
    hint = " (an Excel workbook: save it as CSV UTF-8)" if path.suffix.lower() in (".xlsx", ".xls") else ""
    return Problem(
        str(path),
        None,
        None,
        Severity.ERROR,
        "F105",
        f"not a lekp data file{hint}: expected a catalogue (.yaml) or a municipalities, mergers, "
        "realisations or baseline CSV",
    )


def _as_error(problem: Problem) -> Problem:
    if problem.severity is Severity.ERROR:
        return problem
    return Problem(
        problem.path,
        problem.line,
        problem.column,
        Severity.ERROR,
        problem.code,
        f"{problem.message} [--strict]",
    )


def _plausibility(data: _Municipalities, max_change: Decimal) -> list[Problem]:
    """Warnings for figures that are valid but unlikely: jumps and odd dwelling counts."""
    found: list[Problem] = []
    for line, municipality in zip(data.table.model_lines, data.rows, strict=True):
        years = sorted(municipality.population)
        for previous, year in pairwise(years):
            before, after = municipality.population[previous], municipality.population[year]
            if before == 0:
                continue
            change = Decimal(after - before) * 100 / before
            if abs(change) > max_change:
                found.append(
                    _at(
                        data.table,
                        line,
                        f"population_{year}",
                        "W501",
                        f"population of {municipality.name_nl} goes from {before} ({previous}) to "
                        f"{after} ({year}), {change:+.1f} %: more than {max_change} % in a year",
                        Severity.WARNING,
                    )
                )
        population = municipality.population[years[-1]]
        dwellings = municipality.dwellings_census_2021
        half = Decimal(population) / 2
        if half and not half / DWELLINGS_FACTOR <= dwellings <= half * DWELLINGS_FACTOR:
            found.append(
                _at(
                    data.table,
                    line,
                    "dwellings_census_2021",
                    "W502",
                    f"{municipality.name_nl} has {dwellings} dwellings for {population} inwoners "
                    f"({years[-1]}); expected roughly population / 2 = {half.normalize()} "
                    f"(within a factor {DWELLINGS_FACTOR})",
                    Severity.WARNING,
                )
            )
    return found


def _before_mergers(data: _Municipalities, mergers: _Mergers) -> bool:
    """True when the file holds the pre-2025 territory: a code that only existed before."""
    new_codes = {m.new_nis_code for m in mergers.rows}
    old_codes = {m.old_nis_code for m in mergers.rows}
    return any(m.nis_code in old_codes and m.nis_code not in new_codes for m in data.rows)


def _at(
    table: CsvTable, line: int, column: str, code: str, message: str, severity: Severity = Severity.ERROR
) -> Problem:
    """A problem at the cell of `column` on `line` of a checked file."""
    return Problem(table.path, line, table.column(line, table.header.index(column)), severity, code, message)


def _against_mergers(data: _Municipalities, mergers: _Mergers) -> list[Problem]:
    """The municipality file and the merger mapping must describe the same gemeenten.

    A 2025-territory file is compared with the mapping's new side (codes, names and the
    predecessors of each merged gemeente); a 2024-territory file with its old side.
    """
    if _before_mergers(data, mergers):
        return _against_old_side(data, mergers)
    found: list[Problem] = []
    by_nis = {m.nis_code: m for m in data.rows}
    expected: dict[str, set[str]] = {}
    for line, merger in zip(mergers.table.model_lines, mergers.rows, strict=True):
        expected.setdefault(merger.new_nis_code, set()).add(merger.old_nis_code)
        target = by_nis.get(merger.new_nis_code)
        if target is None:
            found.append(
                _at(
                    mergers.table,
                    line,
                    "new_nis_code",
                    "X401",
                    f"{merger.old_name_nl} ({merger.old_nis_code}) is mapped to {merger.new_nis_code}, "
                    f"which is not in {data.table.path}",
                )
            )
        elif target.name_nl != merger.new_name_nl:
            found.append(
                _at(
                    mergers.table,
                    line,
                    "new_name_nl",
                    "X403",
                    f"{merger.new_nis_code} is called {merger.new_name_nl!r} here but "
                    f"{target.name_nl!r} in {data.table.path}",
                )
            )
    for line, municipality in zip(data.table.model_lines, data.rows, strict=True):
        listed = set(municipality.predecessor_nis_codes)
        mapped = expected.get(municipality.nis_code, {municipality.nis_code})
        if listed != mapped:
            found.append(
                _at(
                    data.table,
                    line,
                    "predecessor_nis_codes",
                    "X402",
                    f"{municipality.name_nl} lists predecessors {';'.join(sorted(listed))}, but "
                    f"{mergers.table.path} maps {';'.join(sorted(mapped))} to it",
                )
            )
    return found


def _against_old_side(data: _Municipalities, mergers: _Mergers) -> list[Problem]:
    """A pre-2025 file: every gemeente of the mapping's old side, under the same name."""
    found: list[Problem] = []
    by_nis = {m.nis_code: m for m in data.rows}
    mapped = {m.old_nis_code for m in mergers.rows}
    for line, merger in zip(mergers.table.model_lines, mergers.rows, strict=True):
        gemeente = by_nis.get(merger.old_nis_code)
        if gemeente is None:
            found.append(
                _at(
                    mergers.table,
                    line,
                    "old_nis_code",
                    "X401",
                    f"{merger.old_name_nl} ({merger.old_nis_code}) is not in {data.table.path}",
                )
            )
        elif gemeente.name_nl != merger.old_name_nl:
            found.append(
                _at(
                    mergers.table,
                    line,
                    "old_name_nl",
                    "X403",
                    f"{merger.old_nis_code} is called {merger.old_name_nl!r} here but "
                    f"{gemeente.name_nl!r} in {data.table.path}",
                )
            )
    for line, municipality in zip(data.table.model_lines, data.rows, strict=True):
        if municipality.nis_code not in mapped:
            found.append(
                _at(
                    data.table,
                    line,
                    "nis_code",
                    "X401",
                    f"{municipality.name_nl} ({municipality.nis_code}) is not in {mergers.table.path}",
                )
            )
        elif municipality.predecessor_nis_codes != (municipality.nis_code,):
            found.append(
                _at(
                    data.table,
                    line,
                    "predecessor_nis_codes",
                    "X402",
                    f"{municipality.name_nl} is a pre-2025 gemeente: its only predecessor is itself",
                )
            )
    return found


def _territories(files: list[_Municipalities], mergers: _Mergers) -> list[Problem]:
    """A gemeente formed in 2025 must have, every year, the population of its predecessors.

    Compares a pre-2025 file with a 2025 file through the mapping: the sum of the old
    gemeenten's populations (and dwellings) must equal the new gemeente's, year by year.
    """
    before = [f for f in files if _before_mergers(f, mergers)]
    after = [f for f in files if not _before_mergers(f, mergers)]
    found: list[Problem] = []
    olds_of: dict[str, list[str]] = {}
    for merger in mergers.rows:
        olds_of.setdefault(merger.new_nis_code, []).append(merger.old_nis_code)
    for old_file in before:
        old = {m.nis_code: m for m in old_file.rows}
        for new_file in after:
            for line, gemeente in zip(new_file.table.model_lines, new_file.rows, strict=True):
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
                                new_file.table,
                                line,
                                f"population_{year}",
                                "X404",
                                f"{gemeente.name_nl} has {gemeente.population[year]} inwoners in {year}, but "
                                f"{names} in {old_file.table.path} have {total}",
                            )
                        )
                dwellings = sum(part.dwellings_census_2021 for part in present)
                if dwellings != gemeente.dwellings_census_2021:
                    found.append(
                        _at(
                            new_file.table,
                            line,
                            "dwellings_census_2021",
                            "X404",
                            f"{gemeente.name_nl} has {gemeente.dwellings_census_2021} dwellings, but "
                            f"{names} in {old_file.table.path} have {dwellings}",
                        )
                    )
    return found


def _headlines(parsed: ParsedCatalogue, data: _Municipalities, tolerance: Decimal) -> list[Problem]:
    """Reconcile each headline figure with the sum of the targets over all gemeenten.

    The sum uses the population of 1 January of the year the indicator's pact version
    was signed (the figures a headline was quoted from), or the nearest year in the data.
    """
    catalogue = parsed.catalogue
    assert catalogue is not None
    years_of_versions = {v.version: v.year for v in catalogue.pact_versions}
    data_years = sorted({year for m in data.rows for year in m.population})
    found: list[Problem] = []
    if not data.rows or not data_years:
        return found
    for index, indicator in enumerate(catalogue.indicators):
        headline = indicator.headline
        if headline is None:
            continue
        wanted = years_of_versions.get(indicator.pact, data_years[-1])
        year = min(data_years, key=lambda y: (abs(y - wanted), -y))
        if indicator.basis == "inwoners":
            basis = sum(m.population.get(year, 0) for m in data.rows)
            basis_text = f"{human(basis, 'en')} inwoners on 1 January {year}"
        else:
            basis = sum(m.dwellings_census_2021 for m in data.rows)
            basis_text = f"{human(basis, 'en')} wooneenheden (Census 2021)"
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
                Severity.WARNING,
                "W503",
                f"headline of {indicator.key!r} (pact {indicator.pact}): the catalogue states "
                f"{human(headline.value, 'en')} {indicator.unit} ({headline.stated!r}, {headline.source}); "
                f"the {len(data.rows)} gemeenten of {data.table.path} sum to {human(total, 'en')} "
                f"({basis_text} × {ratio}), a gap of {_signed(gap)} ({relative:+.1f} %). The headline "
                f"matches {human(matches.normalize(), 'en')} {indicator.basis}: it is a quoted "
                "figure, the targets are computed from the ratio",
            )
        )
    return found


def _escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(problem: Problem) -> str:
    """A GitHub Actions workflow command that annotates the file and line."""
    properties = [f"file={_escape(problem.path, property_value=True)}"]
    if problem.line is not None:
        properties.append(f"line={problem.line}")
        if problem.column is not None:
            properties.append(f"col={problem.column}")
    properties.append(f"title={problem.code}")
    return f"::{problem.severity.value} {','.join(properties)}::{_escape(problem.message)}"
