"""Benchmark lekp as users run it: whole processes, medians, ratios measured in the same run.

Usage: python benchmarks/run.py [--runs N] [--quick] [--markdown]

Run it with the Python of the environment where lekp is installed (the `lekp` script next
to that Python is used, else `python -m lekp_calc`). It prints one table:

1. start-up: `lekp targets --gemeente Mol` (also `--help` and `--format json`) against the
   floor of its own stack, `python -c "import typer, rich.table, pydantic, yaml"`;
2. big views: `lekp targets --alle` and `lekp summary --per gemeente` as terminal tables
   (80 columns) and as CSV/JSON, each against the single-gemeente command of the same run;
3. scale: synthetic municipality files of 1,000, 10,000 and 40,000 rows (generated here,
   checked with `lekp check`) exported to CSV; a file a user gives is validated in full on
   every run (there is no cache);
4. peak memory (maximum resident set size) of the 40,000-row export;
5. reports: `lekp report --provincie Antwerpen` with invented realisations for its 67
   gemeenten, and `lekp report --alle` for all 285 (scripts/generate_realisations.py), with
   the size of the HTML;
6. Excel: `lekp targets --alle -o alle.xlsx`, time and peak memory;
7. population: `lekp data population` on a real-size Statbel file (≈ 467,600 rows, ≈ 102 MB
   of text, written on demand by scripts/generate_statbel.py into the temporary folder, never
   committed), as the zip Statbel publishes and as the bare text file, on one core (`taskset`
   where there is one): time and peak memory;
8. paper: each report printed to A4 by headless Chromium as the print tests do (Mol's, the
   provincie Antwerpen's and all 285 gemeenten's, with invented realisations and without):
   its pages and the time of the print, and the time of the whole print test module
   (`tests/render/test_html_print.py`). Skipped without chromium.
9. workbooks on paper: LibreOffice (headless) prints a gemeente's targets and a province's
   progress (invented realisations) to PDF, as tests/render/test_xlsx_libreoffice.py does:
   the time of one conversion and the pages (skipped without `soffice`).

Commands of one comparison run interleaved, so that a slow moment of the machine hits all
of them alike; absolute times vary between machines, the ratios hold. The targets of
issue 5 are printed beside each ratio.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

FLOOR = [sys.executable, "-c", "import typer, rich.table, pydantic, yaml"]
SIZES = (1_000, 10_000, 40_000)

# Flemish NIS prefixes (first two digits): provinces 1, 3, 4, 7 with any second digit, and
# Vlaams-Brabant's 23 and 24; each gives 999 codes, 41,958 in all.
PROVINCES = {
    "1": ("10000", "Antwerpen"),
    "2": ("20001", "Vlaams-Brabant"),
    "3": ("30000", "West-Vlaanderen"),
    "4": ("40000", "Oost-Vlaanderen"),
    "7": ("70000", "Limburg"),
}
PREFIXES = [f"{first}{second}" for first in "1347" for second in "0123456789"] + ["23", "24"]
YEARS = range(2019, 2027)


def lekp_command() -> list[str]:
    script = Path(sys.executable).with_name("lekp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lekp_calc"]


def synthetic_municipalities(rows: int, path: Path, seed: int = 2021) -> None:
    """A valid municipality file of `rows` invented gemeenten (for timing only)."""
    rng = random.Random(seed)
    header = [
        "nis_code",
        "name_nl",
        "arrondissement_nis",
        "arrondissement_nl",
        "province_nis",
        "province_nl",
        *(f"population_{year}" for year in YEARS),
        "dwellings_census_2021",
        "predecessor_nis_codes",
    ]
    lines = [",".join(header)]
    for index in range(rows):
        prefix = PREFIXES[index // 999]
        code = f"{prefix}{index % 999 + 1:03d}"
        province_code, province = PROVINCES[prefix[0]]
        population = rng.randint(1_000, 100_000)
        series = []
        for _ in YEARS:
            series.append(population)
            population = round(population * (1 + rng.uniform(-0.02, 0.03)))
        dwellings = round(series[2] * rng.uniform(0.4, 0.6))
        lines.append(
            ",".join(
                [
                    code,
                    f"Synthetica {index + 1:05d}",
                    f"{prefix}000",
                    f"Arrondissement {prefix}",
                    province_code,
                    province,
                    *map(str, series),
                    str(dwellings),
                    code,
                ]
            )
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_once(command: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"benchmark: {' '.join(command)} failed:\n{result.stderr.decode()}")
    return elapsed


def medians(
    commands: dict[str, tuple[list[str], dict[str, str]]], runs: int, warmup: int
) -> dict[str, float]:
    """Median wall time of each command, runs interleaved round-robin after a warm-up."""
    for _ in range(warmup):
        for command, env in commands.values():
            run_once(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            times[name].append(run_once(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def peak_memory_mib(command: Sequence[str], env: dict[str, str]) -> float:
    """Maximum resident set size of a command, measured from a fresh parent process."""
    probe = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True, check=True
    ).stdout
    return int(output.strip()) / 1024  # Linux reports KiB


def cpu_and_peak(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak memory (MiB) of a command, from a fresh parent: on a
    shared machine the CPU time holds where the wall time waits for another's work."""
    probe = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
        "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(u.ru_utime + u.ru_stime, u.ru_maxrss)"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True, check=True
    ).stdout
    cpu, peak = output.split()
    return float(cpu), int(peak) / 1024  # Linux reports KiB


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("lekp-calc", "typer", "rich", "pydantic", "PyYAML")
    )
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {versions}"
    )


