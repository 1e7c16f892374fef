"""The project's text is its own: no run of words from the team's background notes in ../shared.

The provincie Antwerpen's support lines are the one exception: the catalogue quotes them word
for word, marked as quotations and with their source. Any other run of 10 or more words that
also stands in ../shared fails this test. Without ../shared (a fresh clone, CI) it is skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO
from lekp_calc.datafiles.load import load_catalogue

SHARED = REPO.parent / "shared"
RUN = 10  # words in a row
PROSE = (".md", ".txt")
PROJECT = ("*.md", "docs/**/*.md", "data/*.md", "data/*.yaml", "src/**/*.py", "scripts/*.py", "tests/**/*.py")


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text.lower())


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1)}


@pytest.mark.skipif(not SHARED.is_dir(), reason="no ../shared beside the repository")
def test_no_project_file_repeats_the_background_notes():
    background: set[tuple[str, ...]] = set()
    for path in SHARED.rglob("*"):
        if path.suffix in PROSE and path.is_file():
            background |= runs(path.read_text(encoding="utf-8"))
    catalogue = load_catalogue()
    quoted = [line for werf in catalogue.werven for line in werf.provincie_antwerpen]
    quoted += list(catalogue.provincie_antwerpen_algemeen)
    allowed = set().union(*(runs(line) for line in quoted))
    copied = {}
    for pattern in PROJECT:
        for path in REPO.glob(pattern):
            if path.is_file() and path.resolve() != Path(__file__).resolve():
                overlap = (runs(path.read_text(encoding="utf-8")) & background) - allowed
                if overlap:
                    copied[str(path.relative_to(REPO))] = " ".join(sorted(overlap)[0])
    assert copied == {}
