"""The neutral views: what each result shows, independent of any format.

Every view's records are exactly its result's records (what CSV and JSON export), its tables
hold typed values behind their texts, and the choices the renderers rely on (which column is
optional, which table is a matrix) hold.
"""

from __future__ import annotations

import re
from decimal import Decimal as D
from pathlib import Path

import pytest

from lekp_calc.views.catalogue import gemeenten_view, werven_view
from lekp_calc.views.many import compare_view, summary_view
from lekp_calc.views.model import Bullets, Facts, Figure, Paragraph, Section, Table, walk_tables
from lekp_calc.views.progress import (
    distribution_view,
    progress_view,
    projected_text,
    template_view,
    trajectory_view,
)
from lekp_calc.views.report import COLOURS, colour_of, report_view
from lekp_calc.views.targets import targets_view

REALISATIONS = Path(__file__).resolve().parent.parent / "data" / "realisaties_mol.csv"


# Hand-made: bomen of Mol (50 %), Geel (10 %), Dessel (25 %), Herenthout (100 %), hagen of
# Antwerpen (a reported 0), bomen of Lommel (75 %) and Herstappe (80 %), judged at the end of 2025
# with the population of 1 January 2025 (the arithmetic: tests/cli/common.py).
SEVEN = Path(__file__).resolve().parents[1] / "data" / "realisaties_zeven.csv"


@pytest.fixture(scope="module")
def seven():
    return SEVEN


CASES = {
    "targets": (lambda lekp: lekp.targets(["Mol", "Gent"]), targets_view),
    "gemeenten": (lambda lekp: lekp.gemeenten("mol"), gemeenten_view),
    "werven": (lambda lekp: lekp.werven(), werven_view),
    "summary": (lambda lekp: lekp.summary(), summary_view),
    "compare": (lambda lekp: lekp.compare(["Mol", "Gent"]), compare_view),
    "trajectory": (lambda lekp: lekp.trajectory("Mol"), trajectory_view),
    "progress": (lambda lekp: lekp.progress("Mol", realisaties=REALISATIONS), progress_view),
    "template": (lambda lekp: lekp.template(["Mol"]), template_view),
    "report": (lambda lekp: lekp.report("Mol", realisaties=REALISATIONS), report_view),
}


@pytest.mark.parametrize("name", list(CASES))
def test_records_are_the_results_records(library, name):
    call, make_view = CASES[name]
    result = call(library)
    view = make_view(result)
    records = [dict(zip(view.records.columns, row, strict=True)) for row in view.records.rows()]
    assert records == result.records()


@pytest.mark.parametrize("make_view", [progress_view, report_view])
def test_records_of_many_gemeenten(library, seven, make_view):
    result = library.progress(provincie="Antwerpen", realisaties=seven)
    shown = library.report(provincie="Antwerpen", realisaties=seven) if make_view is report_view else result
    view = make_view(shown)
    records = [dict(zip(view.records.columns, row, strict=True)) for row in view.records.rows()]
    assert records == result.records()


