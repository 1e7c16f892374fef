"""Matching names as people type them (without regard to case, accents, spaces or hyphens),
and sorting them as a Fleming expects.

Sorting (`collation_key`), as Flemish lists of gemeenten do:

- case and accents do not count ('Écaussinnes' beside 'Ecaussinnes');
- a leading article of the old genitive does not count: "'s-Gravenwezel" sorts under G and
  "'t Hof" under H, as a Dutch dictionary sorts "'s-Hertogenbosch";
- every other word counts, articles included: "De Panne" sorts under D; names are compared
  word by word, a hyphen separating words like a space, so "De Haan" and "De Panne" come
  before "Deerlijk" and "Sint-Amands" before "Sint-Niklaas" (within a word, letter by letter:
  "Sinaai" before "Sint-Amands"); 'IJ' is the letters i and j, as in Flemish dictionaries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_GENITIVE = re.compile(r"^['’‘](s|t)[\s-]+", re.IGNORECASE)


def normalize(name: str) -> str:
    """Fold a name for matching: 'Sint-Genesius-Rode' == 'sint genesius rode' == 'SINTGENESIUSRODE'."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)  # 'ë' -> 'e' + a combining mark, dropped below
    return "".join(filter(str.isalnum, name)).casefold()


def match_key(typed: str, keys: Iterable[str]) -> str | None:
    """The one key `typed` names when case, accents, spaces, hyphens and underscores are ignored
    ('Bomen', 'renovaties fossielvrij'); None when it names none (or, folded, more than one)."""
    folded = normalize(typed)
    found = {key for key in keys if normalize(key) == folded}
    return found.pop() if len(found) == 1 else None


EXTRA_LETTERS = 2  # a whole name the query begins with is proposed first when it is this much shorter


def closest(query: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """The names closest to `query`, best first: a whole name the query begins with, a letter or
    two typed too many ('Moll': Mol), longest first; then the names that begin with the query
    ('Moll': Mollem), in alphabetical order; then similar spellings."""
    import difflib

    folded: dict[str, str] = {}
    for name in names:
        folded.setdefault(normalize(name), name)
    key = normalize(query)
    if not key:
        return []
    whole = sorted(
        (norm for norm in folded if norm and key.startswith(norm) and len(key) - len(norm) <= EXTRA_LETTERS),
        key=len,
        reverse=True,
    )
    prefix = sorted((name for norm, name in folded.items() if norm.startswith(key)), key=collation_key)
    similar = difflib.get_close_matches(key, list(folded), n=limit, cutoff=0.6)
    out: list[str] = []
    for name in [*(folded[norm] for norm in whole), *prefix, *(folded[norm] for norm in similar)]:
        if name not in out:
            out.append(name)
    return out[:limit]


def collation_key(name: str) -> tuple[tuple[str, ...], str]:
    """The key that sorts gemeenten as a Fleming expects (see the module's docstring): word by
    word, without case, accents or a leading 's- / 't; the name itself breaks a tie."""
    stripped = _GENITIVE.sub("", name.strip())
    if not stripped.isascii():
        stripped = unicodedata.normalize("NFKD", stripped)
    words = "".join(c if c.isalnum() else " " for c in stripped if not unicodedata.combining(c))
    return tuple(words.casefold().split()), name


def sorted_names(names: Iterable[str]) -> list[str]:
    """`names` in the order of `collation_key`."""
    return sorted(names, key=collation_key)
