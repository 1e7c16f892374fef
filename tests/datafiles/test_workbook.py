"""Workbooks as input: the realisations template, filled in and read back, and what is refused.

The template is counted by hand from data/werven.yaml (read here with PyYAML, not with
lekp's loader); a filled-in workbook must give exactly what the same data as CSV gives;
a bad cell is located as `file.xlsx:Realisaties!G12` with the code a CSV would get; a
formula is taken at the value stored with it and never evaluated; formats lekp does not
read are refused in one line.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
import yaml

from conftest import Cli

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
# issue 16: the last column records the population year the template was made with (2026)
HEADER = [
    "nis_code",
    "gemeente",
    "indicator",
    "label",
    "eenheid",
    "jaar",
    "waarde",
    "opmerking",
    "bevolkingsjaar",
]
FIRST_YEAR, LAST_YEAR = 2021, 2030


# --- the catalogue and the gemeenten, read independently --------------------------------------


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def catalogue(pact: str = "2.1") -> dict[str, dict[str, Any]]:
    """The indicators of `pact` by key: a later version's row replaces an earlier one."""
    document = yaml.safe_load((DATA / "werven.yaml").read_text(encoding="utf-8"))
    found: dict[str, dict[str, Any]] = {}
    for row in document["indicators"]:
        if _version(str(row["pact"])) <= _version(pact):
            found[row["key"]] = row
    return found