def test_the_distribution_view_exports_the_spread(library, seven):
    result = library.progress(provincie="Antwerpen", realisaties=seven)
    view = distribution_view(result.distribution())
    assert tuple(view.records.columns) == result.DISTRIBUTION_COLUMNS
    assert result.distribution().records() == [
        dict(zip(view.records.columns, r, strict=True)) for r in view.records.rows()
    ]
    rows = [dict(zip(view.records.columns, row, strict=True)) for row in view.records.rows()]
    assert rows[0] == {
        "group": "provincie Antwerpen", "indicator": "bomen", "gemeenten": 67,
        "doel al bereikt": 1, "op schema": 1, "achter op schema": 2, "gehaald op de termijn": 0,
        "niet gehaald op de termijn": 0, "met hiaten": 0, "niet gerapporteerd": 63,
        "percent_q1": D("21.3"), "percent_median": D("37.5"), "percent_q3": D("62.5"),
    }  # fmt: skip
    assert [g.key for g in result.groups()] == [
        "selection", "flanders", "size-0-10000", "size-10000-20000", "size-20000-50000", "size-50000-plus",
    ]  # fmt: skip
    # One table: per target (a group) a row per group of gemeenten, in the groups' order.
    (spread,) = walk_tables(view.blocks)
    assert spread.key == "spread" and spread.sheet == "Verdeling"
    assert [c.key for c in spread.columns if c.group] == ["label"]
    bomen = [row for row in spread.rows if row[0].value == "bomen"]
    assert [row[1].text for row in bomen] == [
        "prov. Antwerpen", "Vlaanderen (bestand)", "< 10.000 inw.", "10.000–20.000 inw.",
        "20.000–50.000 inw.", "≥ 50.000 inw.",
    ]  # fmt: skip
    # the counts are headed by the status's letter, explained by the legend above the table
    letters = [c.label for c in spread.columns if c.key.startswith("count_")]
    assert letters == ["B", "S", "A", "G", "N", "(h)", "–"]  # (h): reports with gaps, counted apart
    legend = next(b for b in view.blocks if isinstance(b, Paragraph) and b.text.startswith("B "))
    assert legend.text.startswith("B doel al bereikt · S op schema · A achter op schema")
    assert view.blocks.index(legend) < view.blocks.index(spread)


def _cells(view, key):
    for table in walk_tables(view.blocks):
        for row in table.rows:
            for column, cell in zip(table.columns, row, strict=True):
                if column.key == key:
                    yield table, cell


def test_targets_of_one_gemeente(library):
    view = targets_view(library.targets(["Mol"]))
    assert view.title == "Mol · NIS 13025 · provincie Antwerpen · arrondissement Turnhout"
    tables = list(walk_tables(view.blocks))
    assert [t.key for t in tables] == ["werf-1", "werf-2", "werf-3", "werf-4"]
    assert [t.sheet for t in tables] == ["Werf 1", "Werf 2", "Werf 3", "Werf 4"]
    for table in tables:
        optional = {c.key for c in table.columns if c.optional}
        assert optional == {"ratio", "target_exact"}  # the target and its unit are never left out
        assert not table.matrix
        assert table.aligned  # a terminal lays the four out as one table, one header
    targets = {cell.text: cell.value for _, cell in _cells(view, "target")}
    assert targets["19.397"] == D("19397")  # hagen: 38,793 x 0.5 = 19,396.5, rounded half up
    assert targets["2.793,1"] == D("2793.1")  # 38,793 x 36 / 500 = 2,793.096 kWp, one decimal
    notes = {cell.value: cell.note for _, cell in _cells(view, "label") if cell.note}
    assert notes["hemelwater"] == "opvang of infiltratie die in nieuwe verkavelingen verplicht is, telt niet"
    # the four tables come first, then the province's support for them in one list, each
    # quotation with its werf, then its general support
    kinds = [type(b) for b in view.blocks]
    assert kinds.index(Bullets) > max(i for i, kind in enumerate(kinds) if kind is Table)
    titles = [b.title for b in view.blocks if isinstance(b, Bullets)]
    assert titles[-4].startswith("Ondersteuning door de provincie Antwerpen, geciteerd uit haar tekst")
    support = [b for b in view.blocks if isinstance(b, Bullets)][-4]
    assert support.remarks[0] == "(zo afgebroken in de bron) (werf 1)"
    assert support.remarks[1:3] == ["(werf 2)", "(werf 2)"]
    assert titles[-3].startswith("Algemene ondersteuning door de provincie Antwerpen")
    assert titles[-2] == "Engagementen zonder ratio (LEKP 2.1):"
    # then lekp's assumptions behind these targets: rounding for all, the housing units for three
    assert titles[-1].startswith("Aannames van lekp, waar geen bron beslist")
    said = [b for b in view.blocks if isinstance(b, Bullets)][-1].items
    assert [line.split(":")[0] for line in said] == ["Afronding", "Wooneenheden"]


