"""A population year from Statbel's own file: checked, carried to the territory, written with its origin.

`lekp data population FILE -o OUT` (and `Lekp.population_from_statbel`) reads Statbel's
population file (`statbel.py`), and writes the municipalities file in use — the shipped one
of the territory, `--municipalities`, or `LEKP_MUNICIPALITIES` — with the column
`population_<year>` added, or put right. What is checked before anything is written:

- the file itself: every row, every cell, each cell of the cross table once (`statbel.py`);
- its year: the file name, the name inside the zip or the sheet, a `CD_YEAR` column and
  `--jaar` must agree; lekp knows the gemeenten from 2019 on;
- its territory: a file of 2025 or later holds the 285 gemeenten of 2025, exactly; a file
  of 2019-2024 the 300 before the mergers, which are carried to the 2025 territory through
  the merger mapping (a merged gemeente's population is the sum of its predecessors, as
  `scripts/build_data.py` built the shipped figures) or written as they are on the 2024
  territory. Every Flemish code must be a gemeente of it, and none may be missing;
- the municipalities file: where it already holds that year, every gemeente must agree,
  or the differences are listed and nothing is written (`replace` takes Statbel's figures).

The file is written atomically (never half), never over the shipped data inside the
package, and carries its provenance in a sidecar `OUT.provenance.json`: the Statbel file's
name, size, SHA-256 and the time it was read, per population column. `lekp check OUT`
verifies the sidecar against the file (P911) and reports it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from ..check.codes import Code
from ..check.problems import Problem, Problems
from ..domain.model import Merger, Territory
from ..errors import DataError, InputError, OutputError, UsageError
from ..messages import Joined, Msg, Num
from ..paths import data_dir
from ..strings import quote
from .municipalities import parse_municipalities, read_municipalities
from .schema import MAX_COUNT, MUNICIPALITIES, POPULATION, FieldType
from .statbel import StatbelFile, read_statbel
from .table import ParsedTable, parse_text

FIRST_YEAR = 2019  # lekp knows the gemeenten (and the mergers) from 1 January 2019 on
MERGER_YEAR = 2025  # from 1 January 2025: the 285 gemeenten
SIDECAR = ".provenance.json"
FORMAT = "lekp-provenance/1"
PUBLISHER = "Statbel"
DATASET = (
    "TF_SOC_POP_STRUCT (Bevolking naar woonplaats, nationaliteit, burgerlijke staat, leeftijd en geslacht)"
)
_PACKAGE = Path(__file__).resolve().parent.parent


def sidecar_of(path: Path | str) -> Path:
    """The provenance sidecar of a municipalities file: `m.csv` has `m.csv.provenance.json`."""
    return Path(f"{path}{SIDECAR}")


def has_sidecar(path: Path | str) -> bool:
    """True when a municipalities file has a sidecar (a name the system cannot even look up has none)."""
    try:
        return sidecar_of(path).is_file()
    except OSError:  # a name too long, a folder without permission …
        return False


@dataclass(frozen=True, slots=True)
class Change:
    """A gemeente whose population of the year differs from the one the file held."""

    nis_code: str
    name: str
    before: int
    after: int


@dataclass
class PopulationUpdate:
    """The municipalities file with a population year from Statbel's file, ready to be written."""

    statbel: StatbelFile
    year: int
    territory: Territory
    base: str  # the municipalities file it started from
    base_shipped: bool
    base_sha256: str
    header: list[str]
    rows: list[list[str]]
    figures: dict[str, int]  # the year's population per gemeente, in the file's order
    names: dict[str, str]
    previous: dict[str, int] | None  # the column as it was, when the file had that year
    changes: list[Change]
    carried: bool  # a file of 2019-2024 carried to the 285 gemeenten of 2025
    read_at: str
    earlier: dict[str, Any] = field(default_factory=dict)  # the base sidecar's other columns
    written: list[str] = field(default_factory=list)  # the files `save` wrote

    COLUMNS = ("nis_code", "gemeente", "population", "previous")

    @property
    def column(self) -> str:
        """The column the year goes into: `population_2027`."""
        return f"population_{self.year}"

    @property
    def flemish_total(self) -> int:
        """The population of all gemeenten of the territory on 1 January of the year."""
        return sum(self.figures.values())

    def records(self) -> list[dict[str, Any]]:
        """One record per gemeente: its code, name, population of the year, and what the file held."""
        before = self.previous or {}
        return [
            {
                "nis_code": code,
                "gemeente": self.names[code],
                "population": value,
                "previous": before.get(code),
            }
            for code, value in self.figures.items()
        ]

    def write_csv(self, stream: TextIO) -> None:
        """The municipalities file, as lekp writes one: UTF-8, ',' and a line feed after each row."""
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)

    def csv_text(self) -> str:
        """The municipalities file as text."""
        out = io.StringIO()
        self.write_csv(out)
        return out.getvalue()

    @property
    def notes(self) -> list[Msg]:
        """What a user should read: the year's total, what was replaced, where the file went."""
        found = [
            Msg(
                "note.population_read",
                column=self.column,
                count=Num(len(self.figures)),
                total=Num(self.flemish_total),
                year=self.year,
                rows=Num(self.statbel.rows),
                file=self.statbel.name,
            )
        ]
        if self.carried:
            found.append(Msg("note.population_carried", year=self.year))
        found += [
            Msg(
                "note.population_replaced",
                name=change.name,
                code=change.nis_code,
                before=Num(change.before),
                after=Num(change.after),
            )
            for change in self.changes
        ]
        if self.written:
            found.append(Msg("note.population_written", path=self.written[0], sidecar=self.written[1]))
        return found

    def provenance(self, csv_sha256: str, written_as: str) -> dict[str, Any]:
        """The sidecar's content for the file written as `written_as` with hash `csv_sha256`."""
        from .. import __version__

        statbel = self.statbel
        entry = {
            "publisher": PUBLISHER,
            "dataset": DATASET,
            "file": statbel.name,
            "inside": statbel.member,
            "bytes": statbel.size,
            "sha256": statbel.sha256,
            "read": self.read_at,
            "rows": statbel.rows,
            "year": self.year,
            "territory": self.territory.value,
            "carried_through": "mergers_2025.csv" if self.carried else None,
            "flemish_total": self.flemish_total,
            "replaced": [
                {"nis_code": c.nis_code, "before": c.before, "after": c.after} for c in self.changes
            ],
        }
        columns = {name: value for name, value in self.earlier.items() if name != self.column}
        columns[self.column] = entry
        return {
            "format": FORMAT,
            "file": Path(written_as).name,
            "sha256": csv_sha256,
            "written_by": f"lekp {__version__}",
            "based_on": {
                "file": Path(self.base).name,
                "sha256": self.base_sha256,
                "shipped": self.base_shipped,
            },
            "columns": dict(sorted(columns.items())),
        }

    def save(self, path: Path | str) -> list[str]:
        """Write the file to `path` and its provenance beside it, each atomically; the paths written.

        Refused: a name that does not end in `.csv`, the shipped data inside the package, the
        Statbel file itself.
        """
        from ..output import emit

        destination(path, self.statbel.path)
        text = self.csv_text()
        emit(str(path), lambda stream: stream.write(text))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        document = json.dumps(self.provenance(digest, str(path)), ensure_ascii=False, indent=2) + "\n"
        sidecar = sidecar_of(path)
        emit(str(sidecar), lambda stream: stream.write(document))
        self.written = [str(path), str(sidecar)]
        return self.written


