"""Workbooks lekp writes (`--format xlsx`, `-o name.xlsx`), read back with openpyxl, the independent reader.

Every view with a table is written in Dutch and in English and opened with openpyxl: every
sheet's header must be in the About sheet's column dictionary with its machine key, numbers
carry a number format, the header row is frozen and filtered, the columns have a width, and
the About sheet says what the workbook is.

The central test is a consistency test, not a test of the figures: every value of the
"Gegevens" / "Data" sheet must be the value the JSON export of the same command gives
(numbers as numeric cells, text as text). The JSON export itself is checked against values
worked out by hand in the tests of each command (tests/cli); here, the figures the workbook
is checked on directly (Mol's targets and progress, a check's problem) are computed by hand
from the data files, with the arithmetic written out, never copied from lekp's output.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import pty
import re
import subprocess
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from conftest import REPO, Cli
from lekp_calc import __version__

from .helpers import DATA, REALISATIONS, TESTS

EPOCH = "1767225600"  # 2026-01-01 00:00:00 UTC
EPOCH_DAY = "2026-01-01"
BROKEN = TESTS / "check" / "corpus" / "csv" / "negative.csv"  # population_2020 of one gemeente is -79
SEVEN = TESTS / "data" / "realisaties_zeven.csv"  # seven gemeenten's realisations (tests/cli/common.py)

# Each view with a table: its command line and the exit code (a check that finds a problem fails).
VIEWS: dict[str, tuple[tuple[str, ...], int]] = {
    "targets-gemeente": (("targets", "-g", "Mol"), 0),
    "targets-provincie": (("targets", "-p", "Antwerpen"), 0),
    "gemeenten": (("gemeenten",), 0),
    "werven": (("werven",), 0),
    "summary-provincie": (("summary",), 0),
    "summary-gemeente": (("summary", "--per", "gemeente", "-p", "Limburg"), 0),
    "compare": (("compare", "-g", "Mol", "-g", "Geel", "-g", "Gent"), 0),
    "trajectory": (("trajectory", "-g", "Mol"), 0),
    "progress": (("progress", "-g", "Mol", "--realisaties", str(REALISATIONS)), 0),
    "progress-provincie": (("progress", "-p", "Antwerpen", "--realisaties", str(SEVEN)), 0),
    "check": (("check", str(BROKEN)), 1),
    "laadpunten": (("laadpunten", str(REPO / "tests" / "check" / "corpus" / "base" / "laadpunten.csv")), 0),
}
LANGS = ("nl", "en")
CASES = [(view, lang) for view in VIEWS for lang in LANGS]

# Written by hand: the words a workbook uses for its own sheets, in each language.
DATA_SHEET = {"nl": "Gegevens", "en": "Data"}
ABOUT_SHEET = {"nl": "Over", "en": "About"}
DICTIONARY_HEAD = {"nl": ("Blad", "Kop", "Sleutel"), "en": ("Sheet", "Header", "Key")}
# A few column headers, as a user reads them in each language.
HEADERS = {
    "nl": {
        "nis_code": "NIS",
        "gemeente": "Gemeente",
        "provincie": "Provincie",
        "target": "Doel",
        "target_exact": "Exact",
        "deadline": "Tegen eind",
        "unit": "Eenheid",
        "year": "Jaar",
        "line": "Lijn",
        "message": "Melding",
        "realised": "Gerealiseerd",
    },
    "en": {
        "nis_code": "NIS",
        "provincie": "Province",
        "target": "Goal",
        "target_exact": "Exact",
        "deadline": "By end",
        "unit": "Unit",
        "year": "Year",
        "line": "Line",
        "message": "Message",
        "realised": "Realised",
    },
}
# Keys whose values are text that may look like a number: a NIS code, a pact version.
TEXT_NUMBERS = {"nis_code", "pact", "version", "indicator_pact", "predecessor_nis_codes"}
# Machine keys that are Dutch words a Dutch header may repeat as they are (the statuses counted).
DUTCH_KEYS = {"behaald", "op schema", "achter", "gehaald", "niet gehaald", "niet gerapporteerd"}
NUMBER_LIKE = re.compile(r"^[-+]?\d[\d.,  ]*%?$")


# --- helpers -------------------------------------------------------------------------------


class Export:
    """One command written as a workbook and as JSON."""

    def __init__(self, path: Path, records: list[dict[str, Any]], lang: str, code: int) -> None:
        self.path = path
        self.records = records
        self.lang = lang
        self.code = code
        self.book = openpyxl.load_workbook(path)

    @property
    def about(self) -> Any:
        return self.book[ABOUT_SHEET[self.lang]]

    @property
    def data(self) -> Any:
        return self.book[DATA_SHEET[self.lang]]

    def tables(self) -> list[Any]:
        """The sheets of tables: every sheet but the About sheet."""
        return [ws for ws in self.book.worksheets if ws.title != ABOUT_SHEET[self.lang]]


def about_lines(ws: Any) -> list[tuple[Any, ...]]:
    return [row for row in ws.iter_rows(values_only=True)]


def about_text(ws: Any) -> str:
    return "\n".join(" ".join(str(v) for v in row if v is not None) for row in about_lines(ws))


def dictionary(ws: Any, lang: str) -> dict[str, list[tuple[str, str]]]:
    """The About sheet's column dictionary: for each sheet, its (header, machine key) pairs in order."""
    rows = about_lines(ws)
    start = next(i for i, row in enumerate(rows) if tuple(row[:3]) == DICTIONARY_HEAD[lang])
    found: dict[str, list[tuple[str, str]]] = {}
    for row in rows[start + 1 :]:
        if row[0] is None:
            break
        found.setdefault(row[0], []).append((row[1], row[2]))
    return found