def antwerpen() -> dict[str, str]:
    """The gemeenten of the provincie Antwerpen: NIS code → name."""
    with (DATA / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        return {
            r["nis_code"]: r["name_nl"] for r in csv.DictReader(handle) if r["province_nl"] == "Antwerpen"
        }


def one_line(run: Any, code: int = 1) -> str:
    assert run.exit_code == code, (run.exit_code, run.stderr)
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert "Traceback" not in run.stderr
    return lines[0]


def sheet_rows(path: Path, sheet: str = "Realisaties") -> list[list[Any]]:
    book = openpyxl.load_workbook(path)
    return [list(row) for row in book[sheet].iter_rows(values_only=True)]


# --- the template ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The templates for Mol and for the provincie Antwerpen, written once."""
    folder = tmp_path_factory.mktemp("templates")
    cli = Cli()
    made = {}
    for name, args in {
        "mol": ("-g", "Mol"),
        "antwerpen": ("-p", "Antwerpen"),
        "mol-en": ("-g", "Mol"),
    }.items():
        path = folder / f"{name}.xlsx"
        extra = ("--lang", "en") if name.endswith("-en") else ()
        with pytest.MonkeyPatch.context() as patch:
            patch.delenv("LEKP_LANG", raising=False)
            run = cli("progress", "--template", *args, *extra, "-o", path)
        assert run.exit_code == 0, run.stderr
        made[name] = path
    return made


def test_the_catalogue_read_by_hand():
    deadlines = {key: row["deadline"] for key, row in catalogue().items()}
    assert len(deadlines) == 14
    assert deadlines.pop("klimaattafels") == 2024
    assert deadlines.pop("energiegemeenschap") == 2025
    assert set(deadlines.values()) == {2030}  # the 12 others


def test_the_template_of_one_gemeente(templates):
    rows = sheet_rows(templates["mol"])
    assert rows[0] == HEADER
    body = rows[1:]
    # 12 targets to 2030 (10 years), klimaattafels 2021-2024 (4), energiegemeenschap 2021-2025 (5)
    assert len(body) == 12 * 10 + 4 + 5 == 129
    indicators = catalogue()
    expected = Counter(
        (key, year) for key, row in indicators.items() for year in range(2021, row["deadline"] + 1)
    )
    assert Counter((row[2], row[5]) for row in body) == expected
    for nis, gemeente, key, label, unit, year, value, remark, population_year in body:
        assert (nis, gemeente) == ("13025", "Mol")
        assert population_year == 2026  # on every row: the newest population year of the data
        assert label == indicators[key]["label_nl"]
        assert unit == indicators[key]["unit"]
        assert isinstance(year, int)
        assert value is None and remark is None
    # the rows go by target, then by year: row 12 is the first year of the second target
    assert [r[2] for r in body[:10]] == ["bomen"] * 10
    assert (body[10][2], body[10][5]) == ("hagen", 2021)


def test_the_template_is_its_csv(lekp, templates):
    run = lekp("progress", "--template", "-g", "Mol", "-f", "csv")
    assert run.exit_code == 0, run.stderr
    expected = list(csv.reader(io.StringIO(run.stdout)))
    rows = sheet_rows(templates["mol"])
    assert [["" if v is None else str(v) for v in row] for row in rows] == expected


def test_the_template_validates_what_is_typed(templates):
    book = openpyxl.load_workbook(templates["mol"])
    ws = book["Realisaties"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I130"
    rules = {str(v.sqref).split(":")[0]: v for v in ws.data_validations.dataValidation}
    assert set(rules) == {"C2", "F2", "G2"}  # indicator, jaar, waarde
    keys = rules["C2"]
    assert keys.type == "list"
    assert set(keys.formula1.strip('"').split(",")) == set(catalogue())
    years = rules["F2"]
    assert (years.type, years.formula1, years.formula2) == ("whole", str(FIRST_YEAR), str(LAST_YEAR))
    assert years.operator in (None, "between")
    assert rules["G2"].type == "decimal"
    for rule in rules.values():  # room below the rows for rows a user adds
        assert int(str(rule.sqref).split(":")[1][1:]) > 130


def test_the_template_explains_itself(templates):
    dutch = openpyxl.load_workbook(templates["mol"])
    assert dutch.sheetnames == ["Realisaties", "Uitleg"]
    said = " ".join(str(v) for row in dutch["Uitleg"].iter_rows(values_only=True) for v in row if v)
    assert "'waarde'" in said and "lekp check" in said
    english = openpyxl.load_workbook(templates["mol-en"])
    assert english.sheetnames[1] == "Instructions"
    assert [c.value for c in english[english.sheetnames[0]][1]] == HEADER  # the keys, in every language


def test_a_long_list_of_targets_is_validated_from_a_hidden_sheet(lekp, tmp_path):
    # Excel takes at most 255 characters of allowed values in a validation itself.
    source = (DATA / "werven.yaml").read_text(encoding="utf-8")
    extra = "".join(
        f"""
  - key: extra_doelstelling_met_een_lange_sleutel_{i}
    werf: 1
    pact: "1.0"
    label_nl: "Extra doelstelling {i}"
    label_en: "Extra target {i}"
    unit: stuks
    ratio: {{amount: 1, per: 1000}}
    basis: inwoners
    deadline: 2030
    rounding: half-up
    decimals: 0
    sources: [pa-aanbod]
"""
        for i in range(6)
    )
    assert source.count("\nindicators:\n") == 1
    catalogue_file = tmp_path / "werven.yaml"
    catalogue_file.write_text(source.replace("\nindicators:\n", "\nindicators:\n" + extra), encoding="utf-8")
    keys = set(catalogue()) | {f"extra_doelstelling_met_een_lange_sleutel_{i}" for i in range(6)}
    assert len(",".join(keys)) > 255
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run = lekp(
            "progress", "--template", "-g", "Mol", "--catalogue", catalogue_file, "-o", tmp_path / "t.xlsx"
        )
    assert run.exit_code == 0, run.stderr
    assert run.stderr == ""
    assert [str(w.message) for w in caught] == []
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames[0] == "Realisaties" and "Uitleg" in book.sheetnames
    (rule,) = [v for v in book["Realisaties"].data_validations.dataValidation if v.type == "list"]
    assert str(rule.sqref).startswith("C2:")
    sheet, cells = rule.formula1.split("!")
    hidden = book[sheet.strip("'")]
    assert hidden.sheet_state == "hidden"
    assert cells == f"$A$1:$A${len(keys)}"
    assert {row[0] for row in hidden.iter_rows(values_only=True)} == keys
    assert len(book["Realisaties"]["A"]) - 1 == 18 * 10 + 4 + 5  # 18 targets to 2030, and the two shorter


def test_the_template_of_a_province(templates):
    rows = sheet_rows(templates["antwerpen"])
    assert rows[0] == HEADER
    gemeenten = antwerpen()
    assert len(gemeenten) == 67
    body = rows[1:]
    assert len(body) == 67 * 129
    assert all(row[0] for row in body)  # the NIS code filled in on every row
    assert {row[0] for row in body} == set(gemeenten)
    assert all(gemeenten[row[0]] == row[1] for row in body)
    assert len({(row[0], row[2], row[5]) for row in body}) == len(body)


# --- filled in by a program, read back ---------------------------------------------------------

# (indicator, jaar) → waarde (and a remark): some negative (a correction), a fraction.
FILLED = {
    ("bomen", 2021): (3000, "aanplant Gompel"),
    ("bomen", 2022): (4100.5, None),
    ("bomen", 2023): (-250, "gerooid"),
    ("hagen", 2021): (1200, None),
    ("hagen", 2022): (-35.25, None),
    ("energievermogen", 2022): (120.4, None),
    ("klimaattafels", 2023): (300, None),
}


def fill(template: Path, target: Path, values: dict[tuple[Any, ...], tuple[Any, Any]], *, nis: bool) -> None:
    """Type `values` into the template as a program would (openpyxl), keyed by (nis?, indicator, jaar)."""
    book = openpyxl.load_workbook(template)
    ws = book["Realisaties"]
    for row in ws.iter_rows(min_row=2):
        key = (row[0].value, row[2].value, row[5].value) if nis else (row[2].value, row[5].value)
        if key in values:
            row[6].value, row[7].value = values[key]
    book.save(target)


def write_csv(path: Path, values: dict[tuple[Any, ...], tuple[Any, Any]], *, nis: bool) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(
            ["nis_code", "indicator", "jaar", "waarde", "opmerking", "bevolkingsjaar"]
            if nis
            else HEADER[2:3] + HEADER[5:]
        )
        for key, (value, remark) in values.items():
            out.writerow([*key, value, remark or "", 2026])  # the template's population year


def test_a_filled_in_template_reads_as_its_csv(lekp, templates, tmp_path):
    fill(templates["mol"], tmp_path / "filled.xlsx", FILLED, nis=False)
    write_csv(tmp_path / "filled.csv", FILLED, nis=False)
    from_book = lekp("progress", "-g", "Mol", "--realisaties", tmp_path / "filled.xlsx", "-f", "json")
    from_csv = lekp("progress", "-g", "Mol", "--realisaties", tmp_path / "filled.csv", "-f", "json")
    assert from_book.exit_code == from_csv.exit_code == 0, from_book.stderr
    assert json.loads(from_book.stdout) == json.loads(from_csv.stdout)
    bomen = next(r for r in json.loads(from_book.stdout) if r["indicator"] == "bomen")
    assert bomen["realised"] == 3000 + 4100.5 - 250
    assert from_book.stderr.replace("filled.xlsx", "filled.csv") == from_csv.stderr
    check = lekp("check", tmp_path / "filled.xlsx")
    assert check.exit_code == 0, check.stdout + check.stderr


def test_a_filled_in_province_reads_as_its_csv(lekp, templates, tmp_path):
    values = {
        ("13025", "bomen", 2021): (3000, None),
        ("13025", "hagen", 2022): (-40, "gerooid"),
        ("13008", "bomen", 2021): (2500.5, None),
        ("11001", "laadpunten", 2024): (12, "AC-laders"),
    }
    fill(templates["antwerpen"], tmp_path / "antwerpen.xlsx", values, nis=True)
    write_csv(tmp_path / "antwerpen.csv", values, nis=True)
    runs = [
        lekp("progress", "-p", "Antwerpen", "--realisaties", tmp_path / name, "-f", "json")
        for name in ("antwerpen.xlsx", "antwerpen.csv")
    ]
    assert runs[0].exit_code == runs[1].exit_code == 0, runs[0].stderr
    assert json.loads(runs[0].stdout) == json.loads(runs[1].stdout)
    mol = {r["indicator"]: r for r in json.loads(runs[0].stdout) if r["gemeente"] == "Mol"}
    assert mol["bomen"]["realised"] == 3000
    geel = {r["indicator"]: r for r in json.loads(runs[0].stdout) if r["gemeente"] == "Geel"}
    assert geel["bomen"]["realised"] == 2500.5


# Row 12 of the Mol template: row 1 is the header, rows 2-11 bomen 2021-2030, row 12 hagen 2021.
BAD = [
    # (column letter, column number, value, code)
    ("G", 7, "veel", "C319"),  # waarde: not a number
    ("F", 6, 2035, "R602"),  # jaar: after the pact
    ("C", 3, "onbekend", "R601"),  # indicator: not in the catalogue
]


@pytest.mark.parametrize(("letter", "column", "value", "code"), BAD)
def test_a_bad_cell_is_located_by_its_cell(
    lekp, templates, tmp_path, monkeypatch, letter, column, value, code
):
    monkeypatch.chdir(tmp_path)
    book = openpyxl.load_workbook(templates["mol"])
    ws = book["Realisaties"]
    assert (ws["C12"].value, ws["F12"].value) == ("hagen", 2021)
    ws["G12"] = 5
    ws.cell(12, column).value = value
    book.save(tmp_path / "filled.xlsx")
    with (tmp_path / "filled.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
        )

    checked = lekp("check", "filled.xlsx")
    assert checked.exit_code == 1
    assert checked.stdout.splitlines() == [checked.stdout.strip()]
    assert checked.stdout.startswith(f"filled.xlsx:Realisaties!{letter}12: error {code} ")
    # the same code as the same data in a CSV, on the same line
    as_csv = lekp("check", "filled.csv")
    assert as_csv.exit_code == 1
    assert as_csv.stdout.startswith("filled.csv:12:")
    assert f" error {code} " in as_csv.stdout
    assert checked.stdout.split(code, 1)[1] == as_csv.stdout.split(code, 1)[1]  # the same message

    line = one_line(lekp("progress", "-g", "Mol", "--realisaties", "filled.xlsx"))
    assert f"filled.xlsx:Realisaties!{letter}12: {code} " in line


# --- formulas: the stored value, never evaluated ----------------------------------------------


def _formula_book(path: Path, cached: Any) -> None:
    """Realisations with a formula in `waarde`, written by XlsxWriter with the result it stores."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Realisaties")
    ws.write_row(0, 0, ["indicator", "jaar", "waarde"])
    ws.write_row(1, 0, ["bomen", 2021, 1000])
    ws.write_row(2, 0, ["bomen", 2022])
    ws.write_formula(2, 2, "=100+200", None, cached)
    ws.write_row(3, 0, ["hagen", 2021])
    ws.write_formula(3, 2, '=WEBSERVICE("http://127.0.0.1:9/lekp")', None, 50)  # never fetched
    book.close()


def test_a_formula_is_taken_at_its_stored_value(lekp, tmp_path):
    _formula_book(tmp_path / "formula.xlsx", 300)
    (tmp_path / "plain.csv").write_text(
        "indicator,jaar,waarde\nbomen,2021,1000\nbomen,2022,300\nhagen,2021,50\n"
    )
    runs = [
        lekp("progress", "-g", "Mol", "--realisaties", tmp_path / name, "-f", "json")
        for name in ("formula.xlsx", "plain.csv")
    ]
    assert runs[0].exit_code == runs[1].exit_code == 0, runs[0].stderr
    assert json.loads(runs[0].stdout) == json.loads(runs[1].stdout)
    assert lekp("check", tmp_path / "formula.xlsx").exit_code == 0


def test_a_formula_is_never_evaluated(lekp, tmp_path):
    # What was stored is what the person saw, even when the formula would say otherwise.
    _formula_book(tmp_path / "stale.xlsx", 7)
    run = lekp("progress", "-g", "Mol", "--realisaties", tmp_path / "stale.xlsx", "-f", "json")
    assert run.exit_code == 0, run.stderr
    realised = {r["indicator"]: r["realised"] for r in json.loads(run.stdout)}
    assert (realised["bomen"], realised["hagen"]) == (1007, 50)


def test_a_formula_without_a_stored_value_is_refused(lekp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = openpyxl.Workbook()  # openpyxl stores a formula without a result
    ws = book.active
    ws.title = "Realisaties"
    ws.append(["indicator", "jaar", "waarde"])
    ws.append(["bomen", 2021, 1000])
    ws.append(["bomen", 2022, "=100+200"])
    book.save("uncalculated.xlsx")
    checked = lekp("check", "uncalculated.xlsx")
    assert checked.exit_code == 1
    assert checked.stdout.startswith("uncalculated.xlsx:Realisaties!C3: error R606 ")
    assert "'=100+200'" in checked.stdout
    line = one_line(lekp("progress", "-g", "Mol", "--realisaties", "uncalculated.xlsx"))
    assert "uncalculated.xlsx:Realisaties!C3: R606 " in line


# --- one reading per run ----------------------------------------------------------------------


def _count_opens(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record every time openpyxl opens a workbook (True: opened for the stored values)."""
    from lekp_calc.datafiles import workbook

    opened: list[bool] = []
    real = workbook._open

    def counting(raw: bytes, *, data_only: bool) -> Any:
        opened.append(data_only)
        return real(raw, data_only=data_only)

    monkeypatch.setattr(workbook, "_open", counting)
    return opened


def test_check_opens_a_workbook_once(lekp, tmp_path, monkeypatch):
    # lekp check looks at the header to know the kind, then reads the rows: one opening.
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Realisaties"
    ws.append(["indicator", "jaar", "waarde"])
    ws.append(["bomen", 2021, 1000])
    book.save(tmp_path / "plain.xlsx")
    opened = _count_opens(monkeypatch)
    assert lekp("check", tmp_path / "plain.xlsx").exit_code == 0
    assert opened == [False]
    opened.clear()
    assert lekp("progress", "-g", "Mol", "--realisaties", tmp_path / "plain.xlsx").exit_code == 0
    assert opened == [False]


def test_a_workbook_with_formulas_is_opened_again_for_their_values(lekp, tmp_path, monkeypatch):
    _formula_book(tmp_path / "formula.xlsx", 300)
    opened = _count_opens(monkeypatch)
    assert lekp("check", tmp_path / "formula.xlsx").exit_code == 0
    assert opened == [False, True]


def test_a_file_changed_after_its_kind_was_seen_is_read_again(tmp_path):
    from lekp_calc.check.problems import Problems
    from lekp_calc.datafiles.workbook import first_row, read_sheet

    path = tmp_path / "list.xlsx"
    _list_book(path, ["gemeente", "Mol"])
    assert first_row(path) == (["Blad1"], ["gemeente", "a second column is not read"])
    _list_book(path, ["gemeente", "Geel", "Dessel"])  # written again, one row longer
    problems = Problems(str(path))
    found = read_sheet(path, problems)
    assert problems == []
    assert found is not None
    assert [cells[0] for _, cells in found[1]] == ["gemeente", "Geel", "Dessel"]


# --- what is refused -----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsm", ".xls", ".ods"])
def test_other_spreadsheet_formats_are_refused_by_check(lekp, templates, tmp_path, monkeypatch, suffix):
    monkeypatch.chdir(tmp_path)
    Path(f"book{suffix}").write_bytes(templates["mol"].read_bytes())
    run = lekp("check", f"book{suffix}")
    assert run.exit_code == 1
    assert run.stdout.startswith(f"book{suffix}: error F105 ")
    assert ".xlsx" in run.stdout and "CSV" in run.stdout  # the advice: save as .xlsx or CSV


@pytest.mark.parametrize("suffix", [".xlsm", ".xls", ".ods"])
def test_other_spreadsheet_formats_are_refused_as_realisations(
    lekp, templates, tmp_path, monkeypatch, suffix
):
    monkeypatch.chdir(tmp_path)
    Path(f"book{suffix}").write_bytes(templates["mol"].read_bytes())
    line = one_line(lekp("progress", "-g", "Mol", "--realisaties", f"book{suffix}"))
    assert " F105 " in line


def test_a_file_that_is_no_workbook(lekp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("x.xlsx").write_text("indicator,jaar,waarde\nbomen,2021,5\n", encoding="utf-8")
    checked = lekp("check", "x.xlsx")
    assert checked.exit_code == 1
    # The reason is said in words, never as the name of a Python exception (BadZipFile).
    words = (
        "geen leesbaar Excel-werkboek (.xlsx): het bestand is geen zip-archief, en dat is een .xlsx altijd"
    )
    assert checked.stdout.splitlines() == [f"x.xlsx: error F105 {words}"]
    line = one_line(lekp("progress", "-g", "Mol", "--realisaties", "x.xlsx"))
    assert line == f"lekp: fout: x.xlsx: F105 {words}"
    assert one_line(lekp("targets", "--gemeenten-file", "x.xlsx")) == f"lekp: fout: x.xlsx: F105 {words}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_workbook_lekp_wrote_is_output_not_input(lekp, tmp_path, monkeypatch, lang):
    monkeypatch.chdir(tmp_path)
    assert lekp("targets", "-g", "Mol", "--lang", lang, "-o", "mol.xlsx").exit_code == 0
    run = lekp("check", "mol.xlsx")
    assert run.exit_code == 1
    assert run.stdout.startswith("mol.xlsx: error F105 ")
    assert "lekp zelf uitvoerde" in run.stdout


# --- a list of gemeenten in a workbook ------------------------------------------------------------


def _list_book(path: Path, cells: list[Any], sheet: str = "Blad1") -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for value in cells:
        ws.append([value, "a second column is not read"])
    book.save(path)


@pytest.mark.parametrize("command", ["targets", "summary"])
def test_gemeenten_file_from_a_workbook(lekp, tmp_path, command):
    _list_book(
        tmp_path / "lijst.xlsx", ["gemeente", "Mol", "Geel", 11002]
    )  # 11002: Antwerpen, typed as a number
    from_book = lekp(command, "--gemeenten-file", tmp_path / "lijst.xlsx", "-f", "json")
    named = lekp(command, "-g", "Mol", "-g", "Geel", "-g", "Antwerpen", "-f", "json")
    assert from_book.exit_code == named.exit_code == 0, from_book.stderr
    assert json.loads(from_book.stdout) == json.loads(named.stdout)
    if command == "targets":
        assert {r["gemeente"] for r in json.loads(from_book.stdout)} == {"Mol", "Geel", "Antwerpen"}


def test_gemeenten_file_with_a_nis_header(lekp, tmp_path):
    _list_book(tmp_path / "codes.xlsx", ["nis_code", 13025, "13008"])
    run = lekp("targets", "--gemeenten-file", tmp_path / "codes.xlsx", "-f", "json")
    assert run.exit_code == 0, run.stderr
    assert {r["gemeente"] for r in json.loads(run.stdout)} == {"Mol", "Geel"}


def test_an_unknown_gemeente_in_a_workbook_list_is_located(lekp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _list_book(Path("lijst.xlsx"), ["gemeente", "Mol", "Nergenshuizen"], sheet="Lijst")
    line = one_line(lekp("targets", "--gemeenten-file", "lijst.xlsx"))
    assert line.startswith("lekp: fout: lijst.xlsx:Lijst!A3: onbekende gemeente 'Nergenshuizen'")


def test_check_reports_an_unknown_gemeente_in_a_workbook_list(lekp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _list_book(Path("lijst.xlsx"), ["gemeente", "Mol", "Nergenshuizen"], sheet="Lijst")
    run = lekp("check", "lijst.xlsx")
    assert run.exit_code == 1
    assert run.stdout.startswith("lijst.xlsx:Lijst!A3: error G801 ")


def test_an_unknown_nis_code_in_a_workbook_is_located_by_its_cell(lekp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Realisaties"
    for row in (
        ["nis_code", "indicator", "jaar", "waarde"],
        ["13025", "bomen", 2021, 5],
        ["99999", "bomen", 2021, 5],
    ):
        ws.append(row)
    book.save("nis.xlsx")
    run = lekp("check", "nis.xlsx")
    assert run.exit_code == 1
    assert run.stdout.startswith("nis.xlsx:Realisaties!A3: error R605 ")