def destination(path: Path | str, source: Path | str | None = None) -> None:
    """Refuse an output the population file may not go to, before anything is read."""
    name = str(path)
    if name == "-":
        raise UsageError("output", "err.population_output")
    if not name.lower().endswith(".csv"):
        raise UsageError("output", "err.population_csv", path=quote(name))
    real = Path(os.path.realpath(name))
    for protected in (data_dir().resolve(), _PACKAGE):
        if real == protected or protected in real.parents:
            raise OutputError("err.output_shipped", path=name, folder=str(protected))
    if source is not None and real == Path(os.path.realpath(str(source))):
        raise OutputError("err.output_is_input", path=name)


# --- building the update ----------------------------------------------------------------------


def update_population(
    statbel_path: Path | str,
    base: Path | str,
    *,
    base_shipped: bool,
    mergers: list[Merger],
    territory: Territory,
    jaar: int | None = None,
    replace: bool = False,
    read_at: str | None = None,
) -> PopulationUpdate:
    """Read Statbel's file at `statbel_path` into the municipalities file `base`, checked."""
    table, rows = read_municipalities(base, mergers)
    if table.problems.has_errors:
        raise DataError(table.problems)
    earlier = _base_provenance(base, base_shipped)
    statbel = read_statbel(statbel_path)
    problems = statbel.problems
    if problems.has_errors:
        raise DataError(problems)
    year = resolve_year(statbel, jaar)
    if problems.has_errors:
        raise DataError(problems)
    if year is None:
        raise UsageError("jaar", "err.population_no_year", path=statbel.name)
    if territory is Territory.T2024 and year >= MERGER_YEAR:
        raise InputError("err.population_territory_2024", year=year, path=statbel.name)
    gemeenten = [municipality for _, municipality in rows]
    makeup, carried = _makeup(gemeenten, mergers, territory, year)
    _check_territory(statbel, makeup, _names_of(gemeenten, mergers), year, territory)
    if problems.has_errors:
        raise DataError(problems)
    figures = {code: sum(statbel.totals[part] for part in parts) for code, parts in makeup.items()}
    names = {m.nis_code: m.name_nl for m in gemeenten}
    column = f"population_{year}"
    previous = (
        {m.nis_code: m.population[year] for m in gemeenten} if year in gemeenten[0].population else None
    )
    changes = [
        Change(code, names[code], previous[code], value)
        for code, value in figures.items()
        if previous is not None and previous[code] != value
    ]
    if changes and not replace:
        raise DataError(_differences(table, rows, changes, column, statbel.name))
    header, cells = _rebuild(table, column, figures)
    _verify(header, cells, mergers, base)
    return PopulationUpdate(
        statbel=statbel,
        year=year,
        territory=territory,
        base=str(base),
        base_shipped=base_shipped,
        base_sha256=_sha256(base),
        header=header,
        rows=cells,
        figures=figures,
        names=names,
        previous=previous,
        changes=changes,
        carried=carried,
        read_at=read_at or datetime.now(UTC).isoformat(timespec="seconds"),
        earlier=earlier,
    )


