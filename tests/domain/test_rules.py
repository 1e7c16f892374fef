"""The defaults and refusals every entry point shares (`domain.rules`)."""

from __future__ import annotations

import pytest

from lekp_calc.domain import rules
from lekp_calc.errors import InputError, UsageError


def test_pact_version_default_and_refusal(catalogue):
    assert rules.pact_version(catalogue, None) == "2.1"  # the newest
    assert rules.pact_version(catalogue, "1.0") == "1.0"
    with pytest.raises(UsageError) as info:
        rules.pact_version(catalogue, "3.0")
    assert info.value.parameter == "pact"
    assert info.value.message("en") == "pact: '3.0' is not a choice; choose one of: 1.0, 2.0, 2.1"
    assert str(info.value) == "pact: '3.0' bestaat niet; kies uit: 1.0, 2.0, 2.1"  # Dutch by default


def test_werf_number(catalogue):
    assert rules.werf_number(catalogue, None) is None
    assert rules.werf_number(catalogue, 4) == 4
    with pytest.raises(UsageError, match="1, 2, 3, 4"):
        rules.werf_number(catalogue, 9)


def test_population_year(data):
    assert rules.population_year(data, None) == 2026  # the newest year of the data
    assert rules.population_year(data, 2019) == 2019
    with pytest.raises(InputError) as info:
        rules.population_year(data, 2018)
    assert "2019-2026" in str(info.value)
    assert info.value.message("en") == "no population figures for 2018; the data has 2019-2026"
    with pytest.raises(UsageError):
        rules.population_year(data, 1899)  # no year outside 1900-2100 anywhere


@pytest.mark.parametrize(("year", "ok"), [(1899, False), (1900, True), (2100, True), (2101, False)])
def test_any_year_lies_in_1900_2100(year, ok):
    if ok:
        assert rules.check_year("jaar", year) == year
    else:
        with pytest.raises(UsageError, match="1900"):
            rules.check_year("jaar", year)


@pytest.mark.parametrize(("year", "ok"), [(2020, False), (2021, True), (2030, True), (2031, False)])
def test_pact_year(year, ok):
    if ok:
        assert rules.pact_year("tot", year) == year
    else:
        with pytest.raises(UsageError) as info:
            rules.pact_year("tot", year)
        assert info.value.parameter == "tot"
        assert "2021-2030" in info.value.message("en")


def test_indicator_key(catalogue):
    assert rules.indicator_key(catalogue, "2.1", "bomen") == "bomen"
    assert rules.indicator_key(catalogue, "2.1", None) is None
    with pytest.raises(UsageError, match="'boom'"):
        rules.indicator_key(catalogue, "2.1", "boom")
    with pytest.raises(UsageError):
        rules.indicator_key(catalogue, "1.0", "energiegemeenschap")  # a 2.1 target


def test_basis_value():
    assert rules.basis_value("inwoners", None) is None
    assert rules.basis_value("inwoners", 0) == 0
    assert rules.basis_value("inwoners", 100_000_000) == 100_000_000
    with pytest.raises(UsageError) as info:
        rules.basis_value("inwoners", 100_000_001)
    assert info.value.message("en") == "inwoners: '100000001' is not between 0 and 100,000,000"
    with pytest.raises(UsageError):
        rules.basis_value("wooneenheden", -1)