def test_targets_of_many_gemeenten_are_matrices(library):
    view = targets_view(library.targets(["Mol", "Gent", "Geel", "Balen"]))
    tables = list(walk_tables(view.blocks))
    assert all(t.matrix for t in tables)
    assert [len(t.rows) for t in tables] == [4, 4, 4, 4]
    assert [row[0].text for row in tables[0].rows] == ["Mol", "Gent", "Geel", "Balen"]
    three = targets_view(library.targets(["Mol", "Gent", "Geel"]))
    assert [type(b) for b in three.blocks[:3]] == [Section, Section, Section]


def test_no_provincial_support_outside_antwerpen(library):
    view = targets_view(library.targets(["Gent"]))
    assert not [b for b in view.blocks if isinstance(b, Bullets) and "provincie Antwerpen" in (b.title or "")]


def test_summary_tables_end_with_the_total(library):
    view = summary_view(library.summary())
    table = next(walk_tables(view.blocks))
    assert table.total_rows == {len(table.rows) - 1}
    assert table.rows[-1][0].text == "Vlaanderen"
    assert table.rows[-1][4].value == 6_898_350  # trees: 1 per inwoner of Flanders, 1 January 2026


def test_compare_holds_inwoners_and_per_1000(library):
    view = compare_view(library.compare(["Mol", "Gent"]))
    basis, targets = walk_tables(view.blocks)
    assert [row[0].text for row in basis.rows] == ["Mol", "Gent"]
    assert [row[1].value for row in basis.rows] == [38_793, 274_042]
    # a block per target (the grouping column) with a row per gemeente, in the order asked
    assert [c.key for c in targets.columns] == ["label", "gemeente", "target", "per_1000_inwoners"]
    assert targets.columns[0].group and not targets.matrix
    bomen = [row for row in targets.rows if row[0].value == "bomen"]
    assert bomen[0][0].text == "Extra bomen (stuks)"  # the unit with the target, said once
    assert [row[1].text for row in bomen] == ["Mol", "Gent"]
    assert [row[2].value for row in bomen] == [38_793, 274_042]  # 1 tree per inwoner
    assert [row[3].value for row in bomen] == [1000, 1000]  # 1 tree per inwoner = 1,000 per 1,000


def test_report_sections_and_keys(library):
    view = report_view(library.report("Mol", realisaties=REALISATIONS))
    sections = [b for b in view.blocks if isinstance(b, Section)]
    assert [s.key for s in sections] == [
        "summary", "facts", "targets", "goals-section", "progress-section", "sources",
    ]  # fmt: skip
    keys = [s.key for s in sections] + [t.key for t in walk_tables(view.blocks)]
    assert len(keys) == len(set(keys))  # they become the page's anchors
    targets = sections[2]
    assert [type(b) for b in targets.blocks].count(Table) == 4
    (locator,) = [b for b in sections[1].blocks if isinstance(b, Figure)]
    assert (locator.key, locator.kind) == ("locator", "map locator")
    assert locator.caption == "Mol in de provincie Antwerpen"
    assert 67 < locator.svg.count("<path data-nis=") < 285  # the province and its neighbours
    assert view.contents  # a report opens with its table of contents
    # without realisations there is nothing to sum up
    plain = report_view(library.report("Mol"))
    assert [s.key for s in plain.blocks if isinstance(s, Section)] == [
        "facts", "targets", "goals-section", "sources",
    ]  # fmt: skip


def test_the_summary_of_one_gemeente(library):
    view = progress_view(library.progress("Mol", realisaties=REALISATIONS))
    (summary,) = [b for b in view.blocks if isinstance(b, Section) and b.key == "summary"]
    (facts,) = summary.blocks
    assert isinstance(facts, Facts)
    # bomen, renovaties and laadpunten on track; hagen, natuurgroenperken, fietspaden, ontharding and
    # hemelwater behind; klimaattafels met; five not reported; nothing missed (so not listed)
    assert facts.items == [
        ("Beoordeeld", "einde 2025"),
        ("Inwoners", "38.701 op 1 januari 2025 (het beoordeelde jaar; die bepaalt de doelen)"),
        ("doel al bereikt", "0"),
        ("op schema", "3"),
        ("achter op schema", "5"),
        ("gehaald op de termijn", "1"),
        ("niet gerapporteerd", "5"),
    ]


