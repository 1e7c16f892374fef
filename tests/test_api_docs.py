"""Every example of docs/api.md runs, in order, as one program in a new interpreter whose current
folder is an empty temporary one: the documentation is tested as a reader would run it, without
any file of the repository."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO

DOC = REPO / "docs" / "api.md"


def examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_api_document_has_examples():
    assert len(examples()) >= 8


def test_no_example_names_a_file_of_the_repository():
    for code in examples():
        assert "tests/" not in code and "data/" not in code, code


def test_every_example_of_the_api_document_runs_in_a_fresh_interpreter(tmp_path: Path):
    # One program: each example is compiled under its own name, so a failure names the example.
    program = "\n".join(
        [
            "import sys",
            "namespace = {}",
            *(
                f"exec(compile({code!r}, 'docs/api.md example {number}', 'exec'), namespace)"
                for number, code in enumerate(examples(), start=1)
            ),
        ]
    )
    run = subprocess.run(
        [sys.executable, "-c", program],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    # only what the examples write: a realisations file and a site
    assert sorted(p.name for p in tmp_path.iterdir()) == ["realisaties.csv", "site"]
    assert (tmp_path / "site" / "gemeente" / "mol.html").is_file()
