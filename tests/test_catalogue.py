"""The shipped catalogue: keys, versions, replacement rules and sources."""

from __future__ import annotations

from decimal import Decimal as D

from lekp_calc.catalogue import parse_catalogue

KEYS = [
    "bomen", "hagen", "natuurgroenperken", "renovaties", "renovaties_fossielvrij",
    "klimaattafels", "energieprojecten", "energievermogen", "energiegemeenschap",
    "deelwagens", "laadpunten", "fietspaden", "ontharding", "hemelwater",
]  # fmt: skip


def test_indicator_keys_are_exactly_the_agreed_ones(catalogue):
    assert {i.key for i in catalogue.indicators} == set(KEYS)
    assert [i.key for i in catalogue.indicators_for("2.1")] == KEYS


def test_versions_add_and_replace(catalogue):
    assert catalogue.versions == ["1.0", "2.0", "2.1"]
    v10 = {i.key: i for i in catalogue.indicators_for("1.0")}
    v20 = {i.key: i for i in catalogue.indicators_for("2.0")}
    v21 = {i.key: i for i in catalogue.indicators_for("2.1")}
    assert len(v10) == 11 and len(v20) == 13 and len(v21) == 14
    assert v10["laadpunten"].ratio.value == D("0.01")  # 1 per 100
    assert v20["laadpunten"].ratio.value == D("0.015")  # 1.5 per 100 replaces it in 2.0
    assert v20["energievermogen"].ratio.value == D("0.036")  # 18 kWp per 500
    assert v21["energievermogen"].ratio.value == D("0.072")  # 36 kWp per 500 in 2.1
    assert v21["klimaattafels"].deadline == 2024
    assert v21["energiegemeenschap"].deadline == 2025


def test_headlines_are_the_sourced_ones(catalogue):
    headlines = {(i.key, i.pact): i.headline.value for i in catalogue.indicators if i.headline is not None}
    assert headlines == {
        ("bomen", "1.0"): D("6600000"),
        ("hagen", "1.0"): D("3300000"),  # 3,300 km in metres
        ("natuurgroenperken", "1.0"): D("6600"),
        ("energieprojecten", "1.0"): D("12000"),
        ("energievermogen", "1.0"): D("216000"),  # 216 MW in kWp
        ("laadpunten", "1.0"): D("66000"),
        ("laadpunten", "2.0"): D("99000"),
        ("ontharding", "1.0"): D("6600000"),
        ("hemelwater", "1.0"): D("6600000"),
    }


def test_every_indicator_names_a_source_and_werf(catalogue):
    werven = {w.number for w in catalogue.werven}
    assert werven == {1, 2, 3, 4}
    for indicator in catalogue.indicators:
        assert indicator.source.strip()
        assert indicator.werf in werven


def test_provincial_support_per_werf(catalogue):
    assert all(w.provincie_antwerpen for w in catalogue.werven)
    assert any("fietsinfrastructuur" in line for line in catalogue.werf(3).provincie_antwerpen)


def test_engagements_replace_by_version(catalogue):
    texts = {e.key: e for e in catalogue.engagements_for("2.0")}
    assert "3 %" in texts["energiebesparing_eigen_gebouwen"].text_nl
    assert (
        "2,09 %"
        in {e.key: e for e in catalogue.engagements_for("1.0")}["energiebesparing_eigen_gebouwen"].text_nl
    )
    assert "buurtrenovatiecontract" not in {e.key for e in catalogue.engagements_for("2.0")}


def test_decimal_ratio_is_read_from_the_text_not_a_float():
    text = (
        "schema_version: 1\npact_versions: [{version: '1.0', year: 2021, name_nl: x}]\n"
        "werven: [{number: 1, name_nl: a, name_en: a, theme_nl: a, theme_en: a}]\n"
        "indicators:\n"
        "  - {key: k, werf: 1, pact: '1.0', label_nl: l, label_en: l, unit: kWp,\n"
        "     ratio: {amount: 0.1, per: 3}, basis: inwoners, deadline: 2030,\n"
        "     rounding: half-up, decimals: 0, source: s}\n"
    )
    parsed = parse_catalogue(text, "x.yaml")
    # per 3 gives no finite decimal: refused, with the line of 'per'.
    assert [(p.code, p.line) for p in parsed.problems] == [("Y214", 6)]
    parsed = parse_catalogue(text.replace("per: 3", "per: 1"), "x.yaml")
    assert parsed.catalogue is not None
    assert parsed.catalogue.indicators[0].ratio.amount == D("0.1")
