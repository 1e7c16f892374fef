"""Finding gemeenten as people name them: names, codes, the 2025 mergers, deelgemeenten."""

from __future__ import annotations

import pytest

from lekp_calc.datafiles.load import load_municipalities
from lekp_calc.domain.model import Merger, Municipality, Territory
from lekp_calc.domain.names import closest, collation_key, normalize, sorted_names
from lekp_calc.domain.selection import MunicipalityData, Query, select
from lekp_calc.errors import InputError


@pytest.fixture(scope="module")
def data_2024():
    return load_municipalities(territory="2024")


@pytest.mark.parametrize("query", ["Mol", "mol", "MOL", " Mol ", "13025"])
def test_resolve_simple(data, query):
    resolution = data.resolve(query)
    assert resolution.municipality.nis_code == "13025"
    assert resolution.note is None


@pytest.mark.parametrize(
    ("query", "nis"),
    [
        ("Sint-Genesius-Rode", "23101"),
        ("sint genesius rode", "23101"),
        ("SINTGENESIUSRODE", "23101"),
        ("Nazareth-De Pinte", "44086"),
        ("nazareth de pinte", "44086"),
        ("Kapellen", "11023"),
    ],
)
def test_resolve_ignores_case_accents_spaces_hyphens(data, query, nis):
    assert data.resolve(query).municipality.nis_code == nis


def test_accents_are_folded():
    assert normalize("Kortrijk-Dutsel") == normalize("kortrijk dutsel")
    assert normalize("Zoë") == normalize("zoe")
    assert normalize("Sint-Genesius-Rode") == normalize("SINTGENESIUSRODE") == "sintgenesiusrode"


def test_closest_names():
    names = ["Mol", "Mollem", "Melle", "Gent"]
    # a whole name the query begins with (one letter too many) first, then the names that begin
    # with the query, then similar spellings
    assert closest("Moll", names) == ["Mol", "Mollem", "Melle"]
    assert closest("Gentt", names)[0] == "Gent"
    assert closest("Mo", names)[:2] == ["Mol", "Mollem"]  # no name ends the query: prefixes, A to Z
    assert closest("", names) == []
    assert closest("xyz", names) == []
    # three letters too many is no longer a slip of the finger: 'Molxyz' does not propose Mol first
    assert closest("Molxyz", ["Mol", "Molxyzabc"])[0] == "Molxyzabc"


def test_dutch_collation():
    # Written out as a Flemish list has them: a leading 's- or 't does not count ('s-Gravenwezel
    # under G), accents and case do not count, words are compared one by one (De Haan and De Panne
    # before Deerlijk), a hyphen separates words like a space.
    names = [
        "Deerlijk", "Zwevegem", "De Panne", "'s-Gravenwezel", "Écaussinnes", "Edegem", "De Haan", "Gent",
        "Sint-Niklaas", "Sinaai", "Sint Amands", "zoersel", "IJzendijke", "Ieper", "Geel",
    ]  # fmt: skip
    assert sorted_names(names) == [
        "De Haan", "De Panne", "Deerlijk", "Écaussinnes", "Edegem", "Geel", "Gent", "'s-Gravenwezel",
        "Ieper", "IJzendijke", "Sinaai", "Sint Amands", "Sint-Niklaas", "zoersel", "Zwevegem",
    ]  # fmt: skip
    assert collation_key("'t Hof")[0] == ("hof",)


def test_a_province_is_listed_alphabetically_names_in_the_order_given(data):
    province = [m.name_nl for m in select(data, province="Antwerpen").municipalities]
    assert province == sorted_names(province)
    assert province.index("Puurs-Sint-Amands") < province.index("Willebroek")  # NIS 12041 after 12040
    everything = [m.name_nl for m in select(data, everything=True).municipalities]
    assert everything[:2] == ["Aalst", "Aalter"] and len(everything) == 285
    named = [m.name_nl for m in select(data, ["Mol", "Geel", "Balen"]).municipalities]
    assert named == ["Mol", "Geel", "Balen"]  # the user's order: asked otherwise


