"""`lekp report`: one self-contained HTML page (or Markdown) of a gemeente."""

from __future__ import annotations

import re

from .common import HEMELWATER_NOTE, REALISATIONS, SEVEN, one_line_error


def test_report_is_self_contained(lekp, tmp_path):
    target = tmp_path / "mol.html"
    result = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>Lokaal Energie- en Klimaatpact: Mol</h1>" in html
    assert html.count('<svg class="chart"') == 14  # a chart per target of pact 2.1
    assert html.count("<svg") == 14 + 1  # and the locator map
    # The progress row of trees, cell by cell: target 38,701 x 1 (inwoners on 1 January 2025, the
    # year judged); realised 3,000 + 4,100 + 3,900 + 5,200 + 4,800 = 21,000; 21,000 / 38,701 =
    # 54.26 % -> 54,3 %; expected 38,701 x 5/10 = 19,350.5; gap 21,000 - 19,350.5 = +1,649.5;
    # still needed (38,701 - 21,000) / 5 years = 3,540.2 -> 3.541 a year, rounded up.
    row = (
        '<tr><td>Extra bomen (stuks)</td><td class="num">38.701</td>'
        '<td class="num">21.000</td><td class="num">54,3 %</td><td class="num opt opt-3">19.350,5</td>'
        '<td class="num opt opt-4">+1.649,5</td><td class="num opt opt-1">3.541</td>'
        '<td><span class="badge warn">op schema</span></td>'
    )
    assert row in re.sub(r' data-label="[^"]*"', "", html)  # (the name of its column, for a narrow screen)
    for external in ("<script", "<link", "src=", "url(http", "@import", 'href="http'):
        assert external not in html
    assert "break-inside: avoid" in html and "size: A4" in html
    assert [p.name for p in tmp_path.iterdir()] == ["mol.html"]


def test_html_is_the_default_even_on_stdout(lekp):
    result = lekp("report", "-g", "Mol")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "Geen realisatiebestand opgegeven: enkel de doelstellingen." in result.stdout


def test_general_support_of_the_province_antwerpen(lekp):
    mol = lekp("report", "-g", "Mol").stdout
    assert "Algemene ondersteuning door de provincie Antwerpen" in mol
    # quoted from the province's text, which the list of sources names with its address
    assert "geciteerd uit haar tekst ‘Aanbod ondersteuner LEKP’" in mol
    # the engagements too, LED lighting resting on a gemeente's page alone
    assert "Gemeente Hulshout, ‘Lokaal Energie- en Klimaatpact’ (secundaire bron)" in mol
    address = "https://www.vvsg.be/kennisitem/vvsg/provincie-antwerpen"
    assert f"Provincie Antwerpen, ‘Aanbod ondersteuner LEKP’: {address}" in mol
    gent = lekp("report", "-g", "Gent").stdout
    # Gent lies in Oost-Vlaanderen: no support of the provincie Antwerpen (its text stays a source of targets)
    assert "ondersteuning door de provincie Antwerpen" not in gent.lower()


def test_qualifying_notes_are_footnotes(lekp):
    html = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS).stdout
    footnotes = re.findall(r'<li id="([\w-]+)-note-(\d+)" value="\2">([^<]*)</li>', html)
    assert HEMELWATER_NOTE in [text for _, _, text in footnotes]
    # listed under the targets of werf 4 and under the progress, each list with ids of its own
    assert ("werf-4", HEMELWATER_NOTE) in [(table, text) for table, _, text in footnotes]
    assert ("progress", HEMELWATER_NOTE) in [(table, text) for table, _, text in footnotes]
    for table, number, _ in footnotes:
        section = html[: html.index(f'id="{table}-note-{number}"')]
        section = section[section.rindex(f'<table id="{table}"') :]
        assert f'<sup><a href="#{table}-note-{number}">{number}</a></sup>' in section  # its table links to it
    ids = re.findall(r' id="([^"]+)"', html)
    for target in re.findall(r'href="#([^"]+)"', html):
        assert ids.count(target) == 1, target  # every link leads to exactly one place


