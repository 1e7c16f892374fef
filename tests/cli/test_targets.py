"""`lekp targets`: the table, every export, the notes, and every way it refuses."""

from __future__ import annotations

import csv
import io
from decimal import Decimal as D
from pathlib import Path

import pytest

from .common import (
    ENERGIEVERMOGEN_NOTE,
    HEMELWATER_NOTE,
    assert_same_records,
    csv_rows,
    decimal_json,
    one_line_error,
)

DEELGEMEENTEN = Path(__file__).resolve().parents[2] / "data" / "deelgemeenten.csv"

# Mol, 1 January 2026: 38,793 inwoners; Census 2021: 19,095 wooneenheden.


def test_table_for_mol(lekp):
    result = lekp("targets", "--gemeente", "Mol")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Mol · NIS 13025 · provincie Antwerpen" in out
    assert "38.793 (op 1 januari 2026)" in out
    assert "19.095 (Census 2021" in out
    assert "LEKP 2.1" in out
    for werf in ("Werf 1", "Werf 2", "Werf 3", "Werf 4"):
        assert werf in out
    assert "19.396,5" in out and "19.397" in out  # hagen: 38,793 x 0.5, exact and rounded
    assert "2.793,096" in out and "2.793,1" in out  # kWp: 38,793 x 36 / 500, with its decimal
    assert "Ondersteuning door de provincie Antwerpen" in out
    assert "Algemene ondersteuning door de provincie Antwerpen" in out
    assert result.stderr == ""


def test_no_provincial_support_outside_antwerpen(lekp):
    out = lekp("targets", "-g", "Gent").stdout
    assert "Gent · NIS 44021 · provincie Oost-Vlaanderen" in out
    assert "provincie Antwerpen" not in out


def test_csv_columns_and_values(lekp):
    result = lekp("targets", "-g", "Mol", "-f", "csv")
    assert result.exit_code == 0
    rows = csv_rows(result.stdout)
    assert len(rows) == 14
    hagen = next(r for r in rows if r["indicator"] == "hagen")
    assert hagen == {
        "nis_code": "13025", "gemeente": "Mol", "provincie": "Antwerpen", "pact": "2.1",
        "reference_year": "2026", "werf": "1", "indicator": "hagen",
        "label": "Extra haag of geveltuinbeplanting (heraanplant telt niet)", "unit": "m",
        "basis": "inwoners", "basis_value": "38793", "ratio": "0.5", "deadline": "2030",
        "target_exact": "19396.5",  # 38,793 x 0.5
        "target": "19397",
        "goal": "Werf 1: Vergroening - Haag of geveltuinbeplanting",
        "assumptions": "afronding",
        "note": "een haag die verdwijnt (bij de heraanleg van een straat bijvoorbeeld) telt negatief",
    }  # fmt: skip
    assert result.stderr == ""


def test_every_row_carries_its_qualifying_note(lekp):
    rows = {r["indicator"]: r for r in csv_rows(lekp("targets", "-g", "Mol", "-f", "csv").stdout)}
    assert rows["hemelwater"]["note"] == HEMELWATER_NOTE
    assert rows["energievermogen"]["note"] == ENERGIEVERMOGEN_NOTE
    assert rows["bomen"]["note"] == ""


def test_excel_csv_opens_in_flemish_excel(lekp):
    raw = lekp("targets", "-g", "Mol", "--excel").stdout
    assert raw.startswith("\ufeff")
    rows = csv_rows(raw, excel=True)
    energy = next(r for r in rows if r["indicator"] == "energievermogen")
    assert energy["target_exact"] == "2793,096"  # 38,793 x 36 / 500, decimal comma
    assert energy["ratio"] == "0,072"  # 36 / 500
    assert raw.count("\r\n") == 15  # header + 14 rows, CRLF as Excel writes


