"""The generic CSV reader: every check comes from the declaration of the file's columns."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from lekp_calc.datafiles.schema import MUNICIPALITIES, Field, FieldType, Resource
from lekp_calc.datafiles.table import CellProblem, parse_text, read_table, to_integer, to_number

# A small kind of file, declared like the real ones.
THINGS = Resource(
    name="things",
    title="Things",
    description="A test declaration.",
    fields=(
        Field("code", FieldType.NIS_CODE, "A NIS code."),
        Field("name", FieldType.STRING, "A name.", max_length=10),
        Field("count", FieldType.INTEGER, "A count.", minimum=0, maximum=1000),
        Field("amount", FieldType.NUMBER, "An amount.", empty=True, minimum=0, maximum=D(10) ** 6),
        Field("year", FieldType.YEAR, "A year.", minimum=1900, maximum=2100),
        Field("note", FieldType.STRING, "A note.", optional_column=True, empty=True, max_length=20),
    ),
    delimiters=(",", ";"),
)
HEADER = "code,name,count,amount,year,note"
GOOD = "13025,Mol,12,1.5,2024,ok"


def parse(*rows: str, header: str = HEADER, resource: Resource = THINGS, delimiter: str = ","):
    lines = [header, *rows]
    return parse_text("\n".join(line.replace(",", delimiter) for line in lines) + "\n", "t.csv", resource)


def found(table) -> list[tuple[str, int | None, int | None]]:
    return [(p.code.name, p.line, p.column) for p in table.problems]


def test_a_good_row_is_typed():
    table = parse(GOOD)
    assert found(table) == []
    (row,) = table.rows
    assert row.line == 2
    assert row.values == {
        "code": "13025",
        "name": "Mol",
        "count": 12,
        "amount": D("1.5"),
        "year": 2024,
        "note": "ok",
    }
    assert table.raw_rows == 1


def test_header_missing_unknown_and_repeated_columns():
    table = parse("13025,Mol,12,1.5", header="code,name,count,amount")  # no year
    assert [(p.code.name, p.message("en")) for p in table.problems] == [("C301", "missing column 'year'")]
    table = parse(GOOD + ",x", header=HEADER + ",extra")
    assert found(table) == [("C302", 1, len(HEADER) + 2)]  # the column where 'extra' starts
    assert table.problems[0].message("en") == "unknown column 'extra'"
    table = parse(GOOD + ",x", header=HEADER + ",name")
    assert [(p.code.name, p.message("en")) for p in table.problems] == [
        ("C302", "column 'name' appears twice")
    ]
    assert table.rows == []  # a broken header: no row is read


def test_an_optional_column_may_be_left_out():
    table = parse("13025,Mol,12,1.5,2024", header="code,name,count,amount,year")
    assert found(table) == []
    assert "note" not in table.rows[0].values


def test_a_family_of_year_columns():
    header = (
        MUNICIPALITIES.fields[0].name
        + ",name_nl,arrondissement_nis,arrondissement_nl,province_nis,province_nl"
    )
    tail = "dwellings_census_2021,predecessor_nis_codes"
    row = "13025,Mol,13000,Turnhout,10000,Antwerpen,38793,19095,13025"
    table = parse(row, header=f"{header},population_2026,{tail}", resource=MUNICIPALITIES)
    assert found(table) == [] and table.rows[0].values["population_2026"] == 38793
    table = parse(
        row[: row.index(",38793")] + ",19095,13025", header=f"{header},{tail}", resource=MUNICIPALITIES
    )
    assert [(p.code.name, p.message("en")) for p in table.problems] == [
        ("C301", "missing columns such as population_2026 (one per year)")
    ]
    table = parse(row, header=f"{header},population_1899,{tail}", resource=MUNICIPALITIES)
    assert [(p.code.name, p.message("en")) for p in table.problems] == [
        ("C320", "column 'population_1899': the year is not between 1900 and 2100")
    ]


def test_ragged_rows():
    table = parse(GOOD + ",extra", "13025,Mol,12")
    assert [(p.code.name, p.line, p.message("en")) for p in table.problems] == [
        ("C315", 2, "row has 7 cells, the header has 6"),
        ("C315", 3, "row has 3 cells, the header has 6"),
    ]
    # cells left off at the end are fine when their columns may be empty (amount and note)
    table = parse("13025,Mol,12,1.5,2024", "13025,Mol,12,,2024")
    assert found(table) == []
    assert [r.values["note"] for r in table.rows] == [None, None]


@pytest.mark.parametrize(
    ("count", "code", "message"),
    [
        ("1001", "C320", "count 1,001 is above 1,000"),
        ("1" * 40, "C320", "count: 40 digits, more than it can be (at most 1,000)"),
        ("-5", "C305", "count is negative ('-5'); it must be 0 or more"),
        ("1.234", "C306", "count '1.234' has a thousands separator; write the number without it: 1234"),
        ("1 234", "C306", "count '1 234' has a thousands separator; write the number without it: 1234"),
        ("12,5", "C307", "count '12,5' has a decimal comma; it must be a whole number"),
        ("12.0", "C307", "count '12.0' has decimals; it must be a whole number"),
        ("veel", "C304", "count 'veel' is not a whole number"),
        ("", "C303", "empty cell in column count"),
    ],
)
def test_whole_numbers(count, code, message):
    cell = f'"{count}"' if "," in count else count
    table = parse(f"13025,Mol,{cell},1.5,2024,")
    assert [(p.code.name, p.line, p.column, p.message("en")) for p in table.problems] == [
        (code, 2, len("13025,Mol,") + 1, message)
    ]
    assert table.rows == []


def test_messages_are_dutch_by_default():
    (problem,) = parse("13025,Mol,1.234,1.5,2024,").problems
    assert (
        problem.message()
        == "count '1.234' heeft een scheidingsteken voor duizendtallen; schrijf het getal zonder: 1234"
    )
    assert problem.format() == (
        "t.csv:2:11: error C306 count '1.234' heeft een scheidingsteken voor duizendtallen; "
        "schrijf het getal zonder: 1234"
    )


@pytest.mark.parametrize(
    ("amount", "delimiter", "value"),
    [
        ("1.5", ",", D("1.5")),
        ("12.25", ";", D("12.25")),  # a point with two decimals is no thousands separator
        ("12,5", ";", D("12.5")),  # Excel with Belgian settings writes a decimal comma
        ('"12,5"', ",", D("12.5")),
        ("1234", ";", D(1234)),
        ("", ",", None),  # may be empty: not filled in
    ],
)
def test_numbers(amount, delimiter, value):
    row = delimiter.join(["13025", "Mol", "12", amount, "2024", ""])
    table = parse_text(HEADER.replace(",", delimiter) + "\n" + row + "\n", "t.csv", THINGS)
    assert found(table) == []
    assert table.rows[0].values["amount"] == value


@pytest.mark.parametrize(
    ("amount", "delimiter", "message"),
    [
        # '1.234' in a ';' file: Excel with Belgian settings would have written 1234 or 1,234
        ("1.234", ";", "amount '1.234' is ambiguous: a thousand or a fraction? Write 1234 or 1,234"),
        ('"1,234"', ",", "amount '1,234' is ambiguous: a thousand or a fraction? Write 1234 or 1.234"),
        ("veel", ",", "amount 'veel' is not a number"),
        (
            "1.000.000",
            ",",
            "amount '1.000.000' has a thousands separator; write the number without it: 1000000",
        ),
    ],
)
def test_ambiguous_and_bad_numbers(amount, delimiter, message):
    row = delimiter.join(["13025", "Mol", "12", amount, "2024", ""])
    table = parse_text(HEADER.replace(",", delimiter) + "\n" + row + "\n", "t.csv", THINGS)
    assert [(p.code.name, p.message("en")) for p in table.problems] == [
        ("C306" if "thousands" in message else "C319", message)
    ]


def test_number_bounds():
    table = parse(
        "13025,Mol,12,1000001,2024,", "13025,Mol,12,-1,2024,", "13025,Mol,12," + "9" * 21 + ",2024,"
    )
    assert [(p.code.name, p.line, p.message("en")) for p in table.problems] == [
        ("C320", 2, "amount 1,000,001 is above 1,000,000"),
        ("C305", 3, "amount is negative ('-1'); it must be 0 or more"),
        ("C320", 4, "amount: 21 digits, more than it can be (at most 1,000,000)"),
    ]


def test_a_minimum_above_zero():
    declared = Field("n", FieldType.INTEGER, "", minimum=10)
    with pytest.raises(CellProblem) as info:
        to_integer("5", declared)
    assert (info.value.code.name, info.value.key) == ("C320", "below")
    assert to_number("10", Field("n", FieldType.NUMBER, "", minimum=10)) == D(10)


@pytest.mark.parametrize(
    ("year", "code"),
    [("1899", "C320"), ("2101", "C320"), ("", "C303"), ("twintig", "C304"), ("2024.5", "C307")],
)
def test_years(year, code):
    table = parse(f"13025,Mol,12,1.5,{year},")
    assert [p.code.name for p in table.problems] == [code]


@pytest.mark.parametrize(
    ("name", "code", "message"),
    [
        ("=SUM(A1)", "C314", "name '=SUM(A1)' starts with '=', which a spreadsheet runs as a formula"),
        ("+Gent", "C314", "name '+Gent' starts with '+', which a spreadsheet runs as a formula"),
        ("-Gent", "C314", "name '-Gent' starts with '-', which a spreadsheet runs as a formula"),
        ("@Gent", "C314", "name '@Gent' starts with '@', which a spreadsheet runs as a formula"),
        ("Mol\x1b[31m", "C321", "name: control character '\\x1b' in the text; remove it"),
        ("Mol\x07", "C321", "name: control character '\\x07' in the text; remove it"),
        ("Mollenbeekveld", "C320", "name: text of 14 characters, longer than 10"),
    ],
)
def test_text_cells(name, code, message):
    table = parse(f"13025,{name},12,1.5,2024,")
    assert [(p.code.name, p.column) for p in table.problems] == [(code, 7)]
    assert table.problems[0].message("en").startswith(message)


def test_nis_codes():
    table = parse("3025,Mol,12,1.5,2024,")
    assert [(p.code.name, p.message("en")) for p in table.problems] == [
        ("C310", "code '3025' is not a five-digit NIS code")
    ]


def test_booleans_dates_and_code_lists():
    boolean = Field("b", FieldType.BOOLEAN, "")
    things = Resource(
        "t", "t", "t", (boolean, Field("d", FieldType.DATE, ""), Field("l", FieldType.NIS_CODE_LIST, ""))
    )
    table = parse("True,2025-01-01,11002;11007", "false,2025-01-01,13025", header="b,d,l", resource=things)
    assert found(table) == []
    assert [r.values for r in table.rows] == [
        {"b": True, "d": date(2025, 1, 1), "l": ("11002", "11007")},
        {"b": False, "d": date(2025, 1, 1), "l": ("13025",)},
    ]
    table = parse("ja,01/01/2025,11002;1107", header="b,d,l", resource=things)
    assert [(p.code.name, p.message("en")) for p in table.problems] == [
        ("C316", "b 'ja' must be True or False"),
        ("C316", "d '01/01/2025' is not a date (YYYY-MM-DD)"),
        ("C310", "l: '1107' is not a five-digit NIS code"),
    ]


def test_malformed_csv():
    table = parse('13025,"Mol,12,1.5,2024,')
    assert [p.code.name for p in table.problems] == ["C318"]
    table = parse('13025,"Mol\nCentrum",12,1.5,2024,', GOOD)
    assert [(p.code.name, p.line) for p in table.problems] == [("C318", 2)]
    assert [r.line for r in table.rows] == [4]  # the physical line, after the two of the quoted cell


def test_blank_lines_carry_no_data():
    table = parse(GOOD, "", ",,,,,", GOOD.replace("Mol", "Geel"))
    assert found(table) == []
    assert [r.line for r in table.rows] == [2, 5]


def test_a_header_without_rows():
    table = parse()
    assert [(p.code.name, p.line, p.message("en")) for p in table.problems] == [
        ("C322", 1, "the file has a header but no rows")
    ]


def test_separators():
    table = parse(GOOD, delimiter=";")
    assert found(table) == [] and table.delimiter == ";"
    table = parse(GOOD, delimiter="\t")  # tabs are not declared for this kind
    assert [(p.code.name, p.line, p.message("en")[:31]) for p in table.problems] == [
        ("F104", 1, "the file is separated by tab, n")
    ]
    table = parse(GOOD, delimiter=";", resource=Resource("x", "x", "x", THINGS.fields))  # only ','
    assert [p.code.name for p in table.problems] == ["F104"]
    assert "';'" in table.problems[0].message("en")


def test_read_table_reads_files(tmp_path):
    path = tmp_path / "things.csv"
    path.write_bytes(("\ufeff" + HEADER + "\r\n" + GOOD + "\r\n").encode())  # with a BOM and CRLF, as Excel
    table = read_table(path, THINGS)
    assert found(table) == []
    assert table.rows[0].values["note"] == "ok"
    assert read_table(tmp_path / "missing.csv", THINGS).problems[0].code.name == "F101"
    empty = tmp_path / "empty.csv"
    empty.write_text("\n \n", encoding="utf-8")
    assert [p.code.name for p in read_table(empty, THINGS).problems] == ["F102"]


def test_columns_count_characters_in_quoted_cells():
    table = parse('13025,"Mol, C",-3,1.5,2024,')
    (problem,) = table.problems
    assert (problem.code.name, problem.column) == ("C305", len('13025,"Mol, C",') + 1)
