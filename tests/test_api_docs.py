"""Every example of docs/api.md runs, in order, in one namespace: the documentation is tested."""

from __future__ import annotations

import re

from conftest import REPO

DOC = REPO / "docs" / "api.md"


def examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_api_document_has_examples():
    assert len(examples()) >= 8


def test_every_example_of_the_api_document_runs(monkeypatch):
    monkeypatch.chdir(REPO)  # the examples name tests/data/… relative to the repository
    namespace: dict[str, object] = {}
    for number, code in enumerate(examples(), start=1):
        try:
            exec(compile(code, f"docs/api.md example {number}", "exec"), namespace)
        except Exception as error:  # name the example that failed
            raise AssertionError(f"docs/api.md example {number} failed: {error!r}\n{code}") from error
