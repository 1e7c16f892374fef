"""The cache of validated data: used when the files are unchanged, never when they changed."""

from __future__ import annotations

import os
import shutil

import pytest

import lekp_calc.catalogue as catalogue_module
import lekp_calc.municipalities as municipalities_module
from conftest import DATA
from lekp_calc.catalogue import load_catalogue
from lekp_calc.errors import DataError
from lekp_calc.municipalities import load_municipalities


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LEKP_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def files(tmp_path):
    for name in ("werven.yaml", "municipalities.csv", "mergers_2025.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def _forbid_parsing(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("parsed although the cache holds this content")

    monkeypatch.setattr(catalogue_module, "parse_catalogue_file", fail)
    monkeypatch.setattr(municipalities_module, "parse_municipalities", fail)


def test_second_load_comes_from_the_cache(cache, files, monkeypatch):
    first = load_catalogue(files / "werven.yaml")
    data = load_municipalities(files / "municipalities.csv", files / "mergers_2025.csv")
    assert len(list(cache.glob("*.pickle"))) == 2
    _forbid_parsing(monkeypatch)
    assert load_catalogue(files / "werven.yaml") == first
    again = load_municipalities(files / "municipalities.csv", files / "mergers_2025.csv")
    assert again.municipalities == data.municipalities
    assert again.mergers == data.mergers


def test_any_change_to_the_data_invalidates(cache, files, monkeypatch):
    path = files / "municipalities.csv"
    load_municipalities(path, files / "mergers_2025.csv")
    # Same size and same modification time, one digit different: Mol 38793 -> 38794 in 2026.
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert text.count(",38701,38793,") == 1
    path.write_text(text.replace(",38701,38793,", ",38701,38794,"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    data = load_municipalities(path, files / "mergers_2025.csv")
    assert data.resolve("Mol").municipality.population[2026] == 38794


def test_a_change_to_the_merger_mapping_invalidates(cache, files):
    load_municipalities(files / "municipalities.csv", files / "mergers_2025.csv")
    mergers = files / "mergers_2025.csv"
    mergers.write_text(mergers.read_text(encoding="utf-8").replace("Borsbeek", "Borsbeke"), encoding="utf-8")
    data = load_municipalities(files / "municipalities.csv", mergers)
    assert data.resolve("Borsbeke").municipality.name_nl == "Antwerpen"


def test_invalid_data_is_never_cached(cache, files):
    path = files / "werven.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("basis: inwoners", "basis: huishoudens", 1))
    for _ in range(2):
        with pytest.raises(DataError, match="Y209"):
            load_catalogue(path)
    assert not list(cache.glob("*.pickle"))


def test_a_broken_entry_is_rebuilt(cache, files):
    expected = load_catalogue(files / "werven.yaml")
    (entry,) = cache.glob("catalogue-*.pickle")
    entry.write_bytes(b"LEKP-CACHE-1\nnot a pickle")
    assert load_catalogue(files / "werven.yaml") == expected
    entry.write_bytes(b"something else entirely")
    assert load_catalogue(files / "werven.yaml") == expected


def test_switched_off(cache, files, monkeypatch):
    monkeypatch.setenv("LEKP_NO_CACHE", "1")
    load_catalogue(files / "werven.yaml")
    assert not cache.exists()


def test_cli_output_is_the_same_with_and_without_cache(lekp, cache, monkeypatch):
    cold = lekp("targets", "--alle", "-f", "csv").stdout
    warm = lekp("targets", "--alle", "-f", "csv").stdout
    monkeypatch.setenv("LEKP_NO_CACHE", "1")
    uncached = lekp("targets", "--alle", "-f", "csv").stdout
    assert cold == warm == uncached
    assert len(list(cache.glob("*.pickle"))) == 2


def test_unwritable_cache_folder_only_costs_speed(files, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("LEKP_CACHE_DIR", str(blocker / "cache"))
    assert load_catalogue(files / "werven.yaml").latest_version == "2.1"
