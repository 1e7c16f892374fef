"""The snapshot of the shipped data: equal to a fresh build, equal to full validation, and
never used for a file whose bytes changed."""

from __future__ import annotations

import shutil
import sys

import pytest

from conftest import DATA, REPO
from lekp_calc.datafiles import load, snapshot
from lekp_calc.datafiles.catalogue import parse_catalogue_file
from lekp_calc.datafiles.municipalities import read_mergers, read_municipalities
from lekp_calc.paths import SNAPSHOT

sys.path.insert(0, str(REPO / "scripts"))
import build_snapshot


def test_committed_snapshot_equals_a_fresh_build():
    assert SNAPSHOT.read_text(encoding="utf-8") == build_snapshot.build(DATA), (
        "run: python scripts/build_snapshot.py"
    )


def test_snapshot_models_equal_fully_validated_models():
    parsed = parse_catalogue_file(DATA / "werven.yaml")
    assert load.load_catalogue() == parsed.catalogue
    _, mergers = read_mergers(DATA / "mergers_2025.csv")
    for territory, name in (("2025", "municipalities.csv"), ("2024", "municipalities_2024.csv")):
        _, rows = read_municipalities(DATA / name, [m for _, m in mergers])
        assert load.load_municipalities(territory=territory).municipalities == tuple(m for _, m in rows)


@pytest.fixture
def copied_data(tmp_path, monkeypatch):
    """The shipped data files copied to a folder that lekp takes for its own."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    monkeypatch.setattr(load, "data_file", lambda name: target / name)
    return target


def test_an_edited_shipped_file_is_validated_not_taken_from_the_snapshot(copied_data):
    path = copied_data / "municipalities.csv"
    text = path.read_text(encoding="utf-8")
    # Mol's population of 2026: 38793 in the data; an edit to 99999 must show, not the snapshot's value.
    assert ",38793," in text
    path.write_text(text.replace(",38793,", ",99999,"), encoding="utf-8")
    data = load.load_municipalities()
    assert data.by_nis["13025"].population[2026] == 99999


def test_an_edited_shipped_file_that_breaks_a_rule_is_refused(copied_data):
    path = copied_data / "municipalities.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",38793,", ",38.793,"), encoding="utf-8")
    with pytest.raises(load.DataError) as caught:
        load.load_municipalities()
    assert caught.value.problems[0].code.name == "C306"


def test_the_snapshot_names_the_hash_of_every_file_it_was_built_from():
    document = snapshot._snapshot()
    assert document is not None
    for name, digest in document["files"].items():
        assert snapshot.digest(DATA / name) == digest