def _row(table, key):
    (row,) = [r for r in table.rows if r[0].value == key]
    return {column.key: cell for column, cell in zip(table.columns, row, strict=True)}


def test_the_progress_table_of_one_gemeente(library):
    view = progress_view(library.progress("Mol", realisaties=REALISATIONS))
    (table,) = walk_tables(view.blocks)
    assert [c.key for c in table.columns] == [
        "label", "target", "realised", "percent", "bar", "expected", "gap", "needed_per_year",
        "status", "projected_year",
    ]  # fmt: skip
    bomen = _row(table, "bomen")
    # the unit is in the label, so no width leaves the numbers without it
    assert bomen["label"].text == "Extra bomen (stuks)"
    assert _row(table, "ontharding")["label"].text == "Onthard oppervlak (m²)"
    assert (bomen["realised"].value, bomen["percent"].text) == (D(21000), "54,3 %")
    assert (bomen["needed_per_year"].value, bomen["needed_per_year"].text) == (D(3541), "3.541")
    assert (bomen["status"].text, bomen["status"].style.value) == ("op schema", "warn")
    # not reported: realised "–", no percent, no bar, no gap, no pace; grey
    nothing = _row(table, "renovaties_fossielvrij")
    assert (nothing["realised"].text, nothing["percent"].text, nothing["bar"].text) == ("–", "", "")
    assert [nothing[k].text for k in ("gap", "needed_per_year", "projected_year")] == ["", "", "–"]
    assert (nothing["status"].text, nothing["status"].style.value) == ("niet gerapporteerd", "none")
    # far away: the value stays, the text says "na 2050" (800 / 5 a year; 38,701 / 160 = 241.9 years: 2262)
    hemelwater = _row(table, "hemelwater")
    assert (hemelwater["projected_year"].text, hemelwater["projected_year"].value) == ("na 2050", 2262)
    tafels = _row(table, "klimaattafels")
    assert (tafels["status"].text, tafels["status"].style.value, tafels["needed_per_year"].text) == (
        "gehaald op de termijn", "good", "",
    )  # fmt: skip
    legend, remarks, assumptions = [b for b in view.blocks if isinstance(b, Bullets)]
    assert legend.title == "Wat de statussen betekenen:" and len(legend.items) == 7  # 6 statuses, gaps
    assert [line.split(":")[0] for line in assumptions.items] == [
        "Afronding", "Wooneenheden", "Pad naar het doel", "Bevolkingsjaar",
    ]  # fmt: skip
    assert remarks.title == "Toelichting van de gemeente:"
    assert remarks.items == ["Extra bomen (2021): aanplant Gompel"]


def test_a_milestone_row_follows_its_target(library, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "indicator,jaar,waarde\nenergievermogen,2021,700\nenergievermogen,2023,700\nenergievermogen,2022,0\n",
        encoding="utf-8",
    )
    result = library.progress("Mol", realisaties=path)  # judged 2023, 1 January 2023: 38,159 inwoners
    (table,) = walk_tables(progress_view(result).blocks)
    index = next(i for i, row in enumerate(table.rows) if row[0].value == "energievermogen")
    stage = dict(zip((c.key for c in table.columns), table.rows[index + 1], strict=True))
    assert stage["label"].text == "waarvan tegen eind 2025 (kWp)"
    # 38,159 x 18 / 500 = 1,373.724 -> 1.373,7; 700 + 700 = 1,400 >= 1,373.724 before 2025: reached
    assert [stage[k].text for k in ("target", "realised", "status")] == [
        "1.373,7",
        "1.400",
        "doel al bereikt",
    ]
    # the target itself: 38,159 x 36 / 500 = 2,747.448, on the path 1,373.724 x 3/5 = 824.2344 by 2023
    target = _row(table, "energievermogen")
    assert (target["status"].text, target["expected"].value) == ("op schema", D("824.2344"))