def test_json_equals_the_library_records(lekp, library):
    result = lekp("targets", "-g", "Mol", "-g", "Herstappe", "-f", "json", "--pact", "2.0", "--jaar", "2024")
    assert result.exit_code == 0, result.stderr
    parsed = decimal_json(result.stdout)
    assert_same_records(parsed, library.targets(["Mol", "Herstappe"], pact="2.0", jaar=2024).records())
    mol_trees = next(r for r in parsed if r["gemeente"] == "Mol" and r["indicator"] == "bomen")
    assert mol_trees["target"] == 38534  # Mol 1 January 2024: 38,534 x 1 tree
    assert isinstance(mol_trees["basis_value"], int)


def test_json_of_a_province_equals_the_library_records(lekp, library):
    result = lekp("targets", "-p", "Limburg", "-w", "2", "--rounding", "up", "-f", "json")
    assert_same_records(decimal_json(result.stdout), library.targets(provincie="Limburg", werf=2,
                                                                      rounding="up").records())  # fmt: skip


def test_markdown(lekp):
    out = lekp("targets", "-g", "Mol", "-f", "markdown", "-w", "3").stdout
    assert out.startswith("# Mol · NIS 13025")
    # 38,793 x 1.5 / 100 = 581.895, rounded half up to 582
    assert "| (Semi-)publieke laadequivalenten | 1,5 per 100 inwoners | 2030 | 581,895 | 582 | stuks |" in out


def test_english_labels(lekp):
    rows = decimal_json(lekp("targets", "-g", "Mol", "-f", "json", "--lang", "en").stdout)
    assert rows[0]["label"] == "Extra trees"
    assert "Werf 1: Let's plant a tree" in lekp("targets", "-g", "Mol", "--lang", "en").stdout


def test_merger_note_goes_to_stderr_and_data_to_stdout(lekp):
    result = lekp("targets", "-g", "Borsbeek", "-f", "csv", "-w", "1")
    assert result.exit_code == 0
    assert result.stderr == (
        "lekp: noot: Borsbeek (11007) maakt sinds 1 januari 2025 deel uit van Antwerpen (11002); "
        "Antwerpen wordt getoond\n"
    )
    assert "Borsbeek" not in result.stdout
    rows = csv_rows(result.stdout)
    assert {r["gemeente"] for r in rows} == {"Antwerpen"}
    assert rows[0]["basis_value"] == "565615"  # Antwerpen incl. Borsbeek, 1 January 2026
    english = lekp("targets", "-g", "Borsbeek", "-f", "csv", "-w", "1", "--lang", "en")
    assert "Borsbeek (11007) has been part of Antwerpen (11002) since 1 January 2025" in english.stderr


def _part_of(deelgemeente: str) -> tuple[str, str]:
    """The gemeente (NIS code, name) that data/deelgemeenten.csv puts a deelgemeente in."""
    with DEELGEMEENTEN.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["deelgemeente_nl"] == deelgemeente:
                return row["nis_code"], row["name_nl"]
    raise AssertionError(f"{deelgemeente} is not in {DEELGEMEENTEN}")


@pytest.mark.parametrize(
    ("name", "code", "gemeente"),
    [
        ("'s-Gravenwezel", "11039", "Schilde"),  # a deelgemeente of Schilde, not of Antwerpen
        ("Ekeren", "11002", "Antwerpen"),
        ("Puurs", "12041", "Puurs-Sint-Amands"),
        ("Sint-Amands", "12041", "Puurs-Sint-Amands"),
    ],
)
def test_deelgemeenten_resolve_with_a_note(lekp, name, code, gemeente):
    assert _part_of(name) == (code, gemeente)  # as the data file says
    result = lekp("targets", "-g", name, "-f", "csv", "-w", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        f"lekp: noot: {name} is een deelgemeente van {gemeente} ({code}); {gemeente} wordt getoond\n"
    )
    assert {(r["nis_code"], r["gemeente"]) for r in csv_rows(result.stdout)} == {(code, gemeente)}


