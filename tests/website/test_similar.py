"""Similar gemeenten (site/similar.py): areas from the boundaries, distances on log scales."""

from __future__ import annotations

import math

import pytest

from lekp_calc.site.similar import Peer, areas, distance, similar


def test_the_areas_of_the_boundaries_add_up_to_flanders():
    found = areas("2025")
    assert len(found) == 285
    # the Flemish Region covers some 13,600 km²; the simplified boundaries come within 1 % of it
    assert sum(found.values()) == pytest.approx(13_600, rel=0.01)
    # Mol: 114.3 km² in Statbel's figures; Antwerpen with Borsbeek (2025): 204.5 + 3.9 km²
    assert found["13025"] == pytest.approx(114.3, rel=0.01)
    assert found["11002"] == pytest.approx(204.5 + 3.9, rel=0.01)


def test_the_distance_is_measured_on_log_scales():
    a = Peer("1", "A", "P", 10_000, 100.0)  # 100 per km²
    b = Peer("2", "B", "P", 20_000, 100.0)  # twice the inwoners, twice the density
    c = Peer("3", "C", "P", 10_000, 50.0)  # as many inwoners, twice the density
    # √(ln(10,000/20,000)² + ln(100/200)²) = √2 × ln 2
    assert distance(a, b) == pytest.approx(math.sqrt(2) * math.log(2))
    # √(0² + ln(100/200)²) = ln 2
    assert distance(a, c) == pytest.approx(math.log(2))
    assert distance(a, b) == pytest.approx(distance(b, a))


def test_the_closest_come_first_and_a_tie_goes_to_the_lower_code():
    peers = [
        Peer("10", "A", "P", 10_000, 100.0),
        Peer("20", "B", "P", 20_000, 100.0),  # √2 × ln 2 = 0.98 from A
        Peer("30", "C", "P", 10_000, 50.0),  # ln 2 = 0.69 from A
        Peer("40", "D", "P", 10_000, 200.0),  # ln 2 = 0.69 from A: a tie with C
    ]
    found = similar(peers, count=2)
    assert [p.nis_code for p, _ in found["10"]] == ["30", "40"]
    assert found["10"][0][1] == pytest.approx(math.log(2))


def test_mol_is_compared_with_gemeenten_of_its_size(library):
    site = library.site()
    page = site["gemeente/mol.html"].decode()
    table = page[page.index('id="similar"') :]
    table = table[table.index("<table") : table.index("</table>")]
    # the five closest, each a link to its page beside Mol's (gemeente/mol.html)
    assert table.count("<tr>") == 1 + 5
    assert table.count('<a href="') == 5
    assert '<a href="geel.html">Geel</a>' in table  # 42,650 inwoners on 109.9 km²: close to Mol
