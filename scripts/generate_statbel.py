"""Write population files in the shapes Statbel publishes, from lekp's shipped figures.

Usage:
    python scripts/generate_statbel.py -o DIR/TF_SOC_POP_STRUCT_2026.zip           # the 2026 figures
    python scripts/generate_statbel.py --year 2027 --from-year 2026 --adjust 13025=+1 \
        -o DIR/TF_SOC_POP_STRUCT_2027.zip                                          # Mol one more, as 2027
    python scripts/generate_statbel.py --real-size -o DIR/TF_SOC_POP_STRUCT_2026.zip  # ≈ 467,600 rows, 104 MB

The shape follows the extension of -o: `.zip` (one text file inside), `.txt`, `.xlsx`;
`--old-names` writes the municipality columns as the 2016-2018 files name them.

The Flemish rows are lekp's own figures: each gemeente's population on 1 January of
`--from-year` (from data/municipalities.csv, or data/municipalities_2024.csv with
`--territory 2024`) broken down over sex × nationality × civil status × age with a fixed rule,
so that every gemeente's rows add up to exactly its figure. The breakdown itself, the French
names, the labels of nationality and civil status, and every Brussels and Walloon row (names,
codes and counts) are INVENTED: the files test lekp's reader, they are no statistics. Nothing
random is used: the same arguments write the same bytes.

The tests import this file and call its functions (`rows`, `write`, and the hostile variants
below) to write small files in a temporary folder; the benchmark (benchmarks/run.py) writes
the real-size file the same way.
"""

from __future__ import annotations

import argparse
import csv
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from lekp_calc.datafiles.statbel import LAYOUT, OLD_NAMES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FILES = {"2025": DATA / "municipalities.csv", "2024": DATA / "municipalities_2024.csv"}

# The 21 columns of Statbel's layout and the older spellings: lekp's reader declares them, once.
CODE, REGION, COUNT = LAYOUT.index("CD_REFNIS"), LAYOUT.index("CD_RGN_REFNIS"), LAYOUT.index("MS_POPULATION")

# Invented labels for the dimensions (the tests do not depend on them).
SEXES = ("F", "M")
NATIONALITIES = (("BEL", "Belgen", "Belges"), ("ETR", "Niet-Belgen", "Non-Belges"))
CIVIL = (
    ("1", "Ongehuwd", "Célibataire"),
    ("2", "Gehuwd", "Marié"),
    ("3", "Weduwstaat", "Veuvage"),
    ("4", "Gescheiden", "Divorcé"),
    ("5", "Feitelijk gescheiden", "Séparé de fait"),
)
AGES = range(111)
REAL_SIZE_CELLS = 839  # cells per municipality: ≈ 467,600 rows (small gemeenten have empty cells), as in 2026

# Brussels (region 4000, no province) and Wallonia (region 3000): invented municipalities, so that
# the file holds 565 as Statbel's 2026 file does (285 Flemish + 19 + 261).
BRUSSELS = [(f"210{n:02d}", f"Synthetisch Brussel {n:02d}") for n in range(1, 20)]
WALLOON_PREFIXES = ("25", "51", "52", "53", "55", "56", "57", "58", "61", "62", "63", "64", "81", "82", "83")
WALLOON_PROVINCES = {"25": "20002", "5": "50000", "6": "60000", "8": "80000", "9": "90000"}
WALLONIA = [
    (
        f"{WALLOON_PREFIXES[n % len(WALLOON_PREFIXES)]}{n // len(WALLOON_PREFIXES) + 1:03d}",
        f"Synthétique {n + 1:03d}",
    )
    for n in range(261)
]
OTHER_POPULATION = 20_000  # invented total of every Brussels and Walloon municipality


def municipalities(territory: str = "2025") -> list[dict[str, str]]:
    """The shipped gemeenten of a territory, as rows of their CSV file."""
    with FILES[territory].open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def cells() -> list[tuple[str, tuple[str, str, str], tuple[str, str, str], str]]:
    """Every cell of the cross table, in a fixed order: youngest first, so small files stay varied."""
    return [
        (sex, nat, civ, str(age)) for age in AGES for civ in CIVIL for nat in NATIONALITIES for sex in SEXES
    ]