@pytest.mark.parametrize(
    ("query", "nis", "name"),
    [
        ("Borsbeek", "11002", "Antwerpen"),
        ("11007", "11002", "Antwerpen"),
        ("Zwijndrecht", "46030", "Beveren-Kruibeke-Zwijndrecht"),
        ("kruibeke", "46030", "Beveren-Kruibeke-Zwijndrecht"),
        ("Kortessem", "71072", "Hasselt"),
        ("Moerbeke", "46029", "Lokeren"),
        ("Galmaarden", "23106", "Pajottegem"),
        ("71022", "71072", "Hasselt"),  # old code of Hasselt, which kept its name
    ],
)
def test_pre_2025_names_resolve_with_a_note(data, query, nis, name):
    resolution = data.resolve(query)
    assert resolution.municipality.nis_code == nis
    assert resolution.municipality.name_nl == name
    assert resolution.note is not None
    english, dutch = resolution.note.localize("en"), resolution.note.localize("nl")
    assert "1 January 2025" in english and name in english
    assert "1 januari 2025" in dutch and name in dutch


def test_merger_notes_in_words(data):
    note = data.resolve("Borsbeek").note
    assert (
        note.localize("en")
        == "Borsbeek (11007) has been part of Antwerpen (11002) since 1 January 2025; showing Antwerpen"
    )
    assert note.localize("nl") == (
        "Borsbeek (11007) maakt sinds 1 januari 2025 deel uit van Antwerpen (11002); Antwerpen wordt getoond"
    )
    assert data.resolve("71022").note.localize("en") == (
        "Hasselt has NIS code 71072 since 1 January 2025 (formerly 71022), after merging with Kortessem"
    )


def test_current_name_that_was_also_an_old_name_has_no_note(data):
    resolution = data.resolve("Hasselt")
    assert resolution.municipality.nis_code == "71072"
    assert resolution.note is None


def test_merged_population_equals_sum_of_predecessors(data):
    # Antwerpen in 2024 on the 2025 territory = Antwerpen 544,759 + Borsbeek 11,379.
    antwerpen = data.resolve("Antwerpen").municipality
    assert antwerpen.predecessor_nis_codes == ("11002", "11007")
    assert antwerpen.population[2024] == 544_759 + 11_379 == 556_138
    assert antwerpen.territory_changed
    assert not data.resolve("Mol").municipality.territory_changed
    assert data.merged_with(antwerpen) == ["Borsbeek"]


@pytest.mark.parametrize(
    ("query", "nis", "part"),
    [
        ("Wilrijk", "11002", "Wilrijk"),
        ("Deurne (Antwerpen)", "11002", "Deurne (Antwerpen)"),
        ("deurne antwerpen", "11002", "Deurne (Antwerpen)"),
        ("Deurne (Diest)", "24020", "Deurne (Diest)"),
        ("Kessel-Lo", "24062", "Kessel-Lo"),
        ("Vorst", "13053", "Vorst (Laakdal)"),  # the only Vorst in Flanders
    ],
)
def test_deelgemeenten_resolve_to_their_gemeente(data, query, nis, part):
    resolution = data.resolve(query)
    assert resolution.municipality.nis_code == nis
    name = resolution.municipality.name_nl
    assert (
        resolution.note.localize("en") == f"{part} is a part (deelgemeente) of {name} ({nis}); showing {name}"
    )


@pytest.mark.parametrize("query", ["Deurne", "Berchem", "Ruisbroek"])
def test_a_deelgemeente_name_of_two_gemeenten_is_not_guessed(data, query):
    # Deurne is in Antwerpen and in Diest: the short name alone names neither.
    with pytest.raises(InputError) as info:
        data.resolve(query)
    message = info.value.message("en")
    assert message.startswith(f"unknown gemeente '{query}'; did you mean {query} (")
    assert message.count(f"{query} (") == 2


def test_unknown_gemeente_suggests_closest(data):
    with pytest.raises(InputError) as info:
        data.resolve("Moll")
    assert info.value.message("en") == (
        "unknown gemeente 'Moll'; did you mean Mol, Mollem, Melle? (see `lekp gemeenten`)"
    )
    assert (
        str(info.value) == "onbekende gemeente 'Moll'; bedoelt u Mol, Mollem, Melle? (zie `lekp gemeenten`)"
    )
    with pytest.raises(InputError, match="NIS-code 99999"):
        data.resolve("99999")


