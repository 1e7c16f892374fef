"""`lekp check` on the command line: lines, exports, the summary on stderr and the exit code.

What the checks find is tested in tests/check; here only how the command reports it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lekp_calc import check_files

from .common import assert_same_records, csv_rows, decimal_json

MISSING = (
    "arrondissement_nis", "arrondissement_nl", "province_nis", "province_nl", "dwellings_census_2021",
    "predecessor_nis_codes",
)  # fmt: skip


@pytest.fixture
def broken(tmp_path):
    path = tmp_path / "gemeenten.csv"
    path.write_text("nis_code,name_nl\n13025,Mol\n", encoding="utf-8")
    return path


def test_lines_and_summary(lekp, broken):
    result = lekp("check", broken)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[: len(MISSING)] == [f"{broken}:1:1: error C301 ontbrekende kolom '{c}'" for c in MISSING]
    assert len(lines) == len(MISSING) + 1  # and the population columns, one per year
    assert result.stderr == "lekp check: MISLUKT: 1 bestand, 7 fouten, 0 waarschuwingen\n"


def test_english(lekp, broken, monkeypatch):
    result = lekp("check", broken, "--lang", "en")
    assert result.stdout.splitlines()[0] == f"{broken}:1:1: error C301 missing column 'arrondissement_nis'"
    assert result.stderr == "lekp check: FAILED: 1 file, 7 errors, 0 warnings\n"
    monkeypatch.setenv("LEKP_LANG", "en")
    assert lekp("check", broken).stdout == result.stdout


def test_github_annotations(lekp, broken):
    first = lekp("check", broken, "-f", "github").stdout.splitlines()[0]
    assert first == f"::error file={broken},line=1,col=1,title=C301::ontbrekende kolom 'arrondissement_nis'"


def test_json_equals_the_library_report(lekp, broken):
    result = lekp("check", broken, "-f", "json")
    assert result.exit_code == 1
    document = decimal_json(result.stdout)
    report = check_files([broken])
    assert document == report.to_dict()
    assert_same_records(document["problems"], report.records())
    assert (document["valid"], document["errors"], document["warnings"]) == (False, 7, 0)


def test_csv_to_a_file(lekp, broken, tmp_path):
    target = tmp_path / "problemen.csv"
    result = lekp("check", broken, "-o", target)
    assert result.exit_code == 1
    assert result.stdout == ""
    rows = csv_rows(target.read_text(encoding="utf-8"))
    assert [r["code"] for r in rows] == ["C301"] * 7
    assert rows[0]["message"] == "ontbrekende kolom 'arrondissement_nis'"


def test_table(lekp, broken):
    out = lekp("check", broken, "-f", "table").stdout
    assert out.startswith("Controle van de gegevensbestanden\n")
    assert "MISLUKT: 1 bestand, 7 fouten, 0 waarschuwingen" in out


def test_the_shipped_data_passes(lekp):
    result = lekp("check")
    assert result.exit_code == 0, result.stdout
    assert result.stderr.startswith("lekp check: in orde: 5 bestanden, 0 fouten, ")
    assert " error " not in result.stdout


def test_usage_errors(lekp, broken):
    result = lekp("check", broken, "--max-change", "veel")
    assert result.exit_code == 2
    assert result.stderr.startswith("lekp: fout: --max-change: 'veel' is geen percentage")
    assert lekp("check", broken, "-f", "xml").exit_code == 2


def test_the_line_formats_go_to_a_file_too(lekp, tmp_path):
    broken = tmp_path / "r.csv"
    broken.write_text("indicator,jaar,waarde\nboomen,2022,100\n", encoding="utf-8")
    for args in (["-f", "text", "-o", tmp_path / "a.out"], ["-o", tmp_path / "b.txt"]):
        run = lekp("check", broken, *args)
        assert run.exit_code == 1 and run.stdout == ""
        written = Path(args[-1]).read_text(encoding="utf-8")
        assert written == f"{broken}:2:1: error R601 onbekende indicator 'boomen'; bedoelt u bomen?\n"
    run = lekp("check", broken, "-f", "github", "-o", tmp_path / "c.out")
    assert (tmp_path / "c.out").read_text(encoding="utf-8").startswith(f"::error file={broken},line=2,col=1")
