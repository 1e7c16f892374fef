"""Every problem code lekp reports for a data file: severity, meaning, and how to fix it.

The codes are stable: scripts and CI configurations may depend on them. `Code` is an enum,
so a misspelt code is an attribute error (and a mypy error) rather than a silent new code;
the severity of a finding is the severity of its code, stated here and nowhere else. The
meaning and the fix are documentation: the README's code table is generated from them
(`python scripts/codes_table.py`) and a test keeps the two equal.
"""

from __future__ import annotations

from enum import Enum, StrEnum


class Severity(StrEnum):
    """How serious a finding is: an error fails `lekp check`, a warning does not."""

    ERROR = "error"
    WARNING = "warning"


E, W = Severity.ERROR, Severity.WARNING


class Code(Enum):
    """A problem code: its severity, what it means and how to fix it."""

    def __init__(self, severity: Severity, meaning: str, fix: str) -> None:
        self.severity = severity
        self.meaning = meaning
        self.fix = fix

    # --- files ---------------------------------------------------------------------------
    F101 = (E, "file not found", "check the path")
    F102 = (E, "file is empty", "restore the file's content")
    F103 = (
        E,
        "not valid UTF-8 (the message gives the byte and line, and names UTF-16 or Latin-1 when it looks "
        "like one)",
        "save the file as UTF-8",
    )
    F104 = (
        E,
        "CSV separated by ';' or tabs where commas are required (as Excel saves it with Belgian settings)",
        "save as 'CSV UTF-8 (comma-separated)' or replace the separators with ','",
    )
    F105 = (
        E,
        "not a lekp input file (neither a catalogue YAML nor a known CSV or workbook layout), or a file "
        "lekp itself exported",
        "pass a catalogue, municipalities, mergers, deelgemeenten, realisations, baseline or gemeenten-list "
        "file",
    )
    F106 = (E, "cannot be read (a folder, or no permission)", "pass a readable file")
    F107 = (
        E,
        "not a regular file (a FIFO, device or socket), which could block or never end",
        "pass a regular file (or '-' for standard input where the option allows it)",
    )
    F108 = (
        E,
        "file larger than lekp reads (100 MB on disk; a workbook also 200 MB unpacked, 5,000,000 cells)",
        "split the file or pass the right one",
    )
    # --- catalogue YAML ------------------------------------------------------------------
    Y201 = (E, "YAML syntax error (with the parser's position)", "fix the YAML at that line and column")
    Y202 = (
        E,
        "duplicate key in a mapping (YAML would silently keep the last one)",
        "remove or rename one of the two keys",
    )
    Y203 = (
        E,
        "a tag such as !!python/object (loading is always safe; tags are refused)",
        "write the plain value without a tag",
    )
    Y204 = (E, "an anchor/alias (refused, which also stops alias bombs)", "write the value out in full")
    Y205 = (E, "unknown field", "remove it or correct its spelling")
    Y206 = (E, "missing field", "add the field")
    Y207 = (E, "wrong type or invalid value", "use the type the message names")
    Y208 = (E, "ratio amount or per is zero or negative", "use a positive amount and per")
    Y209 = (E, "unknown basis", "use 'inwoners' or 'wooneenheden'")
    Y210 = (E, "deadline outside the pact period 2021-2030", "use a year from 2021 to 2030")
    Y211 = (E, "pact version that the catalogue does not declare", "use a declared version or declare it")
    Y212 = (
        E,
        "the same indicator (or engagement) key twice in one pact version",
        "keep one row per key and version",
    )
    Y213 = (E, "indicator of a werf that is not declared", "use werf 1-4 or declare the werf")
    Y214 = (
        E,
        "ratio per gives no exact decimal (a factor other than 2 and 5)",
        "express the ratio per 1, 10, 100, 500, 1,000 …",
    )
    Y215 = (E, "pact version or werf declared twice", "declare each once")
    Y216 = (
        E,
        "an engagement rule that cannot be computed (co2_reduction without base_year and later target_year)",
        "give base_year and target_year",
    )
    Y217 = (
        E,
        "text starting with =, +, -, @, tab or CR, which a spreadsheet runs as a formula",
        "reword the text so that it starts otherwise (a minus sign: '−')",
    )
    Y218 = (E, "control character in a text (an escape sequence, NUL, BEL …)", "remove the character")
    Y219 = (
        E,
        "number outside its bounds (a ratio amount above 1,000,000, a per above 1,000,000,000, more than "
        "6 decimals, a percent above 100)",
        "correct the number",
    )
    Y220 = (
        E,
        "a source or assumption reference that the catalogue does not declare, a row without a source, or "
        "a source without an address",
        "declare the source under `sources:` with its publisher, title and address, and cite it",
    )
    # --- CSV files -----------------------------------------------------------------------
    C301 = (E, "missing column", "add the column (see data/datapackage.json)")
    C302 = (E, "unknown or repeated column", "remove or rename the column")
    C303 = (E, "empty cell", "fill in the value")
    C304 = (E, "not a whole number", "write digits only")
    C305 = (E, "negative number", "counts are 0 or more")
    C306 = (
        E,
        "thousands separator in a number (the message shows what was found)",
        "write 38793, not 38.793",
    )
    C307 = (E, "decimal comma or decimals in a whole number", "write a whole number")
    C308 = (E, "duplicate NIS code", "keep one row per gemeente")
    C309 = (E, "duplicate name (ignoring case, accents, spaces and hyphens)", "keep one row per gemeente")
    C310 = (E, "NIS code that is not five digits", "write the five-digit code, leading digits included")
    C311 = (E, "arrondissement code does not match the NIS code's first two digits", "correct either code")
    C312 = (
        E,
        "province code does not match the NIS code (or is not Flemish)",
        "correct either code (10000, 20001, 30000, 40000, 70000)",
    )
    C313 = (
        E,
        "predecessor code that is neither the gemeente's own nor in the merger mapping",
        "correct the code or add it to the mapping",
    )
    C314 = (
        E,
        "text cell starting with =, +, -, @, tab or CR (spreadsheet formula injection)",
        "remove the leading character",
    )
    C315 = (
        E,
        "row with more cells than the header, or fewer where a required column is missing",
        "check for a stray or missing separator",
    )
    C316 = (E, "invalid true/false or date", "write True/False and dates as YYYY-MM-DD")
    C317 = (
        E,
        "the same arrondissement or province code with different names",
        "use one spelling per code",
    )
    C318 = (E, "malformed CSV (e.g. an unclosed quote)", "fix the quoting on that line")
    C319 = (
        E,
        "not a number, or ambiguous ('1.234' in a ';' file: a thousand or a fraction?)",
        "write digits with one decimal separator and no thousands separator",
    )
    C320 = (
        E,
        "number outside its bounds (inwoners and wooneenheden up to 100,000,000; years 1900-2100; values "
        "up to 1,000,000,000,000)",
        "correct the number",
    )
    C321 = (E, "control character in a cell (an escape sequence, NUL, BEL …)", "remove the character")
    C322 = (E, "a header but no data rows", "add the rows, or pass the right file")
    C323 = (E, "the same deelgemeente code twice", "keep one row per deelgemeente")
    # --- realisations and baselines ------------------------------------------------------
    R601 = (
        E,
        "unknown indicator in a realisations file (the message suggests the closest)",
        "use a key of `lekp werven`",
    )
    R602 = (E, "realisation year outside the pact period 2021-2030", "use a year from 2021 to 2030")
    R603 = (E, "the same indicator and year twice (for one gemeente)", "add the values up in one row")
    R604 = (W, "realisation year in the future", "check the year")
    R605 = (E, "a NIS code that is no gemeente of the territory", "correct the code")
    R606 = (
        E,
        "a workbook cell holding a formula without a stored result",
        "save the workbook in Excel (which stores each formula's result) or type the value",
    )
    R607 = (
        W,
        "an indicator with years without a value before its last reported year, or stopping before the "
        "last year the gemeente reported (a blank is not a zero: progress is judged up to the last "
        "reported year)",
        "fill in the missing years (0 where nothing was realised); --strict fails the file",
    )
    R608 = (
        E,
        "a realisations file recording more than one population year (bevolkingsjaar), or one without "
        "population figures",
        "keep the one population year the template was made with on every row",
    )
    B701 = (E, "unknown grootheid in a baseline file", "use 'co2', 'energie', 'co2_jaar' or 'energie_jaar'")
    B702 = (E, "CO2 baseline for another year than 2015", "give the CO2 of 2015, the pact's reference year")
    B703 = (
        E,
        "the same grootheid (and year) twice in a baseline file",
        "keep one row per grootheid and year",
    )
    B704 = (
        E,
        "energy base year outside 2000-2030, or a yearly figure outside 2021-2030",
        "give the energy use of a year from 2000 to 2030; yearly figures for 2021-2030",
    )
    B705 = (E, "a baseline file with neither co2 nor energie", "add a row for co2 (2015) or energie")
    # --- gemeenten lists -----------------------------------------------------------------
    G801 = (E, "a line of a gemeenten list that names no gemeente", "correct the name or NIS code")
    G802 = (E, "a gemeenten list that names no gemeente at all", "add one name or NIS code a line")
    # --- across files --------------------------------------------------------------------
    X401 = (
        E,
        "the merger mapping and the municipalities do not list the same gemeenten",
        "add the missing gemeente or fix the code",
    )
    X402 = (
        E,
        "a gemeente's predecessor codes disagree with the merger mapping",
        "make predecessor_nis_codes and the mapping list the same old codes",
    )
    X403 = (E, "merger mapping names a gemeente differently than the municipalities", "use one name")
    X404 = (
        E,
        "a gemeente formed in 2025 does not have the population (or dwellings) of its predecessors "
        "in the pre-2025 file",
        "correct the figure in one of the two territories",
    )
    X405 = (
        E,
        "a deelgemeente of a gemeente that is not in the municipalities",
        "correct the NIS code of the deelgemeente",
    )
    # --- plausibility warnings -----------------------------------------------------------
    W501 = (
        W,
        "population changes more than --max-change percent (default 5) from one year to the next",
        "check for a typing error; a real jump can stay (warnings do not fail)",
    )
    W502 = (
        W,
        "dwellings more than 4 times away from population / 2",
        "check that the dwellings column holds the Census 2021 count",
    )
    W503 = (
        W,
        "headline reconciliation: the sum over all gemeenten differs from the catalogue's Flemish headline "
        "by more than --headline-tolerance percent (default 1)",
        "none needed when explained: headlines are quoted figures, targets come from the ratios",
    )
