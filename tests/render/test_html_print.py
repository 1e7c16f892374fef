"""The reports on paper and on a laptop's screen, in the headless chromium of
test_html_browser.py (skipped without it, unless LEKP_REQUIRE_BROWSER=1, as in CI).

Paper: chromium prints each report to PDF (A4, as a user's "Print" does, without the
browser's header and footer); pypdf reads the PDF back: its pages, their size, the text
of each page (NFKC, so that the font's "ﬁ" ligature reads as "fi") and its links. What is
asserted:

- every page is A4, upright or (for a wide table or a map of Flanders) across;
- the number of pages stays within the budget (a gemeente 16, measured 14; a province of 67
  gemeenten 30; all 285 gemeenten 100; with or without realisations);
- every table is on paper whole: on the page of its first row stand its title, every word of
  every column header whole (a word cut by the layout is two pieces of text, neither the
  word) and the first row's value in every column;
- no line that is only true on a screen is printed; each note of a province report is
  printed once; a chart or map keeps its caption and its text on one page;
- every internal link of the page leads to exactly one element, and every link of the PDF
  to a destination in it.

Screen: the province report at 1280 px (a laptop) shows its distribution tables whole,
without a scroll bar; at 800 px they show each row as a block and say so; the line that
announces hidden columns shows exactly when a column is hidden. Reports number their
headings in order (no level skipped). The realisations are INVENTED
(scripts/generate_realisations.py).
"""

from __future__ import annotations

import html
import itertools
import json
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdf  # the test extra: the PDF's pages, text and links
import pytest

from lekp_calc.messages import text

from .helpers import REALISATIONS
from .test_html_browser import HARNESS, chromium, write_report

A4 = (595.3, 841.9)  # points
BUDGET = {"gemeente": 16, "province": 30, "province_targets": 30, "flanders": 100, "flanders_targets": 100}


@dataclass
class Printed:
    """A report and its printout."""

    page: Path
    html: str
    texts: list[str]  # per page
    sizes: list[tuple[float, float]]
    seconds: float
    links: list[str]  # the destination of every link annotation
    destinations: dict[str, int]  # named destination -> page index


def plain(value: str) -> str:
    return unicodedata.normalize("NFKC", html.unescape(value))


def squeezed(value: str) -> str:
    """Without any white space: a text the layout wrapped over lines still matches."""
    return re.sub(r"\s+", "", plain(value))


def print_report(page: Path, folder: Path) -> Printed:
    pdf = folder / f"{page.stem}.pdf"
    start = time.perf_counter()
    done = chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri(), profile=folder / "p")
    seconds = time.perf_counter() - start
    assert pdf.exists(), done.stderr
    reader = pypdf.PdfReader(pdf)
    index = {id(p.get_object()): i for i, p in enumerate(reader.pages)}
    pages = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    destinations = {}
    for name, found in reader.named_destinations.items():
        ref = found.page
        destinations[name.lstrip("/")] = pages.get(getattr(ref, "idnum", -1), index.get(id(ref), -1))
    links = []
    for p in reader.pages:
        for reference in p.get("/Annots", []):
            annotation = reference.get_object()
            if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
                links.append(str(annotation["/Dest"]).lstrip("/"))
    return Printed(
        page,
        page.read_text(encoding="utf-8"),
        [plain(p.extract_text()) for p in reader.pages],
        [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages],
        seconds,
        links,
        destinations,
    )


@pytest.fixture(scope="module")
def documents(tmp_path_factory, synthetic_antwerpen, synthetic_flanders) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    return {
        "gemeente": write_report(folder / "mol.html", "-g", "Mol", "--realisaties", str(REALISATIONS)),
        "province": write_report(
            folder / "antwerpen.html", "-p", "Antwerpen", "--realisaties", str(synthetic_antwerpen)
        ),
        "province_targets": write_report(folder / "antwerpen-doelen.html", "-p", "Antwerpen"),
        "flanders": write_report(
            folder / "vlaanderen.html", "--alle", "--realisaties", str(synthetic_flanders)
        ),
        "flanders_targets": write_report(folder / "vlaanderen-doelen.html", "--alle"),
    }


@pytest.fixture(scope="module")
def printed(documents, tmp_path_factory) -> dict[str, Printed]:
    folder = tmp_path_factory.mktemp("printed")
    return {name: print_report(page, folder) for name, page in documents.items()}


DOCUMENTS = list(BUDGET)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_page_is_a4(printed, name):
    sizes = printed[name].sizes
    assert sizes
    for width, height in sizes:
        assert sorted((width, height)) == pytest.approx(sorted(A4), abs=1.5)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_printout_stays_within_its_page_budget(printed, name):
    assert 1 < len(printed[name].texts) <= BUDGET[name]


def test_wide_tables_and_maps_of_flanders_get_landscape_pages(printed):
    def across(name: str) -> list[bool]:
        return [width > height for width, height in printed[name].sizes]

    # The gemeente's progress table fits a portrait page since its units moved into the labels
    # (issue 17, the terminal's half): its pages are portrait, as long as nothing else is wider.
    assert not all(across("gemeente"))
    assert any(across("province")) and not across("province")[0]
    assert sum(across("flanders")) > 15  # the 15 maps of Flanders, and the wide tables


