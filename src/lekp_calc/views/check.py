"""The view of `lekp check`: the problems found, as a table, and the report as JSON."""

from __future__ import annotations

from ..check.checks import CheckReport
from ..check.codes import Severity
from ..messages import Plural, text
from .common import col
from .model import Block, Cell, Kind, Paragraph, Records, Style, Table, View


def summary_line(report: CheckReport, lang: str) -> str:
    """'lekp check: ok: 5 files, 0 errors, 3 warnings'."""
    return text(
        "check.summary",
        lang,
        verdict=text("check.ok" if report.valid else "check.failed", lang),
        files=Plural("unit.file", len(report.files)),
        errors=Plural("unit.error", report.errors),
        warnings=Plural("unit.warning", report.warnings),
    )


def provenance_lines(report: CheckReport, lang: str) -> list[str]:
    """Where the population columns of each file lekp wrote come from: a line per column."""
    found = []
    for entry in report.files:
        if entry.provenance:
            from ..datafiles.population import provenance_lines as said

            found += [
                text("check.provenance", lang, path=entry.path, what=line) for line in said(entry.provenance)
            ]
    return found


def check_view(report: CheckReport, lang: str = "nl") -> View:
    """The problems as a table: where, how serious, which code, what."""

    def content() -> list[Block]:
        columns = [
            col("path", lang, sticky=True),
            col("line", lang, Kind.YEAR),
            col("column", lang, Kind.YEAR, optional=1),
            col("severity", lang, Kind.STATUS),
            col("code", lang, Kind.CODE),
            col("message", lang),
        ]
        rows = []
        for problem in report.problems:
            style = Style.BAD if problem.severity is Severity.ERROR else Style.WARN
            rows.append(
                [
                    Cell(problem.path, problem.path),
                    Cell("" if problem.line is None else str(problem.line), problem.line),
                    Cell("" if problem.column is None else str(problem.column), problem.column),
                    Cell(problem.severity.value, problem.severity.value, style),
                    Cell(problem.code.name, problem.code.name),
                    Cell(problem.message(lang), problem.message(lang)),
                ]
            )
        blocks: list[Block] = []
        if rows:
            blocks.append(Table(columns, rows, key="problems", sheet=text("sheet.problems", lang)))
        blocks += [Paragraph(line) for line in provenance_lines(report, lang)]
        blocks.append(Paragraph(summary_line(report, lang)))
        return blocks

    return View(
        title=text("check.title", lang),
        content=content,
        records=Records(report.COLUMNS, lambda: report.rows(lang), document=lambda: report.to_dict(lang)),
        lang=lang,
        key="check",
    )