def resolve_year(statbel: StatbelFile, jaar: int | None) -> int | None:
    """The year the file holds: what its names and CD_YEAR say, or `jaar`; a disagreement, or a
    year before 2019, is a problem of the file (P904). None: nothing says which year."""
    problems = statbel.problems
    said = [
        Msg(f"population.where_{hint.where}", text=quote(hint.text), year=hint.year) for hint in statbel.hints
    ]
    years = {hint.year for hint in statbel.hints}
    if jaar is not None:
        if years - {jaar}:
            problems.add(Code.P904, "year_not_jaar", jaar=jaar, said=Joined(said))
            return None
        year = jaar
    elif len(years) > 1:
        problems.add(Code.P904, "year_disagrees", said=Joined(said))
        return None
    elif not years:
        return None
    else:
        year = years.pop()
    if year < FIRST_YEAR:
        problems.add(Code.P904, "year_before", year=year, first=FIRST_YEAR)
        return None
    return year


def _makeup(
    gemeenten: list[Any], mergers: list[Merger], territory: Territory, year: int
) -> tuple[dict[str, list[str]], bool]:
    """Per gemeente of the file, the Statbel codes whose counts make up its population."""
    if territory is Territory.T2024 or year >= MERGER_YEAR:
        return {m.nis_code: [m.nis_code] for m in gemeenten}, False
    olds: dict[str, list[str]] = {}
    for merger in mergers:
        olds.setdefault(merger.new_nis_code, []).append(merger.old_nis_code)
    return {m.nis_code: olds.get(m.nis_code, [m.nis_code]) for m in gemeenten}, True