def test_province_and_all(lekp):
    rows = csv_rows(lekp("targets", "-p", "Antwerpen", "-f", "csv", "-w", "1").stdout)
    assert len({r["nis_code"] for r in rows}) == 67
    rows = csv_rows(lekp("targets", "--alle", "-f", "csv", "-w", "4").stdout)
    assert len(rows) == 285 * 2
    # Sum of 1 m2 per inhabitant over Flanders = the Flemish population of 2026.
    assert sum(int(r["target_exact"]) for r in rows if r["indicator"] == "ontharding") == 6_898_350


def test_gemeenten_file(lekp, tmp_path):
    listed = tmp_path / "lijst.txt"
    listed.write_text("# onze regio\nMol\n\n13008  # Geel\n", encoding="utf-8")
    rows = decimal_json(lekp("targets", "--gemeenten-file", listed, "-w", "1", "-f", "json").stdout)
    assert [r["gemeente"] for r in rows] == ["Mol"] * 3 + ["Geel"] * 3
    from_stdin = lekp("targets", "--gemeenten-file", "-", "-w", "1", "-f", "json", stdin="Mol\nGeel\n")
    assert decimal_json(from_stdin.stdout) == rows


def test_repeated_gemeente_counted_once(lekp):
    rows = decimal_json(lekp("targets", "-g", "Mol", "-g", "13025", "-f", "json", "-w", "1").stdout)
    assert len(rows) == 3


def test_what_if(lekp, library):
    result = lekp("targets", "--inwoners", "10000", "-f", "json")
    assert result.exit_code == 0
    parsed = decimal_json(result.stdout)
    assert_same_records(parsed, library.targets(inwoners=10000).records())
    rows = {r["indicator"]: r for r in parsed}
    assert rows["laadpunten"]["target_exact"] == 150  # 10,000 x 1.5 / 100
    assert rows["laadpunten"]["nis_code"] is None
    assert "renovaties" not in rows
    assert "niet berekend zonder --wooneenheden" in result.stderr
    english = lekp("targets", "--inwoners", "10000", "-f", "json", "--lang", "en")
    assert "not computed without --wooneenheden" in english.stderr


def test_own_figures_for_a_gemeente(lekp):
    rows = {
        r["indicator"]: r
        for r in decimal_json(lekp("targets", "-g", "Mol", "--wooneenheden", "20000", "-f", "json").stdout)
    }
    assert rows["renovaties"]["target_exact"] == 1000  # 20,000 x 50 / 1,000
    assert rows["renovaties"]["reference_year"] is None
    assert rows["bomen"]["basis_value"] == 38793


@pytest.mark.parametrize(
    ("mode", "expected"), [("up", D("39")), ("down", D("38")), ("half-up", D("39")), ("none", D("38.793"))]
)
def test_rounding_option(lekp, mode, expected):
    rows = decimal_json(lekp("targets", "-g", "Mol", "-f", "json", "--rounding", mode, "-w", "1").stdout)
    perken = next(r for r in rows if r["indicator"] == "natuurgroenperken")
    assert perken["target"] == expected  # 38,793 / 1,000 = 38.793
    assert perken["target_exact"] == D("38.793")


# --- errors and exit codes ---------------------------------------------------------------


def test_unknown_gemeente_exit_1_with_suggestions(lekp):
    line = one_line_error(lekp("targets", "-g", "Moll"), 1)
    assert line.startswith("lekp: fout: onbekende gemeente 'Moll'")
    assert "bedoelt u" in line and "Mol," in line


def test_unknown_gemeente_in_english(lekp, monkeypatch):
    line = one_line_error(lekp("targets", "-g", "Moll", "--lang", "en"), 1)
    assert line.startswith("lekp: error: unknown gemeente 'Moll'")
    assert "did you mean" in line
    monkeypatch.setenv("LEKP_LANG", "en")
    assert one_line_error(lekp("targets", "-g", "Moll"), 1) == line


def test_unknown_province_exit_1(lekp):
    line = one_line_error(lekp("targets", "-p", "Brabant"), 1)
    assert "onbekende provincie 'Brabant'" in line