def header(ws: Any) -> list[Any]:
    return [cell.value for cell in next(ws.iter_rows(min_row=1, max_row=1))]


PERCENT_KEYS = {"percent", "percent_q1", "percent_median", "percent_q3"}


def same(cell: Any, value: Any, key: str = "") -> bool:
    """A cell holds the JSON value: a number as a numeric cell, text as text, nothing as empty, an
    array of ids (the assumptions behind a figure) as the ids separated by a space; a percent
    (54.3 in JSON) as its fraction (0.543) with a percent format."""
    if isinstance(value, list):
        value = " ".join(value)
    if value is None or value == "":
        return cell.value is None
    if key in PERCENT_KEYS:
        return (
            cell.data_type == "n"
            and "%" in cell.number_format
            and Decimal(str(cell.value)) == Decimal(value) / 100
        )
    if isinstance(value, bool):
        return cell.data_type == "b" and cell.value is value
    if isinstance(value, int | Decimal):
        return (
            cell.data_type == "n"
            and isinstance(cell.value, int | float)
            and not isinstance(cell.value, bool)
            and Decimal(str(cell.value)) == Decimal(value)
        )
    return cell.data_type == "s" and cell.value == value


def width(ws: Any, index: int) -> float | None:
    """The width set for column `index` (1-based): XlsxWriter may group equal columns."""
    for dim in ws.column_dimensions.values():
        if dim.min is not None and dim.max is not None and dim.min <= index <= dim.max and dim.customWidth:
            return float(dim.width)
    return None


def newest_population_year() -> int:
    with (DATA / "municipalities.csv").open(encoding="utf-8") as handle:
        names = next(csv.reader(handle))
    return max(int(name.removeprefix("population_")) for name in names if name.startswith("population_"))


