"""File names and links of the site (site/paths.py): safe, unique, relative."""

from __future__ import annotations

from lekp_calc.site.paths import fold, link, slugs


def test_a_name_becomes_lower_case_ascii_words_joined_by_hyphens():
    assert fold("Beveren-Kruibeke-Zwijndrecht") == "beveren-kruibeke-zwijndrecht"
    assert fold("'s Gravenwezel") == "s-gravenwezel"
    assert fold("Ëke  (Nazareth)") == "eke-nazareth"


def test_hostile_names_give_safe_and_unique_slugs():
    named = [
        ("11001", "../../etc/passwd"),
        ("11002", "<script>alert(1)</script>"),
        ("11003", "CON"),
        ("11004", "Mol"),
        ("11005", "mol"),
        ("11006", "日本"),
        ("11007", "x" * 300),
        ("11008", "a\"b'c d?e#f"),
    ]
    found = slugs(named)
    assert found == {
        "11001": "etc-passwd",
        "11002": "script-alert-1-script",
        "11003": "con-11003",  # a name Windows reserves gets the code
        "11004": "mol",
        "11005": "mol-11005",  # taken: the code after it
        "11006": "11006",  # nothing left of the name: the code
        "11007": "x" * 60,
        "11008": "a-b-c-d-e-f",
    }
    assert len(set(found.values())) == len(named)
    assert all(set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-") for slug in found.values())


def test_links_are_relative_to_the_page():
    assert link("gemeente/mol.html", "provincie/antwerpen.html") == "../gemeente/mol.html"
    assert link("gemeente/mol.html", "index.html") == "gemeente/mol.html"
    assert link("index.html", "en/gemeente/mol.html") == "../../index.html"
    assert link("assets/site.css", "en/index.html") == "../assets/site.css"
