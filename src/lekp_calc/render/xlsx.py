"""The workbook renderer: any view as a real Excel workbook (`.xlsx`), written by XlsxWriter.

- every table of the view is a sheet (a werf, an indicator …), with its numbers stored as
  numbers and shown through cell formats (Excel shows them with the reader's own decimal
  and thousands separators: 2.793,1 in a Belgian Excel), a frozen, filtered header row in
  the view's language and columns as wide as their content;
- the sheet "Gegevens" / "Data" holds the records exactly as CSV and JSON export them, with
  both the exact and the rounded target;
- the sheet "Over" / "About" says what the workbook is: the title, the context (gemeenten,
  pact version, population year, rounding, notes and assumptions), lekp's version and the
  date, and a dictionary of every column: its sheet, its header and its stable machine key
  (`nis_code`, `target_exact` …) — that is where a program finds the keys;
- a table someone fills in (the realisations template) gets data validation from its
  columns: a list of allowed values, whole years within bounds, numbers;
- text is always written as text, never as a formula; the date is `SOURCE_DATE_EPOCH` when
  set, so the same input gives byte-identical files.

XlsxWriter (BSD) writes fast and in one pass, and never needs to read what it wrote;
it is imported only when a workbook is written.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import IO, Any

from ..check.problems import column_letters
from ..messages import label as column_label
from ..messages import text
from ..views.model import (
    NUMERIC,
    Block,
    Bullets,
    Column,
    Facts,
    Figure,
    Kind,
    Paragraph,
    Section,
    Style,
    Table,
    View,
    walk_tables,
    without_bars,
)

_SHEET_NAME = re.compile(r"[\[\]:*?/\\']")
MAX_WIDTH = 60
_FONT = {
    Style.GOOD: "#1a7f37",
    Style.WARN: "#9a6700",
    Style.BAD: "#cf222e",
    Style.NONE: "#6e7781",
    Style.MUTED: "#6e7781",
}


def made_at() -> dt.datetime:
    """The date the workbook says it was made: SOURCE_DATE_EPOCH when set (reproducible), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).replace(tzinfo=None)
    return dt.datetime.now().replace(microsecond=0)


