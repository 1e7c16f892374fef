"""The site's files (site/build.py, site/pages.py): complete, deterministic, relative, escaped, and
each download the bytes the command line writes for the same request."""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from lekp_calc import Lekp

from .conftest import EPOCH

GEMEENTE_BUDGET = 150_000  # bytes of a gemeente's page
START_BUDGET = 500_000


def tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_site_holds_every_page(built):
    for lang_root in ("", "en/"):
        assert (built / lang_root / "index.html").is_file()
        assert len(list((built / lang_root / "gemeente").glob("*.html"))) == 285
        assert len(list((built / lang_root / "provincie").glob("*.html"))) == 5
        # targets per gemeente (3 formats) and of every gemeente (3): 285 × 3 + 3
        assert len(list((built / lang_root / "download").iterdir())) == 285 * 3 + 3
    assert (built / ".lekp-site").is_file()
    assert (built / "data" / "datapackage.json").is_file()


def test_the_same_inputs_give_the_same_bytes(built, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    again = tmp_path / "again"
    Lekp().site(lang=["nl", "en"]).write(again)
    assert tree(again) == tree(built)


class Links(HTMLParser):
    """Every address a page refers to, and whether it is a link to a source (which nobody fetches)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "data") and value is not None:
                self.found.append((tag, name, value))


def test_every_internal_link_resolves_and_nothing_is_fetched_from_elsewhere(built):
    pages = [p for p in built.rglob("*.html")]
    assert len(pages) == 2 * (285 + 5 + 4)
    for page in pages:
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, _attribute, value in parser.found:
            parts = urlsplit(value)
            if parts.scheme or value.startswith("//"):
                # only a link a reader may follow (a source's address), never a resource the page loads
                assert tag == "a" and parts.scheme in ("http", "https"), (page, value)
                continue
            assert not value.startswith("/"), (page, value)  # every link relative
            if not parts.path:
                continue  # a fragment of the page itself
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), (page, value)
            assert built.resolve() in target.parents


def test_the_map_file_links_every_gemeente_to_its_page(built):
    svg = (built / "geo" / "kaart.svg").read_text(encoding="utf-8")
    hrefs = re.findall(
        r'<a id="a\d{5}" class="[^"]*" href="([^"]+)" target="_top"><title>([^<]+)</title>', svg
    )
    assert len(hrefs) == 285
    for href, title in hrefs:
        assert (built / "geo" / href).resolve().is_file()
        assert re.fullmatch(r"\d+ · .+", title)  # its number and its name: its accessible name
    assert svg.count("<view ") == 1 + 5 + 285  # Flanders, each province, each gemeente's locator
    # the outlines are in this one file only: no page repeats them
    mol = (built / "gemeente" / "mol.html").read_text(encoding="utf-8")
    assert "<path" not in mol
    assert 'data="../geo/kaart.svg#g-13025"' in mol


def test_page_sizes_stay_within_their_budgets(built):
    assert (built / "index.html").stat().st_size <= START_BUDGET
    largest = max((built / "gemeente").glob("*.html"), key=lambda p: p.stat().st_size)
    assert largest.stat().st_size <= GEMEENTE_BUDGET, largest


def test_the_language_links_lead_to_the_same_page(built):
    nl = (built / "gemeente" / "mol.html").read_text(encoding="utf-8")
    en = (built / "en" / "gemeente" / "mol.html").read_text(encoding="utf-8")
    assert '<a href="../en/gemeente/mol.html" hreflang="en" lang="en">English</a>' in nl
    assert '<a href="../../gemeente/mol.html" hreflang="nl" lang="nl">Nederlands</a>' in en
    assert '<html lang="en">' in en
    assert "Targets" in en and "Doelen" in nl


def _run_command(command: str, folder: Path) -> bytes:
    """Run the command line the site names beside a download, in a new process, and read its file."""
    words = shlex.split(command)
    assert words[0] == "lekp"
    output = words[words.index("-o") + 1]
    environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    done = subprocess.run(
        [sys.executable, "-m", "lekp_calc", *words[1:]],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return (folder / output).read_bytes()


@pytest.mark.parametrize(
    "download",
    [
        "download/mol-doelen.csv",
        "download/mol-doelen.json",
        "download/mol-doelen.xlsx",
        "en/download/antwerpen-doelen.xlsx",
        "download/vlaanderen-doelen.csv",
    ],
)
def test_a_download_is_what_the_command_line_writes(built, tmp_path, download):
    site = _site_commands()
    assert _run_command(site.commands[download], tmp_path) == (built / download).read_bytes()


def _site_commands():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        return Lekp().site(lang=["nl", "en"])


def test_mol_page_shows_its_targets_and_the_path_to_them(built):
    page = (built / "gemeente" / "mol.html").read_text(encoding="utf-8")
    # 38,793 inwoners on 1 January 2026 × 1 tree = 38.793 trees by 2030
    assert re.search(r"Extra bomen</td>.*?<td[^>]*>2030</td>.*?<td[^>]*>38\.793</td>", page, re.S)
    assert "Het pad naar elk doel" in page
    assert page.count('<figure class="chart"') == 14
    assert "mol-doelen.xlsx" in page
    assert "lekp targets -g 13025 --jaar 2026 --pact 2.1 --lang nl -o mol-doelen.csv" in page


HOSTILE = '<script>alert("x")</script> & "quotes" </script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "realisaties.csv"
    rows = ["nis_code,indicator,jaar,waarde,opmerking"]
    for year in range(2021, 2026):
        rows.append(f'13025,bomen,{year},1000,"{HOSTILE.replace(chr(34), chr(34) * 2)}"')
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_remark_from_a_user_file_is_escaped_everywhere(hostile):
    site = Lekp().site(realisaties=hostile)
    page = site["gemeente/mol.html"].decode()
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.count("<script") == 0  # a gemeente's page runs no script at all
    # the progress of Mol, judged to the end of 2025: 5 × 1,000 trees of 38,701 (2025) = 12.9 %
    assert "5.000" in page
    start = site["index.html"].decode()
    assert "realisaties.csv" in start


def test_a_gemeente_without_rows_has_no_progress_download(hostile):
    site = Lekp().site(realisaties=hostile)
    assert "download/mol-voortgang.csv" in site
    assert "download/geel-voortgang.csv" not in site
    page = site["gemeente/geel.html"].decode()
    assert "bevat niets over Geel" in page


def test_a_progress_download_is_what_the_command_line_writes(hostile, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = Lekp().site(realisaties=hostile)
    # the command names the file, not the folder it lay in when the site was built
    shutil.copy(hostile, tmp_path / "realisaties.csv")
    for name in ("download/mol-voortgang.csv", "download/mol-voortgang.json", "download/mol-voortgang.xlsx"):
        command = site.commands[name]
        assert "--realisaties realisaties.csv --tot 2025" in command
        assert _run_command(command, tmp_path) == site[name]
    assert str(hostile.parent) not in site["gemeente/mol.html"].decode()


def test_the_search_index_escapes_what_would_close_a_script(tmp_path):
    from lekp_calc.site.files import index_json

    raw = index_json([["</script><b>", "a\u2028b & c"]])
    assert "</script>" not in raw and "<b>" not in raw and "\u2028" not in raw and "&" not in raw
    assert raw == '[["\\u003c/script\\u003e\\u003cb\\u003e","a\\u2028b \\u0026 c"]]'
