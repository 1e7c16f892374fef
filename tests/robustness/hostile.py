"""The hostile files of the robustness corpus, generated from the valid base files.

Every file lekp reads has a kind: a catalogue (`--catalogue`), a municipalities CSV
(`--municipalities`), realisations (`progress --realisaties`), a baseline (`trajectory
--baseline`, `report --baseline`) and a gemeenten list (`--gemeenten-file`); `lekp check`
reads them all. A `Hostile` is one file of one kind with one thing wrong (or one thing odd
but allowed), the problem code and line a reader must report, computed here from the text
that was written, never from what lekp prints. The test modules take their cases from
here, and `test_one_truth.py` runs every case through both `lekp check` and the command.

Workbooks (`.xlsx`) are built here in memory with XlsxWriter and then damaged with zipfile:
one XML part cut in half, the zip cut off, a legacy `.xls` under the new name; `message`
spells out by hand the words lekp must say about each.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "check" / "corpus"
BASE = CORPUS / "base"

CATALOGUE = "catalogue"
MUNICIPALITIES = "municipalities"
REALISATIONS = "realisations"
BASELINE = "baseline"
GEMEENTEN = "gemeenten"
LAADPUNTEN = "laadpunten"
KINDS = (CATALOGUE, MUNICIPALITIES, REALISATIONS, BASELINE, GEMEENTEN, LAADPUNTEN)
SUFFIX = {CATALOGUE: ".yaml", GEMEENTEN: ".txt"}

BIG = {"40": "9" * 40, "5000": "9" * 5000}  # numbers no cell may hold


def base(name: str) -> str:
    """A valid base file of the check corpus, as text."""
    return (BASE / name).read_text(encoding="utf-8")


# The valid files every hostile one is made from.
BASE_CATALOGUE = base("catalogue.yaml")
BASE_MUNICIPALITIES = base("municipalities.csv")
BASE_REALISATIONS = "nis_code,indicator,jaar,waarde,opmerking\n13025,bomen,2021,3000,aanplant Gompel\n"
BASE_BASELINE = "grootheid,jaar,waarde,eenheid,opmerking\nco2,2015,1250.5,ton CO2,eigen gebouwen\n"
BASE_GEMEENTEN = "# gemeenten van de regio\nMol\nGeel\n"
BASE_LAADPUNTEN = base("laadpunten.csv")
# The catalogue with an engagement rule, so that a percent can be wrong too.
RULE = "    rule: {kind: energy_saving, percent: 2.09, from_year: 2021}\n"
CATALOGUE_WITH_RULE = BASE_CATALOGUE.replace(
    '    text_en: "Sign the Covenant of Mayors"\n', '    text_en: "Sign the Covenant of Mayors"\n' + RULE, 1
)
VALID = {
    CATALOGUE: BASE_CATALOGUE,
    MUNICIPALITIES: BASE_MUNICIPALITIES,
    REALISATIONS: BASE_REALISATIONS,
    BASELINE: BASE_BASELINE,
    GEMEENTEN: BASE_GEMEENTEN,
    LAADPUNTEN: BASE_LAADPUNTEN,
}


@dataclass(frozen=True)
class Hostile:
    """One generated file: its kind, its content, and what a reader must say about it.

    `code` is None for a file that every reader accepts; `line` is None where the problem
    has no line (a whole-file problem).
    """

    id: str
    kind: str
    data: bytes
    code: str | None = None
    line: int | None = None
    suffix: str | None = None
    # The code a command names when it differs: an unknown name in a gemeenten list is told
    # as 'unknown gemeente' at `file:line`, without the G801 that `lekp check` gives it.
    command_code: str | None = "same"
    # The words of the problem after its code, written out by hand, where a test checks them
    # (the broken workbooks), and the sheet a workbook's problem is located in.
    message: str | None = None
    sheet: str | None = None

    @property
    def reader_code(self) -> str | None:
        """The problem code a command's error line carries."""
        return self.code if self.command_code == "same" else self.command_code

    @property
    def refused(self) -> bool:
        """True when every reader must refuse the file."""
        return self.code is not None

    def write(self, folder: Path) -> Path:
        """Write the file into `folder` under a name that tells what it is."""
        name = self.id.replace("/", "_").replace(" ", "_")
        path = folder / f"{name}{self.suffix or SUFFIX.get(self.kind, '.csv')}"
        path.write_bytes(self.data)
        return path


