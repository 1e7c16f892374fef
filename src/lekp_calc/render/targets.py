"""The views of `lekp targets`: rich tables per werf, Markdown, and CSV/JSON rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, Any, TextIO

from ..choices import Rounding
from ..compute import Subject, TargetRow, Targets
from ..models import Catalogue
from . import markdown
from .numbers import human, plain
from .words import WORDS, deadline_text, ratio_text, unit

if TYPE_CHECKING:
    from rich.console import Console

# The columns of the CSV and JSON export, in this order (README documents them).
TARGET_COLUMNS = (
    "nis_code",
    "gemeente",
    "provincie",
    "pact",
    "reference_year",
    "werf",
    "indicator",
    "label",
    "unit",
    "basis",
    "basis_value",
    "ratio",
    "deadline",
    "target_exact",
    "target",
)

SUPPORTED_PROVINCE = "Antwerpen"  # the province whose support offer the catalogue holds
TABLE_WIDTH = 120  # wide enough for every column, narrow enough to read on a big screen


def print_bullets(console: Console, lines: Iterable[str], heading: str | None = None) -> None:
    """A bulleted list whose wrapped lines stay indented under their text.

    Wrapped here and printed as one block: one rich render instead of one per line.
    """
    import textwrap

    from rich.text import Text

    width = min(console.width, TABLE_WIDTH)
    block = Text()
    if heading:
        block.append(f"{heading}\n", style="italic")
    for line in lines:
        block.append(textwrap.fill(line, width, initial_indent="  • ", subsequent_indent="    ") + "\n")
    console.print(block, end="", no_wrap=True, overflow="ignore", crop=False)


@dataclass
class TargetsReport:
    """What `lekp targets` shows: the targets of one or more subjects under one pact."""

    catalogue: Catalogue
    pact: str
    results: Iterable[Targets]
    lang: str = "nl"
    rounding: Rounding | None = None
    # The general support and the non-ratio engagements concern the whole pact, so they
    # are shown only when the view is not limited to one werf.
    whole_pact: bool = True


def target_records(results: Iterable[Targets], lang: str) -> Iterator[tuple[Any, ...]]:
    """One record per subject × indicator, in the order of TARGET_COLUMNS."""
    for targets in results:
        subject = targets.subject
        head = (subject.nis_code, subject.name, subject.province, targets.pact)
        for row in targets.rows:
            indicator = row.indicator
            yield (
                *head,
                row.reference_year,
                indicator.werf,
                indicator.key,
                indicator.label(lang),
                indicator.unit,
                indicator.basis,
                row.basis_value,
                row.ratio,
                indicator.deadline,
                row.target_exact,
                row.target,
            )


def write_targets_csv(results: Iterable[Targets], lang: str, stream: TextIO, *, excel: bool = False) -> None:
    """The CSV export of `target_records`, byte for byte what `delimited.write_csv` writes.

    Exporting every gemeente writes hundreds of thousands of rows, so this does the csv
    module's quoting once per gemeente and once per indicator, for the cells those share,
    and formats only the numbers per row. A test keeps it equal to the generic writer.
    """
    import csv
    import io

    from .delimited import excel_cell

    delimiter, newline = (";", "\r\n") if excel else (",", "\n")

    def joined(cells: list[Any]) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="")
        writer.writerow([excel_cell(cell) for cell in cells] if excel else cells)
        return buffer.getvalue()

    def decimal_comma(value: Any) -> str:
        return plain(value).replace(".", ",")

    number = decimal_comma if excel else plain

    if excel:
        stream.write("\ufeff")
    stream.write(joined(list(TARGET_COLUMNS)) + newline)
    shared: dict[int, tuple[str, str, str]] = {}  # per indicator: werf..basis, ratio, deadline
    for targets in results:
        subject = targets.subject
        head = joined([subject.nis_code, subject.name, subject.province, targets.pact]) + delimiter
        lines = []
        for row in targets.rows:
            indicator = row.indicator
            parts = shared.get(id(indicator))
            if parts is None:
                middle = joined(
                    [indicator.werf, indicator.key, indicator.label(lang), indicator.unit, indicator.basis]
                )
                parts = shared[id(indicator)] = (middle, number(row.ratio), str(indicator.deadline))
            year = "" if row.reference_year is None else str(row.reference_year)
            lines.append(
                f"{head}{year}{delimiter}{parts[0]}{delimiter}{row.basis_value}{delimiter}{parts[1]}"
                f"{delimiter}{parts[2]}{delimiter}{number(row.target_exact)}{delimiter}"
                f"{number(row.target)}{newline}"
            )
        stream.write("".join(lines))


def _by_werf(rows: tuple[TargetRow, ...]) -> Iterator[tuple[int, list[TargetRow]]]:
    for number, group in groupby(rows, key=lambda row: row.indicator.werf):
        yield number, list(group)


def _basis_line(subject: Subject, lang: str) -> str:
    words = WORDS[lang]
    parts = []
    if subject.inwoners is not None:
        when = (
            f"{words['on_1_january']} {subject.inwoners_year}"
            if subject.inwoners_year is not None
            else words["given"]
        )
        parts.append(f"{words['population']}: {human(subject.inwoners, lang)} ({when})")
    if subject.wooneenheden is not None:
        when = words["census"] if subject.wooneenheden_year is not None else words["given"]
        parts.append(f"{words['dwellings']}: {human(subject.wooneenheden, lang)} ({when})")
    return " · ".join(parts)


def _title(subject: Subject, lang: str) -> str:
    words = WORDS[lang]
    if subject.name is None:
        return words["whatif"]
    parts = [subject.name, f"NIS {subject.nis_code}"]
    if subject.province:
        parts.append(f"{words['province']} {subject.province}")
    if subject.arrondissement:
        parts.append(f"{words['arrondissement']} {subject.arrondissement}")
    return " · ".join(parts)


def _pact_line(report: TargetsReport) -> str:
    words = WORDS[report.lang]
    rule = report.rounding.value if report.rounding else words["rounding_catalogue"]
    return f"{words['pact']} {report.pact} · {words['rounding']}: {rule}"


def _werf_title(report: TargetsReport, number: int) -> str:
    werf = report.catalogue.werf(number)
    return f"{WORDS[report.lang]['werf']} {number}: {werf.name(report.lang)} ({werf.theme(report.lang)})"


def _row_cells(row: TargetRow, lang: str) -> tuple[str, str, str, str, str, str]:
    indicator = row.indicator
    return (
        indicator.label(lang),
        ratio_text(indicator, lang),
        deadline_text(indicator.deadline, lang),
        human(row.target_exact, lang),
        human(row.target, lang, None if row.target == row.target_exact else indicator.decimals),
        unit(indicator.unit, lang),
    )


def engagement_lines(catalogue: Catalogue, pact: str, lang: str) -> list[str]:
    """The non-ratio engagements of a pact version, each with the version it comes from."""
    words = WORDS[lang]
    lines = []
    for engagement in catalogue.engagements_for(pact):
        version = f"{words['pact']} {engagement.pact}" if engagement.pact else words["version_unknown"]
        lines.append(f"{engagement.text(lang)} ({version})")
    return lines


def write_table(report: TargetsReport, console: Console) -> None:
    """One rich table per werf for each subject, with the province's support where it applies."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    lang = report.lang
    words = WORDS[lang]
    any_supported = False
    for index, targets in enumerate(report.results):
        subject = targets.subject
        if index:
            console.rule(style="dim")
        header = Text(_title(subject, lang), style="bold")
        header.append(f"\n{_basis_line(subject, lang)}", style="not bold")
        header.append(f"\n{_pact_line(report)}", style="dim not bold")
        console.print(header)
        supported = subject.province == SUPPORTED_PROVINCE
        any_supported |= supported
        for number, rows in _by_werf(targets.rows):
            table = Table(
                title=Text(_werf_title(report, number), style="bold"),
                title_justify="left",
                box=box.SIMPLE_HEAVY,
                width=min(console.width, TABLE_WIDTH),
            )
            table.add_column(words["indicator"], ratio=1, overflow="fold")
            table.add_column(words["ratio"], no_wrap=True)
            table.add_column(words["deadline"], no_wrap=True)
            table.add_column(words["exact"], justify="right", no_wrap=True)
            table.add_column(words["target"], justify="right", no_wrap=True, style="bold")
            table.add_column(words["unit"], no_wrap=True)
            for row in rows:
                label, ratio, deadline, exact, target, shown_unit = _row_cells(row, lang)
                label_text = Text(label)
                note = row.indicator.note(lang)
                if note:
                    label_text.append(f"\n{note}", style="dim")
                table.add_row(
                    label_text,
                    Text(ratio),
                    Text(deadline),
                    Text(exact),
                    Text(target),
                    Text(shown_unit),
                )
            console.print()
            console.print(table)
            support = report.catalogue.werf(number).provincie_antwerpen
            if supported and support:
                print_bullets(console, support, f"{words['support']}:")
        console.print()
    if not report.whole_pact:
        return
    if any_supported and report.catalogue.provincie_antwerpen_algemeen:
        print_bullets(console, report.catalogue.provincie_antwerpen_algemeen, f"{words['support_general']}:")
        console.print()
    engagements = engagement_lines(report.catalogue, report.pact, report.lang)
    if engagements:
        print_bullets(console, engagements, f"{words['engagements']} ({words['pact']} {report.pact}):")