class _Book:
    """The workbook being written, with its cell formats made once."""

    def __init__(self, stream: IO[bytes], lang: str, made: dt.datetime) -> None:
        import xlsxwriter

        # The zip is finished in memory and then written in one go: a write that fails (a full
        # disk, a closed pipe) never leaves a half-written zip that fails again when collected.
        self.stream = stream
        self.zipped = io.BytesIO()
        # strings_to_formulas off: a text that starts with '=' stays text, whatever it says.
        self.book = xlsxwriter.Workbook(
            self.zipped,
            {
                "in_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self.book.set_properties({"created": made, "title": "", "author": "lekp"})
        self.lang = lang
        self.names: set[str] = set()
        self.formats: dict[tuple[Any, ...], Any] = {}
        self.dictionary: list[tuple[str, str, str]] = []  # sheet, header, machine key
        self.lists: Any = None  # a hidden sheet of allowed values too long for a validation itself
        self.list_columns = 0

    def fmt(self, *key: Any) -> Any:
        """A cell format by a key: ('header',), ('number', decimals, style, bold), ('year',) …"""
        found = self.formats.get(key)
        if found is None:
            found = self.formats[key] = self.book.add_format(_format_spec(key))
        return found

    def sheet_name(self, wanted: str) -> str:
        """A valid, unique sheet name (31 characters at most, no []:*?/\\ or ')."""
        base = _SHEET_NAME.sub("", wanted).strip() or text("xlsx.sheet_default", self.lang)
        name = base[:31]
        number = 2
        while name.lower() in self.names:
            suffix = f" ({number})"
            name = base[: 31 - len(suffix)] + suffix
            number += 1
        self.names.add(name.lower())
        return name


def _format_spec(key: tuple[Any, ...]) -> dict[str, Any]:
    kind = key[0]
    if kind == "header":
        return {"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"}
    if kind == "title":
        return {"bold": True, "font_size": 13}
    if kind == "wrap":
        return {"text_wrap": True, "valign": "top"}
    spec: dict[str, Any] = {"valign": "top"}
    if kind == "number":
        _, decimals, style, bold = key
        spec["num_format"] = "#,##0" + ("." + "0" * decimals if decimals else "")
    elif kind == "percent":
        _, decimals, style, bold = key
        spec["num_format"] = "#,##0" + ("." + "0" * decimals if decimals else "") + '" %"'
    elif kind == "year":
        _, style, bold = key
        spec["num_format"] = "0"
    else:  # text
        _, style, bold = key
        spec["num_format"] = "@"
    if style in _FONT:
        spec["font_color"] = _FONT[style]
    if bold:
        spec["bold"] = True
    return spec


def _decimals(value: Decimal | int) -> int:
    if isinstance(value, int):
        return 0
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _is_number(value: Any) -> bool:
    return isinstance(value, Decimal | int) and not isinstance(value, bool)


def render(view: View, stream: IO[bytes]) -> None:
    """Write `view` as an .xlsx workbook to a byte stream."""
    made = made_at()
    book = _Book(stream, view.lang, made)
    tables = list(walk_tables(view.blocks))
    record_keys = list(view.records.columns)
    # One table that is the records themselves is not written twice; without a title of its
    # own its sheet is "Gegevens" / "Data", as for every other view.
    single = len(tables) == 1 and [c.key for c in tables[0].columns] == record_keys
    for table in tables:
        name = text("xlsx.data", view.lang) if single and not table.title else None
        _table_sheet(book, without_bars(table), view.lang, name)
    if not single:
        _records_sheet(book, view)
    _about_sheet(book, view, made)
    _close(book)


def _close(book: _Book) -> None:
    """Finish the workbook and write it out; a failed write (a closed pipe, a full disk) is the
    OSError it is."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        book.book.close()
    except FileCreateError as error:
        cause = error.args[0] if error.args else None
        if isinstance(cause, OSError):
            raise cause from None
        raise
    book.stream.write(book.zipped.getvalue())


def _write_row(
    sheet: Any, book: _Book, row: int, cells: Sequence[tuple[Any, Column | None, Style | None, bool]]
) -> None:
    for col, (value, column, style, bold) in enumerate(cells):
        kind = column.kind if column is not None else Kind.TEXT
        if value is None or value == "":
            continue
        if isinstance(value, bool):  # a yes/no (a milestone year): TRUE/FALSE, as JSON's true/false
            sheet.write_boolean(row, col, value, book.fmt("text", style, bold))
        elif kind in NUMERIC and _is_number(value):
            if kind is Kind.YEAR:
                sheet.write_number(row, col, int(value), book.fmt("year", style, bold))
            elif kind is Kind.PERCENT:
                sheet.write_number(row, col, float(value), book.fmt("percent", _decimals(value), style, bold))
            else:
                sheet.write_number(row, col, float(value), book.fmt("number", _decimals(value), style, bold))
        else:
            sheet.write_string(row, col, str(value), book.fmt("text", style, bold))


def _table_sheet(book: _Book, table: Table, lang: str, name: str | None = None) -> None:
    """One table as a sheet; `table` has no bar columns (drawings for the terminal, no data)."""
    columns = table.columns
    name = book.sheet_name(name or _short(table, lang))
    sheet = book.book.add_worksheet(name)
    widths = [len(c.heading) for c in columns]
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column.heading, book.fmt("header"))
        book.dictionary.append((name, column.heading, column.key))
    for number, row in enumerate(table.rows, start=1):
        cells = []
        for col, column in enumerate(columns):
            cell = row[col]
            value = cell.value if column.kind in NUMERIC and _is_number(cell.value) else cell.text
            if cell.note and not _is_number(value):
                value = f"{value} ({cell.note})"
            cells.append((value, column, cell.style, number - 1 in table.total_rows))
            widths[col] = max(widths[col], len(str(cell.text)) + (len(cell.note) + 3 if cell.note else 0))
        _write_row(sheet, book, number, cells)
    _finish(sheet, columns, widths, len(table.rows), sticky=table.matrix)
    _validations(book, sheet, columns, max(len(table.rows), 1))


def _short(table: Table, lang: str) -> str:
    """A sheet name of 31 characters at most: the title, or a short name for a werf or target."""
    title = table.title or table.key or text("xlsx.table", lang)
    if len(title) <= 31:
        return title
    if table.key.startswith("werf-"):
        return text("xlsx.werf", lang, number=table.key[5:])
    return table.key or title


def _records_sheet(book: _Book, view: View) -> None:
    keys = list(view.records.columns)
    name = book.sheet_name(text("xlsx.data", view.lang))
    sheet = book.book.add_worksheet(name)
    headers = [_header(key, view.lang) for key in keys]
    widths = [len(h) for h in headers]
    for col, heading in enumerate(headers):
        sheet.write_string(0, col, heading, book.fmt("header"))
        book.dictionary.append((name, heading, keys[col]))
    count = 0
    for count, record in enumerate(view.records.rows(), start=1):
        cells = []
        for col, value in enumerate(record):
            kind = _record_kind(keys[col]) if _is_number(value) else Kind.TEXT
            cells.append((value, Column(keys[col], headers[col], kind), None, False))
            widths[col] = max(widths[col], len(str(value)) if value is not None else 0)
        _write_row(sheet, book, count, cells)
    _finish(sheet, [Column(k, h) for k, h in zip(keys, headers, strict=True)], widths, count, sticky=False)


_YEARS = {"year", "jaar", "reference_year", "deadline", "projected_year", "milestone_year", "judged_year"}
_YEARS |= {"bevolkingsjaar"}
_PERCENTS = {"percent", "percent_q1", "percent_median", "percent_q3"}


def _record_kind(key: str) -> Kind:
    """How a number of the records is shown: a year without separator, a percent with '%'."""
    if key in _YEARS:
        return Kind.YEAR
    if key in _PERCENTS:
        return Kind.PERCENT
    return Kind.NUMBER


def _header(key: str, lang: str) -> str:
    """The header of a record key: its column label; a status counted ('op schema') as the count's."""
    from ..domain.statuses import status_key

    for name in (key, "count_" + status_key(key)):
        try:
            return column_label(name, lang)
        except KeyError:
            continue
    return key


def _finish(sheet: Any, columns: Sequence[Column], widths: list[int], rows: int, *, sticky: bool) -> None:
    for col, width in enumerate(widths):
        sheet.set_column(col, col, min(max(width, 6), MAX_WIDTH) + 2)
    sheet.freeze_panes(1, 1 if sticky else 0)
    if columns:
        sheet.autofilter(0, 0, max(rows, 1), len(columns) - 1)


MAX_LIST = 255  # Excel's limit on the allowed values typed into a validation itself


def _choices(book: _Book, choices: Sequence[str]) -> list[str] | str:
    """The allowed values of a list validation: the values, or a range on a hidden sheet when too long."""
    if len(",".join(choices)) <= MAX_LIST and not any("," in c or '"' in c for c in choices):
        return list(choices)
    if book.lists is None:
        book.lists = book.book.add_worksheet(book.sheet_name(text("xlsx.lists", book.lang)))
        book.lists.hide()
    col = book.list_columns
    book.list_columns += 1
    for row, choice in enumerate(choices):
        book.lists.write_string(row, col, choice)
    letter = column_letters(col + 1)
    return f"='{book.lists.name}'!${letter}$1:${letter}${len(choices)}"


def _validations(book: _Book, sheet: Any, columns: Sequence[Column], rows: int) -> None:
    """Data validation for a table that is filled in: allowed values, whole years, numbers."""
    last = max(rows, 1) + 500  # room for rows a user adds
    for col, column in enumerate(columns):
        if column.choices:
            source = _choices(book, column.choices)
            sheet.data_validation(1, col, last, col, {"validate": "list", "source": source})
        elif column.kind is Kind.YEAR and column.low is not None and column.high is not None:
            sheet.data_validation(
                1,
                col,
                last,
                col,
                {"validate": "integer", "criteria": "between", "minimum": column.low, "maximum": column.high},
            )
        elif column.kind is Kind.NUMBER and column.low is not None and column.high is not None:
            sheet.data_validation(
                1,
                col,
                last,
                col,
                {"validate": "decimal", "criteria": "between", "minimum": column.low, "maximum": column.high},
            )


def _about_lines(blocks: Iterable[Block]) -> Iterable[tuple[str, str]]:
    for block in blocks:
        if isinstance(block, Facts):
            yield from block.items
        elif isinstance(block, Paragraph) and block.text:
            yield ("", block.text)
        elif isinstance(block, Bullets):
            if block.title:
                yield ("", block.title)
            yield from (("", f"• {item}") for item in block.plain())
        elif isinstance(block, Figure):
            yield ("", f"{block.caption}: {block.text}" if block.text else block.caption)
        elif isinstance(block, Section):
            yield ("", "")
            yield (block.title, "")
            yield from _about_lines(block.blocks)


def _about_sheet(book: _Book, view: View, made: dt.datetime) -> None:
    from .. import __version__

    lang = view.lang
    sheet = book.book.add_worksheet(book.sheet_name(view.about_sheet or text("xlsx.about", lang)))
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 100)
    sheet.set_column(2, 3, 24)
    sheet.write_string(0, 0, view.title, book.fmt("title"))
    row = 1
    lines: list[tuple[str, str]] = []
    if view.subtitle:
        lines.append(("", view.subtitle))
    lines += list(view.about)
    lines += list(_about_lines(view.blocks))
    lines += [("", note) for note in view.notes]
    notes = [
        cell.note for table in walk_tables(view.blocks) for cells in table.rows for cell in cells if cell.note
    ]
    for note in dict.fromkeys(notes):
        lines.append((text("xlsx.note", lang), note))
    lines += [
        (text("xlsx.made_by", lang), f"lekp {__version__}"),
        (text("xlsx.made_on", lang), made.date().isoformat()),
    ]
    for name, value in lines:
        row += 1
        if name:
            sheet.write_string(row, 0, name, book.fmt("text", None, True))
        if value:
            sheet.write_string(row, 1, value, book.fmt("wrap"))
    row += 2
    sheet.write_string(row, 0, text("xlsx.columns", lang), book.fmt("title"))
    row += 1
    for col, heading in enumerate(
        (text("xlsx.sheet", lang), text("xlsx.header", lang), text("xlsx.key", lang))
    ):
        sheet.write_string(row, col, heading, book.fmt("header"))
    for sheet_name, heading, key in book.dictionary:
        row += 1
        sheet.write_string(row, 0, sheet_name)
        sheet.write_string(row, 1, heading)
        sheet.write_string(row, 2, key)
