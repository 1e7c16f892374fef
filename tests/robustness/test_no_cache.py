"""Class 12: lekp keeps no cache: no HOME, a read-only or foreign cache folder change nothing.

The same output without any environment (`env -i PATH=…`), with XDG_CACHE_HOME read-only,
and with a cache folder planted with junk where a naive cache would look; and nothing is
ever written under HOME.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import run_lekp
from .hostile import BASE_CATALOGUE

COMMANDS = [
    ["targets", "-g", "Mol", "-f", "csv"],
    ["check", "CATALOGUE"],
]


def _snapshot(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*"))


def _environments(tmp_path: Path) -> dict[str, dict[str, str]]:
    home = tmp_path / "home"
    home.mkdir()
    read_only = tmp_path / "read_only_cache"
    read_only.mkdir()
    foreign = tmp_path / "foreign_cache"
    for name in ("lekp", "lekp_calc", "lekp-calc"):
        planted = foreign / name
        planted.mkdir(parents=True)
        for junk in ("snapshot.json", "cache.pickle", "municipalities.csv", "werven.yaml"):
            (planted / junk).write_bytes(b"\x80\x04junk that no one may trust\n")
    if os.geteuid() == 0:
        os.chown(foreign, 65534, 65534)  # owned by nobody
    read_only.chmod(0o555)
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NO_COLOR": "1"}
    return {
        "no HOME": base,
        "read-only cache": {**base, "HOME": str(home), "XDG_CACHE_HOME": str(read_only)},
        "foreign cache": {**base, "HOME": str(home), "XDG_CACHE_HOME": str(foreign)},
        "HOME only": {**base, "HOME": str(home)},
    }


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: " ".join(args[:3]))
def test_output_does_not_depend_on_home_or_a_cache(tmp_path: Path, args: list[str]) -> None:
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text(BASE_CATALOGUE, encoding="utf-8")
    args = [str(catalogue) if a == "CATALOGUE" else a for a in args]
    environments = _environments(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    normal = run_lekp(args, cwd=work)
    assert normal.returncode == 0, normal.stderr
    home = tmp_path / "home"
    for name, env in environments.items():
        before = _snapshot(home)
        run = run_lekp(args, cwd=work, env={**env, "PYTHONDONTWRITEBYTECODE": "1"})
        assert (run.returncode, run.stdout, run.stderr) == (0, normal.stdout, normal.stderr), name
        assert _snapshot(home) == before, name
    assert _snapshot(home) == []
    assert list(work.iterdir()) == []
