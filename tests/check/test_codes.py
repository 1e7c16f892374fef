"""The code registry: every code documented, reported by the sources and covered by a test."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import REPO
from lekp_calc.check.codes import Code, Severity

TESTS = REPO / "tests"
# Codes whose feature lekp does not have yet, if any: nothing reports them (none at present).
NOT_BUILT: dict[str, str] = {}


def _sources(folder: Path, *, exclude: Path | None = None) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.py")) if p != exclude)


def test_codes_are_well_formed():
    for code in Code:
        assert re.fullmatch(r"[FYCRBGXW]\d{3}", code.name), code
        assert isinstance(code.severity, Severity)
        assert code.meaning and code.fix
    # only the plausibility warnings, a realisation in the future and years without a value
    # (R607, issue 16) are warnings
    assert {c.name for c in Code if c.severity is Severity.WARNING} == {
        "R604",
        "R607",
        "W501",
        "W502",
        "W503",
    }


@pytest.mark.parametrize("code", [c.name for c in Code])
def test_every_code_is_used_by_a_test(code):
    tests = _sources(TESTS, exclude=Path(__file__).resolve())
    assert re.search(rf"\b{code}\b", tests), f"no test mentions {code}"


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(
            c.name, marks=pytest.mark.xfail(strict=True, reason=f"not built yet: {NOT_BUILT[c.name]}")
        )
        if c.name in NOT_BUILT
        else c.name
        for c in Code
    ],
)
def test_every_code_is_reported_by_the_sources(code):
    sources = _sources(REPO / "src" / "lekp_calc", exclude=REPO / "src" / "lekp_calc" / "check" / "codes.py")
    assert f"Code.{code}" in sources


def test_readme_documents_every_code():
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from codes_table import table
    finally:
        sys.path.pop(0)
    generated = table()
    assert generated in (REPO / "README.md").read_text(encoding="utf-8")
    assert len(generated.splitlines()) == 2 + len(Code)
    assert "| W503 | warning | headline reconciliation" in generated
