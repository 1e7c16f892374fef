"""data/datapackage.json (Frictionless Table Schema) stays in sync with the pydantic models."""

from __future__ import annotations

import csv
import json
import re

import pytest

from conftest import DATA
from lekp_calc.models import Merger, Municipality
from lekp_calc.validation import json_schema

PACKAGE = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = {r["name"]: r for r in PACKAGE["resources"]}

# How a model property is written in a CSV column.
CSV_TYPE = {"string": "string", "integer": "integer", "boolean": "boolean", "array": "string"}


def _header(path: str) -> list[str]:
    with (DATA / path).open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def _columns_of(name: str, header: list[str]) -> list[str]:
    """The CSV columns that hold model property `name` (population is one column per year)."""
    if name == "population":
        return [c for c in header if re.fullmatch(r"population_\d{4}", c)]
    return [name]


@pytest.mark.parametrize(
    ("resource", "model"),
    [("municipalities", Municipality), ("municipalities_2024", Municipality), ("mergers_2025", Merger)],
)
def test_schema_matches_model_and_file(resource, model):
    spec = RESOURCES[resource]
    fields = {f["name"]: f for f in spec["schema"]["fields"]}
    header = _header(spec["path"])
    assert list(fields) == header, "datapackage field order must be the CSV header"

    schema = json_schema(model)
    covered: list[str] = []
    for name, prop in schema["properties"].items():
        columns = _columns_of(name, header)
        assert columns, f"model field {name} has no column"
        # A mapping (population) is one integer column per year.
        column_prop = prop.get("additionalProperties", prop)
        for column in columns:
            field = fields[column]
            expected_type = "date" if column_prop.get("format") == "date" else CSV_TYPE[column_prop["type"]]
            assert field["type"] == expected_type, column
            constraints = field.get("constraints", {})
            assert constraints.get("required") is (name in schema["required"]), column
            assert constraints.get("minimum") == column_prop.get("minimum"), column
            length = (
                column_prop.get("minLength")
                if column_prop.get("maxLength") == column_prop.get("minLength")
                else None
            )
            if length is not None:
                # The model fixes the length; the file's pattern must be a code of that length.
                pattern = re.compile(constraints["pattern"])
                assert pattern.fullmatch("1" + "0" * (length - 1)), column
                assert not pattern.fullmatch("1" * (length - 1)), column
                assert not pattern.fullmatch("1" * (length + 1)), column
        covered.extend(columns)
    assert sorted(covered) == sorted(header), "every column is a model field"


def test_foreign_key_of_mergers_points_at_municipalities():
    keys = RESOURCES["mergers_2025"]["schema"]["foreignKeys"]
    assert keys == [
        {"fields": ["new_nis_code"], "reference": {"resource": "municipalities", "fields": ["nis_code"]}}
    ]