Row = tuple[str, str, str, str]  # measurement, value, ratio or per-row figure, target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs per command (default 21)")
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a quick look")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--only",
        choices=("startup", "views", "scale", "reports", "excel", "population", "paper", "workbooks", "site"),
        help="run only one part: start-up (1), views (2), scale (3, 4), reports (5), excel (6), "
        "population (7), paper (8), workbooks on paper (9), the site (10)",
    )
    args = parser.parse_args()
    runs = 5 if args.quick else args.runs
    lekp = lekp_command()

    workdir = Path(tempfile.mkdtemp(prefix="lekp-bench-"))
    try:
        env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
        rows: list[Row] = []
        if args.only in (None, "startup"):
            rows += startup(lekp, env, runs)
        if args.only in (None, "views"):
            rows += views(lekp, env, runs)
        if args.only in (None, "scale"):
            rows += scale(lekp, env, runs, workdir)
        if args.only in (None, "reports"):
            rows += reports(lekp, env, runs, workdir)
        if args.only in (None, "excel"):
            rows += excel(lekp, env, runs, workdir)
        if args.only in (None, "population"):
            rows += population(lekp, env, runs, workdir)
        if args.only in (None, "paper"):
            rows += paper(lekp, env, runs, workdir)
        if args.only in (None, "workbooks"):
            rows += workbooks_on_paper(lekp, env, workdir)
        if args.only in (None, "site"):
            rows += site(lekp, env, runs, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"machine: {machine()}")
    print(f"median of {runs} interleaved runs after a warm-up ({'quick' if args.quick else 'full'})")
    _print(rows, markdown=args.markdown)


