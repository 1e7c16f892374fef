"""The catalogue: the shipped one (keys, versions, replacement rules, sources) and the reader's rules."""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest

from conftest import DATA
from lekp_calc.datafiles.catalogue import parse_catalogue, parse_catalogue_file
from lekp_calc.datafiles.load import load_catalogue
from lekp_calc.domain.model import Rounding
from lekp_calc.errors import DataError

KEYS = [
    "bomen", "hagen", "natuurgroenperken", "renovaties", "renovaties_fossielvrij",
    "klimaattafels", "energieprojecten", "energievermogen", "energiegemeenschap",
    "deelwagens", "laadpunten", "fietspaden", "ontharding", "hemelwater",
]  # fmt: skip

# A minimal catalogue; line 5 is the indicator's first line, line 6 holds ratio, basis and deadline.
SMALL = (
    "schema_version: 1\npact_versions: [{version: '1.0', year: 2021, name_nl: x, sources: [s]}]\n"
    "werven: [{number: 1, name_nl: a, name_en: a, theme_nl: a, theme_en: a}]\n"
    "indicators:\n"
    "  - {key: k, werf: 1, pact: '1.0', label_nl: l, label_en: l, unit: kWp,\n"
    "     ratio: {amount: 0.1, per: 1}, basis: inwoners, deadline: 2030,\n"
    "     rounding: half-up, decimals: 0, sources: [s]}\n"
    "assumptions: [{id: pad, text_nl: p, text_en: p}, {id: bevolkingsjaar, text_nl: b, text_en: b}]\n"
    "sources: [{id: s, publisher: P, title: T, kind: primary, address: 'https://x.org',\n"
    "           consulted: '2026-11-28'}]\n"
)


def found(text: str) -> list[tuple[str, int | None]]:
    return [(p.code.name, p.line) for p in parse_catalogue(text, "x.yaml").problems]


def test_indicator_keys_are_exactly_the_agreed_ones(catalogue):
    assert {i.key for i in catalogue.indicators} == set(KEYS)
    assert [i.key for i in catalogue.indicators_for("2.1")] == KEYS
    assert catalogue.indicator_keys == KEYS


def test_versions_add_and_replace(catalogue):
    assert catalogue.versions == ["1.0", "2.0", "2.1"]
    assert catalogue.latest_version == "2.1"
    v10 = {i.key: i for i in catalogue.indicators_for("1.0")}
    v20 = {i.key: i for i in catalogue.indicators_for("2.0")}
    v21 = {i.key: i for i in catalogue.indicators_for("2.1")}
    assert len(v10) == 11 and len(v20) == 13 and len(v21) == 14
    assert v10["laadpunten"].ratio.value == D(1) / 100 == D("0.01")  # 1 per 100
    assert v20["laadpunten"].ratio.value == D("1.5") / 100 == D("0.015")  # 1.5 per 100 replaces it in 2.0
    assert v20["energievermogen"].ratio.value == D(18) / 500 == D("0.036")  # 18 kWp per 500
    assert v21["energievermogen"].ratio.value == D(36) / 500 == D("0.072")  # 36 kWp per 500 in 2.1
    assert v21["klimaattafels"].deadline == 2024
    assert v21["energiegemeenschap"].deadline == 2025
    assert [i.key for i in catalogue.indicators_for("2.1", werf=4)] == ["ontharding", "hemelwater"]


def test_labels_and_notes_in_two_languages(catalogue):
    bomen = catalogue.indicators_for("2.1")[0]
    assert bomen.label("nl") == bomen.label_nl != bomen.label("en") == bomen.label_en
    assert catalogue.werf(1).name("en") == catalogue.werf(1).name_en
    with pytest.raises(KeyError):
        catalogue.werf(9)


def test_headlines_are_the_sourced_ones(catalogue):
    headlines = {(i.key, i.pact): i.headline.value for i in catalogue.indicators if i.headline is not None}
    assert headlines == {
        ("bomen", "1.0"): D("6600000"),
        ("hagen", "1.0"): D("3300") * 1000,  # 3,300 km in metres
        ("natuurgroenperken", "1.0"): D("6600"),
        ("energieprojecten", "1.0"): D("12000"),
        ("energievermogen", "1.0"): D("216") * 1000,  # 216 MW in kWp
        ("laadpunten", "1.0"): D("66000"),
        ("laadpunten", "2.0"): D("99000"),
        ("ontharding", "1.0"): D("6600000"),
        ("hemelwater", "1.0"): D("6600000"),
    }


