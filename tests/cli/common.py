"""Helpers the command-line tests share: one-line errors, and JSON compared with the library."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from lekp_calc.strings import Ids

TESTS = Path(__file__).resolve().parent.parent
REALISATIONS = TESTS / "data" / "realisaties_mol.csv"
# Hand-made: bomen (1 per inwoner) of four gemeenten of the province of Antwerpen and two of
# Limburg, hagen of Antwerpen. Judged at the end of 2025 with the population of 1 January 2025:
#   Mol        38,701  19,350.5 = 50 %  on the path 38,701 x 5/10: op schema   (20,000-50,000)
#   Geel       42,427   4,242.7 = 10 %  achter                                (20,000-50,000)
#   Dessel     10,076   2,519   = 25 %  achter                                (10,000-20,000)
#   Herenthout  9,504   9,504   = 100 % behaald before 2030                   (< 10,000)
#   Antwerpen 562,002  no bomen (niet gerapporteerd); hagen 0 reported: achter (≥ 50,000)
#   Lommel     35,208  26,406   = 75 %  op schema (Limburg)                   (20,000-50,000)
#   Herstappe      75      60   = 80 %  op schema (Limburg)                   (< 10,000)
SEVEN = TESTS / "data" / "realisaties_zeven.csv"

# The qualifying notes of the catalogue, as every export row of their indicator carries them.
HEMELWATER_NOTE = "opvang of infiltratie die in nieuwe verkavelingen verplicht is, telt niet"
ENERGIEVERMOGEN_NOTE = "waarvan 18 kWp per 500 inwoners tegen eind 2025"  # pact 2.1


def one_line_error(run: Any, code: int) -> str:
    """The single line a failed run printed on stderr, after checking its exit code."""
    assert run.exit_code == code, (run.exit_code, run.stderr)
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert "Traceback" not in run.stderr
    return lines[0]


def decimal_json(text: str) -> Any:
    """JSON with every fraction read as an exact Decimal."""
    return json.loads(text, parse_float=Decimal)


def csv_rows(text: str, *, excel: bool = False) -> list[dict[str, str]]:
    """The rows of a CSV export."""
    if excel:
        return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    return list(csv.DictReader(io.StringIO(text)))


def _same(exported: Any, computed: Any) -> bool:
    if isinstance(computed, Ids):  # the assumptions behind a figure: a JSON array of ids
        return exported == computed.items
    if isinstance(computed, bool) or computed is None or isinstance(computed, str):
        return exported == computed and type(exported) is type(computed)
    if isinstance(computed, int | Decimal):
        return (
            not isinstance(exported, bool)
            and isinstance(exported, int | Decimal)
            and Decimal(exported) == Decimal(computed)
        )
    if isinstance(computed, dict):
        return (
            isinstance(exported, dict)
            and list(exported) == list(computed)
            and all(_same(exported[k], computed[k]) for k in computed)
        )
    if isinstance(computed, list | tuple):
        return (
            isinstance(exported, list)
            and len(exported) == len(computed)
            and all(_same(e, c) for e, c in zip(exported, computed, strict=True))
        )
    return exported == computed


def assert_same_records(exported: Any, computed: Any) -> None:
    """The CLI's JSON (read with Decimal fractions) holds the library's records: same keys in
    the same order, the same texts, and numerically equal numbers."""
    assert isinstance(exported, list) and isinstance(computed, list)
    assert len(exported) == len(computed)
    for number, (row, record) in enumerate(zip(exported, computed, strict=True)):
        assert _same(row, record), (number, row, record)
