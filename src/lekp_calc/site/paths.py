"""Where each file of the site lives, and the relative link from one file to another.

A gemeente's page is named after the gemeente (`gemeente/mol.html`): the name folded to
lower-case ASCII letters and digits, every other run of characters one hyphen
(`Beveren-Kruibeke-Zwijndrecht` → `beveren-kruibeke-zwijndrecht`, `'s Gravenwezel` →
`s-gravenwezel`). A name from a user's file can hold anything, so a slug is checked before it
is used: one that is empty, too long, a name Windows reserves (`con`, `nul` …) or taken by an
earlier gemeente gets the NIS code (five digits, checked when the data was read) instead of or
after it. Slugs are therefore safe as file names and in URLs, and unique.

Every link of the site is relative (`../gemeente/mol.html`), so the site works from any
sub-path of a web server and from `file://`.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Iterable

MAX_SLUG = 60
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_OTHER = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """A name as lower-case ASCII words joined by hyphens: 'Sint-Genesius-Rode' → 'sint-genesius-rode'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return _OTHER.sub("-", plain).strip("-")


def slugs(named: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A safe, unique slug per (code, name) pair, in the order given (the first keeps the plain name)."""
    found: dict[str, str] = {}
    taken: set[str] = set()
    for code, name in named:
        wanted = fold(name)[:MAX_SLUG].strip("-")
        if not wanted or wanted in _RESERVED or wanted in taken:
            wanted = f"{wanted}-{code}" if wanted else code
        if wanted in taken:  # a code twice: never, codes are unique; still never overwrite a page
            wanted = f"{wanted}-{len(taken)}"
        found[code] = wanted
        taken.add(wanted)
    return found


def link(target: str, source: str) -> str:
    """The relative address of the site's file `target` from the page `source` (both POSIX paths
    from the site's root): 'gemeente/mol.html' from 'provincie/antwerpen.html' is '../gemeente/mol.html'."""
    folder = posixpath.dirname(source) or "."
    return posixpath.relpath(target, folder)
