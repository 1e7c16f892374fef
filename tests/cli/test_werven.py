"""`lekp werven`: the catalogue under a pact version."""

from __future__ import annotations

from decimal import Decimal as D

from .common import (
    ENERGIEVERMOGEN_NOTE,
    HEMELWATER_NOTE,
    assert_same_records,
    csv_rows,
    decimal_json,
    one_line_error,
)


def test_catalogue_of_pact_1(lekp):
    rows = decimal_json(lekp("werven", "-f", "json", "--pact", "1.0").stdout)
    assert len(rows) == 11
    laadpunten = next(r for r in rows if r["indicator"] == "laadpunten")
    assert laadpunten["ratio"] == D("0.01")  # 1 per 100 inwoners under pact 1.0
    assert laadpunten["headline"] == 66000


def test_table(lekp):
    out = lekp("werven").stdout
    assert "Werf 4: Water is het nieuwe goud" in out
    assert "Engagementen zonder ratio" in out
    english = lekp("werven", "--lang", "en").stdout
    assert "Werf 1: Let's plant a tree" in english
    assert "Engagements that are not ratios" in english


def test_markdown_of_one_werf(lekp):
    md = lekp("werven", "-f", "markdown", "--werf", "3", "--pact", "2.0").stdout
    assert "| laadpunten | (Semi-)publieke laadequivalenten | 1,5 per 100 inwoners | 2030 | 2.0 |" in md
    assert "Werf 1" not in md


def test_notes_in_the_export(lekp):
    rows = {r["indicator"]: r for r in csv_rows(lekp("werven", "-f", "csv").stdout)}
    assert rows["hemelwater"]["note"] == HEMELWATER_NOTE
    assert rows["energievermogen"]["note"] == ENERGIEVERMOGEN_NOTE
    assert rows["energievermogen"]["ratio"] == "0.072"  # 36 kWp / 500 inwoners


def test_json_equals_the_library_records(lekp, library):
    for args, call in (
        ((), {}),
        (("--pact", "1.0"), {"pact": "1.0"}),
        (("--werf", "2", "--lang", "en"), {"werf": 2, "lang": "en"}),
    ):
        result = lekp("werven", "-f", "json", *args)
        assert result.exit_code == 0, result.stderr
        assert_same_records(decimal_json(result.stdout), library.werven(**call).records())


def test_errors(lekp):
    assert one_line_error(lekp("werven", "--werf", "twee"), 2).startswith("lekp: fout: --werf: ")
    assert one_line_error(lekp("werven", "--pact", "9"), 2).startswith("lekp: fout: --pact: ")
    assert one_line_error(lekp("werven", "--werf", "twee", "--lang", "en"), 2).startswith(
        "lekp: error: --werf: "
    )


# --- sources and assumptions (issue 13) -----------------------------------------------------------

KEYS_21 = [
    "bomen", "hagen", "natuurgroenperken", "renovaties", "renovaties_fossielvrij", "klimaattafels",
    "energieprojecten", "energievermogen", "energiegemeenschap", "deelwagens", "laadpunten",
    "fietspaden", "ontharding", "hemelwater",
]  # fmt: skip


def test_sources_are_named_as_a_reader_names_them(lekp):
    rows = {r["indicator"]: r for r in csv_rows(lekp("werven", "-f", "csv").stdout)}
    # publisher and title, never an internal id or a bare domain
    assert rows["hemelwater"]["sources"] == (
        "Agentschap Binnenlands Bestuur, ‘Hemelwateropvang (Lokaal Klimaatpactportaal)’; "
        "Provincie Antwerpen, ‘Aanbod ondersteuner LEKP’; "
        "Vlaamse overheid, Agentschap Binnenlands Bestuur, ‘Lokaal Energie- en Klimaatpact’"
    )
    assert rows["renovaties"]["assumptions"] == "afronding wooneenheden"
    assert rows["energiegemeenschap"]["source_kinds"] == "secondary; secondary"  # no primary source found
    assert (
        rows["hemelwater"]["source_addresses"].split("; ")[0]
        == "https://lokaalklimaatpact.be/hemelwateropvang.html"
    )
    table = lekp("werven", "--werf", "2", "-f", "markdown").stdout
    # a target resting on secondary sources only says so; every address is listed in full
    assert "Interleuven, ‘LEKP 2.1: Versterking LEKP om energie-armoede te voorkomen’ (secundaire" in table
    assert "https://www.vvsg.be/kennisitem/vvsg/verrijk-je-wijk-energie (geraadpleegd 2026-11-28)" in table
    assert "seed" not in table and "vvsg.be werf" not in table