def population(nis: str, year: int) -> int:
    with (DATA / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["nis_code"] == nis:
                return int(row[f"population_{year}"])
    raise LookupError(nis)


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Each view in each language, written once (as workbook and as JSON) the first time a test asks."""
    folder = tmp_path_factory.mktemp("xlsx")
    cli = Cli()
    made: dict[tuple[str, str], Export] = {}

    def get(view: str, lang: str) -> Export:
        if (view, lang) not in made:
            args, code = VIEWS[view]
            path = folder / f"{view}-{lang}.xlsx"
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
                patch.setenv("NO_COLOR", "1")
                patch.delenv("LEKP_LANG", raising=False)
                written = cli(*args, "--lang", lang, "-o", path)
                exported = cli(*args, "--lang", lang, "-f", "json")
            assert written.exit_code == code, written.stderr
            assert exported.exit_code == code, exported.stderr
            assert "Traceback" not in written.stderr + exported.stderr
            document = json.loads(exported.stdout, parse_float=Decimal)
            records = document["problems"] if isinstance(document, dict) else document
            assert records, f"{view}: the JSON export is empty"
            made[view, lang] = Export(path, records, lang, code)
        return made[view, lang]

    return get


# --- every view: the data sheet is the JSON export -------------------------------------------


@pytest.mark.parametrize(("view", "lang"), CASES)
def test_data_sheet_holds_every_value_of_the_json_export(exports: Any, view: str, lang: str) -> None:
    export = exports(view, lang)
    ws = export.data
    keys = list(export.records[0])
    columns = dictionary(export.about, lang)[ws.title]
    assert [key for _, key in columns] == keys  # every key of the JSON export, in order
    assert header(ws) == [heading for heading, _ in columns]
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(export.records)
    for cells, record in zip(rows, export.records, strict=True):
        assert len(cells) == len(keys)
        for cell, key in zip(cells, keys, strict=True):
            assert same(cell, record[key], key), (view, lang, cell.coordinate, key, cell.value, record[key])


@pytest.mark.parametrize(("view", "lang"), CASES)
def test_headers_are_in_the_language_and_never_a_bare_key(exports: Any, view: str, lang: str) -> None:
    export = exports(view, lang)
    columns = dictionary(export.about, lang)[export.data.title]
    for heading, key in columns:
        assert heading, key
        if key in HEADERS[lang]:
            assert heading == HEADERS[lang][key], (key, heading)
        assert "_" not in heading, (key, heading)  # a label, not a machine key like target_exact
        if heading == key:
            assert lang == "nl" and key in DUTCH_KEYS, (view, lang, key)


@pytest.mark.parametrize("view", list(VIEWS))
def test_english_and_dutch_workbooks_differ_only_in_words(exports: Any, view: str) -> None:
    dutch, english = exports(view, "nl"), exports(view, "en")
    assert len(dutch.book.sheetnames) == len(english.book.sheetnames)
    keys_nl = [key for _, key in dictionary(dutch.about, "nl")[DATA_SHEET["nl"]]]
    keys_en = [key for _, key in dictionary(english.about, "en")[DATA_SHEET["en"]]]
    assert keys_nl == keys_en  # the machine keys do not change with the language
    if "target" in keys_nl:
        assert header(dutch.data)[keys_nl.index("target")] == "Doel"
        assert header(english.data)[keys_en.index("target")] == "Goal"


@pytest.mark.parametrize(("view", "lang"), CASES)
def test_the_dictionary_names_every_header_of_every_sheet(exports: Any, view: str, lang: str) -> None:
    export = exports(view, lang)
    found = dictionary(export.about, lang)
    sheets = [ws.title for ws in export.tables()]
    assert list(found) == sheets
    for ws in export.tables():
        pairs = found[ws.title]
        assert header(ws) == [heading for heading, _ in pairs], ws.title
        assert all(isinstance(key, str) and key.strip() == key != "" for _, key in pairs)


@pytest.mark.parametrize(("view", "lang"), CASES)
def test_numbers_are_numeric_cells_with_a_format(exports: Any, view: str, lang: str) -> None:
    export = exports(view, lang)
    found = dictionary(export.about, lang)
    numbers = 0
    for ws in export.tables():
        keys = [key for _, key in found[ws.title]]
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.value is None:
                    continue
                if cell.data_type == "n":
                    numbers += 1
                    assert cell.number_format != "General", (ws.title, cell.coordinate)
                elif cell.data_type == "s" and NUMBER_LIKE.match(cell.value):
                    # a number stored as text only where the value is a code: a NIS code, a pact version
                    assert keys[cell.column - 1] in TEXT_NUMBERS, (ws.title, cell.coordinate, cell.value)
                else:
                    assert cell.data_type in ("s", "b"), (ws.title, cell.coordinate, cell.data_type)
    assert numbers > 0


@pytest.mark.parametrize(("view", "lang"), CASES)
def test_header_frozen_filtered_and_columns_sized(exports: Any, view: str, lang: str) -> None:
    export = exports(view, lang)
    for ws in export.tables():
        columns = len(header(ws))
        assert ws.freeze_panes in ("A2", "B2"), ws.title
        last = get_column_letter(columns)
        assert ws.auto_filter.ref == f"A1:{last}{max(ws.max_row, 2)}", ws.title
        for index in range(1, columns + 1):
            assert (width(ws, index) or 0) > 6, (ws.title, index)
        assert all(cell.font.b for cell in next(ws.iter_rows(max_row=1)))  # the header is bold


def test_a_matrix_keeps_its_names_in_view(exports: Any) -> None:
    # A province's targets: gemeenten × targets, the gemeente column frozen with the header.
    export = exports("targets-provincie", "nl")
    werf = export.book["Werf 1"]
    assert werf.freeze_panes == "B2"
    assert export.data.freeze_panes == "A2"
    with (DATA / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        antwerpen = sorted(
            row["name_nl"] for row in csv.DictReader(handle) if row["province_nl"] == "Antwerpen"
        )
    assert len(antwerpen) == 67
    assert sorted(cell.value for cell in werf["A"][1:]) == antwerpen


def test_numbers_keep_their_decimals_through_the_format(exports: Any) -> None:
    # Mol's energievermogen (pact 2.1): 36 kWp per 500 inhabitants, rounded half up to 0.1 kWp.
    export = exports("targets-gemeente", "nl")
    year = newest_population_year()
    exact = Decimal(population("13025", year)) * 36 / 500
    rounded = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert (exact, rounded) == (Decimal("2793.096"), Decimal("2793.1"))  # with 38,793 inhabitants (2026)
    werf = export.book["Werf 2"]
    columns = header(werf)
    row = next(r for r in werf.iter_rows(min_row=2) if r[0].value.startswith("Geïnstalleerd vermogen"))
    target = row[columns.index("Doel")]
    assert (target.data_type, target.value, target.number_format) == ("n", 2793.1, "#,##0.0")
    exact_cell = row[columns.index("Exact")]
    assert (exact_cell.value, exact_cell.number_format) == (2793.096, "#,##0.000")
    deadline = row[columns.index("Tegen eind")]
    assert (deadline.value, deadline.number_format) == (2030, "0")  # a year: no thousands separator
    assert row[columns.index("Eenheid")].value == "kWp"


@pytest.mark.parametrize(("lang", "shown"), [("nl", "#,##0.0 %"), ("en", "#,##0.0%")])
def test_a_percent_is_a_fraction_with_a_percent_format(exports: Any, lang: str, shown: str) -> None:
    # bomen in realisaties_mol.csv: 3,000 + 4,100 + 3,900 + 5,200 + 4,800 = 21,000 trees.
    # Mol's target: 1 tree per inhabitant (data/werven.yaml) on 1 January 2025, the year
    # judged (the last year of the file): 38,701 inhabitants, so 38,701 trees.
    # 21,000 / 38,701 = 54.262 % → 54.3 % with one decimal: the fraction 0.543, so that a
    # spreadsheet's own arithmetic (54.3 % of the target) and charts are right; the format shows
    # it as 54,3 % in a Dutch spreadsheet (a space before %, as Dutch writes it) and 54.3% in English.
    assert population("13025", 2025) == 38701
    assert (Decimal(21000) * 100 / Decimal(38701)).quantize(Decimal("0.1"), ROUND_HALF_UP) == Decimal("54.3")
    export = exports("progress", lang)
    keys = [key for _, key in dictionary(export.about, lang)[DATA_SHEET[lang]]]
    row = next(r for r in export.data.iter_rows(min_row=2) if r[keys.index("indicator")].value == "bomen")
    assert row[keys.index("target")].value == 38701
    assert row[keys.index("realised")].value == 21000
    percent = row[keys.index("percent")]
    assert (percent.data_type, percent.value, percent.number_format) == ("n", 0.543, shown)
    # the same on the sheet a person reads
    progress = export.book[{"nl": "Voortgang", "en": "Progress"}[lang]]
    columns = header(progress)
    labels = ("Extra bomen", "Extra trees")
    bomen = next(r for r in progress.iter_rows(min_row=2) if r[0].value.startswith(labels))
    cell = bomen[columns.index("%")]
    assert (cell.value, cell.number_format) == (0.543, shown)


def test_every_percent_of_every_workbook_is_a_fraction(exports: Any) -> None:
    # No percent is stored as the percent anywhere: a cell with a percent format holds at most
    # 100 (10,000 %) and every one whose value is shown on a sheet as 'x %' elsewhere is x / 100.
    for view in VIEWS:
        for ws in exports(view, "nl").book.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "n" and "%" in cell.number_format:
                        assert cell.number_format.startswith("#,##0"), (view, ws.title, cell.coordinate)
                        assert -100 <= cell.value <= 100, (view, ws.title, cell.coordinate, cell.value)


def test_a_yes_no_is_a_boolean_cell(exports: Any) -> None:
    export = exports("trajectory", "en")
    keys = [key for _, key in dictionary(export.about, "en")["Data"]]
    cells = [row[keys.index("milestone")] for row in export.data.iter_rows(min_row=2)]
    assert {cell.data_type for cell in cells} == {"b"}
    assert {cell.value for cell in cells} == {True, False}  # energievermogen has its 2025 milestone


def test_the_problems_of_a_check_are_the_data_sheet(exports: Any) -> None:
    export = exports("check", "nl")
    assert export.book.sheetnames == ["Gegevens", "Over"]
    row = [cell.value for cell in export.data[2]]
    assert row[0] == str(BROKEN)
    assert row[3:5] == ["error", "C305"]
    # Herstappe's population_2020 in the broken file is -79 (line 6).
    assert row[5] == "population_2020 is negatief ('-79'); het moet 0 of meer zijn"


# --- sheets a reader understands --------------------------------------------------------------

# Written by hand: the tabs a reader sees, words of the chosen language, never a machine key.
SHEETS = {
    ("targets-gemeente", "nl"): ["Werf 1", "Werf 2", "Werf 3", "Werf 4", "Gegevens", "Over"],
    ("summary-provincie", "nl"): [
        "Bomen", "Hagen en geveltuinen", "Natuurgroenperken", "Collectieve renovaties",
        "Renovaties fossielvrij",
        "Klimaattafels", "Energieprojecten", "Vermogen energieprojecten", "Energiegemeenschap", "Deelwagens",
        "Laadpunten", "Fietspaden", "Onthard oppervlak", "Hemelwateropvang", "Gegevens", "Over",
    ],
    ("summary-provincie", "en"): [
        "Trees", "Hedges and facade gardens", "Nature plots", "Collective renovations",
        "Fossil-free renovations",
        "Klimaattafels", "Energy projects", "Energy project capacity", "Energy community", "Shared cars",
        "Charging points", "Cycle paths", "Unsealed surface", "Rainwater capture", "Data", "About",
    ],
    ("gemeenten", "nl"): ["Gemeenten", "Gegevens", "Over"],
    ("compare", "nl"): ["Inwoners en wooneenheden", "Doelen naast elkaar", "Gegevens", "Over"],
    ("compare", "en"): ["Inhabitants, housing units", "Goals side by side", "Data", "About"],
    ("trajectory", "nl"): ["Traject", "Gegevens", "Over"],
    ("trajectory", "en"): ["Trajectory", "Data", "About"],
    ("progress", "nl"): ["Voortgang", "Gegevens", "Over"],
    ("progress-provincie", "nl"): ["Verdeling", "Werf 1", "Werf 2", "Werf 3", "Werf 4", "Gegevens", "Over"],
    ("progress-provincie", "en"): ["Spread", "Werf 1", "Werf 2", "Werf 3", "Werf 4", "Data", "About"],
}  # fmt: skip
KEY_LIKE = re.compile(r"^[a-z0-9_-]+$")  # 'hagen', 'size-0-10000', 'trajectory': a machine key


@pytest.mark.parametrize(("view", "lang"), list(SHEETS))
def test_sheets_are_named_in_one_vocabulary(exports: Any, view: str, lang: str) -> None:
    assert exports(view, lang).book.sheetnames == SHEETS[view, lang]


@pytest.mark.parametrize(("view", "lang"), CASES)
def test_no_sheet_is_named_by_a_key(exports: Any, view: str, lang: str) -> None:
    names = exports(view, lang).book.sheetnames
    assert len({name.lower() for name in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not KEY_LIKE.match(name), name
        assert not set(name) & set("[]:*?/\\") and not name.startswith("'") and not name.endswith("'")


def test_a_sheet_name_is_valid_unique_and_cut_between_words() -> None:
    import io as _io

    from lekp_calc.render.xlsx import _Book

    book = _Book(_io.BytesIO(), "nl", dt.datetime(2026, 1, 1))
    assert book.sheet_name("Werf 1") == "Werf 1"
    assert book.sheet_name("werf 1") == "werf 1 (2)"  # Excel's names ignore case
    assert book.sheet_name("'s-Gravenwezel: [doelen]?") == "s-Gravenwezel doelen"  # no ' at the ends, no []:?
    long = "Extra hemelwateropvang voor hergebruik, buffering of infiltratie"
    assert book.sheet_name(long) == "Extra hemelwateropvang voor…"  # 28 characters, cut between words
    assert book.sheet_name(long) == "Extra hemelwateropvang… (2)"
    assert book.sheet_name("") == "Blad"
    assert len(book.sheet_name("x" * 40)) == 31


def test_two_gemeenten_have_their_werven_on_sheets_of_their_own(lekp: Any, tmp_path: Path) -> None:
    names = ("-g", "Mol", "-g", "Beveren-Kruibeke-Zwijndrecht")
    run = lekp("targets", *names, "-w", "1", "-o", tmp_path / "t.xlsx")
    assert run.exit_code == 0, run.stderr
    # 'Werf 1 ' leaves 31 - 7 = 24 characters for the name (28): 23 of them and an ellipsis
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames == [
        "Werf 1 Mol", "Werf 1 Beveren-Kruibeke-Zwijnd…", "Gegevens", "Over",
    ]  # fmt: skip


# --- what a matrix of statuses says ------------------------------------------------------------


@pytest.mark.parametrize(("lang", "letter", "shown"), [("nl", "B", '#,##0 %" B"'), ("en", "R", '#,##0%" R"')])
def test_a_matrix_cell_keeps_its_status(exports: Any, lang: str, letter: str, shown: str) -> None:
    # Herenthout reached its bomen (realisaties_zeven.csv: 100 %) before 2030: 'behaald', the
    # letter B ('R', reached, in English); hagen it did not report: the '–' of the terminal.
    export = exports("progress-provincie", lang)
    werf = export.book["Werf 1"]
    row = next(r for r in werf.iter_rows(min_row=2) if r[0].value == "Herenthout")
    assert (row[1].value, row[1].number_format) == (1, shown)  # 100 % as the fraction 1
    assert (row[2].data_type, row[2].value) == ("s", "–")
    # the 'Over' sheet says what a cell holds and which status each letter used stands for …
    rows = about_lines(export.about)
    legend = {"nl": "Legende", "en": "Legend"}[lang]
    start = next(i for i, r in enumerate(rows) if r[0] == legend)
    marks = {r[0]: r[1] for r in rows[start + 1 :] if r[0] and r[1]}
    assert marks[letter] == {"nl": "doel al bereikt", "en": "target already reached"}[lang]
    assert marks["–"] == {"nl": "niet gerapporteerd", "en": "not reported"}[lang]
    assert {"nl": "Cel", "en": "Cell"}[lang] in marks
    # … and, a sentence each, when each status applies (the legend every document carries)
    said = about_text(export.about)
    assert {
        "nl": "doel al bereikt: de termijn loopt nog en het gerealiseerde totaal haalt nu al het volledige "
        "doel.",
        "en": "target already reached: the deadline is still ahead and the realised total already meets the "
        "whole target.",
    }[lang] in said


def test_the_progress_of_one_gemeente_explains_its_status_words(exports: Any) -> None:
    said = about_text(exports("progress", "nl").about)
    assert "Wat de statussen betekenen:" in said
    assert "• achter op schema: de termijn loopt nog en het totaal ligt onder dat rechte pad." in said
    assert "Legende" not in said  # no letters on its sheets: nothing to decode


# --- every sheet prints --------------------------------------------------------------------------


@pytest.mark.parametrize(("view", "lang"), CASES)
def test_every_sheet_has_a_page_setup(exports: Any, view: str, lang: str) -> None:
    export = exports(view, lang)
    about = ABOUT_SHEET[lang] if view != "template" else None
    for ws in export.book.worksheets:
        setup = ws.page_setup
        assert setup.paperSize == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (setup.fitToWidth in (None, 1), setup.fitToHeight) == (True, 0), ws.title
        footer = ws.oddFooter
        assert footer.left.text == "&A"  # the sheet's name
        assert footer.right.text == {"nl": "pagina &P van &N", "en": "page &P of &N"}[lang]
        assert ws.oddHeader.left.text, ws.title
        if ws.title == about:
            assert setup.orientation == "portrait"
            continue
        assert ws.print_title_rows == "$1:$1", ws.title  # the header row on every page
        # A4 portrait between Excel's default margins: (210 mm / 25.4 - 2 × 0.7 in) × 96 px / 7 px a
        # character = 94 characters of width; a sheet clearly narrower is portrait, clearly wider landscape.
        total = sum((width(ws, i) or 8.43) - 0.71 for i in range(1, len(header(ws)) + 1))
        if total <= 90:
            assert setup.orientation == "portrait", (ws.title, total)
        elif total >= 98:
            assert setup.orientation == "landscape", (ws.title, total)


def test_the_page_header_names_the_view_and_the_table(exports: Any) -> None:
    ws = exports("targets-gemeente", "nl").book["Werf 2"]
    view, table = ws.oddHeader.left.text.split("\n")
    assert view == "Mol · NIS 13025 · provincie Antwerpen · arrondissement Turnhout"
    assert table.startswith("&BWerf 2: Verrijk je wijk")


# --- the About sheet ---------------------------------------------------------------------------

ABOUT = {  # view: (the gemeente it names, the population year it names)
    "targets-gemeente": ("Mol", newest_population_year()),
    "targets-provincie": (None, newest_population_year()),
    "summary-provincie": (None, newest_population_year()),
    "compare": (None, newest_population_year()),
    "trajectory": ("Mol", newest_population_year()),
    "progress": ("Mol", 2025),  # the last year of realisaties_mol.csv: the year judged
}
MONTH = {"nl": "1 januari", "en": "1 January"}
ROUNDING = {"nl": "afronding", "en": "rounding"}


@pytest.mark.parametrize(("view", "lang"), [(v, lang) for v in ABOUT for lang in LANGS])
def test_the_about_sheet_says_what_the_workbook_is(exports: Any, view: str, lang: str) -> None:
    export = exports(view, lang)
    said = about_text(export.about)
    gemeente, year = ABOUT[view]
    if gemeente:
        assert gemeente in export.about["A1"].value  # the title names the gemeente
    assert "LEKP 2.1" in said  # the pact version
    assert f"{MONTH[lang]} {year}" in said  # the population year
    assert ROUNDING[lang] in said
    assert f"lekp {__version__}" in said
    # where the population and the dwellings come from
    source = {"nl": "Bron van de cijfers", "en": "Source of the figures"}[lang]
    (line,) = [row for row in about_lines(export.about) if row[0] == source]
    assert "Statbel (Algemene Directie Statistiek – Statistics Belgium)" in line[1]
    assert "Census 2021" in line[1]
    made = {"nl": "Gemaakt op", "en": "Made on"}[lang]
    assert any(row[:2] == (made, EPOCH_DAY) for row in about_lines(export.about))


@pytest.mark.parametrize(("view", "lang"), CASES)
def test_every_about_sheet_has_version_and_date(exports: Any, view: str, lang: str) -> None:
    export = exports(view, lang)
    rows = about_lines(export.about)
    assert rows[0][0]  # a title
    assert (("Gemaakt met", "Made with")[lang == "en"], f"lekp {__version__}") in [r[:2] for r in rows]
    assert (("Gemaakt op", "Made on")[lang == "en"], EPOCH_DAY) in [r[:2] for r in rows]
    assert export.book.properties.created == dt.datetime(2026, 1, 1)
    assert export.book.sheetnames[-1] == ABOUT_SHEET[lang]


# --- reproducible ---------------------------------------------------------------------------


def test_same_input_same_bytes(lekp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    for name in ("a.xlsx", "b.xlsx"):
        run = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-o", tmp_path / name)
        assert run.exit_code == 0, run.stderr
    # --format xlsx writes the same workbook to a file of any name
    run = lekp("progress", "-g", "Mol", "--realisaties", REALISATIONS, "-f", "xlsx", "-o", tmp_path / "c.bin")
    assert run.exit_code == 0, run.stderr
    first = (tmp_path / "a.xlsx").read_bytes()
    assert first == (tmp_path / "b.xlsx").read_bytes() == (tmp_path / "c.bin").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.xlsx") as archive:
        assert archive.testzip() is None
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2026-01-01T00:00:00Z" in core


@pytest.mark.parametrize("view", list(VIEWS))
def test_format_xlsx_writes_the_same_workbook(
    exports: Any, lekp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, view: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    args, code = VIEWS[view]
    run = lekp(*args, "--lang", "nl", "--format", "xlsx", "-o", tmp_path / "uitvoer.dat")
    assert run.exit_code == code, run.stderr
    assert (tmp_path / "uitvoer.dat").read_bytes() == exports(view, "nl").path.read_bytes()


def test_a_check_without_problems_has_an_empty_data_sheet(lekp: Any, tmp_path: Path) -> None:
    run = lekp("check", REALISATIONS, "-o", tmp_path / "ok.xlsx")  # a file without a problem
    assert run.exit_code == 0, run.stdout + run.stderr
    book = openpyxl.load_workbook(tmp_path / "ok.xlsx")
    assert book.sheetnames == ["Gegevens", "Over"]
    ws = book["Gegevens"]
    assert header(ws) == ["Bestand", "Lijn", "Kolom", "Ernst", "Code", "Melding"]
    assert ws.max_row == 1
    assert (ws.freeze_panes, ws.auto_filter.ref) == ("A2", "A1:F2")


def test_without_source_date_epoch_the_date_is_today(
    lekp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.date.today()
    run = lekp("targets", "-g", "Mol", "-o", tmp_path / "mol.xlsx")
    after = dt.date.today()
    assert run.exit_code == 0, run.stderr
    rows = about_lines(openpyxl.load_workbook(tmp_path / "mol.xlsx")["Over"])
    made = next(row[1] for row in rows if row[0] == "Gemaakt op")
    assert made in {before.isoformat(), after.isoformat()}


# --- text stays text -------------------------------------------------------------------------

HOSTILE = 'Mol =HYPERLINK("http://x","y")'


def _municipalities_with(folder: Path, nis: str, name: str) -> Path:
    path = folder / "municipalities.csv"
    with (DATA / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("name_nl")
    for row in rows[1:]:
        if row[0] == nis:
            row[column] = name
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


def _no_formula_no_link(book: Any) -> None:
    for ws in book.worksheets:
        assert not ws._hyperlinks, ws.title
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


def test_a_name_with_a_formula_in_it_stays_text(lekp: Any, tmp_path: Path) -> None:
    municipalities = _municipalities_with(tmp_path, "13025", HOSTILE)
    written = []
    for args in (("targets", "-g", "13025"), ("progress", "--template", "-g", "13025")):
        path = tmp_path / f"{args[0]}.xlsx"
        run = lekp(*args, "--municipalities", municipalities, "-o", path)
        assert run.exit_code == 0, run.stderr
        written.append(path)
    for path in written:
        book = openpyxl.load_workbook(path)
        _no_formula_no_link(book)
        cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value == HOSTILE]
        assert cells, path.name
        assert {c.data_type for c in cells} == {"s"}


def test_a_catalogue_label_with_a_formula_in_it_stays_text(lekp: Any, tmp_path: Path) -> None:
    label = 'Extra bomen =HYPERLINK("http://x","y") @SUM(1) +1 -1'
    catalogue = tmp_path / "werven.yaml"
    source = (DATA / "werven.yaml").read_text(encoding="utf-8")
    assert source.count('"Extra bomen"') == 1
    catalogue.write_text(source.replace('"Extra bomen"', "'" + label + "'"), encoding="utf-8")
    run = lekp("targets", "-g", "Mol", "--catalogue", catalogue, "-o", tmp_path / "t.xlsx")
    assert run.exit_code == 0, run.stderr
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    _no_formula_no_link(book)
    assert book["Werf 1"]["A2"].value == label
    assert book["Werf 1"]["A2"].data_type == "s"


@pytest.mark.parametrize("name", ['=HYPERLINK("http:__x","y").csv', "@SUM(1).csv", "+1.csv", "-1.csv"])
def test_text_that_starts_like_a_formula_stays_text(
    lekp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # A file's name is shown as it is in `lekp check`: a workbook keeps it as text.
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(BROKEN.read_bytes())
    run = lekp("check", "-o", "report.xlsx", "--", name)
    assert run.exit_code == 1, run.stderr
    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    _no_formula_no_link(book)
    cell = book["Gegevens"]["A2"]
    assert (cell.value, cell.data_type) == (name, "s")


# --- where a workbook goes --------------------------------------------------------------------

LEKP = [sys.executable, "-c", "import sys; from lekp_calc.cli import main; sys.exit(main())"]


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LEKP_LANG", "COLUMNS")}
    env.update(NO_COLOR="1", SOURCE_DATE_EPOCH=EPOCH)
    return env


def test_a_workbook_goes_to_a_pipe_as_bytes(tmp_path: Path) -> None:
    args = ["targets", "-g", "Mol", "-f", "xlsx"]
    piped = subprocess.run([*LEKP, *args], capture_output=True, env=_environment(), timeout=60, check=False)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.startswith(b"PK\x03\x04")
    saved = subprocess.run(
        [*LEKP, *args, "-o", str(tmp_path / "mol.xlsx")],
        capture_output=True,
        env=_environment(),
        timeout=60,
        check=False,
    )
    assert saved.returncode == 0, saved.stderr
    # The same workbook: a pipe cannot seek, so the zip's sizes follow each member instead.
    assert _members(io.BytesIO(piped.stdout)) == _members(tmp_path / "mol.xlsx")


def _members(source: Any) -> dict[str, bytes]:
    with zipfile.ZipFile(source) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_closed_pipe_is_no_error() -> None:
    # `lekp targets --alle -f xlsx | head -c 2`: more than a pipe holds, the reader goes away.
    proc = subprocess.Popen(
        [*LEKP, "targets", "--alle", "-f", "xlsx"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(2) == b"PK"
    proc.stdout.close()
    errors = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, errors
    assert errors == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line() -> None:
    with open("/dev/full", "wb") as full:
        run = subprocess.run(
            [*LEKP, "targets", "-g", "Mol", "-f", "xlsx"],
            stdout=full,
            stderr=subprocess.PIPE,
            env=_environment(),
            timeout=60,
            check=False,
        )
    assert run.returncode == 1
    lines = run.stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines  # no traceback, no "Exception ignored" when the zip is collected
    assert lines[0].startswith("lekp: fout: ")


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
def test_a_workbook_is_not_written_to_a_terminal() -> None:
    leader, follower = pty.openpty()
    try:
        run = subprocess.run(
            [*LEKP, "targets", "-g", "Mol", "-f", "xlsx"],
            stdout=follower,
            stderr=subprocess.PIPE,
            env=_environment(),
            timeout=60,
            check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert run.returncode == 2  # a usage error: the documented exit code
    lines = run.stderr.decode().strip().splitlines()
    assert lines == [
        "lekp: fout: --output: een werkboek wordt niet naar een terminal geschreven; geef -o naam.xlsx"
    ]