def test_markdown_report(lekp, tmp_path):
    target = tmp_path / "mol.md"
    result = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS, "-o", target)
    assert result.exit_code == 0, result.stderr
    md = target.read_text(encoding="utf-8")
    assert md.startswith("# Lokaal Energie- en Klimaatpact: Mol\n")
    assert "## Voortgang tot eind 2025" in md
    assert f"]: {HEMELWATER_NOTE}" in md
    # the rounding is said once, under the targets; the basis is among the key facts
    assert md.count("afronding: per doelstelling volgens de catalogus") == 1
    # the targets use the population of the year judged, 1 January 2025
    assert md.count("inwoners: 38.701 (op 1 januari 2025)") == 1
    assert md.index("## Samenvatting") < md.index("## Kerngegevens") < md.index("## Doelstellingen per werf")


def test_english(lekp):
    html = lekp("report", "-g", "Mol", "--lang", "en").stdout
    assert '<html lang="en">' in html
    assert "<h1>Local Energy and Climate Pact: Mol</h1>" in html


def test_records_follow_the_progress(library):
    report = library.report("Mol", realisaties=REALISATIONS)
    assert report.records() == library.progress("Mol", realisaties=REALISATIONS).records()
    assert library.report("Mol").records() == library.targets(["Mol"]).records()


def test_json_and_csv_are_refused(lekp):
    # The report is a page for people; its records are those of `lekp progress` / `lekp targets`.
    for fmt in ("json", "csv", "table"):
        line = one_line_error(lekp("report", "-g", "Mol", "-f", fmt), 2)
        assert line == f"lekp: fout: --format: '{fmt}' bestaat niet; kies uit: html, markdown"


def test_errors(lekp, tmp_path):
    assert one_line_error(lekp("report"), 2) == (
        "lekp: fout: --gemeente: zeg voor welke gemeenten: --gemeente NAAM, --provincie NAAM, "
        "--gemeenten-file BESTAND of --alle"
    )
    assert one_line_error(lekp("report", "-g", "Mol", "--tot", "2024"), 2).startswith("lekp: fout: --tot: ")
    assert one_line_error(lekp("report", "-g", "Moll"), 1).startswith("lekp: fout: onbekende gemeente 'Moll'")
    line = one_line_error(lekp("report", "-g", "Mol", "-o", tmp_path / "mol.txt"), 2)
    assert line.startswith("lekp: fout: --output: ") and ".html" in line


# --- one gemeente: the summary first, a locator map, the gemeente's own words ------------------


def _sections(html: str) -> list[str]:
    return re.findall(r'<section id="([^"]+)"', html)


def _section(html: str, key: str) -> str:
    start = html.index(f'<section id="{key}"')
    return html[start : html.index("</section>", start)]


def test_a_gemeente_report_opens_with_its_summary(lekp):
    html = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS).stdout
    sections = _sections(html)
    assert sections[0] == "summary"
    assert sections[1:3] == ["facts", "targets"]
    assert sections.index("progress-section") < sections.index("sources") == len(sections) - 1
    summary = _section(html, "summary")
    assert 'class="summary"' in summary
    assert "<dt>Beoordeeld</dt><dd>einde 2025</dd>" in summary
    # the population that judges, and why (issue 16)
    assert (
        "<dt>Inwoners</dt><dd>38.701 op 1 januari 2025 (het beoordeelde jaar; die bepaalt de doelen)</dd>"
    ) in summary
    # Mol at the end of 2025: bomen, renovaties and laadpunten on the path; hagen, natuurgroenperken,
    # fietspaden, ontharding and hemelwater behind; klimaattafels met (deadline 2024); five not reported.
    counts = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", summary))
    assert counts == {
        "doel al bereikt": "0", "op schema": "3", "achter op schema": "5", "gehaald op de termijn": "1",
        "niet gerapporteerd": "5",
    }  # fmt: skip
    # a status nobody has is left out, unless it is one of the four; no target of the file has gaps
    assert "niet gehaald op de termijn" not in counts and "met hiaten" not in counts


