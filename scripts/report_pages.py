"""Print lekp's reports on A4 as a user's browser does, count their pages and picture a page.

Usage:
  python scripts/report_pages.py [--out docs]
      writes the README's pictures: a printed page of each report (a gemeente's, a province's
      progress, a province's targets) as docs/report-*.png, and says how many pages each has
  python scripts/report_pages.py REPORT.html [--page N | --find TEXT] [-o PAGE.png] [--dpi D]
      prints REPORT.html to REPORT.pdf, says its number of pages, and pictures page N (or the
      first page that holds TEXT)

Printing is headless Chromium's "print to PDF" (A4 as the report's style asks, without the
browser's header and footer), as the tests in tests/render/test_html_print.py print; pages are
counted with pypdf (the test extra), and a page becomes a PNG with poppler's `pdftoppm`. The
province's realisations are INVENTED (scripts/generate_realisations.py), as in the tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MOL = REPO / "tests" / "data" / "realisaties_mol.csv"

# The README's pictures: (file, the arguments of `lekp report`, the text that finds the page shown).
PICTURES = (
    ("report-gemeente.png", ["-g", "Mol", "--realisaties", str(MOL)], "Voortgang op het einde van"),
    ("report-provincie.png", ["-p", "Antwerpen", "--realisaties", "{antwerpen}"], "Overzicht"),
    ("report-provincie-doelen.png", ["-p", "Antwerpen"], "Werf 1: Laten we een boom opzetten"),
)


def browser() -> str:
    """Debian's chromium, as the tests use it."""
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("report_pages.py: chromium is not installed (Debian: apt-get install chromium)")


def print_pdf(page: Path, pdf: Path, profile: Path) -> float:
    """Print `page` to `pdf` in headless chromium; the seconds it took."""
    command = [
        browser(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        page.resolve().as_uri(),
    ]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    seconds = time.perf_counter() - start
    if not pdf.exists():
        sys.exit(f"report_pages.py: chromium printed no PDF of {page}: {done.stderr.strip()[-500:]}")
    return seconds


def page_texts(pdf: Path) -> list[str]:
    """The text of every page of `pdf`."""
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(pdf).pages]


def picture(pdf: Path, number: int, png: Path, dpi: int) -> None:
    """Page `number` (1 for the first) of `pdf` as a PNG."""
    if shutil.which("pdftoppm") is None:
        sys.exit("report_pages.py: pdftoppm is not installed (Debian: apt-get install poppler-utils)")
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(number), "-l", str(number), "-singlefile", pdf, stem],
        check=True,
    )


def report(arguments: list[str], target: Path) -> Path:
    """`lekp report ARGUMENTS -o TARGET`, with the lekp of this Python."""
    command = [sys.executable, "-m", "lekp_calc", "report", *arguments, "-o", str(target)]
    subprocess.run(command, check=True, capture_output=True)
    return target


def invented_realisations(folder: Path, provincie: str | None) -> Path:
    """INVENTED realisations of a province (or of Flanders), as the tests make them."""
    name = (provincie or "vlaanderen").lower()
    target = folder / f"synthetic_{name}.csv"
    extra = ["--provincie", provincie] if provincie else []
    script = REPO / "scripts" / "generate_realisations.py"
    subprocess.run([sys.executable, str(script), *extra, "-o", str(target)], check=True, capture_output=True)
    return target


def first_page(texts: list[str], find: str) -> int:
    """The number (1 for the first) of the first page that holds `find`, after the first (whose table
    of contents names every section) when another does."""
    squeezed = "".join(find.split())
    found = [n for n, page in enumerate(texts, start=1) if squeezed in "".join(page.split())]
    if not found:
        sys.exit(f"report_pages.py: no page holds {find!r}")
    return next((n for n in found if n > 1), found[0])


def readme(out: Path, dpi: int) -> None:
    """The README's pictures, one printed page of each report."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lekp-pages-") as name:
        folder = Path(name)
        antwerpen = invented_realisations(folder, "Antwerpen")
        for index, (file, arguments, find) in enumerate(PICTURES):
            shown = [a.format(antwerpen=antwerpen) for a in arguments]
            page = report(shown, folder / f"report-{index}.html")
            pdf = page.with_suffix(".pdf")
            seconds = print_pdf(page, pdf, folder / "profile")
            texts = page_texts(pdf)
            number = first_page(texts, find)
            picture(pdf, number, out / file, dpi)
            size = (out / file).stat().st_size / 1000
            print(
                f"lekp report {' '.join(a.format(antwerpen=antwerpen.name) for a in arguments)}: "
                f"{len(texts)} pages, printed in {seconds:.1f} s; "
                f"page {number} -> {out / file} ({size:.0f} kB)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", nargs="?", type=Path, help="a report (.html); default: the README's")
    parser.add_argument("--page", type=int, help="the page to picture (1 for the first)")
    parser.add_argument("--find", help="picture the first page that holds this text")
    parser.add_argument("-o", "--output", type=Path, help="the PNG to write")
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="the folder of the README's pictures")
    parser.add_argument("--dpi", type=int, default=60, help="resolution of the PNG (default 60)")
    args = parser.parse_args()
    if args.report is None:
        readme(args.out, args.dpi)
        return
    pdf = args.report.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="lekp-profile-") as profile:
        seconds = print_pdf(args.report, pdf, Path(profile))
    texts = page_texts(pdf)
    print(f"{pdf}: {len(texts)} pages, printed in {seconds:.1f} s")
    if args.page or args.find or args.output:
        number = args.page or (first_page(texts, args.find) if args.find else 1)
        png = args.output or args.report.with_name(f"{args.report.stem}-{number}.png")
        picture(pdf, number, png, args.dpi)
        print(f"page {number} -> {png}")


if __name__ == "__main__":
    main()