def text(
    id: str, kind: str, content: str, code: str | None = None, line: int | None = None, **more: str | None
) -> Hostile:
    """A hostile file given as text (UTF-8)."""
    return Hostile(id, kind, content.encode("utf-8"), code, line, **more)  # type: ignore[arg-type]


def replace_once(content: str, old: str, new: str) -> str:
    """`content` with its one occurrence of `old` replaced (a test error when it is not there once)."""
    assert content.count(old) >= 1, old
    return content.replace(old, new, 1)


def line_of(content: str, needle: str) -> int:
    """The 1-based line of the first occurrence of `needle`."""
    index = content.index(needle)
    return content.count("\n", 0, index) + 1


def municipality_cell(column: str, value: str, gemeente: str = "Mol") -> tuple[str, int]:
    """The base municipalities file with one cell of `gemeente`'s row replaced, and that row's line."""
    lines = BASE_MUNICIPALITIES.splitlines()
    header = lines[0].split(",")
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split(",")
        if cells[1] == gemeente:
            cells[header.index(column)] = value
            lines[number - 1] = ",".join(cells)
            return "\n".join(lines) + "\n", number
    raise AssertionError(gemeente)


def municipality_cells(changes: dict[str, str], gemeente: str = "Mol") -> str:
    """The base municipalities file with several cells of `gemeente`'s row replaced."""
    content = BASE_MUNICIPALITIES
    lines = content.splitlines()
    header = lines[0].split(",")
    for number, line in enumerate(lines[1:], start=1):
        cells = line.split(",")
        if cells[1] == gemeente:
            for column, value in changes.items():
                cells[header.index(column)] = value
            lines[number] = ",".join(cells)
    return "\n".join(lines) + "\n"


def catalogue_value(old: str, new: str, content: str = BASE_CATALOGUE) -> tuple[str, int]:
    """The catalogue with the first `old` replaced by `new`, and the line it is on."""
    return replace_once(content, old, new), line_of(content, old)


# --- 1. numbers no cell may hold ------------------------------------------------------------


def oversized_numbers() -> Iterator[Hostile]:
    """40- and 5,000-digit numbers in every number cell of every kind."""
    for size, digits in BIG.items():
        for column in ("population_2026", "dwellings_census_2021"):
            content, line = municipality_cell(column, digits)
            yield text(f"municipalities {column} {size} digits", MUNICIPALITIES, content, "C320", line)
        header = BASE_MUNICIPALITIES.replace("population_2026", f"population_{digits}", 1)
        yield text(f"municipalities year column {size} digits", MUNICIPALITIES, header, "C302", 1)
        yield text(
            f"realisations waarde {size} digits",
            REALISATIONS,
            f"indicator,jaar,waarde\nbomen,2022,{digits}\n",
            "C320",
            2,
        )
        yield text(
            f"realisations waarde decimals {size} digits",
            REALISATIONS,
            f"indicator,jaar,waarde\nbomen,2022,1.{digits}\n",
            "C320",
            2,
        )
        yield text(
            f"realisations jaar {size} digits",
            REALISATIONS,
            f"indicator,jaar,waarde\nbomen,{digits},3\n",
            "C320",
            2,
        )
        yield text(
            f"laadpunten vermogen {size} digits",
            LAADPUNTEN,
            f"jaar,vermogen_kw,stroom,toegang\n2022,{digits},AC,publiek\n",
            "C320",
            2,
        )
        yield text(
            f"baseline waarde {size} digits",
            BASELINE,
            f"grootheid,jaar,waarde\nco2,2015,{digits}\n",
            "C320",
            2,
        )
        yield text(
            f"baseline jaar {size} digits",
            BASELINE,
            f"grootheid,jaar,waarde\nenergie,{digits},3\n",
            "C320",
            2,
        )
        for field, old, new in (
            ("amount", "ratio: {amount: 1, per: 100}", f"ratio: {{amount: {digits}, per: 100}}"),
            ("amount decimals", "ratio: {amount: 1, per: 100}", f"ratio: {{amount: 1.{digits}, per: 100}}"),
            ("per", "ratio: {amount: 1, per: 100}", f"ratio: {{amount: 1, per: 1{digits}}}"),
            ("deadline", "deadline: 2030", f"deadline: {digits}"),
            ("version year", "year: 2021", f"year: {digits}"),
            ("headline", "value: 6600000", f"value: {digits}"),
            ("decimals", "decimals: 0", f"decimals: {digits}"),
            ("werf", "werf: 1", f"werf: {digits}"),
        ):
            content, line = catalogue_value(old, new)
            yield text(f"catalogue {field} {size} digits", CATALOGUE, content, "Y219", line)
        content, line = catalogue_value("percent: 2.09", f"percent: {digits}", CATALOGUE_WITH_RULE)
        yield text(f"catalogue percent {size} digits", CATALOGUE, content, "Y219", line)
        yield text(
            f"gemeenten list {size} digits", GEMEENTEN, f"# lijst\n{digits}\n", "G801", 2, command_code=None
        )


