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
  set, so the same input gives byte-identical files;
- a sheet's name is the view's own short name for the table (`Table.sheet`, from the message
  catalogue), never a machine key; a percent is stored as a fraction (0.305) with a percent
  format, and a status letter beside it (a matrix cell '30,5 % A') is part of the format, so
  the cell stays a number;
- every sheet prints: A4, portrait or landscape by its width, scaled to the page's width (every
  column on every page), the header row on every page, the table's title in the page header,
  the sheet's name and the page number in the footer.

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
from ..strings import clip_words
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

_SHEET_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
SHEET_LENGTH = 31  # Excel's limit on a sheet's name
MAX_WIDTH = 60
TEXT_WIDTH = 40  # a column of text wraps beyond this width, on screen and on paper
RECORD_TEXT_WIDTH = 30  # the same in the sheet of records, whose many columns share one page's width
# Paper: the width of A4 portrait between Excel's default margins (0.7 inch each side), in the
# units of a column's width (characters of the default font, about 7 pixels at 96 dpi).
PORTRAIT = 92
A4 = 9  # Excel's paper code
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

    def __init__(self, stream: IO[bytes], lang: str, made: dt.datetime, title: str = "") -> None:
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
        self.title = title  # the view's title: the left of every page header
        self.names: set[str] = set()
        self.formats: dict[tuple[Any, ...], Any] = {}
        self.dictionary: list[tuple[str, str, str]] = []  # sheet, header, machine key
        self.lists: Any = None  # a hidden sheet of allowed values too long for a validation itself
        self.list_columns = 0

    def fmt(self, *key: Any) -> Any:
        """A cell format by a key: ('header',), ('number', decimals, style, bold), ('year',) …"""
        found = self.formats.get(key)
        if found is None:
            found = self.formats[key] = self.book.add_format(_format_spec(key, self.lang))
        return found

    def sheet_name(self, wanted: str) -> str:
        """A valid, unique sheet name: 31 characters at most (shortened between words), none of
        []:*?/\\ and no apostrophe at either end, which Excel refuses."""
        base = " ".join(_SHEET_NAME.sub("", wanted).split()).strip("'").strip()
        base = base or text("xlsx.sheet_default", self.lang)
        name = clip_words(base, SHEET_LENGTH)
        number = 2
        while name.lower() in self.names:
            suffix = f" ({number})"
            name = clip_words(base, SHEET_LENGTH - len(suffix)) + suffix
            number += 1
        self.names.add(name.lower())
        return name


def _percent_format(decimals: int, lang: str) -> str:
    """A percent format: a fraction 0.305 shown as '30,5 %' (Dutch: a space) or '30.5%' (English)."""
    digits = "#,##0" + ("." + "0" * decimals if decimals else "")
    return digits + (" %" if lang == "nl" else "%")


def _quoted(mark: str) -> str:
    """A mark as literal text inside a number format."""
    return '" ' + mark.replace('"', "") + '"' if mark else ""


def _format_spec(key: tuple[Any, ...], lang: str) -> dict[str, Any]:
    kind = key[0]
    if kind == "header":
        return {"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"}
    if kind == "title":
        return {"bold": True, "font_size": 13}
    if kind == "wrap":
        return {"text_wrap": True, "valign": "top"}
    if kind == "wrap_bold":
        return {"text_wrap": True, "valign": "top", "bold": True}
    spec: dict[str, Any] = {"valign": "top"}
    if kind == "number":
        _, decimals, style, bold, mark = key
        spec["num_format"] = "#,##0" + ("." + "0" * decimals if decimals else "") + _quoted(mark)
    elif kind == "percent":
        _, decimals, style, bold, mark = key
        spec["num_format"] = _percent_format(decimals, lang) + _quoted(mark)
    elif kind == "year":
        _, style, bold = key
        spec["num_format"] = "0"
    else:  # text, or text in a column of numbers ('text_right')
        _, style, bold = key
        spec["num_format"] = "@"
        spec["text_wrap"] = True  # a long text wraps in its column, on screen and on paper
        if kind == "text_right":
            spec["align"] = "right"
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