def _names_of(gemeenten: list[Any], mergers: list[Merger]) -> dict[str, str]:
    names = {merger.old_nis_code: merger.old_name_nl for merger in mergers}
    names.update({m.nis_code: m.name_nl for m in gemeenten})
    return names


def _check_territory(
    statbel: StatbelFile,
    makeup: dict[str, list[str]],
    names: dict[str, str],
    year: int,
    territory: Territory,
) -> None:
    """Every Flemish code of the file a gemeente of the territory, and every gemeente in the file."""
    known = {code for parts in makeup.values() for code in parts}
    problems = statbel.problems
    label = Msg("population.territory_after" if year >= MERGER_YEAR else "population.territory_before")
    for code, line in sorted(statbel.lines.items(), key=lambda item: item[1]):
        if code not in known:
            name = statbel.names.get(code) or names.get(code, "")
            problems.add(
                Code.P906, "code_not_in_territory", line, None, code=code, name=name, territory=label
            )
    for parts in makeup.values():
        for code in parts:
            if code not in statbel.lines:
                problems.add(
                    Code.P907, "gemeente_missing", code=code, name=names.get(code, ""), territory=label
                )
    for code, total in statbel.totals.items():
        if total > MAX_COUNT:
            problems.add(Code.C320, "sum_above", statbel.lines[code], None, code=code, maximum=Num(MAX_COUNT))


def _differences(
    table: ParsedTable, rows: list[tuple[int, Any]], changes: list[Change], column: str, source: str
) -> list[Problem]:
    """Each gemeente whose population differs, located at its cell in the municipalities file."""
    problems = Problems(table.path, table.sheet)
    changed = {change.nis_code: change for change in changes}
    for line, municipality in rows:
        change = changed.get(municipality.nis_code)
        if change is not None:
            table_column = table.column(line, table.columns[column])
            problems.add(
                Code.P909,
                "population_differs",
                line,
                table_column,
                name=change.name,
                column=column,
                before=Num(change.before),
                after=Num(change.after),
                source=source,
            )
    return problems


def _rebuild(table: ParsedTable, column: str, figures: dict[str, int]) -> tuple[list[str], list[list[str]]]:
    """The file's header and rows with the year's column put in (in year order) or put right."""
    header = list(table.header)
    if column not in header:
        years = [
            (int(m.group(1)), i) for i, name in enumerate(header) if (m := POPULATION.pattern.fullmatch(name))
        ]
        year = int(column.rsplit("_", 1)[1])
        later = [index for found, index in years if found > year]
        position = later[0] if later else max(index for _, index in years) + 1
        header.insert(position, column)
    out = []
    for row in table.rows:
        values = dict(row.values)
        values[column] = figures[values["nis_code"]]
        out.append([_cell(values[name], name) for name in header])
    return header, out


def _cell(value: Any, name: str) -> str:
    """A cell as lekp writes it: codes and counts as digits, a list of codes ';'-separated."""
    declared = MUNICIPALITIES.field(name)
    if value is None:
        return ""
    if declared is not None and declared.type is FieldType.NIS_CODE_LIST:
        return ";".join(value)
    return str(value)


def _verify(header: list[str], rows: list[list[str]], mergers: list[Merger], base: Path | str) -> None:
    """What is about to be written passes the checks of every reader (a bug here is caught, not written)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    table = parse_text(out.getvalue(), str(base), MUNICIPALITIES)
    if not table.problems.has_errors:
        parse_municipalities(table, mergers)
    if table.problems.has_errors:
        raise DataError(table.problems)


def _sha256(path: Path | str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


# --- the provenance sidecar -------------------------------------------------------------------


def _base_provenance(base: Path | str, shipped: bool) -> dict[str, Any]:
    """The population columns the base file's own sidecar accounts for (checked, P911)."""
    if shipped or not has_sidecar(base):
        return {}
    header = _header(base)
    problems, document = verify_sidecar(base, header)
    if problems:
        raise DataError(problems)
    return dict(document.get("columns", {})) if document else {}


