"""Print the README's table of `lekp check` codes from the registry in src/lekp_calc/check/codes.py.

Usage: python scripts/codes_table.py   (paste the output into README.md; a test compares them)
"""

from __future__ import annotations

from lekp_calc.check.codes import Code


def table() -> str:
    lines = ["| code | severity | meaning | how to fix |", "|---|---|---|---|"]
    for code in Code:
        lines.append(f"| {code.name} | {code.severity.value} | {code.meaning} | {code.fix} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
