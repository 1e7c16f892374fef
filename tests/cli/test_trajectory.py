"""`lekp trajectory`: the straight path to each target, and the baseline ceilings."""

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


def test_one_indicator(lekp):
    rows = decimal_json(lekp("trajectory", "-g", "Mol", "-i", "bomen", "-f", "json").stdout)
    assert rows[0] == {
        "year": 2021, "indicator": "bomen", "unit": "stuks",
        "expected_cumulative": D("3879.3"),  # 38,793 x 1/10
        "target": 38793, "note": None,
    }  # fmt: skip
    assert rows[-1]["year"] == 2030 and rows[-1]["expected_cumulative"] == 38793
    assert len(rows) == 10


def test_every_indicator_to_its_deadline(lekp):
    rows = {
        (r["indicator"], r["year"]): r for r in csv_rows(lekp("trajectory", "-g", "Mol", "-f", "csv").stdout)
    }
    assert rows["klimaattafels", "2022"]["expected_cumulative"] == "477.5"  # 955 x 2/4 (deadline end 2024)
    assert ("klimaattafels", "2025") not in rows  # the path ends at the deadline
    assert rows["energievermogen", "2023"]["expected_cumulative"] == "837.93"  # 2,793.1 x 3/10
    assert rows["energievermogen", "2023"]["note"] == ENERGIEVERMOGEN_NOTE
    assert rows["hemelwater", "2030"]["note"] == HEMELWATER_NOTE


def test_population_year(lekp):
    rows = decimal_json(lekp("trajectory", "-g", "Mol", "-i", "bomen", "--jaar", "2024", "-f", "json").stdout)
    assert rows[0]["target"] == 38534  # Mol on 1 January 2024
    assert rows[0]["expected_cumulative"] == D("3853.4")  # 38,534 x 1/10


def test_with_baseline(lekp, tmp_path):
    baseline = tmp_path / "basislijn.csv"
    baseline.write_text("grootheid,jaar,waarde\nco2,2015,1250.5\n", encoding="utf-8")
    rows = decimal_json(lekp("trajectory", "-g", "Mol", "-f", "json", "--baseline", baseline).stdout)
    co2 = {r["year"]: r for r in rows if r["indicator"] == "co2_eigen_patrimonium"}
    assert co2[2030]["expected_cumulative"] == D("562.725")  # 1,250.5 x 0.45 under pact 2.1
    assert co2[2021]["expected_cumulative"] == D("975.390")  # 1,250.5 - 1,250.5 x 0.55 x 6/15
    table = lekp("trajectory", "-g", "Mol", "--baseline", baseline).stdout
    assert "Engagementen met eigen basislijn: maximum per jaar" in table


def test_table(lekp):
    out = lekp("trajectory", "-g", "Mol").stdout
    assert out.startswith("Traject: Mol · NIS 13025")
    assert " 3.879 " in out  # 38,793 x 1/10 = 3,879.3 trees by the end of 2021, shown whole
    assert " 279,3 " in out  # 2,793.1 kWp x 1/10 = 279.31, shown to the indicator's one decimal
    assert lekp("trajectory", "-g", "Mol", "--lang", "en").stdout.startswith("Trajectory: Mol")


def test_json_equals_the_library_records(lekp, library, tmp_path):
    baseline = tmp_path / "basislijn.csv"
    baseline.write_text("grootheid,jaar,waarde\nco2,2015,1250.5\nenergie,2019,4800\n", encoding="utf-8")
    cases = (
        ((), {}),
        (
            ("-i", "hagen", "--rounding", "up", "--pact", "2.0"),
            {"indicator": "hagen", "rounding": "up", "pact": "2.0"},
        ),
        (("--baseline", baseline, "--jaar", "2024"), {"baseline": baseline, "jaar": 2024}),
    )
    for args, call in cases:
        result = lekp("trajectory", "-g", "Mol", "-f", "json", *args)
        assert result.exit_code == 0, result.stderr
        assert_same_records(decimal_json(result.stdout), library.trajectory("Mol", **call).records())


def test_errors(lekp):
    line = one_line_error(lekp("trajectory", "-g", "Mol", "-i", "boom"), 2)
    assert line.startswith("lekp: fout: --indicator: 'boom' bestaat niet; kies uit: bomen, hagen,")
    assert (
        one_line_error(lekp("trajectory"), 2) == "lekp: fout: --gemeente: noem één gemeente: --gemeente NAAM"
    )
    assert one_line_error(lekp("trajectory", "-g", "Moll"), 1).startswith(
        "lekp: fout: onbekende gemeente 'Moll'"
    )
