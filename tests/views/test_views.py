"""The neutral views: what each result shows, independent of any format.

Every view's records are exactly its result's records (what CSV and JSON export), its tables
hold typed values behind their texts, and the choices the renderers rely on (which column is
optional, which table is a matrix) hold.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from lekp_calc.views.catalogue import gemeenten_view, werven_view
from lekp_calc.views.many import compare_view, summary_view
from lekp_calc.views.model import Bullets, Section, Table, walk_tables
from lekp_calc.views.progress import progress_view, template_view, trajectory_view
from lekp_calc.views.report import report_view
from lekp_calc.views.targets import targets_view

REALISATIONS = Path(__file__).resolve().parent.parent / "data" / "realisaties_mol.csv"

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
    for table in tables:
        optional = {c.key for c in table.columns if c.optional}
        assert optional == {"ratio", "target_exact"}  # the target and its unit are never left out
        assert not table.matrix
    targets = {cell.text: cell.value for _, cell in _cells(view, "target")}
    assert targets["19.397"] == D("19397")  # hagen: 38,793 x 0.5 = 19,396.5, rounded half up
    assert targets["2.793,1"] == D("2793.1")  # 38,793 x 36 / 500 = 2,793.096 kWp, one decimal
    notes = {cell.value: cell.note for _, cell in _cells(view, "label") if cell.note}
    assert notes["hemelwater"] == "wettelijk verplichte opvang in nieuwbouw telt niet"
    titles = [b.title for b in view.blocks if isinstance(b, Bullets)]
    assert titles[-2].startswith("Algemene ondersteuning door de provincie Antwerpen")
    assert titles[-1] == "Engagementen zonder ratio (LEKP 2.1):"


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
    absolute, relative = walk_tables(view.blocks)
    assert [c.label for c in absolute.columns[2:]] == ["Mol", "Gent"]
    assert [cell.value for cell in absolute.rows[0][2:]] == [38_793, 274_042]
    bomen = next(row for row in relative.rows if row[0].value == "bomen")
    assert [cell.value for cell in bomen[2:]] == [1000, 1000]  # 1 tree per inwoner = 1,000 per 1,000


def test_report_sections_and_keys(library):
    view = report_view(library.report("Mol", realisaties=REALISATIONS))
    sections = [b for b in view.blocks if isinstance(b, Section)]
    assert [s.key for s in sections] == ["facts", "targets", "progress-section", "sources"]
    keys = [s.key for s in sections] + [t.key for t in walk_tables(view.blocks)]
    assert len(keys) == len(set(keys))  # they become the page's anchors
    targets = sections[1]
    assert [type(b) for b in targets.blocks].count(Table) == 4