def test_one_gemeente_beside_its_province_and_size(library, seven):
    result = library.progress("Mol", realisaties=seven)
    (table,) = walk_tables(progress_view(result).blocks)
    assert [c.label for c in table.columns[-2:]] == ["Mediaan provincie", "Mediaan zelfde grootte"]
    # province: [10, 25, 50, 100] (Antwerpen reported no bomen) -> 37.5; 20,000-50,000: [10, 50, 75] -> 50
    bomen = _row(table, "bomen")
    assert (bomen["median_province"].value, bomen["median_size"].value) == (D("37.5"), D("50.0"))
    # hagen: only Antwerpen (≥ 50,000) reported it, a 0: the province's median is 0, Mol's size has none
    hagen = _row(table, "hagen")
    assert (hagen["median_province"].text, hagen["median_size"].text) == ("0 %", "")
    assert result.peers(result.subject)["bomen"] == (D("37.5"), D("50.0"))


def test_many_gemeenten_are_not_ranked(library, seven):
    view = progress_view(library.progress(provincie="Antwerpen", realisaties=seven))
    assert view.title == "Voortgang van provincie Antwerpen"
    groups, per_gemeente = [b for b in view.blocks if isinstance(b, Section)]
    (spread,) = walk_tables(groups.blocks)
    assert [row[1].text for row in spread.rows[:2]] == ["prov. Antwerpen", "Vlaanderen (bestand)"]
    matrices = list(walk_tables(per_gemeente.blocks))
    assert [t.key for t in matrices] == ["werf-1", "werf-2", "werf-3", "werf-4"]
    werf1 = matrices[0]
    names = [row[0].text for row in werf1.rows]
    assert len(names) == 67
    # alphabetical, as a Fleming sorts: not the data's NIS order (Puurs-Sint-Amands, 12041, comes
    # after Willebroek, 12040, there)
    assert names[:3] == ["Aartselaar", "Antwerpen", "Arendonk"] and names[-1] == "Zoersel"
    assert names.index("Puurs-Sint-Amands") < names.index("Willebroek")
    # the percent is said once in the heading; a cell holds the number and the status's letter
    assert werf1.columns[1].heading == "Bomen (%)"
    herenthout = werf1.rows[names.index("Herenthout")]
    assert (herenthout[1].text, herenthout[1].value, herenthout[1].mark) == ("100 B", D("100.0"), "B")
    assert (herenthout[2].text, herenthout[2].value) == ("–", None)  # hagen: not reported
    assert view.legend[0][0] == "Cel"
    assert ("B", "doel al bereikt") in view.legend  # the letter and its status; the sentence: status_legend


def test_a_province_report_view(library, seven):
    view = report_view(library.report(provincie="Antwerpen", realisaties=seven))
    sections = [b for b in view.blocks if isinstance(b, Section)]
    keys = [s.key for s in sections]
    assert keys == ["summary", "overview", "groups", "maps", "per-gemeente", "goals-section", "sources"]
    maps = [b for s in sections for b in s.blocks if isinstance(b, Figure)]
    assert [f.key for f in maps][:2] == ["map-overview", "map-bomen"] and len(maps) == 15
    assert all(f.kind == "map" for f in maps)  # a province is not as wide as Flanders: upright pages
    overview, bomen = maps[:2]
    assert overview.numbered[:3] == ["Aartselaar", "Antwerpen", "Arendonk"] and len(overview.numbered) == 67
    assert bomen.caption == "Extra bomen: percent bereikt tot eind 2025"
    assert bomen.text.startswith("Mediaan 37,5 % over de 4 gemeenten met gegevens voor elk jaar (van 67)")
    assert sections[2].notes_once  # the notes of the five tables of the spread, once
    tables = list(walk_tables(sections[-3].blocks))
    assert [t.key for t in tables] == ["werf-1", "werf-2", "werf-3", "werf-4"]  # a matrix per werf
    assert all(len(t.rows) == 67 for t in tables)
    assert view.contents