def test_no_text_of_the_shipped_catalogue_is_a_formula(catalogue):
    for indicator in catalogue.indicators:
        if indicator.headline is not None:
            assert indicator.headline.stated[0] not in "=+-@", indicator.key


def test_every_indicator_names_a_source_and_werf(catalogue):
    werven = {w.number for w in catalogue.werven}
    assert werven == {1, 2, 3, 4}
    for indicator in catalogue.indicators:
        assert indicator.sources, indicator.key
        assert indicator.werf in werven
        assert indicator.rounding is Rounding.HALF_UP
        assert "afronding" in indicator.assumptions  # no source gives a rounding rule


def test_every_row_cites_declared_sources_with_an_address(catalogue):
    declared = {s.id: s for s in catalogue.sources}
    rows = [*catalogue.pact_versions, *catalogue.indicators, *catalogue.engagements]
    for row in rows:
        assert row.sources and set(row.sources) <= set(declared), row
    for indicator in catalogue.indicators:
        if indicator.headline:
            assert indicator.headline.source in declared
    assert catalogue.support_source == "pa-aanbod"
    for source in catalogue.sources:
        assert source.address.startswith("https://"), source.id
        assert source.consulted in ("2026-11-28", "2026-12-08")  # the two rounds of reading the sources
        # a reader's label: a publisher and a title, never an internal name or a bare domain
        assert source.publisher and source.title and "seed" not in source.label().lower()
        assert not re.fullmatch(r"[\w.-]+\.(be|org|com)(/.*)?", source.title), source.title
    assert declared["pa-aanbod"].label() == "Provincie Antwerpen, ‘Aanbod ondersteuner LEKP’"


def test_rows_resting_on_secondary_sources_only(catalogue):
    # What the research found: no primary source states these; the catalogue says so by citing
    # only secondary sources (a gemeente, an intercommunale), which the outputs mark as such.
    kinds = {s.id: s.kind for s in catalogue.sources}
    rows = [*catalogue.indicators, *catalogue.engagements]
    secondary_only = {
        (row.key, row.pact) for row in rows if all(kinds[i] == "secondary" for i in row.sources)
    }
    assert secondary_only == {
        ("energievermogen", "2.1"),
        ("energiegemeenschap", "2.1"),
        ("openbare_verlichting_led", "1.0"),
        ("geen_heffing_hernieuwbaar", "1.0"),
        ("renovatietraject", "2.1"),
    }


def test_versions_are_stated_only_where_a_primary_source_decides(catalogue):
    engagements = {e.key: e for e in catalogue.engagements}
    sources = {s.id: s for s in catalogue.sources}
    # The Covenant of Mayors: VVSG's page on it makes it a condition of the pact; ABB's
    # announcement of 7 June 2021 says the pact builds on it.
    assert engagements["burgemeestersconvenant"].pact == "1.0"
    assert engagements["burgemeestersconvenant"].sources[:2] == ("vvsg-bc", "abb-2021")
    # LED lighting, no levy on renewable energy, the heat and demolition plans: pages dated before
    # LEKP 2.0 was decided list them among the engagements, so they are the first pact's.
    decided_20 = sources["bvr-2022-07"].dated
    assert sources["wvi-lekp"].dated == "2022-02-22" and decided_20 == "2022-07-08"
    assert sources["wvi-lekp"].dated < decided_20
    for key in ("openbare_verlichting_led", "geen_heffing_hernieuwbaar", "warmteplan", "sloopbeleidsplan"):
        assert engagements[key].pact == "1.0"
        assert {"wvi-lekp", "berlaar-lekp"} <= set(engagements[key].sources)


def test_wording_follows_the_sources(catalogue):
    by_key = {(i.key, i.pact): i for i in catalogue.indicators}
    assert by_key[("bomen", "1.0")].label_nl == "Extra bomen"  # no source limits it to trees outside forests
    assert "laadequivalenten" in by_key[("laadpunten", "2.0")].label_nl
    assert "verkavelingen" in (by_key[("hemelwater", "1.0")].note_nl or "")
    contract = next(e for e in catalogue.engagements if e.key == "buurtrenovatiecontract")
    assert "wijkverbeteringscontract" in contract.text_nl
    # a support line the province's text itself breaks off keeps its three dots
    assert catalogue.werf(1).provincie_antwerpen[0].endswith("hagen,...")


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


