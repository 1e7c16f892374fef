"""A cache of validated data, so that a command does not parse and validate unchanged files.

Parsing the YAML catalogue and validating the data with pydantic costs more than the rest
of a command together. Once a file has passed validation, its models are stored under a
key made of the **content** of every file that went into them (not their names or dates:
any change to a byte gives a new key), the lekp version, the Python version and the source
of the validating modules (a new check invalidates what the old code accepted). A file
that fails validation is never stored, so an error is reported every time.

Where: `$LEKP_CACHE_DIR`, else `$XDG_CACHE_HOME/lekp`, else `~/.cache/lekp`; a folder
only the user can read. `LEKP_NO_CACHE=1` switches the cache off. Entries are pickles of
lekp's own dataclasses; one is only read if the current user owns it, and a broken or
foreign entry is ignored and rebuilt.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

# CPython's built-in BLAKE2 and C pickler, imported directly: `hashlib` would load OpenSSL
# and `pickle` its pure-Python half, together some 5 ms on every command (docs/performance.md).
try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover (other Pythons)
    from hashlib import blake2b
try:
    from _pickle import dump, load
except ImportError:  # pragma: no cover
    from pickle import dump, load

T = TypeVar("T")
PROTOCOL = 5

MAGIC = b"LEKP-CACHE-1\n"
KEEP = 8  # entries kept per kind of data; older ones are removed when a new one is written
# The modules whose code decides what validates; a change in any of them invalidates.
_VALIDATORS = (
    "cache.py",
    "catalogue.py",
    "choices.py",
    "csvfile.py",
    "models.py",
    "municipalities.py",
    "textfile.py",
    "validation.py",
)
_code_digest: bytes | None = None


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is switched off."""
    if os.environ.get("LEKP_NO_CACHE"):
        return None
    explicit = os.environ.get("LEKP_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "lekp"


def _code() -> bytes:
    global _code_digest  # noqa: PLW0603 (computed once per process)
    if _code_digest is None:
        from . import __version__

        digest = blake2b(f"{__version__}|{sys.version_info[:2]}".encode())
        here = Path(__file__).resolve().parent
        for name in _VALIDATORS:
            digest.update((here / name).read_bytes())
        _code_digest = digest.digest()
    return _code_digest


def key(kind: str, sources: list[Path]) -> str:
    """The cache key of `kind` data built from `sources` (raises OSError if one is unreadable)."""
    digest = blake2b(_code())
    digest.update(kind.encode())
    for source in sources:
        content = source.read_bytes()
        digest.update(len(content).to_bytes(8, "big"))
        digest.update(content)
    return digest.hexdigest()[:40]


def cached(kind: str, sources: list[Path], build: Callable[[], T]) -> T:
    """`build()`'s result for these sources, from the cache when their content is unchanged.

    `build` must raise on invalid data; only a returned value is stored.
    """
    directory = cache_dir()
    if directory is None:
        return build()
    try:
        entry = directory / f"{kind}-{key(kind, sources)}.pickle"
    except OSError:
        return build()  # an unreadable source: let the loader report it
    found = _read(entry)
    if found is not None:
        value: T = found[0]
        return value
    value = build()
    _write(directory, entry, value)
    return value


def _read(entry: Path) -> tuple[Any] | None:
    try:
        with entry.open("rb") as handle:
            if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                return None  # never unpickle what another user could have written
            if handle.read(len(MAGIC)) != MAGIC:
                return None
            return (load(handle),)  # trusted: the user's own entry (see the module docstring)
    except FileNotFoundError:
        return None
    except Exception:  # a truncated or stale entry is a miss, never an error
        return None


def _write(directory: Path, entry: Path, value: object) -> None:
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".pickle")
        try:
            with open(descriptor, "wb") as handle:
                handle.write(MAGIC)
                dump(value, handle, protocol=PROTOCOL)
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(directory, entry)
    except OSError:
        pass  # a read-only or full disk only costs speed


def _prune(directory: Path, newest: Path) -> None:
    kind = newest.name.split("-", 1)[0]
    entries = sorted(directory.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