def startup(lekp: list[str], env: dict[str, str], runs: int) -> list[Row]:
    """Measurements 1 and 2: one gemeente against the stack's floor, and every gemeente."""
    mol = [*lekp, "targets", "--gemeente", "Mol"]
    times = medians(
        {
            "floor": (FLOOR, env),
            "mol": (mol, env),
            "help": ([*lekp, "--help"], env),
            "json": ([*mol, "--format", "json"], env),
            "alle": ([*lekp, "targets", "--alle", "--format", "csv"], env),
        },
        runs,
        warmup=3,
    )
    floor = times["floor"]
    ratio = times["mol"] / floor
    alle = times["alle"] / times["mol"]
    return [
        ("floor: python -c 'import typer, rich.table, pydantic, yaml'", _ms(floor), "1.00", ""),
        ("lekp targets --gemeente Mol", _ms(times["mol"]), f"{ratio:.2f}", _verdict(ratio, 1.2)),
        ("lekp --help", _ms(times["help"]), f"{times['help'] / floor:.2f}", ""),
        ("lekp targets --gemeente Mol --format json", _ms(times["json"]), f"{times['json'] / floor:.2f}", ""),
        (
            "lekp targets --alle --format csv (285 gemeenten), ratio to Mol",
            _ms(times["alle"]),
            f"{alle:.2f}",
            _verdict(alle, 1.3),
        ),
    ]


def views(lekp: list[str], env: dict[str, str], runs: int) -> list[Row]:
    """Measurement 2: views of every gemeente, as 80-column tables and as CSV/JSON, against Mol."""
    commands = {
        "mol": [*lekp, "targets", "--gemeente", "Mol"],
        "targets table": [*lekp, "targets", "--alle"],
        "summary table": [*lekp, "summary", "--per", "gemeente"],
        "targets csv": [*lekp, "targets", "--alle", "--format", "csv"],
        "targets json": [*lekp, "targets", "--alle", "--format", "json"],
        "summary csv": [*lekp, "summary", "--per", "gemeente", "--format", "csv"],
    }
    times = medians({name: (command, env) for name, command in commands.items()}, runs, warmup=2)
    rows: list[Row] = [
        ("lekp targets --gemeente Mol (reference of this part)", _ms(times["mol"]), "1.00", "")
    ]
    limits = {"targets table": 4.0, "summary table": 4.0, "targets csv": 1.3}
    for name, command in commands.items():
        if name == "mol":
            continue
        ratio = times[name] / times["mol"]
        label = "lekp " + " ".join(command[len(lekp) :]) + (" (80 columns)" if "table" in name else "")
        rows.append(
            (label, _ms(times[name]), f"{ratio:.2f}", _verdict(ratio, limits[name]) if name in limits else "")
        )
    return rows