def _header(path: Path | str) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError):
        return []


def verify_sidecar(path: Path | str, header: Iterable[str]) -> tuple[Problems, dict[str, Any] | None]:
    """Check the sidecar beside a municipalities file: readable, describing these very bytes,
    naming columns the file has. No sidecar: no problem and no document."""
    sidecar = sidecar_of(path)
    problems = Problems(str(sidecar))
    if not has_sidecar(path):
        return problems, None
    try:
        document = json.loads(sidecar.read_bytes()[: 10 * 1024 * 1024])
    except (OSError, ValueError) as error:
        problems.add(Code.P911, "sidecar_unreadable", reason=type(error).__name__)
        return problems, None
    columns = document.get("columns") if isinstance(document, dict) else None
    if not isinstance(document, dict) or document.get("format") != FORMAT or not isinstance(columns, dict):
        problems.add(Code.P911, "sidecar_format", format=FORMAT)
        return problems, None
    if document.get("sha256") != _sha256(path):
        problems.add(Code.P911, "sidecar_stale", file=Path(path).name)
    names = set(header)
    for column in columns:
        if column not in names:
            problems.add(Code.P911, "sidecar_column", column=quote(column), file=Path(path).name)
    return problems, document


def provenance_lines(document: dict[str, Any]) -> list[Msg]:
    """What a sidecar says, a line per population column (what `lekp check` reports)."""
    found = []
    for column, entry in sorted(document.get("columns", {}).items()):
        if not isinstance(entry, dict):
            continue
        found.append(
            Msg(
                "note.provenance",
                column=column,
                file=str(entry.get("file", "")),
                bytes=Num(int(entry.get("bytes") or 0)),
                sha=str(entry.get("sha256", ""))[:12],
                read=str(entry.get("read", "")),
            )
        )
    based = document.get("based_on")
    if isinstance(based, dict) and based.get("shipped"):
        found.append(Msg("note.provenance_shipped"))
    return found


# --- `lekp check` of a Statbel file -----------------------------------------------------------


def check_statbel_file(path: Path | str) -> list[Problem]:
    """Every problem `lekp data population` would find in the file itself, on the shipped gemeenten.

    The territory is the one of the file's year (its names, CD_YEAR); when nothing says the
    year, the one its codes belong to. Only a municipalities file can say whether its figures
    differ from the file's: that is the command's check (P909), not this one.
    """
    from .load import load_mergers

    statbel = read_statbel(path)
    if statbel.problems.has_errors:
        return list(statbel.problems)
    year = resolve_year(statbel, None)
    if statbel.problems.has_errors:
        return list(statbel.problems)
    mergers = load_mergers()
    territory = Territory.T2025 if year is None or year >= MERGER_YEAR else Territory.T2024
    table, rows = read_municipalities(_shipped(territory), mergers)
    gemeenten = [m for _, m in rows]
    if year is None:
        codes = set(statbel.lines)
        old_only = {m.old_nis_code for m in mergers} - {m.new_nis_code for m in mergers}
        new_only = {m.new_nis_code for m in mergers} - {m.old_nis_code for m in mergers}
        if codes & new_only:
            year = MERGER_YEAR
        elif codes & old_only:
            year, territory = MERGER_YEAR - 1, Territory.T2024
            table, rows = read_municipalities(_shipped(territory), mergers)
            gemeenten = [m for _, m in rows]
        else:
            return list(statbel.problems)
    if table.problems.has_errors:  # the shipped data itself is broken: say so, not the user's file
        return list(table.problems)
    makeup, _ = _makeup(gemeenten, mergers, territory, year)
    _check_territory(statbel, makeup, _names_of(gemeenten, mergers), year, territory)
    return list(statbel.problems)


def _shipped(territory: Territory) -> Path:
    from ..paths import TERRITORY_FILES, data_file

    return data_file(TERRITORY_FILES[territory.value])