def yaml_number_forms() -> Iterator[Hostile]:
    """Numbers YAML 1.1 reads as something else than they show: refused, never a wrong ratio."""
    cases = (
        ("octal amount", "ratio: {amount: 1, per: 100}", "ratio: {amount: 010, per: 100}"),  # 8
        ("octal per", "ratio: {amount: 1, per: 100}", "ratio: {amount: 1, per: 0100}"),  # 64
        ("binary amount", "ratio: {amount: 1, per: 100}", "ratio: {amount: 0b11, per: 100}"),  # 3
        ("hex per", "ratio: {amount: 1, per: 100}", "ratio: {amount: 1, per: 0x64}"),  # 100
        ("sexagesimal amount", "ratio: {amount: 1, per: 100}", "ratio: {amount: 1:40, per: 100}"),  # 100
        ("boolean per", "ratio: {amount: 1, per: 100}", "ratio: {amount: 1, per: true}"),  # 1
        ("boolean werf", "werf: 3", "werf: true"),  # werf 1
        ("boolean decimals", "decimals: 0", "decimals: false"),
        ("boolean year", "year: 2021", "year: true"),
    )
    for name, old, new in cases:
        content, line = catalogue_value(old, new)
        yield text(f"catalogue {name}", CATALOGUE, content, "Y207", line)


def valid_large_ratio() -> str:
    """A valid catalogue whose bomen ratio is as large as allowed with a whole amount: 999,999 per 1."""
    return replace_once(BASE_CATALOGUE, "ratio: {amount: 1, per: 1}", "ratio: {amount: 999999, per: 1}")


# --- 2. a header and nothing else -----------------------------------------------------------


def header_only() -> Iterator[Hostile]:
    """A header without rows, for every CSV kind; a list with only comments; an empty catalogue."""
    headers = {
        MUNICIPALITIES: BASE_MUNICIPALITIES.splitlines()[0],
        REALISATIONS: "nis_code,indicator,jaar,waarde,opmerking",
        BASELINE: "grootheid,jaar,waarde,eenheid",
        LAADPUNTEN: BASE_LAADPUNTEN.splitlines()[0],
    }
    for kind, header in headers.items():
        yield text(f"{kind} header only", kind, header + "\n", "C322", 1)
        yield text(f"{kind} header without newline", kind, header, "C322", 1)
        yield Hostile(
            f"{kind} header with BOM and CRLF", kind, b"\xef\xbb\xbf" + (header + "\r\n").encode(), "C322", 1
        )
        yield text(f"{kind} header and blank lines", kind, header + "\n\n  \n\n", "C322", 1)
    yield text(f"{REALISATIONS} header only semicolons", REALISATIONS, "indicator;jaar;waarde\n", "C322", 1)
    yield text(f"{GEMEENTEN} comments only", GEMEENTEN, "# gemeenten\n\n# nog geen\n", "G802")
    yield text(
        f"{CATALOGUE} no versions and no indicators",
        CATALOGUE,
        "schema_version: 1\npact_versions: []\nwerven: []\nindicators: []\n",
        "Y207",
        2,
    )
    yield text(
        f"{CATALOGUE} no indicators",
        CATALOGUE,
        'schema_version: 1\npact_versions:\n  - {version: "1.0", year: 2021, name_nl: "LEKP 1.0"}\n'
        "werven: []\nindicators: []\n",
        "Y207",
        5,
    )


