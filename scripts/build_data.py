"""Rebuild data/*.csv from the upstream data-sources folder, verbatim and checked.

Usage: python scripts/build_data.py [SOURCE_DIR]   (default: ../shared/data-sources)

Every value is copied from the upstream CSV files whose origin data/SOURCES.md describes
(the upstream repositories, pinned to a commit); the script only selects and renames
columns. It stops if a row count or a Flemish total does not match the figures that
data/SOURCES.md lists, so a transcription slip cannot
reach data/ unnoticed.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

# Flemish population on 1 January, as listed in data/SOURCES.md (checks, not inputs).
FLEMISH_TOTALS = {
    2019: 6_589_069,
    2020: 6_629_143,
    2021: 6_653_062,
    2022: 6_698_876,
    2023: 6_774_807,
    2024: 6_821_770,
    2025: 6_864_766,
    2026: 6_898_350,
}
FLEMISH_DWELLINGS_2021 = 3_336_638

GEO = [
    "nis_code",
    "name_nl",
    "arrondissement_nis",
    "arrondissement_nl",
    "province_nis",
    "province_nl",
]


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def check_totals(rows: list[dict[str, str]], years: range, label: str) -> None:
    for year in years:
        total = sum(int(r[f"population_{year}"]) for r in rows)
        if total != FLEMISH_TOTALS[year]:
            sys.exit(f"{label}: Flemish population {year} is {total}, expected {FLEMISH_TOTALS[year]}")
    dwellings = sum(int(r["dwellings_census_2021"]) for r in rows)
    if dwellings != FLEMISH_DWELLINGS_2021:
        sys.exit(f"{label}: dwellings {dwellings}, expected {FLEMISH_DWELLINGS_2021}")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data-sources"
    new = read(source / "flemish_municipalities_2025.csv")
    old = read(source / "flemish_municipalities_pre2025.csv")
    mergers = read(source / "flemish_mergers_2025.csv")
    if (len(new), len(old), len(mergers)) != (285, 300, 300):
        sys.exit(f"unexpected row counts: {len(new)}, {len(old)}, {len(mergers)}")
    check_totals(new, range(2019, 2027), "2025 territory")
    check_totals(old, range(2019, 2025), "2024 territory")

    years_new = [f"population_{y}" for y in range(2019, 2027)]
    header = [*GEO, *years_new, "dwellings_census_2021", "predecessor_nis_codes"]
    write(
        DATA / "municipalities.csv",
        header,
        [[r[c] for c in header] for r in new],
    )

    # The 2024 territory (the 300 gemeenten that signed the pact) in the same layout; each
    # gemeente is its own predecessor.
    years_old = [f"population_{y}" for y in range(2019, 2025)]
    header_old = [*GEO, *years_old, "dwellings_census_2021", "predecessor_nis_codes"]
    write(
        DATA / "municipalities_2024.csv",
        header_old,
        [[*(r[c] for c in GEO + years_old), r["dwellings_census_2021"], r["nis_code"]] for r in old],
    )

    merger_header = list(mergers[0].keys())
    write(DATA / "mergers_2025.csv", merger_header, [[r[c] for c in merger_header] for r in mergers])

    # Deelgemeenten, so that 'Ekeren' or 'Puurs' finds its gemeente: copied unchanged; every
    # one of the 285 gemeenten must have at least one, and every code must be one of them.
    parts = read(source / "flemish_deelgemeenten_2025.csv")
    codes = {r["nis_code"] for r in new}
    if len(parts) != 1100 or {r["nis_code"] for r in parts} != codes:
        sys.exit(f"deelgemeenten: {len(parts)} rows, or gemeenten that are not the 285 of 2025")
    part_header = list(parts[0].keys())
    write(DATA / "deelgemeenten.csv", part_header, [[r[c] for c in part_header] for r in parts])
    print(
        f"wrote {len(new)} + {len(old)} gemeenten, {len(mergers)} merger rows and "
        f"{len(parts)} deelgemeenten to {DATA}"
    )


if __name__ == "__main__":
    main()