def test_a_locator_map_marks_the_gemeente_in_its_province(lekp, library):
    facts = _section(lekp("report", "-g", "Mol").stdout, "facts")
    caption = "<figcaption>Mol in de provincie Antwerpen</figcaption>"
    assert f'<figure class="map locator" id="locator">{caption}' in facts
    paths = re.findall(r'<path data-nis="(\d{5})" fill="([^"]+)"([^>]*)>', facts)
    drawn = {code: fill for code, fill, _ in paths}
    assert len(paths) == len(drawn)  # each gemeente once
    province = {m.nis_code for m in library.select(provincie="Antwerpen").municipalities}
    assert len(province) == 67 and province <= set(drawn)  # the map shows the whole province …
    assert "72020" in drawn and "38014" not in drawn  # … with its neighbour Lommel, but not De Panne
    marked = [(code, fill) for code, fill, rest in paths if "stroke=" in rest]
    assert marked == [("13025", "#cf222e")]  # Mol, in colour and outlined
    assert {drawn[code] for code in province - {"13025"}} == {"#d0d7de"}
    assert {fill for code, fill in drawn.items() if code not in province} == {"#f6f8fa"}  # paler outside
    # on paper there is no tooltip: the name is written on the map
    assert re.search(r'<text class="map-name" data-nis="13025" x="[\d.]+" y="[\d.]+">Mol</text>', facts)
    grondgebied = _section(lekp("report", "-g", "Mol", "--grondgebied", "2024").stdout, "facts")
    # Borsbeek (11007) is a gemeente of its own in the territory of 2024
    assert '<path data-nis="11007"' in grondgebied and '<path data-nis="13025"' in grondgebied


def test_the_sources_name_no_repository_path(lekp):
    sources = _section(lekp("report", "-g", "Mol", "--realisaties", REALISATIONS).stdout, "sources")
    assert "Bijlage: bronnen" in sources and "Gemeentegrenzen: Statbel" in sources
    for path in ("src/", ".yaml", ".csv", "/work", "lekp_calc"):
        assert path not in sources
    # 'data/' of this repository; Statbel's own addresses hold 'open-data/'
    assert not re.search(r"(?<![\w-])data/", sources)


def test_the_report_shows_remarks_yearly_amounts_and_far_projections(lekp):
    progress = _section(lekp("report", "-g", "Mol", "--realisaties", REALISATIONS).stdout, "progress-section")
    assert "Toelichting van de gemeente:" in progress
    assert "Extra bomen (2021): aanplant Gompel" in progress
    bomen = progress[progress.index('id="chart-bomen"') :]
    bomen = bomen[: bomen.index("</figure>")]
    assert "toelichting 2021: aanplant Gompel" in bomen  # beside its indicator too
    assert "per jaar: 2021 +3.000 · 2022 +4.100 · 2023 +3.900 · 2024 +5.200 · 2025 +4.800" in bomen
    hemelwater = progress[progress.index('id="chart-hemelwater"') :]
    # 800 / 5 a year: 2262
    assert "doel pas na 2050 bereikt aan het huidige tempo" in hemelwater[: hemelwater.index("</figure>")]