def _tables(document: str) -> list[dict]:
    """Every table of a page: its title, header texts and the texts of its first row."""
    found = []
    pattern = r"(?:<h(\d)>([^<]*)</h\1>\s*(?:<div class=\"scroll\">)?)?<table[^>]*>(.*?)</table>"
    for match in re.finditer(pattern, document, re.DOTALL):
        body = match.group(3)
        heads = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<th[^>]*>(.*?)</th>", body)]
        first = re.search(r"<tbody>\s*<tr[^>]*>(.*?)</tr>", body, re.DOTALL)
        cells = [
            re.sub(r"<sup>.*?</sup>|<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", first[1])
        ]
        found.append({"title": match.group(2) or "", "heads": heads, "first": cells})
    return found


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_table_is_whole_on_paper(printed, name):
    """On the page of its first row: its title, each word of each header whole, and every column's value."""
    document = printed[name]
    pages = [squeezed(t) for t in document.texts]
    words = [set(t.split()) for t in document.texts]
    cursor = 0
    tables = _tables(document.html)
    assert tables
    for table in tables:
        # the page of the first row: with the value of every column, and the table's title
        row = [squeezed(cell) for cell in table["first"]]
        title = squeezed(table["title"])
        on = [i for i in range(cursor, len(pages)) if title in pages[i] and all(c in pages[i] for c in row)]
        assert on, (name, table["title"], table["first"])
        cursor = on[0]
        for head in table["heads"]:
            for word in plain(head).split():
                # whole, or broken only after the hyphen of a compound ("hernieuwbare-|energieprojecten")
                whole = word in words[cursor] or all(
                    piece in words[cursor] for piece in re.split(r"(?<=-)(?=\w)", word)
                )
                assert whole, (name, table["title"], head, word)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_line_meant_for_a_screen_is_printed(printed, name):
    document = printed[name]
    everything = squeezed(" ".join(document.texts))
    for key in ("html.columns_hidden", "html.rows_as_blocks"):
        line = text(key, "nl")
        assert squeezed(line)[:40] not in everything  # it is in the page, for narrow screens …
    assert "cols-hidden" in document.html or "as-blocks" in document.html  # … that some document has
    assert "Beweeg over een gemeente" not in document.html  # no tooltip on paper


def test_each_note_of_a_province_report_is_printed_once(printed):
    document = printed["province"]
    everything = squeezed(" ".join(document.texts))
    notes = re.findall(r'<li id="[^"]+-note-\d+" value="\d+">([^<]+)</li>', document.html)
    assert len(notes) == len(set(notes)) == 4  # hagen, energievermogen, deelwagens and hemelwater
    for note in notes:
        assert everything.count(squeezed(note)) == 1, note


@pytest.mark.parametrize("name", ["gemeente", "province", "flanders"])
def test_charts_and_maps_keep_their_caption_and_text_on_one_page(printed, name):
    document = printed[name]
    pages = [squeezed(t) for t in document.texts]
    figures = re.findall(r"<figure[^>]*><figcaption>([^<]*)</figcaption>.*?(?:<p>([^<]*)</p>)?</figure>",
                         document.html, re.DOTALL)  # fmt: skip
    assert len(figures) >= 15
    cursor = 0
    for caption, words in figures:
        if not words:
            continue
        # a page holds the figure's caption and the beginning of its text: the figure is not cut in
        # two (both are looked for together: two targets not reported can begin their texts alike)
        on = [
            i
            for i in range(cursor, len(pages))
            if squeezed(words)[:60] in pages[i] and squeezed(caption) in pages[i]
        ]
        assert on, caption
        cursor = on[0]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_internal_link_leads_to_one_place(printed, name):
    document = printed[name]
    ids = re.findall(r' id="([^"]+)"', document.html)
    targets = re.findall(r'href="#([^"]+)"', document.html)
    assert targets  # the contents at least
    for target in targets:
        assert ids.count(target) == 1, target
    # on paper: the PDF's links lead to its own destinations, each on a page
    assert len(document.links) >= len(re.findall(r'<nav class="contents".*?</nav>', document.html, re.DOTALL))
    for link in document.links:
        assert link in document.destinations, link
        assert 0 <= document.destinations[link] < len(document.texts), link


def test_the_contents_lead_to_their_pages(printed):
    document = printed["province"]
    contents = re.search(r'<nav class="contents".*?</nav>', document.html, re.DOTALL).group(0)
    entries = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', contents)
    assert [title for _, title in entries][:2] == ["Samenvatting", "Overzicht"]
    for target, title in entries:
        page = document.destinations[target]
        assert squeezed(title) in squeezed(document.texts[page]), (target, title, page)