def test_assumptions_are_listed_with_what_depends_on_them(lekp):
    rows = csv_rows(lekp("werven", "--aannames", "-f", "csv").stdout)
    assert [r["assumption"] for r in rows] == [
        "afronding", "wooneenheden", "pad", "bevolkingsjaar",
        "energie-samengesteld", "energie-voor-2021", "co2-rechte-lijn",
        "laadpunt-tussen-ankers", "laadpaal-vermogen",
    ]  # fmt: skip
    used = {r["assumption"]: r["used_by"] for r in rows}
    assert used["afronding"] == ", ".join(KEYS_21)  # every target of 2.1 is rounded
    assert (
        used["wooneenheden"] == "renovaties, renovaties_fossielvrij, klimaattafels"
    )  # the three per wooneenheid
    assert used["laadpunt-tussen-ankers"] == used["laadpaal-vermogen"] == "laadpunten"  # the command
    assert used["pad"] == "trajectory, progress, report"
    assert used["energie-samengesteld"] == "energiebesparing_eigen_gebouwen"
    assert rows[0]["text"].startswith("Afronding: in de bronnen is geen afrondingsregel gevonden.")
    older = {
        r["assumption"]: r["used_by"]
        for r in csv_rows(lekp("werven", "--aannames", "--pact", "1.0", "-f", "csv").stdout)
    }
    assert older["wooneenheden"] == "renovaties"  # LEKP 1.0 has one target per wooneenheid
    assert "vermogen-afgeleid" not in older  # a press report states 18 kWp per 500 inwoners: no assumption
    assert one_line_error(lekp("werven", "--aannames", "--werf", "2"), 2).endswith(
        "--aannames toont alle aannames; laat --werf weg"
    )


def test_every_output_that_depends_on_an_assumption_says_so(lekp):
    targets = lekp("targets", "-g", "Mol", "--werf", "1").stdout
    assert "Aannames van lekp, waar geen bron beslist" in targets and "Afronding:" in targets
    assert "Wooneenheden:" not in targets  # werf 1 counts per inwoner only
    progress = lekp("progress", "-g", "Mol", "--realisaties", "tests/data/realisaties_mol.csv").stdout
    assert "Pad naar het doel:" in progress and "Bevolkingsjaar:" in progress
    trajectory = lekp("trajectory", "-g", "Mol").stdout
    assert "Pad naar het doel:" in trajectory and "Bevolkingsjaar:" not in trajectory
    # an assumption the user replaced with an option of their own is not claimed
    own = lekp("targets", "-g", "Mol", "-w", "2", "--wooneenheden", "20000").stdout
    assert "Afronding:" in own and "Wooneenheden:" not in own
    assert "Aannames van lekp" not in lekp("targets", "-g", "Mol", "-w", "1", "--rounding", "none").stdout


def test_a_quotation_cut_in_the_source_says_so(lekp):
    out = lekp("targets", "-g", "Mol", "--werf", "1", "-f", "markdown").stdout
    assert "geciteerd uit haar tekst ‘Aanbod ondersteuner LEKP’" in out
    assert (
        "- “De aanleg en het onderhoud van kleine landschapselementen waaronder hagen,...” "
        "(zo afgebroken in de bron)" in out
    )