def test_a_report_of_flanders_prints_its_maps_across_the_page(library, seven):
    view = report_view(library.report(alle=True, realisaties=seven))
    maps = [b for s in view.blocks if isinstance(s, Section) for b in s.blocks if isinstance(b, Figure)]
    assert len(maps) == 15 and all(f.kind == "map landscape" for f in maps)
    assert len(maps[0].numbered) == 285


def test_a_province_targets_report_view(library):
    report = library.report(provincie="Antwerpen")
    assert report.progress is None and report.targets is None and report.summary is not None
    assert report.records() == library.summary(per="gemeente", provincie="Antwerpen").records()
    view = report_view(report)
    assert view.title == "Lokaal Energie- en Klimaatpact: provincie Antwerpen"
    sections = [b for b in view.blocks if isinstance(b, Section)]
    assert [s.key for s in sections] == ["facts", "overview", "targets", "goals-section", "sources"]
    werf1 = next(walk_tables(sections[2].blocks))
    assert werf1.key == "werf-1" and len(werf1.rows) == 67 + 1 and werf1.total_rows == {67}
    (facts,) = [b for b in sections[0].blocks if isinstance(b, Facts)]
    assert ("Gemeenten", "67") in facts.items


@pytest.mark.parametrize(
    ("percent", "colour"),
    [
        (None, None),  # no data: hatched
        (D("-3.0"), "#ffffcc"),  # more removed than realised: the lowest class
        (D(0), "#ffffcc"),
        (D("24.9"), "#ffffcc"),
        (D(25), "#c2e699"),
        (D("49.9"), "#c2e699"),
        (D(50), "#78c679"),
        (D("74.9"), "#78c679"),
        (D(75), "#31a354"),
        (D("99.9"), "#31a354"),
        (D(100), "#006837"),
        (D("1333.3"), "#006837"),
    ],
)
def test_the_classes_of_percent_reached(percent, colour):
    assert colour_of(percent) == colour
    assert COLOURS == ("#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837")


def test_a_year_too_far_to_name():
    assert [projected_text(y, "nl") for y in (None, 2030, 2050, 2051, 2263)] == [
        "–", "2030", "2050", "na 2050", "na 2050",
    ]  # fmt: skip
    assert projected_text(2263, "en") == "after 2050"


def test_the_trajectory_marks_the_milestone(library):
    view = trajectory_view(library.trajectory("Mol"))  # population of 2026: 38,793
    (table,) = walk_tables(view.blocks)
    vermogen = _row(table, "energievermogen")
    # 38,793 x 18 / 500 = 1,396.548 -> 1.396,5 kWp by the end of 2025, marked with a footnote
    assert (vermogen["2025"].value, vermogen["2025"].text) == (D("1396.5"), "1.396,5")
    assert vermogen["2025"].note == "waarvan tegen eind 2025"
    assert [key for key, cell in vermogen.items() if cell.note and key.isdigit()] == ["2025"]
    assert vermogen["2023"].value == D("1396.5") * 3 / 5 == D("837.9")


def test_the_chart_bends_at_the_milestone(library, tmp_path):
    from lekp_calc.views.charts import progress_chart

    path = tmp_path / "r.csv"
    path.write_text("indicator,jaar,waarde\nenergievermogen,2021,500\nbomen,2021,5\n", encoding="utf-8")
    items = {p.indicator.key: p for p in library.progress("Mol", realisaties=path).items}

    def expected_points(item):
        svg = progress_chart(item, 2021, "label", "legend", "nl")
        (points,) = re.findall(r'<polyline class="expected"[^>]* points="([^"]+)"', svg)
        return points.split(), svg

    corners, svg = expected_points(items["energievermogen"])
    assert len(corners) == 3  # end 2020, the milestone (end 2025), the deadline (end 2030)
    assert svg.count('<circle class="milestone"') == 1
    # 2025 lies halfway between 2020 and 2030 on the x axis
    xs = [float(c.split(",")[0]) for c in corners]
    assert xs[1] - xs[0] == pytest.approx(xs[2] - xs[1])
    corners, svg = expected_points(items["bomen"])
    assert len(corners) == 2 and 'class="milestone"' not in svg