def write_markdown(report: TargetsReport, stream: TextIO) -> None:
    """The same content as the table view, as Markdown headings and pipe tables."""
    lang = report.lang
    words = WORDS[lang]
    headers = [
        words["indicator"],
        words["ratio"],
        words["deadline"],
        words["exact"],
        words["target"],
        words["unit"],
    ]
    any_supported = False
    for targets in report.results:
        subject = targets.subject
        stream.write(f"## {markdown.cell(_title(subject, lang))}\n\n")
        stream.write(
            f"{markdown.cell(_basis_line(subject, lang))}  \n{markdown.cell(_pact_line(report))}\n\n"
        )
        supported = subject.province == SUPPORTED_PROVINCE
        any_supported |= supported
        for number, rows in _by_werf(targets.rows):
            stream.write(f"### {markdown.cell(_werf_title(report, number))}\n\n")
            markdown.write_table(headers, (_row_cells(row, lang) for row in rows), stream, right=(3, 4))
            support = report.catalogue.werf(number).provincie_antwerpen
            if supported and support:
                stream.write(f"\n*{words['support']}:*\n\n")
                stream.writelines(f"- {line}\n" for line in support)
            stream.write("\n")
    if not report.whole_pact:
        return
    if any_supported and report.catalogue.provincie_antwerpen_algemeen:
        stream.write(f"*{words['support_general']}:*\n\n")
        stream.writelines(f"- {line}\n" for line in report.catalogue.provincie_antwerpen_algemeen)
        stream.write("\n")
    engagements = engagement_lines(report.catalogue, report.pact, report.lang)
    if engagements:
        stream.write(f"### {words['engagements']} ({words['pact']} {report.pact})\n\n")
        stream.writelines(f"- {line}\n" for line in engagements)
