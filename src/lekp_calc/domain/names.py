"""Matching names as people type them: without regard to case, accents, spaces or hyphens."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def normalize(name: str) -> str:
    """Fold a name for matching: 'Sint-Genesius-Rode' == 'sint genesius rode' == 'SINTGENESIUSRODE'."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)  # 'ë' -> 'e' + a combining mark, dropped below
    return "".join(filter(str.isalnum, name)).casefold()


def closest(query: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """The names closest to `query`, best first: prefix matches, then similar spellings."""
    import difflib

    folded: dict[str, str] = {}
    for name in names:
        folded.setdefault(normalize(name), name)
    key = normalize(query)
    if not key:
        return []
    prefix = sorted(name for norm, name in folded.items() if norm.startswith(key))
    similar = difflib.get_close_matches(key, list(folded), n=limit, cutoff=0.6)
    out: list[str] = []
    for name in [*prefix, *(folded[norm] for norm in similar)]:
        if name not in out:
            out.append(name)
    return out[:limit]