def test_the_report_draws_the_milestone(lekp, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("indicator,jaar,waarde\nenergievermogen,2021,500\nenergievermogen,2025,400\n", "utf-8")
    html = lekp("report", "-g", "Mol", "--realisaties", path).stdout
    chart = html[html.index('id="chart-energievermogen"') :]
    chart = chart[: chart.index("</figure>")]
    # 38,701 x 18 / 500 = 1,393.236 -> 1.393,2 kWp by the end of 2025
    assert '<circle class="milestone"' in chart and "<title>2025: 1.393,2</title>" in chart
    assert "waarvan tegen eind 2025" in _section(html, "progress-section")
    # without a milestone there is no such point
    bomen = html[html.index('id="chart-bomen"') :]
    assert 'class="milestone"' not in bomen[: bomen.index("</figure>")]


def test_a_negative_amount_is_shown_as_such(lekp, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("indicator,jaar,waarde\nhagen,2021,100\nhagen,2022,-30\n", encoding="utf-8")
    result = lekp("report", "-g", "Mol", "--realisaties", path)
    assert result.exit_code == 0, result.stderr
    assert "per jaar: 2021 +100 · 2022 -30" in result.stdout  # the minus as in every gap


def test_the_baseline_with_measured_figures(lekp, tmp_path):
    baseline = tmp_path / "basislijn.csv"
    baseline.write_text(
        "grootheid,jaar,waarde\nenergie,2019,4800\nenergie_jaar,2021,4601\nenergie_jaar,2022,4600\n",
        encoding="utf-8",
    )
    html = lekp("report", "-g", "Mol", "--realisaties", REALISATIONS, "--baseline", baseline).stdout
    assert _sections(html)[-2:] == ["baseline", "sources"]
    section = _section(html, "baseline")
    assert "Gemeten" in section
    # 4,601 within 4,601.457 (good); 4,600 above 4,505.286 (bad)
    assert re.search(r'<td class="num"( data-label="2021")?><span class="good">4\.601</span></td>', section)
    assert re.search(r'<td class="num"( data-label="2022")?><span class="bad">4\.600</span></td>', section)


# --- many gemeenten: a province on maps -----------------------------------------------------


def _maps(html: str) -> dict[str, str]:
    """The SVG of every map figure, by its figure id."""
    found = re.findall(r'<figure class="map(?: landscape)?" id="([^"]+)">(.*?)</figure>', html, re.DOTALL)
    return dict(found)


def _numbers(svg: str) -> dict[str, str]:
    """The number written on each gemeente of a map."""
    return dict(re.findall(r'<text class="map-number" data-nis="(\d+)"[^>]*>(\d+)</text>', svg))


def test_a_province_report(lekp, tmp_path, library):
    realisations = tmp_path / "realisaties.csv"
    realisations.write_text(SEVEN.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "antwerpen.html"
    result = lekp("report", "-p", "Antwerpen", "--realisaties", realisations, "-o", target)
    assert result.exit_code == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert "<h1>Lokaal Energie- en Klimaatpact: provincie Antwerpen</h1>" in html
    sections = _sections(html)
    assert sections == ["summary", "overview", "groups", "maps", "per-gemeente", "goals-section", "sources"]
    # with data: Mol, Geel, Dessel, Herenthout and Antwerpen
    assert "67, waarvan 5 met gegevens" in _section(html, "summary")
    maps = _maps(html)
    assert list(maps)[:2] == ["map-overview", "map-bomen"] and len(maps) == 1 + 14
    assert list(maps)[1:] == [f"map-{key}" for key in (
        "bomen", "hagen", "natuurgroenperken", "renovaties", "renovaties_fossielvrij", "klimaattafels",
        "energieprojecten", "energievermogen", "energiegemeenschap", "deelwagens", "laadpunten", "fietspaden",
        "ontharding", "hemelwater",
    )]  # fmt: skip
    members = {m.nis_code: m.name_nl for m in library.select(provincie="Antwerpen").municipalities}
    # every gemeente numbered, 1 to 67 in the order of their names, on every map
    alphabet = sorted(members.values(), key=str.casefold)
    for svg in maps.values():
        numbers = _numbers(svg)
        assert set(numbers) == set(members)
        assert {code: int(n) for code, n in numbers.items()} == {
            code: alphabet.index(name) + 1 for code, name in members.items()
        }
        drawn = set(re.findall(r'<path data-nis="(\d+)"', svg))
        assert set(members) <= drawn and "38014" not in drawn  # zoomed to the province: no De Panne
        assert 'class="legend"' in svg
    key = re.search(r'<ol class="map-key"[^>]*>(.*?)</ol>', _section(html, "overview")).group(1)
    assert re.findall(r"<li>([^<]+)</li>", key) == alphabet  # the key of the numbers, once
    assert "De nummers zijn die van de lijst bij het overzicht." in html
    paths = {code: (fill, title) for code, fill, title in re.findall(
        r'<path data-nis="(\d+)" fill="([^"]+)"[^>]*><title>([^<]*)</title>', maps["map-bomen"]
    )}  # fmt: skip
    # the class of the percent reached: < 25, 25-50, 50-75, 75-100, >= 100
    assert paths["13012"] == ("#006837", "Herenthout: 100 % (doel al bereikt)")
    assert paths["13025"] == ("#78c679", "Mol: 50 % (op schema)")
    assert paths["13006"] == ("#c2e699", "Dessel: 25 % (achter op schema)")  # 25 opens the second class
    assert paths["13008"] == ("#ffffcc", "Geel: 10 % (achter op schema)")
    assert paths["11002"][0].startswith("url(#") and paths["11002"][1] == "Antwerpen: niet gerapporteerd"
    assert paths["72020"] == ("#eaeef2", "Lommel: niet in dit rapport")  # a neighbour in Limburg: grey
    hagen = dict(re.findall(r'<path data-nis="(\d+)" fill="([^"]+)"', maps["map-hagen"]))
    assert hagen["11002"] == "#ffffcc"  # a reported 0 is coloured, not hatched
    assert hagen["13025"].startswith("url(#")  # Mol reported no hagen
    # every anchor of the page is unique (one legend per map, each with its own hatch)
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    for external in ("<script", "<link", "src=", "url(http", "@import", 'href="http'):
        assert external not in html
    assert set(re.findall(r"url\(([^)]*)\)", html)) <= {f"#{i}" for i in ids}  # only the page's own patterns


def test_a_province_report_of_the_2024_territory(lekp, tmp_path, synthetic_antwerpen):
    target = tmp_path / "antwerpen.html"
    args = ("report", "-p", "Antwerpen", "--realisaties", synthetic_antwerpen, "--grondgebied", "2024")
    result = lekp(*args, "-o", target)
    assert result.exit_code == 0, result.stderr
    maps = _maps(target.read_text(encoding="utf-8"))
    assert len(maps) == 15
    # 67 + Borsbeek and Zwijndrecht, gemeenten of their own before 2025, each numbered on every map
    assert all(len(_numbers(svg)) == 69 and "11007" in _numbers(svg) for svg in maps.values())


def test_the_records_of_a_province_report(library, synthetic_antwerpen):
    report = library.report(provincie="Antwerpen", realisaties=synthetic_antwerpen)
    assert report.targets is None
    progress = library.progress(provincie="Antwerpen", realisaties=synthetic_antwerpen)
    assert report.records() == progress.records()


def test_a_province_report_in_markdown(lekp, tmp_path):
    realisations = tmp_path / "realisaties.csv"
    realisations.write_text(SEVEN.read_text(encoding="utf-8"), encoding="utf-8")
    md = lekp("report", "-p", "Antwerpen", "--realisaties", realisations, "-f", "markdown").stdout
    assert md.startswith("# Lokaal Energie- en Klimaatpact: provincie Antwerpen\n")
    assert "<svg" not in md
    # the map of bomen is said in words: the median of [10, 25, 50, 100] is 37.5 %
    assert "Mediaan 37,5 % over de 4 gemeenten met gegevens voor elk jaar (van 67)" in md
    # the five tables of the spread share their four notes (hagen, energievermogen, deelwagens,
    # hemelwater): defined once, at the end of their section
    definitions = re.findall(r"^\[\^(\d+)\]: ", md, re.MULTILINE)
    assert sorted(definitions) == ["1", "2", "3", "4"]
    assert md.index("[^4]: ") < md.index("## Kaarten per doelstelling")


def test_many_gemeenten_errors(lekp, tmp_path):
    realisations = tmp_path / "realisaties.csv"
    realisations.write_text(SEVEN.read_text(encoding="utf-8"), encoding="utf-8")
    baseline = tmp_path / "basislijn.csv"
    baseline.write_text("grootheid,jaar,waarde\nco2,2015,1250.5\n", encoding="utf-8")
    args = ("report", "-p", "Antwerpen", "--realisaties", realisations, "--baseline", baseline)
    assert one_line_error(lekp(*args), 2) == "lekp: fout: --baseline: een basislijn hoort bij één gemeente"
    assert one_line_error(lekp("report", "-p", "Antwerpen", "--baseline", baseline), 2) == (
        "lekp: fout: --baseline: een basislijn hoort bij één gemeente"
    )
    line = one_line_error(lekp("report", "-p", "Antwerpen", "--tot", "2024"), 2)
    assert line.startswith("lekp: fout: --tot: ")


def test_a_province_targets_report(lekp, tmp_path, library):
    """Without realisations a province's report holds the targets of its gemeenten and their sums."""
    target = tmp_path / "antwerpen.html"
    result = lekp("report", "-p", "Antwerpen", "-o", target)
    assert result.exit_code == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert "<h1>Lokaal Energie- en Klimaatpact: provincie Antwerpen</h1>" in html
    assert "Doelstellingen per gemeente, met de inwoners op 1 januari 2026" in html
    assert _sections(html) == ["facts", "overview", "targets", "goals-section", "sources"]
    targets = _section(html, "targets")
    for werf in (1, 2, 3, 4):
        assert f'<table id="werf-{werf}"' in targets
    start = targets.index('<table id="werf-1"')
    werf1 = targets[start : targets.index("</table>", start)]
    rows = re.findall(r"<tr( class=\"total\")?><td[^>]*>([^<]+)</td>", werf1)
    assert len(rows) == 67 + 1 and rows[-1] == (' class="total"', "Totaal")  # a row per gemeente, the sum
    mol = re.search(r"<tr><td[^>]*>Mol</td><td[^>]*>([^<]+)</td>", werf1).group(1)
    assert mol == "38.793"  # 38,793 inwoners on 1 January 2026 x 1 tree
    inwoners = sum(m.population[2026] for m in library.select(provincie="Antwerpen").municipalities)
    total = re.search(r'<tr class="total"><td[^>]*>Totaal</td><td[^>]*>([^<]+)</td>', werf1).group(1)
    assert total == f"{inwoners:,}".replace(",", ".")  # the province's sum: 1 tree per inwoner
    maps = _maps(html)
    assert list(maps) == ["map-overview"] and len(_numbers(maps["map-overview"])) == 67
    sources = _section(html, "sources")
    assert "Aannames van lekp" in sources and "Gemeentegrenzen: Statbel" in sources
    md = lekp("report", "-p", "Antwerpen", "-f", "markdown").stdout
    assert md.startswith("# Lokaal Energie- en Klimaatpact: provincie Antwerpen\n")
    assert "| Mol | 38.793 |" in md


def test_a_report_of_every_gemeente(lekp, tmp_path):
    realisations = tmp_path / "realisaties.csv"
    realisations.write_text(SEVEN.read_text(encoding="utf-8"), encoding="utf-8")
    html = lekp("report", "--alle", "--realisaties", realisations).stdout
    maps = _maps(html)
    assert len(maps) == 15
    bomen = dict(re.findall(r'<path data-nis="(\d+)" fill="([^"]+)"', maps["map-bomen"]))
    assert len(bomen) == 285
    assert "#eaeef2" not in bomen.values()  # every gemeente is in the report: none is grey
    assert bomen["72020"] == "#31a354"  # Lommel, 75 %: 75-100
    assert bomen["73028"] == "#31a354"  # Herstappe, 80 %
    assert "285, waarvan 7 met gegevens" in _section(html, "summary")


def test_the_report_is_not_poured_onto_a_terminal(lekp, monkeypatch):
    monkeypatch.setattr("lekp_calc.cli.report.stdout_is_terminal", lambda: True)
    line = one_line_error(lekp("report", "-g", "Mol"), 2)
    assert line == (
        "lekp: fout: --output: het verslag is een HTML-pagina voor de browser; geef -o verslag.html "
        "(of -f markdown om het hier te lezen)"
    )
    assert lekp("report", "-g", "Mol", "-f", "markdown").exit_code == 0  # asked for: read it here
