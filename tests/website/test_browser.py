"""The site in a real browser: Playwright driving Debian's Chromium (never a downloaded browser),
over http from a server on localhost and from file://, without and with JavaScript.

Skipped when Playwright or Chromium is missing, unless LEKP_REQUIRE_BROWSER=1 (as `.ci/run`
sets), in which case their absence fails the tests.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest

REQUIRED = os.environ.get("LEKP_REQUIRE_BROWSER") == "1"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
]

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    if REQUIRED:
        raise
    pytest.skip("playwright is not installed", allow_module_level=True)

if not CHROMIUM.exists():
    if REQUIRED:
        pytest.fail("LEKP_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing", pytrace=False)
    pytest.skip("chromium is not installed", allow_module_level=True)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def server(built: Path) -> Iterator[str]:
    """The site served over http on localhost, under a sub-path (every link must be relative)."""
    parent = built.parent
    handler = functools.partial(_Quiet, directory=str(parent))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/{built.name}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(params=["http", "file"])
def base(request: pytest.FixtureRequest, built: Path, server: str) -> str:
    return server if request.param == "http" else built.as_uri() + "/"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def search(page: Page, base: str, typed: str) -> list[str]:
    page.goto(base + "index.html")
    box = page.locator("#search-box")
    box.fill(typed)
    return page.locator("#search-results li").all_inner_texts()


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("mol", "Mol (13025)"),
        ("13025", "Mol (13025)"),
        ("gravenwezel", "'s-Gravenwezel (deelgemeente) → Schilde"),
        ("Borsbeek", "Borsbeek (gemeente tot 2025) → Antwerpen"),
        ("BORSBEEK ", "Borsbeek (gemeente tot 2025) → Antwerpen"),
        ("sint genesius-rode", "Sint-Genesius-Rode (23101)"),
    ],
)
def test_the_search_finds_a_gemeente_as_the_command_line_does(page, base, typed, first):
    found = search(page, base, typed)
    assert found and found[0] == first


def test_the_search_leads_to_the_gemeente(page, base):
    search(page, base, "Borsbeek")
    page.locator("#search-results a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/gemeente/antwerpen.html")
    assert page.locator("h1").inner_text() == "Antwerpen"


def test_without_javascript_the_list_replaces_the_search(browser, base):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "index.html")
    assert not page.locator("#search").is_visible()
    page.get_by_role("link", name=re.compile("van A tot Z")).first.click()
    page.wait_for_load_state()
    entry = page.locator("li", has_text="Borsbeek").first
    assert "Antwerpen" in entry.inner_text()
    entry.get_by_role("link").click()
    page.wait_for_load_state()
    assert page.url.endswith("/gemeente/antwerpen.html")
    context.close()


def _map_frame(page: Page):
    """The map's document inside its `<object>` (from file:// the page itself cannot reach into it)."""
    page.wait_for_load_state("load")
    frame = next(frame for frame in page.frames if "kaart.svg" in frame.url)
    frame.wait_for_selector("g.shapes a", state="attached")
    return frame


def test_clicking_mol_on_the_antwerpen_map_opens_its_page(page, base):
    page.goto(base + "provincie/antwerpen.html")
    number = page.locator("ol.key li", has=page.get_by_role("link", name="Mol", exact=True)).get_attribute(
        "value"
    )
    frame = _map_frame(page)
    label = frame.locator("g.numbers text", has_text=re.compile(rf"^{number}$"))
    assert label.is_visible()
    box = label.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r".*/gemeente/mol\.html$"))
    assert page.locator("h1").inner_text() == "Mol"
    # 38,793 inwoners on 1 January 2026 × 1 tree = 38.793 trees by the end of 2030
    row = page.locator("tr", has=page.locator("td", has_text=re.compile(r"^Extra bomen"))).first
    cells = row.locator("td").all_inner_texts()
    assert "38.793" in cells and "2030" in cells
    assert "1 januari 2026" in page.locator("p.subtitle").inner_text()


def test_the_map_zooms_to_the_province_and_marks_the_gemeente(page, base):
    page.goto(base + "gemeente/mol.html")
    frame = _map_frame(page)
    fill = frame.evaluate("getComputedStyle(document.querySelector('#a13025 path')).fill")
    other = frame.evaluate("getComputedStyle(document.querySelector('#a13001 path')).fill")
    assert fill == "rgb(207, 34, 46)"  # marked
    assert other != fill
    numbers = frame.evaluate("getComputedStyle(document.querySelector('g.numbers')).display")
    assert numbers == "none"  # a locator needs no numbers
    assert frame.locator("#a13025").get_attribute("href") == "../gemeente/mol.html"


def test_the_map_links_are_reached_with_the_keyboard(page, base):
    page.goto(base + "provincie/antwerpen.html")
    _map_frame(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    for _ in range(12):
        page.keyboard.press("Tab")
        frame = next(f for f in page.frames if "kaart.svg" in f.url)
        inside = frame.evaluate("document.activeElement && document.activeElement.tagName")
        if inside == "a":
            break
    else:
        pytest.fail("the map's links were not reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/gemeente/[a-z0-9-]+\.html$"))


def test_a_crawler_finds_every_link_and_asset_inside_the_site(browser, server, built):
    """Every page from the start page on, in both languages: each link and asset resolves and
    no request leaves the site."""
    context = browser.new_context()
    outside: list[str] = []
    failed: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(server):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: failed.append(f"failed {r.url}") if r.url.startswith(server) else None)
    seen: set[str] = set()
    queue = [server + "index.html"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        page.goto(url, wait_until="load")
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            target, _ = urldefrag(href)
            if not target.startswith(server):
                assert urlsplit(target).scheme in ("http", "https"), (url, href)
                continue  # a source's address: a link to follow, never fetched by the page
            relative = target[len(server) :]
            assert (built / relative).is_file(), (url, href)
            if relative.endswith(".html") and target not in seen:
                queue.append(target)
    context.close()
    assert outside == []
    assert failed == []
    assert len(seen) == len(list(built.rglob("*.html")))


def _serious(page: Page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes']][:3]}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("root", ["", "en/"])
@pytest.mark.parametrize("path", ["index.html", "provincie/antwerpen.html", "gemeente/mol.html"])
def test_axe_finds_no_serious_violation(page, server, root, path):
    page.goto(server + root + path)
    _map_frame(page)
    assert _serious(page) == []