# --- 9. spreadsheet formulas --------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@")


def formulas() -> Iterator[Hostile]:
    """A text starting with a formula character, in every text a reader keeps, of every kind."""
    catalogue_texts = (
        ("label", '    label_nl: "Extra bomen"\n', '    label_nl: "{s}Extra bomen"\n'),
        ("label en", '    label_en: "Extra trees"\n', '    label_en: "{s}Extra trees"\n'),
        ("theme", 'theme_nl: "vergroening"', 'theme_nl: "{s}vergroening"'),
        ("werf name", 'name_nl: "Laten we een boom opzetten"', 'name_nl: "{s}Laten we een boom opzetten"'),
        ("engagement", 'text_nl: "De Burgemeestersconvenant ondertekenen"', 'text_nl: "{s}De convenant"'),
        ("headline stated", 'stated: "6,6 miljoen bomen extra"', 'stated: "{s}6,6 miljoen"'),
        (
            "note",
            '    label_en: "Charging-point equivalents"\n',
            '    label_en: "Charging-point equivalents"\n    note_nl: "{s}cmd|x"\n',
        ),
    )
    for start in FORMULA_STARTS:
        for field, old, new in catalogue_texts:
            content, line = catalogue_value(old, new.format(s=start))
            if field == "note":
                line += 1
            yield text(f"catalogue {field} {start}", CATALOGUE, content, "Y217", line)
        content, line = municipality_cell("name_nl", f"{start}Mol")
        yield text(f"municipalities name {start}", MUNICIPALITIES, content, "C314", line)
        content, line = municipality_cell("arrondissement_nl", f"{start}HYPERLINK(x)")
        yield text(f"municipalities arrondissement {start}", MUNICIPALITIES, content, "C314", line)
        yield text(
            f"realisations opmerking {start}",
            REALISATIONS,
            f'indicator,jaar,waarde,opmerking\nbomen,2022,3,{start}HYPERLINK("http://x")\n',
            "C314",
            2,
        )
        yield text(
            f"baseline opmerking {start}",
            BASELINE,
            f"grootheid,jaar,waarde,eenheid,opmerking\nco2,2015,3,ton,{start}1+1\n",
            "C314",
            2,
        )
        yield text(
            f"laadpunten opmerking {start}",
            LAADPUNTEN,
            f"jaar,vermogen_kw,stroom,toegang,opmerking\n2022,11,AC,publiek,{start}HYPERLINK(x)\n",
            "C314",
            2,
        )


# --- 10. control characters -----------------------------------------------------------------

CONTROLS = {
    "ESC": "\x1b[31m",
    "OSC52": "\x1b]52;c;aGk=\x07",
    "BEL": "\x07",
    "NUL": "\x00",
    "RLO": "\u202e",
}
YAML_ESCAPED = {"ESC": "\\e[31m", "OSC52": "\\e]52;c;aGk=\\a", "BEL": "\\a", "NUL": "\\0", "RLO": "\\u202E"}