def test_the_snapshot_equals_the_validated_file(catalogue):
    parsed = parse_catalogue_file(DATA / "werven.yaml")
    assert not parsed.problems
    assert parsed.catalogue == catalogue == load_catalogue(DATA / "werven.yaml")


def test_decimal_ratio_is_read_from_the_text_not_a_float():
    text = SMALL.replace("per: 1}", "per: 3}")
    # per 3 gives no finite decimal: refused, with the line of 'per'.
    assert found(text) == [("Y214", 6)]
    parsed = parse_catalogue(SMALL, "x.yaml")
    assert parsed.catalogue is not None
    assert parsed.catalogue.indicators[0].ratio.amount == D("0.1")
    assert str(parsed.catalogue.indicators[0].ratio.amount) == "0.1"  # not 0.1000000000000000055…


def test_one_item_reports_every_bad_field():
    # A bad basis, a deadline outside the pact and an inexact ratio: all three, not only the first.
    text = SMALL.replace("per: 1}", "per: 3}").replace("basis: inwoners", "basis: huishoudens")
    text = text.replace("deadline: 2030", "deadline: 2035")
    assert sorted(found(text)) == [("Y209", 6), ("Y210", 6), ("Y214", 6)]
    messages = {p.code.name: p.message("en") for p in parse_catalogue(text, "x.yaml").problems}
    assert (
        messages["Y209"]
        == "unknown basis 'huishoudens' in indicators[0].basis: use 'inwoners' or 'wooneenheden'"
    )
    assert messages["Y210"] == "indicators[0].deadline: deadline '2035' is outside the pact period 2021-2030"
    assert messages["Y214"].startswith("indicators[0].ratio.per: 'per: 3' gives no exact decimal ratio;")


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_a_text_that_a_spreadsheet_runs_is_refused(start):
    text = SMALL.replace("label_en: l", f"label_en: '{start}SUM(A1)'")
    assert found(text) == [("Y217", 5)]
    (problem,) = parse_catalogue(text, "x.yaml").problems
    assert f"starts with '{start}'" in problem.message("en")
    assert f"begint met '{start}'" in problem.message("nl")


def test_control_characters_are_refused():
    # an escape written as YAML escape inside a quoted string
    text = SMALL.replace("label_en: l", 'label_en: "red \\x1b[31m"')
    (problem,) = parse_catalogue(text, "x.yaml").problems
    assert (problem.code.name, problem.line) == ("Y218", 5)
    assert problem.message("en") == "indicators[0].label_en: control character '\\x1b' in the text; remove it"
    # a raw ESC or NUL in the file: PyYAML refuses it; the problem still has its line and column
    for character in ("\x1b", "\x00"):
        text = SMALL.replace("label_en: l", f"label_en: l{character}")
        (problem,) = parse_catalogue(text, "x.yaml").problems
        assert problem.code.name == "Y218"
        assert (problem.line, problem.column) == (5, SMALL.split("\n")[4].index("label_en: l") + 12)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("amount: 0.1", "amount: 1000001"),  # above 1,000,000
        ("per: 1}", "per: 2000000000}"),  # above 1,000,000,000
        ("amount: 0.1", "amount: 0.1234567"),  # more than 6 decimals
        ("amount: 0.1", "amount: 123456789012345678901234567890"),  # too many digits to be a ratio
        ("decimals: 0", "decimals: 7"),
    ],
)
def test_numbers_out_of_bounds(old, new):
    assert found(SMALL.replace(old, new)) == [("Y219", 6 if "decimals" not in old else 7)]


def test_engagement_percent_above_100():
    text = SMALL + (
        "engagements:\n  - {key: e, pact: '1.0', text_nl: t, text_en: t, sources: [s],\n"
        "     rule: {kind: energy_saving, percent: 101}}\n"
    )
    assert found(text) == [("Y219", 13)]  # SMALL's 10 lines, 'engagements:', the item, then its rule
    assert found(text.replace("percent: 101", "percent: 3")) == []


def test_the_loader_refuses_what_the_reader_reports(tmp_path):
    path = tmp_path / "werven.yaml"
    path.write_text(SMALL.replace("basis: inwoners", "basis: huishoudens"), encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    assert info.value.message("en").startswith(f"{path}:6:")
    assert "Y209" in info.value.message("en")