def test_the_2024_territory_explains_a_2025_gemeente(data_2024):
    with pytest.raises(InputError) as info:
        data_2024.resolve("23106")  # Pajottegem's code
    assert "Galmaarden (23023), Gooik (23024), Herne (23032)" in info.value.message("en")
    with pytest.raises(InputError) as info:
        data_2024.resolve("Sint-Pieters-Kapelle (Pajottegem)")
    assert info.value.message("en") == (
        "Sint-Pieters-Kapelle (Pajottegem) is a part of Pajottegem (23106), which does not exist on the 2024 "
        "territory; name the gemeente it belonged to then"
    )
    assert data_2024.territory is Territory.T2024


def test_province_lookup(data):
    assert data.province("oost vlaanderen") == "Oost-Vlaanderen"
    assert data.province("40000") == "Oost-Vlaanderen"
    assert data.provinces() == [
        "Antwerpen",
        "Vlaams-Brabant",
        "West-Vlaanderen",
        "Oost-Vlaanderen",
        "Limburg",
    ]
    with pytest.raises(InputError) as info:
        data.province("Brabant")
    assert "choose one of: Antwerpen, Vlaams-Brabant" in info.value.message("en")


def test_search(data):
    found = data.search("sint-")
    assert "Sint-Niklaas" in [m.name_nl for m in found]
    parts: dict[str, list[str]] = {}
    for part in data.deelgemeenten:
        parts.setdefault(part.nis_code, []).append(part.name_nl)
    for gemeente in found:  # by its name, a pre-2025 name of its territory or a deelgemeente
        names = [
            gemeente.name_nl,
            *map(data.old_name, gemeente.predecessor_nis_codes),
            *parts.get(gemeente.nis_code, []),
        ]
        assert any("sint" in normalize(name) for name in names), gemeente.name_nl
    assert [m.name_nl for m in data.search("13025")] == ["Mol"]
    assert [m.name_nl for m in data.search("borsbeek")] == ["Antwerpen"]  # a pre-2025 name
    assert [m.name_nl for m in data.search("kessel-lo")] == ["Leuven"]  # a deelgemeente


def test_select_keeps_order_and_each_once(data):
    selection = select(data, ["Mol", "Geel", "13025", "Borsbeek", "Antwerpen"])
    assert [m.name_nl for m in selection.municipalities] == ["Mol", "Geel", "Antwerpen"]
    assert [note.key for note in selection.notes] == ["note.merged"]


def test_select_a_province_and_everything(data):
    selection = select(data, ["Gent"], province="Limburg")
    assert selection.municipalities[0].name_nl == "Gent"
    assert len(selection.municipalities) == 1 + 38
    assert len(select(data, everything=True).municipalities) == 285


def test_select_names_the_line_of_a_list_file(data):
    with pytest.raises(InputError) as info:
        select(data, [Query("Mol", "regio.txt:1"), Query("Moll", "regio.txt:2")])
    assert info.value.message("en").startswith("regio.txt:2: unknown gemeente 'Moll'")


def _municipality(nis, name, predecessors=()):
    return Municipality(
        nis, name, nis[:2] + "000", "A", "10000", "Antwerpen", {2026: 100}, 50, predecessors or (nis,)
    )


def test_data_of_a_user_file_names_it_in_errors():
    data = MunicipalityData([_municipality("13025", "Mol")], [], "mijn.csv")
    assert data.source_label == "mijn.csv"
    with pytest.raises(InputError) as info:
        data.resolve("Geel")
    assert info.value.message("en") == "unknown gemeente 'Geel' in mijn.csv (see `lekp gemeenten`)"
    shipped = MunicipalityData([_municipality("13025", "Mol")], [], "data/municipalities.csv", shipped=True)
    assert shipped.source_label == ""


def test_a_renamed_code_is_followed():
    # A mapping row whose old code differs from the new one, under the same name: the code changed.
    from datetime import date

    mergers = [
        Merger("71022", "Hasselt", "71000", "70000", "71072", "Hasselt", True, date(2025, 1, 1)),
        Merger("73040", "Kortessem", "73000", "70000", "71072", "Hasselt", True, date(2025, 1, 1)),
    ]
    data = MunicipalityData([_municipality("71072", "Hasselt", ("71022", "73040"))], mergers, "x.csv")
    assert data.resolve("71022").note.key == "note.code_changed"
    assert data.resolve("Kortessem").note.key == "note.merged"
    assert data.old_name("73040") == "Kortessem"
    assert data.old_name("99999") == "99999"