def controls() -> Iterator[Hostile]:
    """Control characters in the names and labels of every kind, raw and (YAML) escaped."""
    for name, chars in CONTROLS.items():
        content, line = catalogue_value('label_nl: "Extra bomen"', f'label_nl: "Extra {chars}bomen"')
        yield text(f"catalogue label raw {name}", CATALOGUE, content, "Y218", line)
        escaped = YAML_ESCAPED[name]
        content, line = catalogue_value('label_nl: "Extra bomen"', f'label_nl: "Extra {escaped}bomen"')
        yield text(f"catalogue label escaped {name}", CATALOGUE, content, "Y218", line)
        content, line = catalogue_value('name_nl: "Laten we een boom opzetten"', f'name_nl: "Laten{escaped}"')
        yield text(f"catalogue werf name escaped {name}", CATALOGUE, content, "Y218", line)
        content, line = municipality_cell("name_nl", f"Mol{chars}")
        yield text(f"municipalities name {name}", MUNICIPALITIES, content, "C321", line)
        yield text(
            f"realisations opmerking {name}",
            REALISATIONS,
            f"indicator,jaar,waarde,opmerking\nbomen,2022,3,ok{chars}\n",
            "C321",
            2,
        )
        yield text(
            f"baseline eenheid {name}",
            BASELINE,
            f"grootheid,jaar,waarde,eenheid\nco2,2015,3,ton{chars}\n",
            "C321",
            2,
        )
        yield text(f"gemeenten list {name}", GEMEENTEN, f"Geel\n{chars}Mol\n", "C321", 2)
        yield text(
            f"laadpunten paal_id {name}",
            LAADPUNTEN,
            f"jaar,vermogen_kw,stroom,toegang,paal_id,paal_kw\n2022,11,AC,publiek,P{chars}1,22\n",
            "C321",
            2,
        )


# --- 15. encodings --------------------------------------------------------------------------


def encodings() -> Iterator[Hostile]:
    """Every kind saved as UTF-16 (with and without a byte-order mark): named UTF-16, not Latin-1."""
    for kind, content in VALID.items():
        for codec in ("utf-16", "utf-16-le", "utf-16-be"):
            yield Hostile(f"{kind} {codec}", kind, content.encode(codec), "F103", 1)
    yield Hostile(
        "gemeenten latin-1", GEMEENTEN, "Geel\nMol\nSint-Jans-Molenbeek é\n".encode("latin-1"), "F103", 3
    )


def nul_bytes() -> Iterator[Hostile]:
    """A NUL byte on a known line of every kind."""
    catalogue = BASE_CATALOGUE.splitlines(keepends=True)
    catalogue.insert(3, "\x00\n")
    yield text("catalogue NUL line", CATALOGUE, "".join(catalogue), "Y218", 4)
    yield text(
        "realisations NUL", REALISATIONS, "indicator,jaar,waarde,opmerking\nbomen,2022,3,a\x00b\n", "C321", 2
    )
    yield text("gemeenten NUL", GEMEENTEN, "Geel\nMol\x00\n", "C321", 2)


# --- 16. odd but valid, and the remaining refusals ------------------------------------------


def odd_but_valid() -> Iterator[Hostile]:
    """Files a reader must accept: the base files and their harmless variations."""
    for kind, content in VALID.items():
        yield text(f"{kind} base", kind, content)
        yield Hostile(
            f"{kind} BOM and CRLF", kind, b"\xef\xbb\xbf" + content.replace("\n", "\r\n").encode("utf-8")
        )
    yield text(
        "realisations negative zero", REALISATIONS, "indicator,jaar,waarde\nbomen,2022,-0\nhagen,2022,0.0\n"
    )
    yield text("realisations semicolons", REALISATIONS, "indicator;jaar;waarde\nbomen;2022;12,5\n")
    yield text(
        "laadpunten semicolons and decimal commas",
        LAADPUNTEN,
        "jaar;vermogen_kw;stroom;toegang;uren_per_dag\n2022;7,4;ac;Semipubliek;10,5\n",
    )
    yield text(
        "laadpunten before the pact", LAADPUNTEN, "jaar,vermogen_kw,stroom,toegang\n2019,22,AC,publiek\n"
    )
    yield Hostile("laadpunten workbook", LAADPUNTEN, LAADPUNTEN_WORKBOOK, suffix=".xlsx")
    yield Hostile("realisations workbook", REALISATIONS, BASE_WORKBOOK, suffix=".xlsx")
    yield text("gemeenten list formula-like", GEMEENTEN, "=Mol\n")
    yield text("gemeenten list deelgemeente and old name", GEMEENTEN, "Ekeren\nBorsbeek\n13025\n")
    yield text("catalogue large ratio", CATALOGUE, valid_large_ratio())
    yield text("catalogue with a rule", CATALOGUE, CATALOGUE_WITH_RULE)
    yield text(
        "municipalities markup in a name",
        MUNICIPALITIES,
        municipality_cell("name_nl", '"""><img src=x onerror=alert(1)>"')[0],
    )