def fraction(percent: Decimal | int) -> Decimal:
    """A percent as the fraction a spreadsheet stores: 30.5 → 0.305, exactly."""
    return Decimal(percent) / 100


def render(view: View, stream: IO[bytes], made: dt.datetime | None = None) -> None:
    """Write `view` as an .xlsx workbook to a byte stream; `made` is the date it says it was made
    (default `made_at()`: a site gives the one date of all its files)."""
    made = made or made_at()
    book = _Book(stream, view.lang, made, view.title)
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


_Written = tuple[Any, Column | None, Style | None, bool, str]  # value, column, style, bold, mark


def _column_decimals(rows: Sequence[Sequence[_Written]], count: int) -> list[int]:
    """Per column the most decimals of a percent in it: a column of percents shows them alike."""
    found = [0] * count
    for cells in rows:
        for col, (value, column, *_) in enumerate(cells):
            if column is not None and column.kind is Kind.PERCENT and _is_number(value):
                found[col] = max(found[col], _decimals(value))
    return found


def _write_row(sheet: Any, book: _Book, row: int, cells: Sequence[_Written], decimals: Sequence[int]) -> None:
    for col, (value, column, style, bold, mark) in enumerate(cells):
        kind = column.kind if column is not None else Kind.TEXT
        if value is None or value == "":
            continue
        if isinstance(value, bool):  # a yes/no (a milestone year): TRUE/FALSE, as JSON's true/false
            sheet.write_boolean(row, col, value, book.fmt("text", style, bold))
        elif kind in NUMERIC and _is_number(value):
            if kind is Kind.YEAR:
                sheet.write_number(row, col, int(value), book.fmt("year", style, bold))
            elif kind is Kind.PERCENT:
                shown = book.fmt("percent", decimals[col], style, bold, mark)
                sheet.write_number(row, col, float(fraction(value)), shown)
            else:
                shown = book.fmt("number", _decimals(value), style, bold, mark)
                sheet.write_number(row, col, float(value), shown)
        elif kind in NUMERIC:  # a '–' where a number would be: aligned with the numbers
            sheet.write_string(row, col, str(value), book.fmt("text_right", style, bold))
        else:
            sheet.write_string(row, col, str(value), book.fmt("text", style, bold))


def _table_sheet(book: _Book, table: Table, lang: str, name: str | None = None) -> None:
    """One table as a sheet; `table` has no bar columns (drawings for the terminal, no data)."""
    columns = table.columns
    name = book.sheet_name(name or table.sheet or _short(table, lang))
    sheet = book.book.add_worksheet(name)
    contents = [0] * len(columns)
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column.heading, book.fmt("header"))
        book.dictionary.append((name, column.heading, column.key))
    written: list[list[_Written]] = []
    for number, row in enumerate(table.rows, start=1):
        cells: list[_Written] = []
        for col, column in enumerate(columns):
            cell = row[col]
            numeric = column.kind in NUMERIC and _is_number(cell.value)
            value = cell.value if numeric else cell.text
            # A group's name repeats on each of its rows (a filter needs it); its note, once.
            again = column.group and number > 1 and table.rows[number - 2][col].text == cell.text
            if cell.note and not _is_number(value) and not again:
                value = f"{value} ({cell.note})"
            mark = cell.mark if numeric else ""
            cells.append((value, column, cell.style, number - 1 in table.total_rows, mark))
            shown = len(str(cell.text)) + (len(cell.note) + 3 if cell.note else 0) + (2 if mark else 0)
            contents[col] = max(contents[col], shown)
        written.append(cells)
    decimals = _column_decimals(written, len(columns))
    widths = _finish(sheet, columns, contents, len(table.rows), sticky=table.matrix)
    _heights(sheet, 0, [(column.heading, True) for column in columns], widths)
    for number, cells in enumerate(written, start=1):
        _write_row(sheet, book, number, cells, decimals)
        _heights(sheet, number, [(str(value), _wraps(value, column)) for value, column, *_ in cells], widths)
    _page(book, sheet, widths, table.title or name)
    _validations(book, sheet, columns, max(len(table.rows), 1))


