"""Write src/lekp_calc/snapshot.json: the shipped data, validated in full, as plain JSON.

Usage: python scripts/build_snapshot.py [--check]

Every shipped data file is read and checked with the same functions `lekp check` uses;
the script stops on any error. The snapshot records the SHA-256 of every file it was built
from, so lekp uses it only while those files are unchanged (see
src/lekp_calc/datafiles/snapshot.py). `--check` exits 1 when the committed snapshot is not
what this script would write (tests/datafiles/test_snapshot.py runs the same comparison).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lekp_calc.datafiles import snapshot
from lekp_calc.datafiles.catalogue import parse_catalogue_file
from lekp_calc.datafiles.municipalities import read_deelgemeenten, read_mergers, read_municipalities
from lekp_calc.paths import CATALOGUE_FILE, DEELGEMEENTEN_FILE, MERGERS_FILE, SNAPSHOT, TERRITORY_FILES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def _fail(problems: list[object]) -> None:
    for problem in problems:
        print(problem.format("en"), file=sys.stderr)  # type: ignore[attr-defined]
    sys.exit(1)


def build(data: Path = DATA) -> str:
    """The snapshot's text for the data files in `data`."""
    parsed = parse_catalogue_file(data / CATALOGUE_FILE)
    if parsed.catalogue is None or parsed.problems.has_errors:
        _fail(parsed.problems)
    assert parsed.catalogue is not None
    merger_table, mergers = read_mergers(data / MERGERS_FILE)
    if merger_table.problems.has_errors:
        _fail(merger_table.problems)
    mapping = [m for _, m in mergers]
    territories = {}
    for territory, name in TERRITORY_FILES.items():
        table, rows = read_municipalities(data / name, mapping)
        if table.problems.has_errors:
            _fail(table.problems)
        territories[territory] = snapshot.municipalities_to_plain([m for _, m in rows])
    part_table, parts = read_deelgemeenten(data / DEELGEMEENTEN_FILE)
    if part_table.problems.has_errors:
        _fail(part_table.problems)
    names = [CATALOGUE_FILE, MERGERS_FILE, DEELGEMEENTEN_FILE, *TERRITORY_FILES.values()]
    document = {
        "format": snapshot.FORMAT,
        "files": {name: snapshot.digest(data / name) for name in sorted(names)},
        "catalogue": snapshot.catalogue_to_plain(parsed.catalogue),
        "municipalities": territories,
        "mergers": snapshot.mergers_to_plain(mapping),
        "deelgemeenten": snapshot.parts_to_plain([p for _, p in parts]),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def main() -> None:
    text = build()
    if "--check" in sys.argv[1:]:
        current = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
        if current != text:
            sys.exit(f"{SNAPSHOT} is out of date: run python scripts/build_snapshot.py")
        print(f"{SNAPSHOT} is up to date")
        return
    SNAPSHOT.write_text(text, encoding="utf-8")
    print(f"wrote {SNAPSHOT} ({len(text.encode()):,} bytes)")


if __name__ == "__main__":
    main()
