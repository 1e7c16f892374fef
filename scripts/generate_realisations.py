"""Write INVENTED realisations for every gemeente of a province (or of Flanders), for tests.

Usage: python scripts/generate_realisations.py [--provincie NAME] [--tot YEAR] [--seed N] -o FILE

The values are random, not real: they exist so that a provincial report, its maps and
its speed can be tested with every gemeente present. Every row says so in its
`opmerking`, and the file name should say so too (the tests use `synthetic_*.csv`). Some
gemeenten leave some targets out (so "niet gerapporteerd" appears), a few report a
negative correction, and one in ten reports nothing at all.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from decimal import Decimal

from lekp_calc import Lekp
from lekp_calc.errors import LekpError
from lekp_calc.numberformat import plain

NOTE = "gegenereerd voor tests, geen echte realisatie"


def rows(provincie: str | None, until: int, seed: int) -> list[list[str]]:
    """The rows of the invented file: nis_code, indicator, jaar, waarde, opmerking."""
    rng = random.Random(seed)
    lekp = Lekp()
    targets = lekp.targets(provincie=provincie, alle=provincie is None)
    out: list[list[str]] = []
    for result in targets.results():
        code = result.subject.nis_code or ""
        if rng.random() < 0.1:
            continue  # this gemeente reports nothing
        for row in result.rows:
            if rng.random() < 0.2:
                continue  # this target is not reported
            pace = Decimal(rng.uniform(0.2, 1.6))
            last = min(until, row.indicator.deadline)
            step = Decimal(1) if row.indicator.decimals == 0 else Decimal("0.1")  # whole units stay whole
            for year in range(2021, last + 1):
                share = row.target_exact * pace / (row.indicator.deadline - 2020)
                value = share.quantize(step)
                if rng.random() < 0.03:  # a correction: hedges grubbed up, a project withdrawn
                    value = (-value / 4).quantize(step)
                out.append([code, row.indicator.key, str(year), plain(value), NOTE])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--provincie", help="every gemeente of this province (default: all of Flanders)")
    parser.add_argument(
        "--tot",
        type=int,
        default=2025,
        choices=range(2021, 2031),
        metavar="YEAR",
        help="the last year with realisations, 2021-2030 (default 2025)",
    )
    parser.add_argument("--seed", type=int, default=2021, help="seed of the random values")
    parser.add_argument("-o", "--output", required=True, help="the CSV file to write")
    args = parser.parse_args()
    try:
        found = rows(args.provincie, args.tot, args.seed)
    except LekpError as error:  # an unknown province: one line, as lekp itself says it
        parser.exit(2, f"{parser.prog}: {error.message('en')}\n")
    with open(args.output, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["nis_code", "indicator", "jaar", "waarde", "opmerking"])
        writer.writerows(found)
    print(f"wrote invented realisations to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