def breakdown(total: int, count: int, seed: int) -> list[int]:
    """`total` split over `count` cells with fixed weights; the parts add up to `total` exactly."""
    weights = [1 + (index * 7919 + seed * 104729) % 97 for index in range(count)]
    whole = sum(weights)
    parts = [total * weight // whole for weight in weights]
    for index in range(total - sum(parts)):  # what the floors left, one each from the first cell on
        parts[index % count] += 1
    return parts


def rows(
    year: int = 2026,
    *,
    territory: str = "2025",
    per_gemeente: int = 6,
    adjust: dict[str, int] | None = None,
    others: bool = True,
) -> list[list[str]]:
    """The rows of a population file: the shipped population of `year` of every gemeente of the
    territory, each broken down over `per_gemeente` cells (zero cells left out, as a count of
    nobody carries no row), plus the invented Brussels and Walloon municipalities."""
    return list(iter_rows(year, territory=territory, per_gemeente=per_gemeente, adjust=adjust, others=others))


def iter_rows(
    year: int = 2026,
    *,
    territory: str = "2025",
    per_gemeente: int = 6,
    adjust: dict[str, int] | None = None,
    others: bool = True,
) -> Iterator[list[str]]:
    """`rows`, one municipality at a time (the real-size file is written without holding it)."""
    adjust = adjust or {}
    table = cells()[:per_gemeente]
    for seed, gemeente in enumerate(municipalities(territory)):
        total = int(gemeente[f"population_{year}"]) + adjust.get(gemeente["nis_code"], 0)
        arrondissement = gemeente["arrondissement_nl"]
        province = gemeente["province_nl"]
        place = [
            gemeente["nis_code"],
            gemeente["name_nl"],
            gemeente["name_nl"],
            gemeente["arrondissement_nis"],
            f"Arrondissement {arrondissement}",
            f"Arrondissement de {arrondissement}",
            gemeente["province_nis"],
            f"Provincie {province}",
            f"Province {province}",
            "2000",
            "Vlaams Gewest",
            "Région flamande",
        ]
        yield from _gemeente_rows(place, total, table, seed)
    if not others:
        return
    for seed, (code, name) in enumerate(BRUSSELS):
        place = [code, name, name, "21000", "Arrondissement Brussel-Hoofdstad", "Arrondissement de Bruxelles"]
        place += ["", "", "", "4000", "Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale"]
        yield from _gemeente_rows(place, OTHER_POPULATION, table, seed)
    for seed, (code, name) in enumerate(WALLONIA):
        province = WALLOON_PROVINCES.get(code[:2]) or WALLOON_PROVINCES[code[0]]
        place = [
            code,
            name,
            name,
            code[:2] + "000",
            f"Arrondissement {code[:2]}",
            f"Arrondissement {code[:2]}",
        ]
        place += [province, f"Provincie {province}", f"Province {province}"]
        place += ["3000", "Waals Gewest", "Région wallonne"]
        yield from _gemeente_rows(place, OTHER_POPULATION, table, seed)


def _gemeente_rows(
    place: list[str],
    total: int,
    table: Sequence[tuple[str, tuple[str, str, str], tuple[str, str, str], str]],
    seed: int,
) -> list[list[str]]:
    out = []
    for (sex, nat, civ, age), count in zip(table, breakdown(total, len(table), seed), strict=True):
        if count:
            out.append([*place, sex, nat[0], nat[1], nat[2], civ[0], civ[1], civ[2], age, str(count)])
    return out


def real_size_rows(year: int = 2026) -> Iterator[list[str]]:
    """The real-size file's rows (≈ 467,600), generated as they are written."""
    return iter_rows(year, per_gemeente=REAL_SIZE_CELLS)


def header(*, old_names: bool = False, year_column: bool = False) -> list[str]:
    """The header row: the current names, or the municipality columns as 2016-2018 name them."""
    names = [OLD_NAMES.get(name, name) if old_names else name for name in LAYOUT]
    return [*names, "CD_YEAR"] if year_column else names


def lines(
    data: Iterable[Sequence[str]],
    *,
    old_names: bool = False,
    year_column: int | None = None,
    delimiter: str = "|",
    newline: str = "\n",
) -> Iterator[str]:
    """The text of the file, a line at a time (with `year_column`, a CD_YEAR column holding it)."""
    yield delimiter.join(header(old_names=old_names, year_column=year_column is not None)) + newline
    suffix = f"{delimiter}{year_column}" if year_column is not None else ""
    for row in data:
        yield delimiter.join(row) + suffix + newline


def write(
    path: Path,
    data: Iterable[Sequence[str]],
    *,
    old_names: bool = False,
    year_column: int | None = None,
    bom: bool = True,
    delimiter: str = "|",
    newline: str = "\n",
    member: str | None = None,
) -> Path:
    """Write the rows as Statbel publishes them, the shape chosen by the extension of `path`."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _write_workbook(path, data, old_names=old_names, year=year_column)
        return path
    text = lines(data, old_names=old_names, year_column=year_column, delimiter=delimiter, newline=newline)
    if suffix == ".zip":
        name = member or path.with_suffix(".txt").name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, archive.open(name, "w") as stream:
            _write_text(stream, text, bom)
        return path
    with path.open("wb") as handle:
        _write_text(handle, text, bom)
    return path


def _write_text(stream: IO[bytes], text: Iterable[str], bom: bool) -> None:
    """The lines as UTF-8 (after a byte-order mark, as Statbel writes it), a megabyte at a time."""
    chunk: list[str] = []
    size = 0
    if bom:
        stream.write(b"\xef\xbb\xbf")
    for line in text:
        chunk.append(line)
        size += len(line)
        if size >= 1024 * 1024:
            stream.write("".join(chunk).encode("utf-8"))
            chunk, size = [], 0
    stream.write("".join(chunk).encode("utf-8"))


def _write_workbook(path: Path, data: Iterable[Sequence[str]], *, old_names: bool, year: int | None) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet(f"TF_SOC_POP_STRUCT_{year}" if year is not None else "Sheet1")
    sheet.write_row(0, 0, header(old_names=old_names, year_column=year is not None))
    numeric = {CODE, REGION, COUNT, LAYOUT.index("CD_DSTR_REFNIS"), LAYOUT.index("CD_AGE")}
    for number, row in enumerate(data, start=1):
        for column, value in enumerate(row):
            if column in numeric and value.isdigit():
                sheet.write_number(number, column, int(value))  # as Excel holds a code or a count
            elif value:
                sheet.write_string(number, column, value)
        if year is not None:
            sheet.write_number(number, len(row), year)
    book.close()


# --- hostile variants -------------------------------------------------------------------------


def without(data: list[list[str]], nis: str) -> list[list[str]]:
    """The rows without a gemeente."""
    return [row for row in data if row[CODE] != nis]


def duplicated(data: list[list[str]], index: int) -> list[list[str]]:
    """The rows with row `index` twice (the same cell of the cross table, counted again)."""
    return [*data[: index + 1], list(data[index]), *data[index + 1 :]]


def with_count(data: list[list[str]], index: int, count: str) -> list[list[str]]:
    """The rows with the count of row `index` replaced (a non-numeric or negative one)."""
    changed = [list(row) for row in data]
    changed[index][COUNT] = count
    return changed


def with_region(data: list[list[str]], nis: str, region: str) -> list[list[str]]:
    """The rows with every row of gemeente `nis` in another region."""
    return [[*row[:REGION], region, *row[REGION + 1 :]] if row[CODE] == nis else row for row in data]


def truncated(path: Path, keep: float = 0.5) -> Path:
    """Cut a file short, as a download that stopped half-way."""
    raw = path.read_bytes()
    path.write_bytes(raw[: int(len(raw) * keep)])
    return path


def two_members(path: Path, data: Iterable[Sequence[str]]) -> Path:
    """A zip holding the text file and a second one."""
    text = "".join(lines(data)).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(path.with_suffix(".txt").name, b"\xef\xbb\xbf" + text)
        archive.writestr("LEESMIJ.txt", b"een tweede bestand\n")
    return path


def empty(path: Path) -> Path:
    """An empty file of that name."""
    path.write_bytes(b"")
    return path


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "-o", "--output", required=True, type=Path, help="the file to write (.zip, .txt, .xlsx)"
    )
    parser.add_argument("--year", type=int, default=2026, help="the year the file claims (its CD_YEAR)")
    parser.add_argument("--from-year", type=int, help="the shipped figures used (default: --year)")
    parser.add_argument("--territory", choices=("2025", "2024"), default="2025")
    parser.add_argument("--per-gemeente", type=int, default=6, help="cells per municipality (default 6)")
    parser.add_argument(
        "--real-size", action="store_true", help="the size of Statbel's 2026 file (≈ 467,600 rows)"
    )
    parser.add_argument("--old-names", action="store_true", help="CD_MUNTY_REFNIS / TX_MUNTY_DESCR_NL")
    parser.add_argument("--year-column", action="store_true", help="add a CD_YEAR column")
    parser.add_argument(
        "--adjust", action="append", default=[], metavar="NIS=±N", help="change a gemeente's total"
    )
    args = parser.parse_args(argv)
    adjust = {}
    for item in args.adjust:
        code, _, delta = item.partition("=")
        adjust[code] = int(delta)
    per = REAL_SIZE_CELLS if args.real_size else args.per_gemeente
    counted = [0]

    def data() -> Iterator[list[str]]:
        for row in iter_rows(
            args.from_year or args.year, territory=args.territory, per_gemeente=per, adjust=adjust
        ):
            counted[0] += 1
            yield row

    write(args.output, data(), old_names=args.old_names, year_column=args.year if args.year_column else None)
    print(
        f"wrote {counted[0]:,} rows to {args.output} ({args.output.stat().st_size:,} bytes)", file=sys.stderr
    )


if __name__ == "__main__":
    main()
