"""data/datapackage.json and the README's column tables are generated from schema.py and stay so."""

from __future__ import annotations

import csv
import json

from conftest import DATA, REPO
from lekp_calc.datafiles import datapackage
from lekp_calc.datafiles.schema import MUNICIPALITIES, RESOURCES


def test_committed_datapackage_equals_the_generated_one():
    committed = (DATA / "datapackage.json").read_text(encoding="utf-8")
    assert committed == datapackage.text(DATA), "run: python scripts/build_datapackage.py --write"


def test_readme_column_tables_equal_the_generated_ones():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme == datapackage.replace_readme(readme), (
        "run: python scripts/build_datapackage.py --write"
    )


def test_every_shipped_csv_has_a_resource_whose_fields_are_its_header():
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    by_path = {r["path"]: r for r in package["resources"] if r["path"].endswith(".csv")}
    shipped = sorted(path.name for path in DATA.glob("*.csv"))
    assert sorted(by_path) == shipped
    for path, resource in by_path.items():
        with (DATA / path).open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert [f["name"] for f in resource["schema"]["fields"]] == header


def test_population_columns_are_declared_by_their_pattern():
    package = datapackage.build(DATA)
    municipalities = next(r for r in package["resources"] if r["path"] == "municipalities.csv")
    fields = {f["name"]: f for f in municipalities["schema"]["fields"]}
    # one integer column per year 2019..2026, each bounded like the declaration
    years = [name for name in fields if name.startswith("population_")]
    assert years == [f"population_{year}" for year in range(2019, 2027)]
    assert fields["population_2026"]["type"] == "integer"
    assert fields["population_2026"]["constraints"] == {
        "required": True,
        "minimum": 0,
        "maximum": 100_000_000,
    }
    assert fields["nis_code"]["constraints"]["unique"] is True


def test_the_readme_documents_every_column_of_every_kind():
    tables = datapackage.markdown_tables()
    for resource in RESOURCES:
        assert f"**{resource.name}**" in tables
        for field in resource.fields:
            assert f"| `{field.name}` |" in tables
    assert "| `population_YYYY` |" in tables
    assert MUNICIPALITIES.field("population_2031") is not None  # a patterned name is declared


def test_every_data_file_names_its_sources_and_licences():
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    assert "licenses" not in package  # one licence for all would be wrong: they differ per file
    by_path = {r["path"]: r for r in package["resources"]}
    data_files = {p.name for p in DATA.iterdir() if p.suffix in (".csv", ".json", ".yaml")}
    shipped = data_files - {"datapackage.json"}
    assert set(by_path) == shipped
    for path, resource in by_path.items():
        assert resource["sources"] and resource["licenses"], path
        for source in resource["sources"]:
            assert source["title"] and source["path"].startswith(("https://", "http://")), (path, source)
        assert any(source["role"] == "primary" for source in resource["sources"]), path
        for licence in resource["licenses"]:
            assert licence["name"] and licence["title"], (path, licence)
        # every column names its sources, among the resource's own
        ids = {source["id"] for source in resource["sources"]}
        for field in resource.get("schema", {}).get("fields", []):
            assert field["sources"] and set(field["sources"]) <= ids, (path, field["name"])
    population = next(
        f for f in by_path["municipalities.csv"]["schema"]["fields"] if f["name"] == "population_2025"
    )
    assert population["sources"][0] == "statbel-population"  # Statbel first, the transcriptions after
    assert [lic["name"] for lic in by_path["boundaries.json"]["licenses"]] == ["Statbel-open-data"]