def _short(table: Table, lang: str) -> str:
    """A sheet name for a table the view gave none: its title, or 'Tabel'."""
    return table.title or text("xlsx.table", lang)


def _records_sheet(book: _Book, view: View) -> None:
    keys = list(view.records.columns)
    name = book.sheet_name(text("xlsx.data", view.lang))
    sheet = book.book.add_worksheet(name)
    headers = [_header(key, view.lang) for key in keys]
    columns = [Column(k, h, _record_kind(k)) for k, h in zip(keys, headers, strict=True)]
    contents = [0] * len(keys)
    for col, heading in enumerate(headers):
        sheet.write_string(0, col, heading, book.fmt("header"))
        book.dictionary.append((name, heading, keys[col]))
    written: list[list[_Written]] = []
    for record in view.records.rows():
        cells: list[_Written] = []
        for col, value in enumerate(record):
            column = columns[col] if _is_number(value) else Column(keys[col], headers[col])
            cells.append((value, column, None, False, ""))
            contents[col] = max(contents[col], len(str(value)) if value is not None else 0)
        written.append(cells)
    decimals = _column_decimals(written, len(keys))
    widths = _finish(sheet, columns, contents, len(written), sticky=False, text_width=RECORD_TEXT_WIDTH)
    _heights(sheet, 0, [(heading, True) for heading in headers], widths)
    for count, cells in enumerate(written, start=1):
        _write_row(sheet, book, count, cells, decimals)
        _heights(sheet, count, [(str(value), _wraps(value, column)) for value, column, *_ in cells], widths)
    _page(book, sheet, widths, view.title)


LINE_HEIGHT = 15  # points: a line of the default font (Calibri 11)


def _wraps(value: Any, column: Column | None) -> bool:
    """True for a cell written as wrapped text (a number or a yes/no stays on one line)."""
    if value is None or value == "" or isinstance(value, bool):
        return False
    return not (column is not None and column.kind in NUMERIC and _is_number(value))


def lines_of(value: str, width: int) -> int:
    """The lines a spreadsheet needs for `value` wrapped in a column `width` characters wide:
    between words, a word wider than the column broken inside (a margin of two characters, as
    letters are not all as wide as the digits a column's width counts)."""
    room = max(width - 2, 1)
    count = 0
    for paragraph in value.split("\n"):
        used = 0
        count += 1
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size <= room:
                used += 1 + size
                continue
            if used:
                count += 1
            count += (size - 1) // room
            used = size % room or room
    return count


def _heights(sheet: Any, row: int, cells: Sequence[tuple[str, bool]], widths: Sequence[int]) -> None:
    """Give a row the height of its wrapped text: a reader (LibreOffice) that does not measure it
    itself would draw the lines over the next row."""
    lines = 1
    for col, (value, wraps) in enumerate(cells):
        # a text shorter than its column (less the margin) is one line: no need to wrap it
        if wraps and (len(value) > widths[col] - 2 or "\n" in value):
            lines = max(lines, lines_of(value, widths[col]))
    if lines > 1:
        sheet.set_row(row, LINE_HEIGHT * lines)


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


def _width(column: Column, content: int, text_width: int) -> int:
    """A column's width in characters: its content, a text column at most `text_width` (it
    wraps), and room for the longest word of its heading (the heading wraps between words)."""
    heading = column.heading
    word = max((len(w) for w in heading.split()), default=0)
    if column.kind in NUMERIC:
        wanted = max(content, word, min(len(heading), 12))
    else:
        wanted = max(min(content, text_width), word, min(len(heading), 12))
    return min(max(wanted, 6), MAX_WIDTH) + 2


