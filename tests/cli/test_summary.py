"""`lekp summary`: every target totalled per provincie, arrondissement or gemeente."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from .common import (
    ENERGIEVERMOGEN_NOTE,
    HEMELWATER_NOTE,
    assert_same_records,
    csv_rows,
    decimal_json,
    one_line_error,
)

FLANDERS = 6_898_350  # inwoners of the 285 gemeenten on 1 January 2026


def _flanders(rows):
    return {r["indicator"]: r for r in rows if r["group"] == "Vlaanderen"}


def test_flanders_totals(lekp):
    result = lekp("summary", "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = decimal_json(result.stdout)
    assert {r["group"] for r in rows} == {
        "Antwerpen", "Vlaams-Brabant", "West-Vlaanderen", "Oost-Vlaanderen", "Limburg", "Vlaanderen"
    }  # fmt: skip
    total = _flanders(rows)
    assert total["bomen"]["gemeenten"] == 285
    assert total["bomen"]["target"] == FLANDERS * 1  # 1 tree per inwoner
    assert total["bomen"]["headline_gap"] == FLANDERS - 6_600_000  # the 6.6 million trees of the pact
    assert total["laadpunten"]["target_exact"] == D(FLANDERS) * D("1.5") / 100  # 103,475.25
    assert total["laadpunten"]["target"] == 103_475
    assert total["laadpunten"]["headline_gap"] == D("103475.25") - 99_000


@pytest.mark.parametrize(
    ("mode", "expected"),
    [(None, D("6898")), ("up", D("6899")), ("down", D("6898")), ("none", D("6898.35"))],
)
def test_rounding(lekp, mode, expected):
    args = ["summary", "-f", "json"] + (["--rounding", mode] if mode else [])
    perken = _flanders(decimal_json(lekp(*args).stdout))["natuurgroenperken"]
    assert perken["target_exact"] == D(FLANDERS) / 1000  # 6,898.35
    assert perken["target"] == expected


def test_per_gemeente(lekp):
    rows = decimal_json(lekp("summary", "--per", "gemeente", "-g", "Mol", "-g", "Gent", "-f", "json").stdout)
    bomen = {r["group"]: r["target"] for r in rows if r["indicator"] == "bomen"}
    assert bomen == {"Mol": 38_793, "Gent": 274_042, "Totaal": 38_793 + 274_042}
    hagen = next(r for r in rows if r["group"] == "Totaal" and r["indicator"] == "hagen")
    assert hagen["target_exact"] == D("38793") * D("0.5") + D("274042") * D("0.5")  # 156,417.5


def test_per_arrondissement_of_a_province(lekp):
    rows = decimal_json(lekp("summary", "--per", "arrondissement", "-p", "Limburg", "-f", "json").stdout)
    assert {r["group"] for r in rows} == {"Hasselt", "Maaseik", "Tongeren", "Totaal"}
    total = next(r for r in rows if r["group"] == "Totaal" and r["indicator"] == "bomen")
    assert total["gemeenten"] == 38


def test_notes_in_the_export(lekp):
    rows = _flanders(csv_rows(lekp("summary", "-f", "csv").stdout))
    assert rows["hemelwater"]["note"] == HEMELWATER_NOTE
    assert rows["energievermogen"]["note"] == ENERGIEVERMOGEN_NOTE


def test_table(lekp):
    out = lekp("summary").stdout
    assert out.startswith("Samenvatting per provincie\n")
    assert "Vlaanderen" in out and "6.898.350" in out
    assert lekp("summary", "--lang", "en").stdout.startswith("Summary per province\n")


def test_json_equals_the_library_records(lekp, library):
    for args, call in (
        ((), {}),
        (("--per", "arrondissement", "--rounding", "up"), {"per": "arrondissement", "rounding": "up"}),
        (
            ("--per", "gemeente", "-p", "Limburg", "-w", "3"),
            {"per": "gemeente", "provincie": "Limburg", "werf": 3},
        ),
        (("--pact", "1.0", "--jaar", "2022", "--lang", "en"), {"pact": "1.0", "jaar": 2022, "lang": "en"}),
    ):
        result = lekp("summary", "-f", "json", *args)
        assert result.exit_code == 0, result.stderr
        assert_same_records(decimal_json(result.stdout), library.summary(**call).records())


def test_errors(lekp):
    line = one_line_error(lekp("summary", "--per", "wijk"), 2)
    assert line == "lekp: fout: --per: 'wijk' bestaat niet; kies uit: provincie, arrondissement, gemeente"
    assert one_line_error(lekp("summary", "--rounding", "x"), 2).startswith("lekp: fout: --rounding: ")
    assert "onbekende gemeente 'Moll'" in one_line_error(lekp("summary", "-g", "Moll"), 1)


@pytest.mark.parametrize(
    ("per", "nl", "en"),
    [("gemeente", "Gemeente", "Gemeente"), ("arrondissement", "Arrondissement", "Arrondissement"),
     ("provincie", "Provincie", "Province")],
)  # fmt: skip
def test_the_first_column_names_what_its_groups_are(lekp, monkeypatch, per, nl, en):
    monkeypatch.setenv("COLUMNS", "200")
    for lang, heading in (("nl", nl), ("en", en)):
        out = lekp("summary", "--per", per, "-p", "Limburg", "-w", "4", "--lang", lang).stdout
        header = next(line for line in out.splitlines() if line.startswith("  ") and "─" not in line)
        assert header.split()[0] == heading, header
        assert "Groep" not in out and "Group " not in out


def test_per_gemeente_in_the_order_chosen(lekp):
    # a province's gemeenten alphabetically (Arendonk, NIS 13001, before Berlaar, 12002); named
    # gemeenten in the order named
    per = ("summary", "--per", "gemeente", "-w", "4", "-f", "json")
    rows = decimal_json(lekp(*per, "-p", "Antwerpen").stdout)
    names = list(dict.fromkeys(r["group"] for r in rows))
    assert names[:4] == ["Aartselaar", "Antwerpen", "Arendonk", "Baarle-Hertog"] and names[-1] == "Totaal"
    named = decimal_json(lekp(*per, "-g", "Mol", "-g", "Gent").stdout)
    assert list(dict.fromkeys(r["group"] for r in named)) == ["Mol", "Gent", "Totaal"]