def more_refusals() -> Iterator[Hostile]:
    """Refusals the other classes do not make: codes that must stop both check and command."""
    yield text(
        "realisations unknown nis code",
        REALISATIONS,
        "nis_code,indicator,jaar,waarde\n13025,bomen,2022,5\n99999,bomen,2022,3\n",
        "R605",
        3,
    )
    yield text("realisations year 2031", REALISATIONS, "indicator,jaar,waarde\nbomen,2031,3\n", "R602", 2)
    header = "nis_code,jaar,vermogen_kw,stroom,toegang,uren_per_dag,paal_id,paal_kw\n"
    for name, row, code in (
        ("public part of the day", "13025,2022,22,AC,publiek,12,,", "L901"),
        ("post without power", "13025,2022,22,AC,publiek,,P1,", "L902"),
        ("point above post", "13025,2022,150,DC,publiek,,P1,50", "L904"),
        ("year 2031", "13025,2031,22,AC,publiek,,,", "L905"),
        ("unknown current", "13025,2022,22,wissel,publiek,,,", "C319"),
        ("unknown access", "13025,2022,22,AC,privé,,,", "C319"),
        ("no power", "13025,2022,0,AC,publiek,,,", "C320"),
        ("25 hours", "13025,2022,22,AC,semipubliek,25,,", "C320"),
        ("unknown nis code", "99999,2022,22,AC,publiek,,,", "R605"),
    ):
        content = header + "13025,2021,11,AC,publiek,,,\n" + row + "\n"
        yield text(f"laadpunten {name}", LAADPUNTEN, content, code, 3)
    yield text(
        "laadpunten post with two powers",
        LAADPUNTEN,
        header + "13025,2023,150,DC,publiek,,P1,300\n13025,2023,150,DC,publiek,,P1,150\n",
        "L903",
        3,
    )
    yield text("baseline co2 of 2019", BASELINE, "grootheid,jaar,waarde\nco2,2019,3\n", "B702", 2)
    yield text("gemeenten list unknown", GEMEENTEN, "Mol\nAtlantis\n", "G801", 2, command_code=None)
    yield text("gemeenten list line too long", GEMEENTEN, "Mol\n" + "M" * 101 + "\n", "G801", 2)
    yield text(
        "catalogue alias",
        CATALOGUE,
        BASE_CATALOGUE.replace("year: 2021", "year: &y 2021", 1).replace("year: 2022", "year: *y", 1),
        "Y204",
        line_of(BASE_CATALOGUE, "year: 2022"),
    )


# --- 17. workbooks -------------------------------------------------------------------------

WORKBOOK_HEADER = ["nis_code", "indicator", "jaar", "waarde", "opmerking"]
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the first bytes of a legacy .xls (a compound file)
NOT_READABLE = "geen leesbaar Excel-werkboek (.xlsx): "
# The parts an .xlsx always has that openpyxl parses: each one, cut in half, is not XML.
XML_PARTS = (
    "xl/worksheets/sheet1.xml",
    "xl/workbook.xml",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
)


def workbook(rows: list[list[object]], sheet: str = "Realisaties") -> bytes:
    """An .xlsx with `rows` on one sheet, written by XlsxWriter in memory (with a fixed date)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": dt.datetime(2026, 1, 1)})
    ws = book.add_worksheet(sheet)
    for number, row in enumerate(rows):
        ws.write_row(number, 0, row)
    book.close()
    return buffer.getvalue()


def with_part(data: bytes, part: str, change: Callable[[bytes], bytes | None]) -> bytes:
    """The archive `data` with its member `part` changed by `change` (None leaves it out)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        assert part in source.namelist(), part
        for name in source.namelist():
            content = source.read(name)
            changed = change(content) if name == part else content
            if changed is not None:
                target.writestr(name, changed)
    return out.getvalue()


