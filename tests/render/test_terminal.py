"""The terminal renderer: every view at 60 to 200 columns, and what it promises.

(a) no line is wider than the terminal, except a line holding a single word or number that is
    itself wider (it cannot be broken);
(b) every number of a table is shown whole, on one line, unless its column is named in the
    'Weggelaten' line under that table;
(c) `lekp targets` shows every gemeente of its selection and every target of its export;
(d) at 80 columns no word of an indicator's label is broken.

A table's layout depends only on the table and the width, so (b) renders a table with optional
columns on its own, where its 'Weggelaten' line is unambiguous; a table without optional columns
can leave nothing out and is looked up in the whole view.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import pytest

from lekp_calc.api import Lekp
from lekp_calc.numberformat import human
from lekp_calc.render import Format
from lekp_calc.render.terminal import cell_len, render
from lekp_calc.views.catalogue import gemeenten_view, werven_view
from lekp_calc.views.check import check_view
from lekp_calc.views.many import compare_view, summary_view
from lekp_calc.views.model import NUMERIC, Cell, Column, Kind, Paragraph, Records, Table, View, walk_tables
from lekp_calc.views.progress import progress_view, trajectory_view
from lekp_calc.views.targets import targets_view

from .helpers import REALISATIONS, rendered, table_view

WIDTHS = (60, 80, 100, 120, 200)
SEVEN = REALISATIONS.parent / "realisaties_zeven.csv"
SIX = ["Mol", "Gent", "Geel", "Balen", "Dessel", "Retie"]


def _check_report(folder: Path):
    from lekp_calc import check_files

    broken = folder / "gemeenten.csv"
    broken.write_text(
        "nis_code,name_nl,population_2026\n13025,Mol,veel,meer\n13029,Nijlen\n", encoding="utf-8"
    )
    return check_files([broken])


BUILD = {
    "targets-mol": lambda lekp, folder: targets_view(lekp.targets(["Mol"])),
    "targets-antwerpen": lambda lekp, folder: targets_view(lekp.targets(provincie="Antwerpen")),
    "targets-alle": lambda lekp, folder: targets_view(lekp.targets(alle=True)),
    "gemeenten": lambda lekp, folder: gemeenten_view(lekp.gemeenten()),
    "werven": lambda lekp, folder: werven_view(lekp.werven()),
    "summary-provincie": lambda lekp, folder: summary_view(lekp.summary(per="provincie")),
    "summary-arrondissement": lambda lekp, folder: summary_view(lekp.summary(per="arrondissement")),
    "summary-gemeente": lambda lekp, folder: summary_view(lekp.summary(per="gemeente")),
    "compare-6": lambda lekp, folder: compare_view(lekp.compare(SIX)),
    "trajectory": lambda lekp, folder: trajectory_view(lekp.trajectory("Mol")),
    "progress": lambda lekp, folder: progress_view(lekp.progress("Mol", realisaties=REALISATIONS)),
    "progress-provincie": lambda lekp, folder: progress_view(
        lekp.progress(provincie="Antwerpen", realisaties=SEVEN)
    ),
    "compare-4": lambda lekp, folder: compare_view(lekp.compare(SIX[:4])),
    "check": lambda lekp, folder: check_view(_check_report(folder)),
}
TARGETS = ("targets-mol", "targets-antwerpen", "targets-alle")
WITH_LABELS = (*TARGETS, "werven", "summary-provincie", "summary-arrondissement", "summary-gemeente",
               "compare-6", "compare-4", "trajectory", "progress", "progress-provincie")  # fmt: skip
NEGATIVE_ZERO = re.compile(r"(?<![\w.,])[-−][\d.,]*\d")


class Views:
    """Each view built once, and each rendering made once."""

    def __init__(self, lekp: Lekp, folder: Path) -> None:
        self.lekp, self.folder = lekp, folder
        self._views: dict[str, View] = {}
        self._text: dict[tuple[str, int], str] = {}

    def view(self, name: str) -> View:
        if name not in self._views:
            self._views[name] = BUILD[name](self.lekp, self.folder)
        return self._views[name]

    def text(self, name: str, width: int) -> str:
        if (name, width) not in self._text:
            out = io.StringIO()
            render(self.view(name), out, width=width)
            self._text[name, width] = out.getvalue()
        return self._text[name, width]


@pytest.fixture(scope="module")
def views(library, tmp_path_factory) -> Views:
    return Views(library, tmp_path_factory.mktemp("views"))


def too_wide(text: str, width: int) -> list[str]:
    """The lines wider than `width` that hold more than one unbreakable token."""
    return [line for line in text.splitlines() if cell_len(line) > width and len(line.split()) > 1]


_TOKENS: dict[int, tuple[str, set[str]]] = {}


def shown_whole(value: str, text: str) -> bool:
    """`value` appears on one line, between spaces or line ends (not inside a longer number)."""
    if not any(c.isspace() for c in value):  # one token: look it up among the text's tokens
        cached = _TOKENS.get(id(text))
        if cached is None or cached[0] is not text:
            cached = _TOKENS[id(text)] = (text, set(text.split()))
        return value in cached[1]
    return re.search(r"(?:^|(?<=\s))" + re.escape(value) + r"(?=\s|$)", text, re.MULTILINE) is not None


def dropped_columns(text: str) -> list[str]:
    """The column headings named in the 'Weggelaten …' line (however it wrapped)."""
    words = " ".join(text.split())
    found = re.findall(r"(?:Weggelaten om in \d+ kolommen te passen|Left out to fit \d+ columns): (.*?)\. "
                       r"(?:Toon ze|Show them)", words)  # fmt: skip
    return [name for names in found for name in names.split(", ")]


def numeric_cells(table: Table):
    for row in table.rows:
        for column, cell in zip(table.columns, row, strict=True):
            if column.kind in NUMERIC and cell.text:
                yield column, cell


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(BUILD))
def test_lines_fit_the_width(views, name, width):
    text = views.text(name, width)
    assert text.strip()
    assert too_wide(text, width) == []
    assert [t for t in NEGATIVE_ZERO.findall(text) if not re.search("[1-9]", t)] == []  # no '-0'


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(BUILD))
def test_numbers_are_shown_whole(views, name, width):
    view = views.view(name)
    whole = views.text(name, width)
    tables = list(walk_tables(view.blocks))
    assert tables
    for table in tables:
        if any(column.optional for column in table.columns):
            text = rendered(table_view(table, lang=view.lang), Format.TABLE, width=width)
            left_out = dropped_columns(text)
        else:
            text, left_out = whole, []
        missing = [
            (column.key, cell.text)
            for column, cell in numeric_cells(table)
            if column.heading not in left_out and not shown_whole(cell.text, text)
        ]
        assert missing == [], (table.title, missing[:10])
        assert set(left_out) <= {column.heading for column in table.columns if column.optional}


def _decimals(lekp: Lekp) -> dict[str, int]:
    return {r["indicator"]: r["decimals"] for r in lekp.werven().records()}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", TARGETS)
def test_targets_show_every_gemeente_and_target(views, name, width):
    import json

    text = views.text(name, width)
    records = json.loads(rendered(views.view(name), Format.JSON), parse_float=Decimal)
    decimals = _decimals(views.lekp)
    names = {r["gemeente"] for r in records}
    assert len(names) == {"targets-mol": 1, "targets-antwerpen": 67, "targets-alle": 285}[name]
    missing = [n for n in sorted(names) if not shown_whole(n, text)]
    assert missing == []
    tokens = set(text.split())
    wanted = {
        human(r["target"], "nl", decimals[r["indicator"]] if r["target"] != r["target_exact"] else None)
        for r in records
    }
    assert sorted(wanted - tokens) == []


@pytest.mark.parametrize("name", WITH_LABELS)
def test_no_label_word_is_broken_at_80_columns(views, name):
    tokens = set(views.text(name, 80).split())
    broken = {
        (r["indicator"], word)
        for r in views.lekp.werven().records()
        for word in r["label"].split()
        if word not in tokens
    }
    assert broken == set()


def test_a_word_wider_than_the_terminal_stays_whole():
    long = "x" * 70
    table = Table(
        [Column("a", "Naam", sticky=True), Column("n", "Getal", Kind.NUMBER)], [[Cell(long), Cell("1", 1)]]
    )
    view = table_view(table)
    view.content = lambda: [Paragraph(f"kort {long} kort"), table]
    text = rendered(view, Format.TABLE, width=60)
    assert long in text.splitlines()
    assert too_wide(text, 60) == []


# --- through the command line -------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["targets", "-g", "Mol"],
        ["targets", "-p", "Limburg"],
        ["gemeenten", "-p", "Limburg"],
        ["werven"],
        ["summary", "--per", "arrondissement"],
        ["compare", *[a for n in SIX for a in ("-g", n)]],
        ["trajectory", "-g", "Mol"],
        ["progress", "-g", "Mol", "--realisaties", str(REALISATIONS)],
    ],
)
def test_piped_output_respects_columns(lekp, monkeypatch, args):
    monkeypatch.setenv("COLUMNS", "80")
    result = lekp(*args)
    assert result.exit_code == 0, result.stderr
    assert too_wide(result.stdout, 80) == []
    assert max(cell_len(line) for line in result.stdout.splitlines()) > 60  # the room is used
    monkeypatch.delenv("COLUMNS")
    assert too_wide(lekp(*args).stdout, 100) == []  # a pipe without COLUMNS: 100


def test_a_narrow_table_names_what_it_left_out(lekp, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = lekp("targets", "-g", "Mol", "-w", "2").stdout
    assert dropped_columns(out) == ["Ratio"]
    assert "Weggelaten om in 80 kolommen te passen: Ratio." in " ".join(out.split())
    assert "Ratio" not in out.split("Weggelaten")[0]  # the column itself is gone


def test_a_bar_left_out_is_not_named(lekp, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS).stdout
    assert "█" not in out  # the bar did not fit …
    dropped = [line for line in out.splitlines() if "Weggelaten" in line]
    assert all("Voortgang" not in line for line in dropped)  # … and holds no data: it is not named


def test_ascii_terminal_degrades_instead_of_crashing(lekp):
    result = lekp("targets", "-g", "Mol", encoding="ascii")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.isascii()
    assert "m2" in out and "m3" in out  # m², m³
    assert "\n  - " in out  # the bullets •
    assert "Mol - NIS 13025 - provincie Antwerpen" in out  # the dots ·
    assert "38.793" in out


def test_no_negative_zero(lekp, tmp_path, monkeypatch):
    # Mol at the end of 2025, population of 2026: realisations exactly on the straight path, or a
    # hair below it, so that every gap is zero or rounds to zero.
    realisations = tmp_path / "r.csv"
    # Progress is judged against the exact targets (population of 2026: --jaar 2026).
    realisations.write_text(
        "indicator,jaar,waarde\n"
        "bomen,2025,19396.5\n"  # 38,793 x 5/10: gap 0
        "hagen,2025,9698.21\n"  # 38,793 x 0.5 x 5/10 = 9,698.25: gap -0.04, shown to 0 decimals
        "natuurgroenperken,2025,19.3965\n"  # 38,793 / 1,000 x 5/10: gap 0
        "laadpunten,2025,290.9435\n",  # 38,793 x 1.5 / 100 x 5/10 = 290.9475: gap -0.004
        encoding="utf-8",
    )
    args = ("progress", "-g", "Mol", "--jaar", "2026", "--realisaties", realisations)
    rows = {r["indicator"]: r for r in lekp(*args, "-f", "json").json()}
    assert rows["bomen"]["gap"] == 0 and rows["hagen"]["gap"] == -0.04
    for width in ("60", "200"):
        monkeypatch.setenv("COLUMNS", width)
        for fmt in ("table", "csv", "json", "markdown", "html"):
            out = lekp(*args, "-f", fmt).stdout
            zeros = [t for t in NEGATIVE_ZERO.findall(out) if not re.search("[1-9]", t)]
            assert zeros == [], (fmt, width)
    table = lekp(*args).stdout
    assert not re.search(r"-0(?![,.]\d)", table)  # no '-0' on its own
    assert " -0,04 " in table  # the hagen gap, exact: 9,698.21 - 9,698.25


def test_the_left_out_line_names_csv_only_when_csv_has_the_columns():
    wide = "x" * 34
    columns = [Column("label", "Naam", sticky=True), Column("extra", "Extra", Kind.NUMBER, optional=1)]
    table = Table(columns, [[Cell(wide, wide), Cell("12.345", 12345)]])
    exported = View(
        title="t", content=lambda: [table], records=Records(("label", "extra"), lambda: []), lang="nl"
    )
    only_here = View(title="t", content=lambda: [table], records=Records(("label",), lambda: []), lang="nl")
    # 34 + 2 + 6 = 42 characters do not fit 40 columns less the indent of 2: "Extra" is left out
    first = " ".join(rendered(exported, Format.TABLE, width=40).split())
    assert "Toon ze in een breder venster (COLUMNS=160) of met --format csv, markdown of html." in first
    second = " ".join(rendered(only_here, Format.TABLE, width=40).split())
    assert "Toon ze in een breder venster (COLUMNS=160) of met --format markdown of html." in second


def test_a_percent_stays_beside_its_number():
    from lekp_calc.views.model import Bullets

    # 'eigen mobiliteit 55' ends exactly at the edge of a 40-column text: '%' must not start a line
    words = "CO2-uitstoot van eigen mobiliteit 55 % lager tegen 2030"
    view = View(title="t", content=lambda: [Bullets([words])], records=Records((), lambda: []), lang="nl")
    lines = rendered(view, Format.TABLE, width=40).splitlines()
    assert not any(line.strip().startswith("%") for line in lines)
    assert any(line.rstrip().endswith("55 %") or " 55 % " in line for line in lines)


# --- a terminal that stays calm ------------------------------------------------------------------


def _lines_to(text: str, needle: str) -> int:
    """The number of the first line holding `needle` (1-based)."""
    return next(number for number, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_the_targets_of_a_gemeente_come_first_and_whole(lekp, monkeypatch):
    # At 80 columns the four werf tables are laid out as one table (one header, one width, one
    # note on what was left out) and end about two screenfuls of 24 lines down (line 50: 78 before);
    # the province's support, the engagements and the assumptions follow, each said once.
    monkeypatch.setenv("COLUMNS", "80")
    out = lekp("targets", "-g", "Mol").stdout
    lines = out.splitlines()
    end = _lines_to(out, "Weggelaten om in 80 kolommen")  # the table's last line (then the note)
    assert end <= 50, end
    tables = "\n".join(lines[:end])
    for werf in ("Werf 1: Laten we", "Werf 2: Verrijk je wijk", "Werf 3: Elke buurt", "Werf 4: Water is"):
        assert werf in tables
    # every target of Mol (2026: 38,793 inwoners, 19,095 wooneenheden) whole in those lines
    for value in ("38.793", "19.397", "39", "955", "477", "78", "2.793,1", "582"):
        assert shown_whole(value, tables), value
    assert out.count("Doelstelling") == 1  # one header
    assert out.count("Weggelaten om in") == 1  # one note
    # then the support, in one list, each quotation with its werf
    support = _lines_to(out, "Ondersteuning door de provincie Antwerpen")
    assert support > end and "(werf 2)" in out and out.count("geciteerd uit haar tekst") == 2
    assert _lines_to(out, "Engagementen zonder ratio") > support
    assert len(lines) <= 120  # 116; 139 before the tables were joined and the support gathered


def test_aligned_tables_share_one_header_and_one_width():
    from lekp_calc.views.model import Section

    columns = [Column("label", "Naam", sticky=True), Column("n", "Getal", Kind.NUMBER)]
    first = Table(columns, [[Cell("een"), Cell("1", 1)]], "Eerste", aligned=True)
    longer = [[Cell("een veel langere naam"), Cell("22", 22, note="twee")]]
    second = Table(columns, longer, "Tweede", aligned=True)
    other = Table([Column("label", "Anders", sticky=True)], [[Cell("x")]], "Derde", aligned=True)
    view = View("t", lambda: [Section("S", [first, second, other])], Records((), lambda: []))
    text = rendered(view, Format.TABLE, width=60)
    assert text.count("Naam") == 1 and text.count("Anders") == 1  # the third has other columns
    assert "Eerste\n  een" in text and "Tweede\n  een veel langere naam" in text
    one = next(line for line in text.splitlines() if line.startswith("  een  ") or line.startswith("  een "))
    two = next(line for line in text.splitlines() if "langere" in line)
    assert len(one.rstrip()) == len(two.rstrip())  # one grid: the numbers end in one column
    assert "[1] twee" in text


def test_the_progress_of_a_province_is_navigable(lekp, monkeypatch, synthetic_antwerpen):
    # 67 gemeenten, 14 targets: 896 lines before (814 before issue 16 added its gaps and legend),
    # 508 now; the headings a reader scans are there, the legend and each footnote said once.
    monkeypatch.setenv("COLUMNS", "80")
    out = lekp("progress", "-p", "Antwerpen", "--realisaties", synthetic_antwerpen).stdout
    lines = out.splitlines()
    assert len(lines) <= 520, len(lines)
    assert out.count("B doel al bereikt · S op schema · A achter op schema") == 1
    assert out.count("waarvan 18 kWp per 500 inwoners tegen eind 2025") == 1  # its footnote, once
    headings = [line for line in lines if line and not line.startswith(" ")]
    assert "Verdeling per doelstelling" in headings and "Per gemeente: percent bereikt en status" in headings
    # the spread: a heading per target, under it a row per group; no number cut at 60, 80 or 120
    assert "Extra bomen" in headings and "Onthard oppervlak" in headings
    for width in ("60", "80", "120"):
        monkeypatch.setenv("COLUMNS", width)
        text = lekp("progress", "-p", "Antwerpen", "--realisaties", synthetic_antwerpen).stdout
        assert too_wide(text, int(width)) == []
        assert "Gemeenten:" not in text  # never one block per row: the spread stays a table


def test_a_matrix_of_gemeenten_is_in_alphabetical_order(lekp, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    out = lekp("targets", "-p", "Antwerpen", "-w", "4").stdout
    rows = [line.split() for line in out.splitlines() if line.startswith("  ")]
    names = [row[0] for row in rows if row[-1][0].isdigit()]
    # Puurs-Sint-Amands (NIS 12041) and Laakdal (13053) are last in the data; here in their place
    assert names[:3] == ["Aartselaar", "Antwerpen", "Arendonk"] and names[-1] == "Zoersel"
    assert names.index("Laakdal") < names.index("Lier")
    assert names.index("Putte") < names.index("Puurs-Sint-Amands") < names.index("Ranst")


@pytest.mark.parametrize("width", [60, 80, 120])
def test_a_comparison_keeps_the_gemeenten_side_by_side(views, width):
    # four gemeenten: never split over parts (one part per gemeente at 60 before), every number whole
    text = views.text("compare-4", width)
    assert "(deel " not in text
    assert too_wide(text, width) == []
    bomen = text.split("Extra bomen (stuks)")[1].splitlines()[1:5]
    assert [line.split()[0] for line in bomen] == SIX[:4]
    view = views.view("compare-4")
    for table in walk_tables(view.blocks):
        for column, cell in numeric_cells(table):
            assert shown_whole(cell.text, text), (column.key, cell.text)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_a_number_of_progress_is_never_without_its_unit(lekp, monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    out = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS).stdout
    flat = " ".join(out.split())
    for labelled in ("Extra bomen (stuks)", "Onthard oppervlak (m²)", "(verstrengd) (kWp)", "(wooneenheden)"):
        assert labelled in flat, (width, labelled)
    assert "Eenheid" not in " ".join(dropped_columns(out))


def test_aligned_tables_stay_apart_where_one_table_would_not_fit():
    # a word of 50 letters in the second table: joined, neither table would fit 40 columns as a
    # grid; apart, the first still does (the second becomes blocks of its own, as it would alone)
    columns = [Column("label", "Naam", sticky=True), Column("n", "Getal", Kind.NUMBER)]
    first = Table(columns, [[Cell("kort"), Cell("1", 1)]], "Eerste", aligned=True)
    second = Table(columns, [[Cell("x" * 50), Cell("2", 2)]], "Tweede", aligned=True)
    view = View("t", lambda: [first, second], Records((), lambda: []))
    text = rendered(view, Format.TABLE, width=40)
    assert "Eerste\n  Naam  Getal" in text  # a grid with its header
    assert "Getal: 2" in text  # the second as a block