def test_every_gemeente_can_be_found_on_the_printed_maps(printed, library):
    document = printed["province"]
    names = [m.name_nl for m in library.select(provincie="Antwerpen").municipalities]
    overview = next(i for i, t in enumerate(document.texts) if "Overzicht" in t.split("\n")[0])
    key = squeezed(" ".join(document.texts[overview : overview + 2]))
    for number, name in enumerate(sorted(names, key=str.casefold), start=1):
        assert f"{number}.{squeezed(name)}" in key, name  # the key lists the number of every gemeente


@pytest.mark.parametrize("name", DOCUMENTS)
def test_headings_follow_in_order(documents, name):
    levels = [
        int(level) for level in re.findall(r"<h([1-6])[ >]", documents[name].read_text(encoding="utf-8"))
    ]
    assert levels[0] == 1 and levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels


# --- the screen: a laptop of 1280 px and a narrow window of 800 px ------------------------------

SCREEN = """<script>
addEventListener('load', () => {
  const shown = el => getComputedStyle(el).display !== 'none';
  const tables = [...document.querySelectorAll('table')].map(table => {
    const box = table.closest('div.scroll');
    const note = table.closest('section, main').querySelectorAll('p.cols-hidden, p.as-blocks');
    let after = table.parentElement === box ? box.nextElementSibling : table.nextElementSibling;
    const notes = [];
    while (after && after.matches('p.cols-hidden, p.as-blocks')) {
      notes.push({kind: after.classList.contains('as-blocks') ? 'blocks' : 'hidden', shown: shown(after)});
      after = after.nextElementSibling;
    }
    return {
      id: table.id, right: table.getBoundingClientRect().right,
      scroll: box ? box.scrollWidth - box.clientWidth : 0,
      row: getComputedStyle(table.querySelector('tbody tr')).display,
      hidden: [...table.querySelectorAll('thead th')].filter(th => !shown(th)).length,
      cells: [...table.querySelectorAll('tbody td')].filter(td => !shown(td)).length,
      notes: notes,
    };
  });
  parent.postMessage(JSON.stringify({viewport: document.documentElement.clientWidth,
    page: document.documentElement.scrollWidth, tables: tables}), '*');
});
</script>"""


def on_screen(page: Path, width: int, folder: Path) -> dict:
    """How each table of `page` is laid out in a window `width` px wide."""
    copy = folder / f"screen-{width}-{page.name}"
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", SCREEN + "</body>"), encoding="utf-8")
    harness = folder / f"harness-{width}-{page.name}"
    harness.write_text(HARNESS.format(page=copy.name, width=width), encoding="utf-8")
    done = chromium(f"--window-size={width + 40},1000", "--virtual-time-budget=10000", "--dump-dom",
                    harness.as_uri(), profile=folder / "p")  # fmt: skip
    found = re.search(r'<pre id="measure">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found, done.stderr[-2000:]
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def screens(documents, tmp_path_factory) -> dict[tuple[str, int], dict]:
    folder = tmp_path_factory.mktemp("screens")
    return {
        (name, width): on_screen(documents[name], width, folder)
        for name in ("gemeente", "province")
        for width in (1280, 800)
    }


def test_the_distribution_fits_a_laptop_screen(screens):
    layout = screens["province", 1280]
    assert layout["viewport"] >= 1200
    groups = [t for t in layout["tables"] if t["id"].startswith(("selection", "size-"))]
    assert len(groups) == 5  # the province, and its four size classes
    for table in groups:
        assert table["scroll"] == 0, table["id"]  # no scroll bar: the last quartile is in view
        assert table["right"] <= layout["viewport"], table["id"]
        assert table["row"] == "table-row" and table["hidden"] == 0 and table["cells"] == 0
        assert all(not note["shown"] for note in table["notes"])  # nothing to announce
    assert layout["page"] <= layout["viewport"]


def test_a_narrower_window_lays_the_distribution_out_as_blocks_and_says_so(screens):
    layout = screens["province", 800]
    groups = [t for t in layout["tables"] if t["id"].startswith(("selection", "size-"))]
    assert len(groups) == 5
    for table in groups:
        assert table["row"] == "block", table["id"]  # each row a block …
        assert table["cells"] == 0, table["id"]  # … that shows every number, the quartiles too
        assert table["right"] <= layout["viewport"] and table["scroll"] == 0
        assert {"kind": "blocks", "shown": True} in table["notes"]  # and a line says so
    assert layout["page"] <= layout["viewport"]


@pytest.mark.parametrize("name", ["gemeente", "province"])
@pytest.mark.parametrize("width", [1280, 800])
def test_the_note_on_hidden_columns_shows_exactly_when_columns_are_hidden(screens, name, width):
    layout = screens[name, width]
    for table in layout["tables"]:
        hidden = [note["shown"] for note in table["notes"] if note["kind"] == "hidden"]
        if table["hidden"]:
            assert hidden and any(hidden), table["id"]  # never a column gone without a word
        else:
            assert not any(hidden), table["id"]  # never a word without a column gone
    if name == "gemeente":
        (progress,) = [t for t in layout["tables"] if t["id"] == "progress"]
        assert bool(progress["hidden"]) == (width == 800)  # 'Verwacht' and 'Verschil' go below 70rem
