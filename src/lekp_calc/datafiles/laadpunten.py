"""Lists of charging points: one row per (semi-)public point, read for `lekp laadpunten`.

A list has per point the year it went into service (`jaar`), its power (`vermogen_kw`), its
current (`stroom`: AC or DC) and its access (`toegang`: publiek or semipubliek), optionally
the hours a day it is open (`uren_per_dag`, empty: 24), the gemeente (`nis_code`) and, for a
post with several points, the post's id and power (`paal_id`, `paal_kw`). The cells were
checked against their declarations (`schema.py`); the rules here span cells and rows: what
`lekp check` reports for such a list is exactly what the command refuses.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from ..check.codes import Code
from ..domain.laadpunten import ChargingPoint
from ..domain.model import PACT_END
from ..messages import Num
from ..strings import quote
from .schema import LAADPUNTEN
from .table import ParsedTable, read_table

PUBLIC, SEMI_PUBLIC = "publiek", "semipubliek"
FULL_DAY = Decimal(24)  # hours: the default, and what the scale's public points are open


def parse_points(table: ParsedTable, *, today: date | None = None) -> list[ChargingPoint]:
    """The rows of a list of charging points as models; problems go to the table."""
    this_year = (today or date.today()).year
    found: list[ChargingPoint] = []
    posts: dict[tuple[str | None, str], tuple[Decimal, int]] = {}  # (gemeente, post) -> its power, first line
    for row in table.rows:
        v = row.values
        line = row.line
        hours = v.get("uren_per_dag")
        ok = True
        if v["toegang"] == PUBLIC and hours is not None and hours < FULL_DAY:
            table.add(Code.L901, "public_hours", line, "uren_per_dag", hours=Num(hours))
            ok = False
        post, post_kw = v.get("paal_id"), v.get("paal_kw")
        if (post is None) != (post_kw is None):
            column = "paal_kw" if post_kw is None else "paal_id"
            table.add(Code.L902, "post_half", line, column)
            ok = False
        elif post is not None and post_kw is not None:
            ident = (v.get("nis_code"), post)
            first = posts.setdefault(ident, (post_kw, line))
            if first[0] != post_kw:
                table.add(
                    Code.L903,
                    "post_power",
                    line,
                    "paal_kw",
                    post=quote(post),
                    kw=Num(post_kw),
                    first=first[1],
                    other=Num(first[0]),
                )
                ok = False
            if v["vermogen_kw"] > post_kw:
                table.add(
                    Code.L904,
                    "point_above_post",
                    line,
                    "vermogen_kw",
                    kw=Num(v["vermogen_kw"]),
                    post_kw=Num(post_kw),
                )
                ok = False
        year = v["jaar"]
        if year > PACT_END:
            table.add(Code.L905, "point_year", line, "jaar", year=year, high=PACT_END)
            ok = False
        elif year > this_year:
            table.add(Code.L906, "point_future", line, "jaar", year=year)
        if not ok:
            continue
        found.append(
            ChargingPoint(
                line=line,
                jaar=year,
                kw=v["vermogen_kw"],
                current=v["stroom"],
                public=v["toegang"] == PUBLIC,
                hours=FULL_DAY if hours is None else hours,
                nis_code=v.get("nis_code"),
                post=post,
                post_kw=post_kw,
                remark=v.get("opmerking"),
                sheet=table.sheet,
            )
        )
    return found


def read_points(
    path: Path | str, *, today: date | None = None, allow_stdin: bool = False
) -> tuple[ParsedTable, list[ChargingPoint]]:
    """Read and check a list of charging points (CSV or an .xlsx workbook)."""
    table = read_table(path, LAADPUNTEN, allow_stdin=allow_stdin)
    if not table.rows_readable:
        return table, []
    # As for realisations: the rows whose cells passed are checked across rows even when others
    # failed, so that one run reports every problem; nothing is returned while any error stands.
    points = parse_points(table, today=today)
    return table, [] if table.problems.has_errors else points
