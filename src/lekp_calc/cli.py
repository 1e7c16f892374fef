"""The `lekp` command line: parse options, call the library, pick a renderer, map errors.

Exit codes: 0 success; 1 bad data or input (unknown gemeente, unreadable or invalid file);
2 usage error. Data goes to stdout, messages to stderr. Heavy modules (Rich tables, YAML,
pydantic, the renderers) are imported inside the commands that need them.
"""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from .choices import CheckFormat, Lang, OutputFormat, Per, Rounding, Territory
from .errors import EXIT_DATA, EXIT_USAGE, LekpError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import TextIO

    from rich.console import Console

    from .compute import Subject, Targets
    from .models import Catalogue, Municipality
    from .municipalities import MunicipalityData
    from .progress import Progress as ProgressItem
    from .render.targets import TargetsReport

app = typer.Typer(
    name="lekp",
    help=(
        "Calculator for the Flemish Lokaal Energie- en Klimaatpact (LEKP): each gemeente's "
        "2021-2030 targets per werf, computed from the pact's ratios and real population figures."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# --- options shared by several commands, declared once ----------------------------------

GemeenteOption = Annotated[
    list[str] | None,
    typer.Option(
        "--gemeente",
        "-g",
        help="Gemeente by name (case, accents, spaces and hyphens do not matter) or NIS code; "
        "repeatable. Pre-2025 names such as Borsbeek resolve to their new gemeente.",
        show_default=False,
    ),
]
ProvincieOption = Annotated[
    str | None,
    typer.Option("--provincie", "-p", help="Every gemeente of this province.", show_default=False),
]
JaarOption = Annotated[
    int | None,
    typer.Option(
        "--jaar",
        "-j",
        help="Population reference year (1 January). Default: the newest year in the data.",
        show_default=False,
    ),
]
PactOption = Annotated[
    str | None,
    typer.Option("--pact", help="Pact version: 1.0, 2.0 or 2.1. Default: the newest.", show_default=False),
]
WerfOption = Annotated[
    int | None, typer.Option("--werf", "-w", help="Only this werf (1-4).", show_default=False)
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format: table, csv, json or markdown. Default: table.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    str,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file instead of stdout ('-'). Written only on success.",
    ),
]
ExcelOption = Annotated[
    bool,
    typer.Option(
        "--excel",
        help="CSV that Flemish Excel opens by double-click: ';' separator, decimal comma, UTF-8 BOM. "
        "Implies --format csv.",
    ),
]
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of labels and headings.")]
CatalogueOption = Annotated[
    Path | None,
    typer.Option(
        "--catalogue",
        help="Use this catalogue YAML instead of the shipped one.",
        show_default=False,
    ),
]


GrondgebiedOption = Annotated[
    Territory,
    typer.Option(
        "--grondgebied",
        help="Territory: 2025 (285 gemeenten, populations 2019-2026) or 2024 (the 300 gemeenten "
        "that signed the pact, populations 2019-2024).",
    ),
]
MunicipalitiesOption = Annotated[
    Path | None,
    typer.Option(
        "--municipalities",
        help="Use this municipality CSV instead of the shipped one.",
        show_default=False,
    ),
]


# --- plumbing -------------------------------------------------------------------------------


def _message(text: str) -> None:
    typer.echo(text, err=True)


def _usage(message: str) -> NoReturn:
    """A usage error found after parsing: one line, exit code 2."""
    _message(f"lekp: error: {message}")
    raise typer.Exit(EXIT_USAGE)


def _silence_stdout() -> None:
    """After a closed pipe (`lekp … | head`), send what is left to /dev/null, quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file descriptor (a test runner's buffer): nothing to silence
    finally:
        os.close(devnull)


@contextmanager
def _guard() -> Iterator[None]:
    """Map expected errors to one line on stderr and their exit code."""
    try:
        yield
    except LekpError as exc:
        _message(f"lekp: error: {exc}")
        raise typer.Exit(exc.exit_code) from None
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(0) from None


def _format(fmt: OutputFormat | None, excel: bool) -> OutputFormat:
    if excel:
        if fmt not in (None, OutputFormat.CSV):
            _usage(f"--excel writes CSV; it cannot be combined with --format {fmt.value}")
        return OutputFormat.CSV
    return fmt or OutputFormat.TABLE


def _pact(catalogue: Catalogue, pact: str | None) -> str:
    if pact is None:
        return catalogue.latest_version
    if pact not in catalogue.versions:
        _usage(f"unknown pact version {pact!r}; choose {', '.join(catalogue.versions)}")
    return pact


def _werf(catalogue: Catalogue, werf: int | None) -> int | None:
    if werf is not None and werf not in {w.number for w in catalogue.werven}:
        numbers = ", ".join(str(w.number) for w in catalogue.werven)
        _usage(f"unknown werf {werf}; choose {numbers}")
    return werf


def _catalogue(path: Path | None, pact: str | None) -> tuple[Catalogue, str]:
    """The catalogue and the pact version asked for (default: the newest)."""
    from .catalogue import load_catalogue

    cat = load_catalogue(path)
    return cat, _pact(cat, pact)


def _territory(path: Path | None, grondgebied: Territory, jaar: int | None) -> tuple[MunicipalityData, int]:
    """The gemeenten of a territory and the population year asked for (default: the newest)."""
    from .municipalities import load_municipalities

    data = load_municipalities(path, territory=grondgebied.value)
    return data, _year(data, jaar)


def _year(data: MunicipalityData, jaar: int | None) -> int:
    from .errors import InputError

    if jaar is None:
        return data.latest_year
    if jaar not in data.years:
        raise InputError(f"no population figures for {jaar}; the data has {data.years[0]}-{data.years[-1]}")
    return jaar


def _select(
    data: MunicipalityData, gemeenten: list[str], provincie: str | None, alle: bool
) -> list[Municipality]:
    """The gemeenten asked for, in the order asked, each once; merger notes go to stderr."""
    return _select_listed(data, [("", query) for query in gemeenten], provincie, alle)


def _select_listed(
    data: MunicipalityData, listed: list[tuple[str, str]], provincie: str | None, alle: bool
) -> list[Municipality]:
    """As `_select`, for queries that carry where they come from (`file:line`, or '')."""
    from .errors import InputError

    if alle:
        return list(data.municipalities)
    chosen: dict[str, Municipality] = {}
    for where, query in listed:
        try:
            resolution = data.resolve(query)
        except InputError as exc:
            raise InputError(f"{where}: {exc}" if where else str(exc)) from None
        if resolution.note:
            _message(f"lekp: note: {resolution.note}")
        chosen.setdefault(resolution.municipality.nis_code, resolution.municipality)
    if provincie is not None:
        for municipality in data.in_province(data.province(provincie)):
            chosen.setdefault(municipality.nis_code, municipality)
    return list(chosen.values())


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"lekp {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Calculator for the Flemish Lokaal Energie- en Klimaatpact (LEKP).

    Example: lekp targets --gemeente Mol
    """


# --- commands ---------------------------------------------------------------------------


@app.command()
def targets(
    gemeente: GemeenteOption = None,
    provincie: ProvincieOption = None,
    alle: Annotated[bool, typer.Option("--alle", help="Every gemeente in the data.")] = False,
    werf: WerfOption = None,
    jaar: JaarOption = None,
    pact: PactOption = None,
    rounding: Annotated[
        Rounding | None,
        typer.Option(
            "--rounding",
            help="Override the catalogue's rounding: half-up, up, down or none (exact).",
            show_default=False,
        ),
    ] = None,
    inwoners: Annotated[
        int | None,
        typer.Option(
            "--inwoners",
            min=0,
            help="Your own population figure: overrides the data for one gemeente, or alone "
            "computes a what-if for a custom size.",
            show_default=False,
        ),
    ] = None,
    wooneenheden: Annotated[
        int | None,
        typer.Option(
            "--wooneenheden",
            min=0,
            help="Your own number of housing units (as --inwoners).",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = None,
    output: OutputOption = "-",
    excel: ExcelOption = False,
    lang: LangOption = Lang.NL,
    catalogue: CatalogueOption = None,
    grondgebied: GrondgebiedOption = Territory.T2025,
    municipalities: MunicipalitiesOption = None,
) -> None:
    """Compute the LEKP targets of one or more gemeenten, per werf.

    Example: lekp targets --gemeente Mol --format csv -o mol.csv
    """
    chosen_format = _format(fmt, excel)
    gemeenten = gemeente or []
    custom = inwoners is not None or wooneenheden is not None
    selected = bool(gemeenten) or provincie is not None or alle
    if not selected and not custom:
        _usage(
            "say for which gemeente: --gemeente NAME, --provincie NAME or --alle "
            "(or --inwoners N for a what-if)"
        )
    if custom and (len(gemeenten) > 1 or provincie is not None or alle):
        _usage("--inwoners and --wooneenheden apply to one gemeente (or, alone, to a what-if)")
    with _guard():
        from .compute import TargetPlan, custom_subject, subject_for
        from .render.targets import TargetsReport

        cat, version = _catalogue(catalogue, pact)
        plan = TargetPlan(cat, version, werf=_werf(cat, werf), rounding=rounding)
        if selected:
            data, year = _territory(municipalities, grondgebied, jaar)
            subjects = [
                subject_for(m, year, inwoners=inwoners, wooneenheden=wooneenheden)
                for m in _select(data, gemeenten, provincie, alle)
            ]
        else:
            subjects = [custom_subject(inwoners, wooneenheden)]
            missing = [i.key for i in plan.indicators if subjects[0].basis(i.basis)[0] is None]
            if missing:
                need = "--wooneenheden" if inwoners is not None else "--inwoners"
                _message(f"lekp: note: not computed without {need}: {', '.join(missing)}")
        report = TargetsReport(
            cat, version, plan.apply_all(subjects), lang.value, rounding, whole_pact=werf is None
        )
        _emit_targets(report, chosen_format, output, excel)


def _emit_targets(report: TargetsReport, fmt: OutputFormat, output: str, excel: bool) -> None:
    from .render import targets as view

    _write_view(
        output,
        fmt,
        excel,
        table=lambda console: view.write_table(report, console),
        markdown=lambda s: view.write_markdown(report, s),
        columns=view.TARGET_COLUMNS,
        records=lambda: view.target_records(report.results, report.lang),
        csv=lambda s: view.write_targets_csv(report.results, report.lang, s, excel=excel),
    )


def _write_view(
    output: str,
    fmt: OutputFormat,
    excel: bool,
    *,
    table: Callable[[Console], None],
    markdown: Callable[[TextIO], None],
    columns: Sequence[str],
    records: Callable[[], Iterable[Sequence[object]]],
    csv: Callable[[TextIO], None] | None = None,
) -> None:
    """Write a command's result in the chosen format (see `output.emit`).

    `records` makes the rows of CSV and JSON when they are written; `csv` replaces the
    generic CSV writer where a view has a faster one.
    """
    from .output import console_for, emit

    writers: dict[OutputFormat, Callable[[TextIO], None]] = {
        OutputFormat.TABLE: lambda s: table(console_for(s)),
        OutputFormat.MARKDOWN: markdown,
        OutputFormat.CSV: csv or (lambda s: _csv(columns, records(), s, excel)),
        OutputFormat.JSON: lambda s: _json(columns, records(), s),
    }
    emit(output, writers[fmt])


def _csv(columns: Sequence[str], records: Iterable[Sequence[object]], stream: TextIO, excel: bool) -> None:
    from .render.delimited import write_csv

    write_csv(columns, records, stream, excel=excel)


def _json(columns: Sequence[str], records: Iterable[Sequence[object]], stream: TextIO) -> None:
    from .render.jsonout import write_json

    write_json(columns, records, stream)


@app.command()
def gemeenten(
    query: Annotated[
        str | None,
        typer.Argument(help="Part of a name, or the start of a NIS code.", show_default=False),
    ] = None,
    provincie: ProvincieOption = None,
    jaar: JaarOption = None,
    fmt: FormatOption = None,
    output: OutputOption = "-",
    excel: ExcelOption = False,
    grondgebied: GrondgebiedOption = Territory.T2025,
    municipalities: MunicipalitiesOption = None,
) -> None:
    """List or search the gemeenten with their population and housing units.

    Example: lekp gemeenten sint --provincie Antwerpen
    """
    chosen_format = _format(fmt, excel)
    with _guard():
        from .render import listing

        data, year = _territory(municipalities, grondgebied, jaar)
        found = data.search(query) if query else list(data.municipalities)
        if provincie is not None:
            province = data.province(provincie)
            found = [m for m in found if m.province_nl == province]
        if not found:
            _message(f"lekp: note: no gemeente matches {query!r}")
        columns, records = listing.gemeente_records(found, year)
        _write_view(
            output,
            chosen_format,
            excel,
            table=lambda console: listing.write_gemeenten_table(data, found, year, console),
            markdown=lambda s: listing.write_gemeenten_markdown(data, found, year, s),
            columns=columns,
            records=lambda: records,
        )


@app.command()
def werven(
    pact: PactOption = None,
    werf: WerfOption = None,
    fmt: FormatOption = None,
    output: OutputOption = "-",
    excel: ExcelOption = False,
    lang: LangOption = Lang.NL,
    catalogue: CatalogueOption = None,
) -> None:
    """Show the catalogue: the werven, their targets and ratios for a pact version.

    Example: lekp werven --pact 1.0
    """
    chosen_format = _format(fmt, excel)
    with _guard():
        from .render import listing

        cat, version = _catalogue(catalogue, pact)
        chosen_werf = _werf(cat, werf)
        columns, records = listing.indicator_records(cat, version, chosen_werf, lang.value)
        _write_view(
            output,
            chosen_format,
            excel,
            table=lambda console: listing.write_catalogue_table(
                cat, version, chosen_werf, lang.value, console
            ),
            markdown=lambda s: listing.write_catalogue_markdown(cat, version, chosen_werf, lang.value, s),
            columns=columns,
            records=lambda: records,
        )


@app.command()
def summary(
    per: Annotated[
        Per, typer.Option("--per", help="Group by provincie, arrondissement or gemeente.")
    ] = Per.PROVINCIE,
    provincie: ProvincieOption = None,
    gemeente: GemeenteOption = None,
    gemeenten_file: Annotated[
        Path | None,
        typer.Option(
            "--gemeenten-file",
            help="A text file with one gemeente (name or NIS code) a line; '#' starts a comment.",
            show_default=False,
        ),
    ] = None,
    werf: WerfOption = None,
    jaar: JaarOption = None,
    pact: PactOption = None,
    fmt: FormatOption = None,
    output: OutputOption = "-",
    excel: ExcelOption = False,
    lang: LangOption = Lang.NL,
    grondgebied: GrondgebiedOption = Territory.T2025,
    catalogue: CatalogueOption = None,
    municipalities: MunicipalitiesOption = None,
) -> None:
    """Total every target over groups of gemeenten, with a total row.

    Example: lekp summary --per arrondissement --provincie Antwerpen
    """
    chosen_format = _format(fmt, excel)
    with _guard():
        from .municipalities import read_gemeenten_file
        from .render import many
        from .summary import summarize

        cat, version = _catalogue(catalogue, pact)
        chosen_werf = _werf(cat, werf)
        data, year = _territory(municipalities, grondgebied, jaar)
        listed = [("", query) for query in gemeente or []]
        if gemeenten_file is not None:
            listed += read_gemeenten_file(gemeenten_file)
        everything = not listed and provincie is None
        chosen = _select_listed(data, listed, provincie, everything)
        result = summarize(
            cat,
            version,
            chosen,
            year,
            per=per,
            werf=chosen_werf,
            total_label=("Vlaanderen" if everything else ("Totaal" if lang is Lang.NL else "Total")),
            headlines=everything,
        )
        territory = grondgebied.value
        _write_view(
            output,
            chosen_format,
            excel,
            table=lambda console: many.write_summary_table(result, territory, lang.value, console),
            markdown=lambda s: many.write_summary_markdown(result, territory, lang.value, s),
            columns=many.SUMMARY_COLUMNS,
            records=lambda: many.summary_records(result),
        )


@app.command()
def compare(
    gemeente: GemeenteOption = None,
    werf: WerfOption = None,
    jaar: JaarOption = None,
    pact: PactOption = None,
    fmt: FormatOption = None,
    output: OutputOption = "-",
    excel: ExcelOption = False,
    lang: LangOption = Lang.NL,
    grondgebied: GrondgebiedOption = Territory.T2025,
    catalogue: CatalogueOption = None,
    municipalities: MunicipalitiesOption = None,
) -> None:
    """Put gemeenten side by side: each target absolute and per 1,000 inwoners.

    Example: lekp compare --gemeente Mol --gemeente Geel --gemeente Herentals
    """
    chosen_format = _format(fmt, excel)
    if not gemeente or len(gemeente) < 2:
        _usage("name at least two gemeenten to compare: --gemeente A --gemeente B")
    with _guard():
        from .render import many
        from .summary import compare as compare_targets

        cat, version = _catalogue(catalogue, pact)
        chosen_werf = _werf(cat, werf)
        data, year = _territory(municipalities, grondgebied, jaar)
        result = compare_targets(cat, version, _select(data, gemeente, None, False), year, werf=chosen_werf)
        territory = grondgebied.value
        _write_view(
            output,
            chosen_format,
            excel,
            table=lambda console: many.write_compare_table(result, territory, lang.value, console),
            markdown=lambda s: many.write_compare_markdown(result, territory, lang.value, s),
            columns=many.COMPARE_COLUMNS,
            records=lambda: many.compare_records(result),
        )


SingleGemeenteOption = Annotated[
    str,
    typer.Option(
        "--gemeente",
        "-g",
        help="The gemeente, by name (case, accents, spaces and hyphens do not matter) or NIS code.",
    ),
]
BaselineOption = Annotated[
    Path | None,
    typer.Option(
        "--baseline",
        help="A CSV with the gemeente's own CO2 of 2015 and energy use in a base year "
        "(grootheid,jaar,waarde): adds the yearly targets of those engagements.",
        show_default=False,
    ),
]
RealisatiesOption = Annotated[
    Path | None,
    typer.Option(
        "--realisaties",
        help="A CSV of realisations: indicator, jaar, waarde (optionally nis_code, opmerking); ',' or ';'.",
        show_default=False,
    ),
]
BevolkingsjaarOption = Annotated[
    int | None,
    typer.Option(
        "--bevolkingsjaar",
        help="Population reference year (1 January) of the targets. Default: the newest in the data.",
        show_default=False,
    ),
]


def _gemeente_subject(
    gemeente: str, year: int | None, grondgebied: Territory, municipalities: Path | None
) -> tuple[Subject, Municipality]:
    """The subject of one gemeente for a population year (default: the newest)."""
    from .compute import subject_for

    data, population_year = _territory(municipalities, grondgebied, year)
    municipality = _select(data, [gemeente], None, False)[0]
    return subject_for(municipality, population_year), municipality


@app.command()
def trajectory(
    gemeente: SingleGemeenteOption,
    indicator: Annotated[
        str | None,
        typer.Option(
            "--indicator", "-i", help="Only this indicator (a key such as bomen).", show_default=False
        ),
    ] = None,
    jaar: JaarOption = None,
    pact: PactOption = None,
    baseline: BaselineOption = None,
    fmt: FormatOption = None,
    output: OutputOption = "-",
    excel: ExcelOption = False,
    lang: LangOption = Lang.NL,
    grondgebied: GrondgebiedOption = Territory.T2025,
    catalogue: CatalogueOption = None,
    municipalities: MunicipalitiesOption = None,
) -> None:
    """Show the straight path to each target: the expected cumulative amount by each year end.

    Example: lekp trajectory --gemeente Mol --indicator bomen
    """
    chosen_format = _format(fmt, excel)
    with _guard():
        from .compute import compute_targets
        from .progress import engagement_paths
        from .progress import trajectory as path_of
        from .render import progress_view as view

        cat, version = _catalogue(catalogue, pact)
        if indicator is not None and indicator not in {i.key for i in cat.indicators_for(version)}:
            keys = ", ".join(i.key for i in cat.indicators_for(version))
            _usage(f"unknown indicator {indicator!r} in pact {version}; choose one of: {keys}")
        subject, _ = _gemeente_subject(gemeente, jaar, grondgebied, municipalities)
        points = path_of(compute_targets(cat, version, subject), indicator)
        paths = []
        if baseline is not None:
            from .realisations import load_baseline

            paths = engagement_paths(cat, version, load_baseline(baseline))
        _write_view(
            output,
            chosen_format,
            excel,
            table=lambda console: view.write_trajectory_table(
                subject, version, points, paths, lang.value, console
            ),
            markdown=lambda s: view.write_trajectory_markdown(subject, version, points, paths, lang.value, s),
            columns=view.TRAJECTORY_COLUMNS,
            records=lambda: view.trajectory_records(points, paths),
        )


@app.command()
def progress(
    gemeente: SingleGemeenteOption,
    realisaties: RealisatiesOption = None,
    template: Annotated[
        bool,
        typer.Option(
            "--template", help="Write an empty realisations file: a row per indicator and year to fill in."
        ),
    ] = False,
    jaar: Annotated[
        int | None,
        typer.Option(
            "--jaar",
            "-j",
            help="Reference year: realisations up to its end count. Default: the last year in the file.",
            show_default=False,
        ),
    ] = None,
    bevolkingsjaar: BevolkingsjaarOption = None,
    pact: PactOption = None,
    fmt: FormatOption = None,
    output: OutputOption = "-",
    excel: ExcelOption = False,
    lang: LangOption = Lang.NL,
    grondgebied: GrondgebiedOption = Territory.T2025,
    catalogue: CatalogueOption = None,
    municipalities: MunicipalitiesOption = None,
) -> None:
    """Compare a gemeente's realisations with its targets and the straight path to them.

    Example: lekp progress --gemeente Mol --realisaties realisaties.csv
    """
    chosen_format = _format(fmt, excel)
    if template == (realisaties is not None):
        _usage("give --realisaties FILE, or --template to write an empty one")
    with _guard():
        from .compute import compute_targets
        from .output import emit
        from .render import progress_view as view

        cat, version = _catalogue(catalogue, pact)
        subject, municipality = _gemeente_subject(gemeente, bevolkingsjaar, grondgebied, municipalities)
        if template:
            if fmt not in (None, OutputFormat.CSV):
                _usage("--template writes CSV")
            indicators = cat.indicators_for(version)
            emit(output, lambda s: view.write_template(subject, indicators, lang.value, s, excel=excel))
            return
        assert realisaties is not None
        targets = compute_targets(cat, version, subject)
        items, year = _progress_of(cat, version, targets, municipality, realisaties, jaar)
        _write_view(
            output,
            chosen_format,
            excel,
            table=lambda console: view.write_progress_table(
                subject, version, year, items, lang.value, console
            ),
            markdown=lambda s: view.write_progress_markdown(subject, version, year, items, lang.value, s),
            columns=view.PROGRESS_COLUMNS,
            records=lambda: view.progress_records(subject, items),
        )


def _progress_of(
    cat: Catalogue, version: str, targets: Targets, municipality: Municipality, path: Path, jaar: int | None
) -> tuple[list[ProgressItem], int]:
    """Read the realisations of one gemeente and compute its progress at the reference year."""
    from .errors import InputError
    from .progress import progress as progress_at
    from .realisations import for_gemeente, load_realisations

    rows = for_gemeente(load_realisations(path, [i.key for i in cat.indicators]), municipality)
    if not rows:
        raise InputError(f"{path} has no realisations of {municipality.name_nl} ({municipality.nis_code})")
    year = jaar if jaar is not None else max(row.jaar for row in rows)
    items = progress_at(targets, rows, year)
    silent = [item.indicator.key for item in items if not item.reported]
    if silent:
        _message(f"lekp: note: no realisations of {', '.join(silent)} in {path}; counted as 0")
    return items, year


@app.command()
def report(
    gemeente: SingleGemeenteOption,
    realisaties: RealisatiesOption = None,
    jaar: Annotated[
        int | None,
        typer.Option(
            "--jaar",
            "-j",
            help="Reference year of the realisations. Default: the last year in the file.",
            show_default=False,
        ),
    ] = None,
    baseline: BaselineOption = None,
    bevolkingsjaar: BevolkingsjaarOption = None,
    pact: PactOption = None,
    output: OutputOption = "-",
    lang: LangOption = Lang.NL,
    grondgebied: GrondgebiedOption = Territory.T2025,
    catalogue: CatalogueOption = None,
    municipalities: MunicipalitiesOption = None,
) -> None:
    """Write a self-contained HTML report for the college or council, with charts.

    Example: lekp report --gemeente Mol --realisaties realisaties.csv -o mol.html
    """
    with _guard():
        from . import __version__
        from .compute import compute_targets
        from .output import emit
        from .progress import engagement_paths
        from .render.report import ReportInput, render_report

        cat, version = _catalogue(catalogue, pact)
        subject, municipality = _gemeente_subject(gemeente, bevolkingsjaar, grondgebied, municipalities)
        targets = compute_targets(cat, version, subject)
        content = ReportInput(cat, subject, targets, lang=lang.value, version=__version__)
        if realisaties is not None:
            content.progress, content.year = _progress_of(
                cat, version, targets, municipality, realisaties, jaar
            )
        if baseline is not None:
            from .realisations import load_baseline

            content.paths = engagement_paths(cat, version, load_baseline(baseline))
        html = render_report(content)

        def write(stream: TextIO) -> None:
            stream.write(html)

        emit(output, write)


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Data files to check: a catalogue (.yaml), municipalities or mergers CSV. "
            "Default: the shipped data.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        CheckFormat,
        typer.Option(
            "--format", "-f", help="text (path:line:column: …), json, or github (workflow annotations)."
        ),
    ] = CheckFormat.TEXT,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    max_change: Annotated[
        float,
        typer.Option(
            "--max-change", min=0, help="Warn when a population changes more than this percent in a year."
        ),
    ] = 5.0,
    headline_tolerance: Annotated[
        float,
        typer.Option(
            "--headline-tolerance",
            min=0,
            help="Warn when the sum over all gemeenten is more than this percent off a headline figure.",
        ),
    ] = 1.0,
) -> None:
    """Validate data files and report every problem; exit 1 on any error.

    Example: lekp check data/werven.yaml data/municipalities.csv
    """
    from decimal import Decimal

    from .checks import check_files, format_github

    with _guard():
        report = check_files(
            paths,
            strict=strict,
            max_change=Decimal(str(max_change)),
            headline_tolerance=Decimal(str(headline_tolerance)),
        )
        if fmt is CheckFormat.JSON:
            from .render.jsonout import write_json_value

            write_json_value(report.to_dict(), sys.stdout)
        else:
            from .errors import Problem

            line = format_github if fmt is CheckFormat.GITHUB else Problem.format
            for problem in report.problems:
                typer.echo(line(problem))
        files = len(report.files)
        verdict = "ok" if report.valid else "FAILED"
        _message(
            f"lekp check: {verdict}: {files} file{'s' if files != 1 else ''}, "
            f"{report.errors} error{'s' if report.errors != 1 else ''}, "
            f"{report.warnings} warning{'s' if report.warnings != 1 else ''}"
        )
    if not report.valid:
        raise typer.Exit(EXIT_DATA)


def app_for(args: list[str]) -> typer.Typer:
    """The app to run for these arguments: when they name a command, an app of that command only.

    Typer turns every registered command into a Click command, options and all, before it
    parses anything; for the one command a user runs, building the others is wasted start-up
    time (a few milliseconds each). Anything else (`--help`, `--version`, a typo) gets the
    full app, so listings and suggestions are unchanged.
    """
    if args and not args[0].startswith("-"):
        chosen = [info for info in app.registered_commands if _command_name(info) == args[0]]
        if chosen:
            lean = copy.copy(app)
            lean.registered_commands = chosen
            return lean
    return app


def _command_name(info: typer.models.CommandInfo) -> str:
    if info.name:
        return info.name
    callback = info.callback
    return callback.__name__.replace("_", "-") if callback is not None else ""


def main() -> None:
    """Entry point of the `lekp` command and of `python -m lekp_calc`."""
    try:
        app_for(sys.argv[1:])()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
