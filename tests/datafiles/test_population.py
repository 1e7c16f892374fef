"""A population year from Statbel's file: territories, agreement with the file in use, provenance.

Hand-computed checks: the shipped 2026 figures fed back in give a file identical, byte for
byte, to data/municipalities.csv; the 2024 figures of the 300 gemeenten give the shipped 2025
file (a merged gemeente is the sum of its predecessors) and, on the 2024 territory, the
shipped 2024 file; Mol's 2026 count raised by one, read as 2027, gives a new column
population_2027 with Mol at 38,793 + 1 = 38,794.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import lekp_calc
from conftest import DATA, REPO
from lekp_calc import DataError, InputError, Lekp, OutputError, UsageError, check_files
from lekp_calc.check.codes import Code
from lekp_calc.datafiles.population import sidecar_of, verify_sidecar
from lekp_calc.paths import data_dir
from statbel_files import FLANDERS_2024, FLANDERS_2026, MOL, MOL_2026, generator, population_file

SHIPPED = DATA / "municipalities.csv"
SHIPPED_2024 = DATA / "municipalities_2024.csv"


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["nis_code"]: row for row in csv.DictReader(handle)}


def _line_of(path: Path, code: str) -> int:
    return next(
        n for n, line in enumerate(path.read_text().splitlines(), start=1) if line.startswith(code + ",")
    )


def _codes(error: DataError) -> list[str]:
    return [problem.code.name for problem in error.problems]


# --- the hand-computed checks -----------------------------------------------------------------


def test_the_shipped_2026_figures_give_the_shipped_file_byte_for_byte(tmp_path):
    source = population_file(tmp_path)
    out = tmp_path / "gemeenten.csv"
    update = Lekp().population_from_statbel(source, output=out)
    assert out.read_bytes() == SHIPPED.read_bytes()
    assert update.year == 2026 and update.changes == [] and update.previous is not None
    assert update.flemish_total == FLANDERS_2026  # 6,898,350


def test_mol_one_more_read_as_2027(tmp_path):
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026, adjust={MOL: 1})
    out = tmp_path / "gemeenten.csv"
    update = Lekp().population_from_statbel(source, output=out)
    assert update.column == "population_2027" and update.previous is None
    header = out.read_text().splitlines()[0].split(",")
    assert header[header.index("population_2026") + 1] == "population_2027"  # in year order
    rows = _rows(out)
    assert rows[MOL]["population_2027"] == str(MOL_2026 + 1)  # 38,793 + 1 = 38,794
    assert all(row["population_2027"] == row["population_2026"] for code, row in rows.items() if code != MOL)
    assert update.flemish_total == FLANDERS_2026 + 1  # 6,898,350 + 1
    mine = Lekp(municipalities=out)
    bomen = next(r for r in mine.targets(["Mol"], jaar=2027, werf=1).records() if r["indicator"] == "bomen")
    assert bomen["basis_value"] == 38794 and bomen["target"] == 38794  # 38,794 inwoners × 1 boom


def test_a_2024_file_is_carried_to_the_2025_territory(tmp_path):
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2024.zip", 2024, territory="2024")
    out = tmp_path / "gemeenten.csv"
    update = Lekp().population_from_statbel(source, output=out)
    assert out.read_bytes() == SHIPPED.read_bytes()  # the shipped 2024 column is the predecessors' sum
    assert update.carried and update.flemish_total == FLANDERS_2024
    # Beveren-Kruibeke-Zwijndrecht (46030) is Beveren + Kruibeke + Zwijndrecht, by hand from the 2024 file:
    old = _rows(SHIPPED_2024)
    parts = [int(old[code]["population_2024"]) for code in ("46003", "46013", "11056")]
    assert update.figures["46030"] == parts[0] + parts[1] + parts[2]


def test_a_2024_file_on_the_2024_territory_is_written_as_it_is(tmp_path):
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2024.zip", 2024, territory="2024")
    out = tmp_path / "gemeenten_2024.csv"
    update = Lekp(grondgebied="2024").population_from_statbel(source, output=out)
    assert out.read_bytes() == SHIPPED_2024.read_bytes()
    assert not update.carried and len(update.figures) == 300


def test_a_2025_file_has_no_place_on_the_2024_territory(tmp_path):
    with pytest.raises(InputError) as raised:
        Lekp(grondgebied="2024").population_from_statbel(population_file(tmp_path))
    assert "het grondgebied 2024 heeft geen cijfers na 2024" in str(raised.value)


# --- agreement with the file in use -----------------------------------------------------------


def test_differences_are_listed_located_and_refused(tmp_path):
    source = population_file(tmp_path, adjust={MOL: 1, "11001": -2})
    out = tmp_path / "gemeenten.csv"
    with pytest.raises(DataError) as raised:
        Lekp().population_from_statbel(source, output=out)
    problems = raised.value.problems
    assert [(p.code, p.line) for p in problems] == [
        (Code.P909, _line_of(SHIPPED, "11001")),
        (Code.P909, _line_of(SHIPPED, MOL)),
    ]
    mol = problems[1]
    line = SHIPPED.read_text().splitlines()[mol.line - 1]
    header = SHIPPED.read_text().splitlines()[0].split(",")
    cells = line.split(",")
    column = header.index("population_2026")
    assert mol.column == len(",".join(cells[:column])) + 2  # where the population_2026 cell starts
    assert mol.message() == (
        "Mol: population_2026 is hier 38.793, TF_SOC_POP_STRUCT_2026.zip geeft 38.794; "
        "--replace neemt het cijfer van Statbel over"
    )
    assert not out.exists() and not sidecar_of(out).exists()  # nothing written


def test_replace_takes_statbels_figures(tmp_path):
    source = population_file(tmp_path, adjust={MOL: 1})
    out = tmp_path / "gemeenten.csv"
    update = Lekp().population_from_statbel(source, replace=True, output=out)
    assert [(c.nis_code, c.before, c.after) for c in update.changes] == [(MOL, 38793, 38794)]
    assert _rows(out)[MOL]["population_2026"] == "38794"
    assert json.loads(sidecar_of(out).read_text())["columns"]["population_2026"]["replaced"] == [
        {"nis_code": MOL, "before": 38793, "after": 38794}
    ]


def test_a_refusal_leaves_an_existing_file_untouched(tmp_path):
    out = tmp_path / "gemeenten.csv"
    out.write_text("mijn bestand\n")
    with pytest.raises(DataError):
        Lekp().population_from_statbel(population_file(tmp_path, adjust={MOL: 1}), output=out)
    assert out.read_text() == "mijn bestand\n"


# --- territory --------------------------------------------------------------------------------


def test_a_gemeente_missing(tmp_path):
    g = generator()
    source = g.write(tmp_path / "TF_SOC_POP_STRUCT_2026.zip", g.without(g.rows(2026), MOL))
    with pytest.raises(DataError) as raised:
        Lekp().population_from_statbel(source)
    assert _codes(raised.value) == ["P907"]
    assert raised.value.problems[0].message() == (
        "Mol (13025), een gemeente van het grondgebied vanaf 2025, heeft geen enkele rij in het bestand"
    )


def test_a_flemish_code_the_territory_does_not_know(tmp_path):
    g = generator()
    rows = g.rows(2026)
    borsbeek = [["11007", "Borsbeek", *row[2:]] for row in rows if row[g.CODE] == "11001"]  # merged in 2025
    source = g.write(tmp_path / "TF_SOC_POP_STRUCT_2026.zip", [*rows, *borsbeek])
    with pytest.raises(DataError) as raised:
        Lekp().population_from_statbel(source)
    problem = raised.value.problems[0]
    assert (problem.code, problem.line) == (Code.P906, len(rows) + 2)  # the first Borsbeek row
    assert "Borsbeek (11007) heeft gewestcode 2000 maar is geen gemeente van het grondgebied vanaf 2025" in (
        problem.message()
    )


def test_a_2024_file_named_as_2026_meets_the_wrong_territory(tmp_path):
    source = population_file(tmp_path, "bevolking.zip", 2024, territory="2024")
    with pytest.raises(DataError) as raised:
        Lekp().population_from_statbel(source, jaar=2026)
    found = _codes(raised.value)
    assert found.count("P906") == 27 and found.count("P907") == 12  # 27 codes gone, 12 new ones missing


# --- the year ---------------------------------------------------------------------------------


def test_no_year_anywhere_asks_for_jaar(tmp_path):
    with pytest.raises(UsageError) as raised:
        Lekp().population_from_statbel(population_file(tmp_path, "bevolking.zip"))
    assert raised.value.parameter == "jaar"


def test_jaar_gives_the_year_a_name_does_not(tmp_path):
    update = Lekp().population_from_statbel(population_file(tmp_path, "bevolking.zip"), jaar=2026)
    assert update.year == 2026 and update.changes == []


def test_jaar_against_the_file(tmp_path):
    with pytest.raises(DataError) as raised:
        Lekp().population_from_statbel(population_file(tmp_path), jaar=2027)
    assert _codes(raised.value) == ["P904"]
    assert "--jaar 2027 spreekt het bestand tegen" in raised.value.problems[0].message()


def test_a_year_column_against_the_name(tmp_path):
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2026.txt", year_column=2025)
    with pytest.raises(DataError) as raised:
        Lekp().population_from_statbel(source)
    assert _codes(raised.value) == ["P904"]
    assert raised.value.problems[0].message(lang="en") == (
        "the file contradicts itself on its year: the file name 'TF_SOC_POP_STRUCT_2026.txt' says 2026, "
        "CD_YEAR says 2025"
    )


def test_a_year_before_2019(tmp_path):
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2018.txt", 2024, territory="2024", old_names=True)
    with pytest.raises(DataError) as raised:
        Lekp().population_from_statbel(source)
    assert _codes(raised.value) == ["P904"]


# --- where it may be written ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "kind"), [("-", UsageError), ("gemeenten.txt", UsageError)])
def test_an_output_that_is_no_csv_file(tmp_path, name, kind):
    with pytest.raises(kind):
        Lekp().population_from_statbel(population_file(tmp_path), output=name)


def test_never_over_the_shipped_data(tmp_path):
    # The data lekp runs on: in the installed package (CI installs a wheel), or data/ of a checkout.
    shipped = data_dir() / "municipalities.csv"
    before = shipped.read_bytes()
    with pytest.raises(OutputError) as raised:
        Lekp().population_from_statbel(population_file(tmp_path), output=shipped)
    assert "worden nooit overschreven" in str(raised.value)
    assert shipped.read_bytes() == before and not sidecar_of(shipped).exists()
    inside = Path(lekp_calc.__file__).parent / "gemeenten.csv"
    with pytest.raises(OutputError):
        Lekp().population_from_statbel(population_file(tmp_path), output=inside)
    assert not inside.exists()


def test_never_over_the_statbel_file(tmp_path):
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2026.csv")
    with pytest.raises(OutputError):
        Lekp().population_from_statbel(source, output=source)


# --- provenance -------------------------------------------------------------------------------


def test_the_sidecar_records_the_statbel_file(tmp_path):
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026, adjust={MOL: 1})
    out = tmp_path / "gemeenten.csv"
    update = Lekp().population_from_statbel(source, output=out)
    document = json.loads(sidecar_of(out).read_text())
    entry = document["columns"]["population_2027"]
    assert entry["file"] == "TF_SOC_POP_STRUCT_2027.zip" and entry["inside"] == "TF_SOC_POP_STRUCT_2027.txt"
    assert entry["bytes"] == source.stat().st_size
    assert entry["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", entry["read"])
    assert (entry["year"], entry["territory"], entry["flemish_total"]) == (2027, "2025", FLANDERS_2026 + 1)
    assert entry["rows"] == update.statbel.rows == len(generator().rows(2026))
    assert document["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert document["based_on"]["shipped"] is True
    problems, found = verify_sidecar(out, _rows(out)[MOL].keys())
    assert problems == [] and found == document


def test_check_passes_the_file_and_reports_where_it_comes_from(tmp_path):
    out = tmp_path / "gemeenten.csv"
    Lekp().population_from_statbel(population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026), output=out)
    report = check_files([out])
    assert report.valid and report.problems == []
    assert report.to_dict()["files"][0]["provenance"]["columns"]["population_2027"]["year"] == 2027


def test_a_file_changed_after_lekp_wrote_it_fails_check(tmp_path):
    out = tmp_path / "gemeenten.csv"
    Lekp().population_from_statbel(population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026), output=out)
    out.write_text(out.read_text().replace(",38793,38793,", ",38793,38795,"))
    report = check_files([out])
    assert [(p.code, p.path) for p in report.problems] == [(Code.P911, str(sidecar_of(out)))]
    assert "gemeenten.csv is veranderd sinds lekp het schreef" in report.problems[0].message()


@pytest.mark.parametrize(
    ("content", "key"),
    [("{niet json", "sidecar_unreadable"), ('{"format": "iets anders"}', "sidecar_format")],
)
def test_a_sidecar_that_cannot_be_read(tmp_path, content, key):
    out = tmp_path / "gemeenten.csv"
    out.write_bytes(SHIPPED.read_bytes())
    sidecar_of(out).write_text(content)
    report = check_files([out])
    assert [(p.code, p.key) for p in report.problems] == [(Code.P911, key)]


def test_a_sidecar_naming_a_column_the_file_lacks(tmp_path):
    out = tmp_path / "gemeenten.csv"
    Lekp().population_from_statbel(population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026), output=out)
    text = out.read_text()
    rows = list(csv.reader(io.StringIO(text)))
    index = rows[0].index("population_2027")
    trimmed = io.StringIO()
    csv.writer(trimmed, lineterminator="\n").writerows([row[:index] + row[index + 1 :] for row in rows])
    out.write_text(trimmed.getvalue())
    document = json.loads(sidecar_of(out).read_text())
    document["sha256"] = hashlib.sha256(out.read_bytes()).hexdigest()
    sidecar_of(out).write_text(json.dumps(document))
    assert [p.key for p in check_files([out]).problems] == ["sidecar_column"]


def test_a_second_year_keeps_the_first_years_provenance(tmp_path):
    first = tmp_path / "gemeenten.csv"
    Lekp().population_from_statbel(
        population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026), output=first
    )
    second = tmp_path / "gemeenten2.csv"
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2028.zip", 2026, adjust={MOL: 2})
    Lekp(municipalities=first).population_from_statbel(source, output=second)
    columns = json.loads(sidecar_of(second).read_text())["columns"]
    assert sorted(columns) == ["population_2027", "population_2028"]
    assert columns["population_2027"]["file"] == "TF_SOC_POP_STRUCT_2027.zip"
    assert _rows(second)[MOL]["population_2028"] == "38795"  # 38,793 + 2
    assert check_files([second]).valid


def test_a_base_whose_sidecar_no_longer_describes_it_is_refused(tmp_path):
    first = tmp_path / "gemeenten.csv"
    Lekp().population_from_statbel(
        population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026), output=first
    )
    first.write_text(first.read_text().replace(",38793,38793,", ",38793,38795,"))
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2028.zip", 2026)
    with pytest.raises(DataError) as raised:
        Lekp(municipalities=first).population_from_statbel(source, output=tmp_path / "gemeenten2.csv")
    assert _codes(raised.value) == ["P911"]


def test_writing_over_the_file_in_use_updates_it(tmp_path):
    out = tmp_path / "gemeenten.csv"
    Lekp().population_from_statbel(population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026), output=out)
    source = population_file(tmp_path, "TF_SOC_POP_STRUCT_2028.zip", 2026)
    Lekp(municipalities=out).population_from_statbel(source, output=out)
    assert {"population_2027", "population_2028"} <= set(_rows(out)[MOL])
    assert check_files([out]).valid


# --- the default for a user: LEKP_MUNICIPALITIES ----------------------------------------------


def test_lekp_municipalities_is_the_default_file(tmp_path, monkeypatch):
    out = tmp_path / "gemeenten.csv"
    Lekp().population_from_statbel(
        population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026, adjust={MOL: 1}), output=out
    )
    monkeypatch.setenv("LEKP_MUNICIPALITIES", str(out))
    lekp = Lekp()
    assert lekp.data.source == str(out) and lekp.data.latest_year == 2027
    assert lekp.targets(["Mol"], werf=1).records()[0]["basis_value"] == 38794  # the newest year: 2027
    # The 300 gemeenten of the 2024 territory are not replaced by a file of the 285.
    assert len(Lekp(grondgebied="2024").data.municipalities) == 300
    # A file named on the command line (or to the library) still wins.
    assert Lekp(municipalities=SHIPPED).data.latest_year == 2026


def test_lekp_municipalities_naming_a_bad_file(tmp_path, monkeypatch):
    monkeypatch.setenv("LEKP_MUNICIPALITIES", str(tmp_path / "weg.csv"))
    with pytest.raises(InputError) as raised:
        Lekp().data  # noqa: B018 - the data is loaded when first used
    assert str(raised.value) == f"LEKP_MUNICIPALITIES: {tmp_path / 'weg.csv'}: F101 bestand niet gevonden"


def test_lekp_municipalities_reaches_every_command(tmp_path, lekp):
    out = tmp_path / "gemeenten.csv"
    Lekp().population_from_statbel(
        population_file(tmp_path, "TF_SOC_POP_STRUCT_2027.zip", 2026, adjust={MOL: 1}), output=out
    )
    env = {**os.environ, "LEKP_MUNICIPALITIES": str(out), "NO_COLOR": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "lekp_calc", "targets", "-g", "Mol", "-w", "1", "--format", "csv"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    bomen = next(row for row in csv.DictReader(io.StringIO(run.stdout)) if row["indicator"] == "bomen")
    assert (bomen["reference_year"], bomen["target"]) == ("2027", "38794")


# --- the documentation's example runs in a fresh interpreter, outside the repository ----------


def test_the_api_example_runs_anywhere(tmp_path):
    text = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    section = text.split("## A new population year", 1)[1].split("\n## ", 1)[0]
    examples = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert examples
    env = {key: value for key, value in os.environ.items() if key != "LEKP_MUNICIPALITIES"}
    for code in examples:
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, check=False
        )
        assert run.returncode == 0, run.stderr