def scale(lekp: list[str], env: dict[str, str], runs: int, workdir: Path) -> list[Row]:
    """Measurements 3 and 4: synthetic files of growing size to CSV, time and peak memory."""
    rows: list[Row] = []
    times: dict[int, float] = {}
    for size in SIZES:
        source = workdir / f"synthetic_{size}.csv"
        synthetic_municipalities(size, source)
        check = subprocess.run([*lekp, "check", str(source)], env=env, capture_output=True, check=False)
        if check.returncode != 0:
            sys.exit(f"benchmark: the synthetic file does not pass lekp check:\n{check.stdout.decode()}")
        export = [*lekp, "targets", "--alle", "--format", "csv", "--municipalities", str(source)]
        export += ["-o", str(workdir / "out.csv")]
        measured = medians({"export": (export, env)}, max(3, runs // 4) if size >= 10_000 else runs, warmup=1)
        times[size] = measured["export"]
        per_row = times[size] / size * 1e6
        rows.append(
            (
                f"{size:,} synthetic gemeenten to CSV ({size * 14:,} rows), validated in full",
                _ms(times[size]),
                f"{per_row:.1f} µs/gemeente",
                _verdict(times[size], 3.0, unit=" s") if size == 40_000 else "",
            )
        )
    growth = times[40_000] / times[10_000]
    rows.append(("growth 10,000 -> 40,000 rows", "", f"{growth:.2f} x", _verdict(growth, 4.4)))
    export = [
        *lekp,
        "targets",
        "--alle",
        "--format",
        "csv",
        "--municipalities",
        str(workdir / "synthetic_40000.csv"),
    ]
    peak = peak_memory_mib([*export, "-o", str(workdir / "out.csv")], env)
    rows.append(("peak memory, 40,000 rows", f"{peak:.0f} MiB", "", _verdict(peak, 300, " MiB")))
    return rows


def reports(lekp: list[str], env: dict[str, str], runs: int, workdir: Path) -> list[Row]:
    """Measurement 5: provincial and Flemish progress reports with maps, time and size."""
    generator = Path(__file__).resolve().parent.parent / "scripts" / "generate_realisations.py"
    files = {}
    for name, extra in (("antwerpen", ["--provincie", "Antwerpen"]), ("vlaanderen", [])):
        files[name] = workdir / f"synthetic_{name}.csv"
        subprocess.run(
            [sys.executable, str(generator), *extra, "-o", str(files[name])],
            env=env,
            check=True,
            capture_output=True,
        )
    commands = {
        "antwerpen": [
            *lekp,
            "report",
            "--provincie",
            "Antwerpen",
            "--realisaties",
            str(files["antwerpen"]),
            "-o",
            str(workdir / "antwerpen.html"),
        ],
        "vlaanderen": [
            *lekp,
            "report",
            "--alle",
            "--realisaties",
            str(files["vlaanderen"]),
            "-o",
            str(workdir / "vlaanderen.html"),
        ],
    }
    times = medians({name: (command, env) for name, command in commands.items()}, max(3, runs // 2), warmup=1)
    rows: list[Row] = []
    for name, label, limit in (
        ("antwerpen", "provincie Antwerpen (67 gemeenten)", 1.0),
        ("vlaanderen", "--alle (285 gemeenten)", 3.0),
    ):
        size = (workdir / f"{name}.html").stat().st_size / 1e6
        rows.append(
            (
                f"lekp report {label}, 15 maps",
                _ms(times[name]),
                f"{size:.1f} MB HTML",
                f"{_verdict(times[name], limit, unit=' s')}; {_verdict(size, 5.0, unit=' MB')}",
            )
        )
    return rows


def excel(lekp: list[str], env: dict[str, str], runs: int, workdir: Path) -> list[Row]:
    """Measurement 6: every gemeente's targets as a workbook."""
    command = [*lekp, "targets", "--alle", "-o", str(workdir / "alle.xlsx")]
    times = medians({"xlsx": (command, env)}, max(3, runs // 2), warmup=1)
    peak = peak_memory_mib(command, env)
    size = (workdir / "alle.xlsx").stat().st_size / 1e6
    return [
        (
            "lekp targets --alle -o alle.xlsx",
            _ms(times["xlsx"]),
            f"{size:.1f} MB",
            _verdict(times["xlsx"], 2.0, " s"),
        ),
        ("peak memory, lekp targets --alle -o alle.xlsx", f"{peak:.0f} MiB", "", _verdict(peak, 200, " MiB")),
    ]


def population(lekp: list[str], env: dict[str, str], runs: int, workdir: Path) -> list[Row]:
    """Measurement 7: Statbel's population file of real size, as a zip and as text, on one core."""
    generator = Path(__file__).resolve().parent.parent / "scripts" / "generate_statbel.py"
    source = workdir / "TF_SOC_POP_STRUCT_2026.zip"
    subprocess.run(
        [sys.executable, str(generator), "--real-size", "-o", str(source)],
        env=env,
        check=True,
        capture_output=True,
    )
    text = workdir / "TF_SOC_POP_STRUCT_2026.txt"
    with zipfile.ZipFile(source) as archive:
        member = archive.infolist()[0]
        text.write_bytes(archive.read(member))
    lines = sum(1 for _ in text.open("rb")) - 1
    one_core = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    commands = {
        shape: [
            *one_core,
            *lekp,
            "data",
            "population",
            str(path),
            "-o",
            str(workdir / f"population_{shape}.csv"),
        ]
        for shape, path in (("zip", source), ("txt", text))
    }
    times = medians({name: (command, env) for name, command in commands.items()}, max(3, runs // 4), warmup=1)
    rows: list[Row] = []
    for shape, path in (("zip", source), ("txt", text)):
        cpu, peak = cpu_and_peak(commands[shape], env)
        size = f"{path.stat().st_size / 1e6:.1f} MB {shape}, {member.file_size / 1e6:.0f} MB of text"
        rows.append(
            (
                f"lekp data population, {lines:,} rows ({size}), one core",
                _ms(times[shape]),
                f"CPU {cpu:.1f} s, {peak:.0f} MiB peak",
                f"{_verdict(times[shape], 5.0, unit=' s')}; {_verdict(peak, 200, ' MiB')}",
            )
        )
# The reports printed (measurement 7) and the budget of pages of each, as the print tests have them.
PRINTED = (
    ("Mol, with realisations", ["-g", "Mol", "--realisaties", "{mol}"], 16),
    ("provincie Antwerpen (67), realisations", ["-p", "Antwerpen", "--realisaties", "{antwerpen}"], 30),
    ("provincie Antwerpen (67), targets", ["-p", "Antwerpen"], 30),
    ("--alle (285), realisations", ["--alle", "--realisaties", "{vlaanderen}"], 100),
    ("--alle (285), targets", ["--alle"], 100),
)


def paper(lekp: list[str], env: dict[str, str], runs: int, workdir: Path) -> list[Row]:
    """Measurement 8: each report printed to A4 by headless chromium, its pages; the print tests' time."""
    import importlib.util

    repo = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("report_pages", repo / "scripts" / "report_pages.py")
    assert spec is not None and spec.loader is not None
    pages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pages)
    if not any(shutil.which(name) for name in ("/usr/bin/chromium", "chromium", "chromium-browser")):
        return [("paper: skipped, chromium is not installed", "", "", "")]
    files = {
        "mol": repo / "tests" / "data" / "realisaties_mol.csv",
        "antwerpen": pages.invented_realisations(workdir, "Antwerpen"),
        "vlaanderen": pages.invented_realisations(workdir, None),
    }
    rows: list[Row] = []
    for index, (label, arguments, budget) in enumerate(PRINTED):
        page = workdir / f"printed-{index}.html"
        command = [*lekp, "report", *(a.format(**files) for a in arguments), "-o", str(page)]
        subprocess.run(command, env=env, check=True, capture_output=True)
        pdf = page.with_suffix(".pdf")
        seconds = statistics.median(
            pages.print_pdf(page, pdf, workdir / "profile") for _ in range(max(1, runs // 7))
        )
        count = len(pages.page_texts(pdf))
        verdict = _verdict(count, budget, " pages")
        rows.append((f"print to A4: lekp report {label}", _ms(seconds), f"{count} pages", verdict))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/render/test_html_print.py"],
        cwd=repo,
        env={**env, "LEKP_REQUIRE_BROWSER": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "no output"
    rows.append(("print tests: pytest tests/render/test_html_print.py", _ms(seconds), summary, ""))
    return rows


def workbooks_on_paper(lekp: list[str], env: dict[str, str], workdir: Path) -> list[Row]:
    """Measurement 9: workbooks printed to PDF by LibreOffice, one conversion each (they take seconds)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return [("workbooks printed by LibreOffice", "", "", "skipped: soffice is not installed")]
    generator = Path(__file__).resolve().parent.parent / "scripts" / "generate_realisations.py"
    realisations = workdir / "synthetic_paper.csv"
    subprocess.run(
        [sys.executable, str(generator), "--provincie", "Antwerpen", "-o", str(realisations)],
        env=env,
        check=True,
        capture_output=True,
    )
    books = {
        "lekp targets -g Mol -o mol.xlsx": ["targets", "-g", "Mol"],
        "lekp progress -p Antwerpen … -o antwerpen.xlsx": [
            "progress", "-p", "Antwerpen", "--realisaties", str(realisations),
        ],
    }  # fmt: skip
    profile = workdir / "libreoffice-profile"
    rows: list[Row] = []
    for number, (label, args) in enumerate(books.items()):
        book = workdir / f"paper{number}.xlsx"
        subprocess.run([*lekp, *args, "-o", str(book)], env=env, check=True, capture_output=True)
        command = [
            soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
            "--outdir", str(workdir), str(book),
        ]  # fmt: skip
        if number == 0:  # the first start of a fresh profile sets it up: not counted
            subprocess.run(command, env=env, check=True, capture_output=True, timeout=600)
        seconds = run_once(command, env)
        pages = _pages(book.with_suffix(".pdf"))
        rows.append((f"{label}, printed to PDF by LibreOffice", _ms(seconds), f"{pages} A4 pages", ""))
    return rows


SITE_SECONDS, SITE_MB, GEMEENTE_KB, START_KB = 10.0, 40.0, 150, 500


def site(lekp: list[str], env: dict[str, str], runs: int, workdir: Path) -> list[Row]:
    """Measurement 10: `lekp site` of all 285 gemeenten with INVENTED realisations for all of them, on
    one core: time, CPU, memory, the site's size and its largest pages."""
    generator = Path(__file__).resolve().parent.parent / "scripts" / "generate_realisations.py"
    realisations = workdir / "synthetic_site.csv"
    subprocess.run(
        [sys.executable, str(generator), "-o", str(realisations)], env=env, check=True, capture_output=True
    )
    one_core = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    fixed = {**env, "SOURCE_DATE_EPOCH": "1780000000"}
    rows: list[Row] = []
    for label, extra in (
        ("nl, with realisations", ["--realisaties", str(realisations)]),
        ("nl, targets only", []),
        (
            "nl and en, with realisations",
            ["--realisaties", str(realisations), "--lang", "nl", "--lang", "en"],
        ),
    ):
        folder = workdir / "site"
        command = [*one_core, *lekp, "site", "-o", str(folder), *extra]
        times = medians({"site": (command, fixed)}, max(1, runs // 7), warmup=0)
        cpu, peak = cpu_and_peak(command, fixed)
        files = [p for p in folder.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files) / 1e6
        pages = list(folder.glob("gemeente/*.html"))
        largest = max(p.stat().st_size for p in pages) / 1000
        start = (folder / "index.html").stat().st_size / 1000
        languages = 2 if "en" in extra else 1
        rows.append(
            (
                f"lekp site, 285 gemeenten, {label}, one core ({len(files):,} files)",
                _ms(times["site"]),
                f"CPU {cpu:.1f} s, {peak:.0f} MiB peak; {size:.1f} MB; "
                f"largest gemeente page {largest:.0f} kB, start page {start:.0f} kB",
                f"{_verdict(cpu / languages, SITE_SECONDS, ' s CPU per language')}; "
                f"{_verdict(size / languages, SITE_MB, ' MB per language')}; "
                f"{_verdict(largest, GEMEENTE_KB, ' kB')}; {_verdict(start, START_KB, ' kB')}",
            )
        )
    return rows


def _pages(pdf: Path) -> int:
    """The pages of a PDF: pypdf when installed (the test extra), else its page objects counted."""
    try:
        from pypdf import PdfReader
    except ImportError:
        import re

        return len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
    return len(PdfReader(pdf).pages)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _verdict(value: float, limit: float, unit: str = "") -> str:
    mark = "met" if value <= limit else "MISSED"
    return f"≤ {limit:g}{unit}: {mark}"


def _print(rows: list[tuple[str, str, str, str]], *, markdown: bool) -> None:
    header = ("measurement", "median", "ratio / per row", "target")
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|---|---:|---:|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        print(
            "  ".join(
                cell.ljust(widths[i]) if i in (0, 3) else cell.rjust(widths[i]) for i, cell in enumerate(row)
            )
        )


if __name__ == "__main__":
    main()