def test_unknown_year_exit_1(lekp):
    line = one_line_error(lekp("targets", "-g", "Mol", "--jaar", "2018"), 1)
    assert "geen bevolkingscijfers voor 2018; de gegevens hebben 2019-2026" in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["targets"], "--gemeente: zeg voor welke gemeente"),
        (["targets", "-g", "Mol", "--pact", "3.0"], "--pact: '3.0' bestaat niet; kies uit: 1.0, 2.0, 2.1"),
        (["targets", "-g", "Mol", "--werf", "9"], "--werf: '9' bestaat niet; kies uit: 1, 2, 3, 4"),
        (["targets", "-g", "Mol", "--werf", "twee"], "--werf: 'twee' is geen geheel getal"),
        (["targets", "-g", "Mol", "--excel", "-f", "json"], "--excel schrijft CSV"),
        (["targets", "-g", "Mol", "-g", "Gent", "--inwoners", "5"], "gelden voor één gemeente"),
        (["targets", "--alle", "-g", "Mol"], "--alle: --alle kiest alle gemeenten"),
        (["targets", "-g", "Mol", "--rounding", "sideways"], "--rounding: 'sideways' bestaat niet"),
        (["targets", "-g", "Mol", "-f", "xml"], "--format: 'xml' bestaat niet"),
        (["targets", "-g", "Mol", "--nope"], "onbekende optie --nope"),
    ],
)
def test_usage_errors_exit_2(lekp, args, message):
    line = one_line_error(lekp(*args), 2)
    assert line.startswith("lekp: fout: ")
    assert message in line


def test_werf_error_names_the_option(lekp):
    assert one_line_error(lekp("targets", "-g", "Mol", "--werf", "twee"), 2) == (
        "lekp: fout: --werf: 'twee' is geen geheel getal"
    )
    assert one_line_error(lekp("targets", "-g", "Mol", "--werf", "twee", "--lang", "en"), 2) == (
        "lekp: error: --werf: 'twee' is not a whole number"
    )


def test_missing_catalogue_exit_1(lekp, tmp_path):
    missing = tmp_path / "nope.yaml"
    line = one_line_error(lekp("targets", "-g", "Mol", "--catalogue", missing), 1)
    assert line == f"lekp: fout: {missing}: F101 bestand niet gevonden"


def test_invalid_municipalities_names_file_and_line(lekp, tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text(
        "nis_code,name_nl,arrondissement_nis,arrondissement_nl,province_nis,province_nl,"
        "population_2025,dwellings_census_2021,predecessor_nis_codes\n"
        "13025,Mol,13000,Turnhout,10000,Antwerpen,38701,19095,13025\n"
        "13029,Nijlen,13000,Turnhout,10000,Antwerpen,23,4,7,9000,13029\n",
        encoding="utf-8",
    )
    line = one_line_error(lekp("targets", "-g", "Mol", "--municipalities", bad), 1)
    assert line.startswith(f"lekp: fout: {bad}:3:1: C315 ")


def test_no_output_file_on_failure(lekp, tmp_path):
    target = tmp_path / "out.csv"
    result = lekp("targets", "-g", "Moll", "-f", "csv", "-o", target)
    assert result.exit_code == 1
    assert not target.exists()


def test_failure_while_writing_leaves_the_old_file(lekp, tmp_path, monkeypatch):
    from lekp_calc.results import TargetsResult

    def broken(self, excel):
        yield "half a file"
        raise RuntimeError("disk full")

    monkeypatch.setattr(TargetsResult, "csv_lines", broken)
    target = tmp_path / "out.csv"
    target.write_text("previous report", encoding="utf-8")
    with pytest.raises(RuntimeError):
        lekp("targets", "-g", "Mol", "-f", "csv", "-o", target)
    assert target.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_output_into_missing_folder_exit_1(lekp, tmp_path):
    line = one_line_error(lekp("targets", "-g", "Mol", "-o", tmp_path / "no" / "x.csv"), 1)
    assert "bestaat niet" in line


def test_csv_reads_back_with_the_csv_module(lekp):
    text = lekp("targets", "-g", "Mol", "-f", "csv").stdout
    assert next(csv.reader(io.StringIO(text)))[-1] == "note"
