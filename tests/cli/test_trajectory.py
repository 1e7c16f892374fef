"""`lekp trajectory`: the straight path to each target, and the baseline ceilings."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

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
        "target": 38793, "milestone": False, "ceiling": None, "actual": None, "status": None,
        "goal": "Werf 1: Vergroening - Bomen",
        "assumptions": ["afronding", "pad"],  # the rounded target, and lekp's straight path to it
        "note": None,
    }  # fmt: skip
    assert rows[-1]["year"] == 2030 and rows[-1]["expected_cumulative"] == 38793
    assert len(rows) == 10


def test_every_indicator_to_its_deadline(lekp):
    rows = {
        (r["indicator"], r["year"]): r for r in csv_rows(lekp("trajectory", "-g", "Mol", "-f", "csv").stdout)
    }
    assert rows["klimaattafels", "2022"]["expected_cumulative"] == "477.5"  # 955 x 2/4 (deadline end 2024)
    assert ("klimaattafels", "2025") not in rows  # the path ends at the deadline
    # energievermogen (pact 2.1): 38,793 x 36 / 500 = 2,793.096 -> 2,793.1 kWp by 2030, of which
    # 38,793 x 18 / 500 = 1,396.548 -> 1,396.5 by the end of 2025 (the milestone): the path runs
    # through the rounded milestone, 1,396.5 x 3/5 = 837.9 by 2023
    assert rows["energievermogen", "2023"]["expected_cumulative"] == "837.9"
    assert rows["energievermogen", "2025"]["expected_cumulative"] == "1396.5"
    assert [k for k, r in rows.items() if r["milestone"] == "True"] == [("energievermogen", "2025")]
    # 1,396.5 + (2,793.1 - 1,396.5) x 3/5 = 1,396.5 + 837.96 = 2,234.46 by 2028
    assert rows["energievermogen", "2028"]["expected_cumulative"] == "2234.46"
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
    # an engagement's row holds its ceiling, not a cumulative amount
    assert co2[2030]["ceiling"] == D("562.725")  # 1,250.5 x 0.45 under pact 2.1
    assert co2[2021]["ceiling"] == D("975.390")  # 1,250.5 - 1,250.5 x 0.55 x 6/15
    assert co2[2021]["expected_cumulative"] is None and co2[2021]["target"] is None
    assert (co2[2021]["actual"], co2[2021]["status"], co2[2021]["milestone"]) == (None, None, False)
    table = lekp("trajectory", "-g", "Mol", "--baseline", baseline).stdout
    assert "Engagementen met eigen basislijn: maximum per jaar" in table


def test_table(lekp):
    out = lekp("trajectory", "-g", "Mol").stdout
    assert out.startswith("Traject: Mol · NIS 13025")
    assert " 3.879,3 " in out  # 38,793 x 1/10 = 3,879.3 trees by the end of 2021, exact (never rounded)
    # kWp: the path bends at the 2025 milestone, 18 x 38,793 / 500 = 1,396.548 -> 1,396.5 kWp, reached
    # in five equal steps of 1,396.5 / 5 = 279.3; after it, (2,793.1 - 1,396.5) / 5 = 279.32 a year
    assert " 279,3 " in out and " 1.675,82 " in out
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


def test_measured_figures_against_the_ceilings(lekp, tmp_path):
    baseline = tmp_path / "basislijn.csv"
    baseline.write_text(
        "grootheid,jaar,waarde\n"
        "co2,2015,1250.5\nenergie,2019,4800\n"
        "energie_jaar,2021,4601\nenergie_jaar,2022,4600\n"
        "co2_jaar,2021,975.39\nco2_jaar,2022,930\n",
        encoding="utf-8",
    )
    result = lekp("trajectory", "-g", "Mol", "-f", "json", "--baseline", baseline)
    assert result.exit_code == 0, result.stderr
    rows = {(r["indicator"], r["year"]): r for r in decimal_json(result.stdout)}
    energy = "energiebesparing_eigen_gebouwen"
    # 4,800 MWh in 2019, 2.09 % less a year: 4,800 x 0.9791^2 = 4,601.456688 -> 4,601.457 in 2021
    assert rows[energy, 2021]["ceiling"] == D("4601.457")
    assert (rows[energy, 2021]["actual"], rows[energy, 2021]["status"]) == (4601, "binnen")
    # 4,800 x 0.9791^3 = 4,505.28625… -> 4,505.286 in 2022; 4,600 is above it
    assert rows[energy, 2022]["ceiling"] == D("4505.286")
    assert (rows[energy, 2022]["actual"], rows[energy, 2022]["status"]) == (4600, "boven")
    # 3 % a year from 2023 (pact 2.0 and later): 4,505.286… x 0.97 = 4,370.128; nothing measured
    assert rows[energy, 2023]["ceiling"] == D("4370.128")
    assert (rows[energy, 2023]["actual"], rows[energy, 2023]["status"]) == (None, None)
    co2 = "co2_eigen_patrimonium"
    assert (rows[co2, 2021]["actual"], rows[co2, 2021]["status"]) == (D("975.39"), "binnen")  # = ceiling
    # 1,250.5 - 1,250.5 x 0.55 x 7/15 = 929.538 in 2022: 930 is above
    assert (rows[co2, 2022]["ceiling"], rows[co2, 2022]["status"]) == (D("929.538"), "boven")
    table = lekp("trajectory", "-g", "Mol", "--baseline", baseline, "-f", "markdown").stdout
    # the judgement is said in words under the measured figures (a colour alone would be lost)
    lines = table.splitlines()
    measured = [line for line in lines if line.startswith("| Gemeten |")]
    judged = [line for line in lines if line.startswith("| Oordeel |")]
    assert [line.split(" | ")[2:4] for line in measured] == [["4.601", "4.600"], ["975,39", "930"]]
    assert [line.split(" | ")[2:4] for line in judged] == [["binnen", "boven"], ["binnen", "boven"]]


OUTSIDE = "ligt buiten de pactperiode 2021-2030"


@pytest.mark.parametrize(
    ("rows", "where", "message"),
    [
        ("energie_jaar,2020,4700\n", "3:14", f"B704 een gemeten jaarcijfer voor 2020 {OUTSIDE}"),
        ("co2_jaar,2031,900\n", "3:10", f"B704 een gemeten jaarcijfer voor 2031 {OUTSIDE}"),
        ("energie_jaar,2021,4700\nenergie_jaar,2021,4600\n", "4:1", "B703 "),  # the same year twice
    ],
)
def test_measured_figures_outside_the_pact_or_twice(lekp, tmp_path, rows, where, message):
    baseline = tmp_path / "basislijn.csv"
    baseline.write_text(f"grootheid,jaar,waarde\nenergie,2019,4800\n{rows}", encoding="utf-8")
    error = one_line_error(lekp("trajectory", "-g", "Mol", "--baseline", baseline), 1)
    assert error.startswith(f"lekp: fout: {baseline}:{where}: {message}")


def test_the_milestone_follows_the_rounding_asked_for(lekp):
    # 18 kWp per 500 inwoners by the end of 2025: 18 x 38,793 / 500 = 1,396.548 kWp; the path runs
    # through it as rounded by the rule in use, like the target itself
    def at_2025(*extra: str) -> D:
        args = ("trajectory", "-g", "Mol", "-i", "energievermogen", "-f", "json", *extra)
        rows = decimal_json(lekp(*args).stdout)
        return next(r["expected_cumulative"] for r in rows if r["year"] == 2025)

    assert at_2025() == D("1396.5")  # the catalogue's half up, to 0.1 kWp
    assert at_2025("--rounding", "up") == D("1396.6")
    assert at_2025("--rounding", "down") == D("1396.5")
    assert at_2025("--rounding", "none") == D("1396.548")


def test_an_indicator_key_is_matched_like_a_name(lekp):
    # case, accents, spaces and underscores do not matter, as for the name of a gemeente
    wanted = decimal_json(lekp("trajectory", "-g", "Mol", "-i", "bomen", "-f", "json").stdout)
    for typed in ("Bomen", "BOMEN", " bomen"):
        assert decimal_json(lekp("trajectory", "-g", "Mol", "-i", typed, "-f", "json").stdout) == wanted
    typed = "Renovaties fossielvrij"
    fossil = decimal_json(lekp("trajectory", "-g", "Mol", "-i", typed, "-f", "json").stdout)
    assert {r["indicator"] for r in fossil} == {"renovaties_fossielvrij"}
    wrong = lekp("trajectory", "-g", "Mol", "-i", "Boompjes")
    assert wrong.exit_code == 2
    assert wrong.stderr.startswith("lekp: fout: --indicator: 'Boompjes' bestaat niet")
