"""Print the README's table of `lekp check` codes from the registry in src/lekp_calc/codes.py.

Usage: python scripts/codes_table.py   (paste the output into README.md; a test compares them)
"""

from __future__ import annotations

from lekp_calc.codes import CODES


def table() -> str:
    lines = ["| code | severity | meaning | how to fix |", "|---|---|---|---|"]
    for code, (severity, meaning, fix) in CODES.items():
        lines.append(f"| {code} | {severity.value} | {meaning} | {fix} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