# The valid realisations file of the corpus as a workbook: the same one row as the CSV.
BASE_WORKBOOK = workbook([WORKBOOK_HEADER, ["13025", "bomen", 2021, 3000, "aanplant Gompel"]])
# A list of charging points as a workbook.
LAADPUNTEN_WORKBOOK = workbook(
    [["nis_code", "jaar", "vermogen_kw", "stroom", "toegang"], ["13025", 2022, 22, "AC", "publiek"]],
    sheet="Laadpunten",
)


def workbook_case(id: str, data: bytes, code: str, message: str, *, sheet: str | None = None) -> Hostile:
    """A broken workbook that every reader refuses with `code` and `message`, for the whole file."""
    kind = (
        GEMEENTEN if code == "F102" else REALISATIONS
    )  # lekp check takes a workbook without cells for a list
    return Hostile(id, kind, data, code, None, suffix=".xlsx", message=message, sheet=sheet)


def broken_workbooks() -> Iterator[Hostile]:
    """Workbooks damaged in every way that used to end in a traceback, and the other refusals."""
    for part in XML_PARTS:
        yield workbook_case(
            f"workbook {part} not XML",
            with_part(BASE_WORKBOOK, part, lambda content: content[: len(content) // 2]),
            "F105",
            NOT_READABLE + f"het onderdeel '{part}' is geen geldige XML",
            # openpyxl opens the workbook before it reads the sheet: only the sheet's own
            # failure is located in it.
            sheet="Realisaties" if part.startswith("xl/worksheets/") else None,
        )
    yield workbook_case(
        "workbook truncated",
        BASE_WORKBOOK[: len(BASE_WORKBOOK) // 2],
        "F105",
        NOT_READABLE + "het zip-archief is beschadigd of onvolledig",
    )
    # A member whose bytes no longer match their CRC: the zip reads, its content does not.
    stored = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(BASE_WORKBOOK)) as source, zipfile.ZipFile(stored, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))  # stored, not compressed: the bytes are findable
    damaged = stored.getvalue().replace(b"aanplant Gompel", b"aanplant Gompek", 1)
    yield workbook_case(
        "workbook member damaged",
        damaged,
        "F105",
        NOT_READABLE + "het zip-archief is beschadigd of onvolledig",
    )
    yield workbook_case(
        "workbook missing workbook.xml",
        with_part(BASE_WORKBOOK, "xl/workbook.xml", lambda content: None),
        "F105",
        NOT_READABLE + "een onderdeel ontbreekt, of het werkboek verwijst naar iets dat er niet in staat",
    )
    yield workbook_case(
        "workbook xls renamed",
        OLE2 + bytes(512 - len(OLE2)),
        "F105",
        "een rekenblad in een formaat dat lekp niet leest: bewaar het als Excel-werkmap (.xlsx) of als "
        "CSV UTF-8",
    )
    yield workbook_case(
        "workbook encrypted",
        OLE2 + bytes(120) + "EncryptedPackage".encode("utf-16-le") + bytes(360),
        "F105",
        "een werkboek dat met een wachtwoord beveiligd is: lekp leest het niet; bewaar het zonder wachtwoord "
        "als Excel-werkmap (.xlsx) of als CSV UTF-8",
    )
    yield workbook_case(
        "workbook text renamed",
        BASE_REALISATIONS.encode("utf-8"),
        "F105",
        NOT_READABLE + "het bestand is geen zip-archief, en dat is een .xlsx altijd",
    )
    yield workbook_case(
        "workbook sheet without rows", workbook([]), "F102", "het bestand is leeg", sheet="Realisaties"
    )
    yield workbook_case(
        "workbook without sheets",
        with_part(
            BASE_WORKBOOK,
            "xl/workbook.xml",
            lambda content: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", content),
        ),
        "F102",
        "het bestand is leeg",
    )


def every_hostile() -> list[Hostile]:
    """Every generated file of the corpus."""
    return [
        *oversized_numbers(),
        *yaml_number_forms(),
        *header_only(),
        *formulas(),
        *controls(),
        *encodings(),
        *nul_bytes(),
        *odd_but_valid(),
        *more_refusals(),
        *broken_workbooks(),
    ]