def _finish(
    sheet: Any,
    columns: Sequence[Column],
    contents: list[int],
    rows: int,
    *,
    sticky: bool,
    text_width: int = TEXT_WIDTH,
) -> list[int]:
    widths = [_width(column, content, text_width) for column, content in zip(columns, contents, strict=True)]
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 1 if sticky else 0)
    if columns:
        sheet.autofilter(0, 0, max(rows, 1), len(columns) - 1)
    return widths


def _page_text(value: str) -> str:
    """Text for a page header or footer: '&' doubled (Excel reads '&' as a code), kept short."""
    return clip_words(" ".join(value.split()), 80).replace("&", "&&")


def _page(
    book: _Book,
    sheet: Any,
    widths: Sequence[int],
    title: str,
    *,
    header_row: bool = True,
    portrait: bool = False,
) -> None:
    """How the sheet prints: A4, portrait when it fits the width, else landscape, always scaled to
    one page wide (every column on every page: a wide data sheet prints small rather than on
    pages of a few columns); the header row on every page; the view's and the table's title in
    the page header; the sheet's name and 'page n of m' in the footer. A page of text (the
    "Over" sheet) stays `portrait`."""
    sheet.set_paper(A4)
    if portrait or sum(widths) <= PORTRAIT:
        sheet.set_portrait()
    else:
        sheet.set_landscape()
    sheet.fit_to_pages(1, 0)  # as wide as one page, as many pages down as it takes
    if header_row:
        sheet.repeat_rows(0)
    # Two lines at the left, never two texts side by side that run into each other on a narrow page.
    view, table = _page_text(book.title), _page_text(title)
    sheet.set_header(f"&L{view}\n&B{table}" if view and table != view else f"&L&B{table or view}")
    sheet.set_margins(top=1.0, bottom=0.75)
    sheet.set_footer("&L&A&R" + text("xlsx.page", book.lang, page="&P", pages="&N"))


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
    name = book.sheet_name(view.about_sheet or text("xlsx.about", lang))
    sheet = book.book.add_worksheet(name)
    widths = [22, 50, 26]
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
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
    for label, value in lines:
        row += 1
        if label:
            sheet.write_string(row, 0, label, book.fmt("wrap_bold"))
        if value:
            sheet.write_string(row, 1, value, book.fmt("wrap"))
        _heights(sheet, row, [(label, True), (value, True)], widths)
    if view.legend:
        # What the marks on the sheets mean, a sentence each: a sheet has no room under its table.
        row += 2
        sheet.write_string(row, 0, text("xlsx.legend", lang), book.fmt("title"))
        for mark, meaning in view.legend:
            row += 1
            sheet.write_string(row, 0, mark, book.fmt("wrap_bold"))
            sheet.write_string(row, 1, meaning, book.fmt("wrap"))
            _heights(sheet, row, [(mark, True), (meaning, True)], widths)
    row += 2
    sheet.write_string(row, 0, text("xlsx.columns", lang), book.fmt("title"))
    row += 1
    for col, heading in enumerate(
        (text("xlsx.sheet", lang), text("xlsx.header", lang), text("xlsx.key", lang))
    ):
        sheet.write_string(row, col, heading, book.fmt("header"))
    for sheet_name, heading, key in book.dictionary:
        row += 1
        sheet.write_string(row, 0, sheet_name, book.fmt("wrap"))
        sheet.write_string(row, 1, heading, book.fmt("wrap"))
        sheet.write_string(row, 2, key, book.fmt("wrap"))
        _heights(sheet, row, [(sheet_name, True), (heading, True), (key, True)], widths)
    _page(book, sheet, widths, name, header_row=False, portrait=True)
