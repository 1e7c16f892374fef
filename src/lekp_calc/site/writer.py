"""Writing a site into a folder: whole or not at all, and never over something else.

- The folder may be missing (it is made; its parent must exist), empty, or a site lekp wrote
  before, recognised by the marker file `.lekp-site` at its root. Anything else — a file, a
  folder with other content — is refused with one line, and nothing is touched.
- The site is written into a new folder beside the target (`.NAME.lekp-…`), and only when every
  file is there does it take the target's place: the old site is moved aside, the new one
  renamed in, the old one removed. A failure (an error, a full disk, SIGTERM or SIGHUP) removes
  the new folder and leaves the old site as it was.
- Every path is checked to stay inside the folder (no absolute path, no `..`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from ..errors import OutputError, system_reason
from ..messages import Msg
from ..output import _cleanup_on_signal
from .files import MARKER


def check_target(folder: str | Path) -> Path:
    """The folder to write into, once it is known to be missing, empty or lekp's; else `OutputError`."""
    target = Path(folder)
    if not str(folder).strip():
        raise OutputError("err.cannot_write", path="''", reason=Msg("err.empty_name"))
    real = Path(os.path.realpath(target))
    if real.exists() or real.is_symlink():
        if not real.is_dir():
            raise OutputError("err.site_not_folder", path=str(folder))
        try:
            content = os.listdir(real)
        except OSError as error:
            raise OutputError(
                "err.site_cannot_write", path=str(folder), reason=system_reason(error)
            ) from None
        if content and not (real / MARKER).is_file():
            raise OutputError("err.site_not_ours", path=str(folder), marker=MARKER)
    elif not real.parent.is_dir():
        raise OutputError("err.output_no_folder", path=str(folder), folder=str(target.parent))
    return real


def _safe(path: str) -> PurePosixPath:
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise ValueError(f"not a path inside the site: {path!r}")
    return pure


def write_site(files: Mapping[str, bytes], folder: str | Path) -> None:
    """Write `files` (path → bytes) as the whole content of `folder` (see the module's docstring)."""
    real = check_target(folder)
    try:
        fresh = Path(tempfile.mkdtemp(dir=real.parent, prefix=f".{real.name}.lekp-"))
    except OSError as error:
        raise OutputError("err.site_cannot_write", path=str(folder), reason=system_reason(error)) from None
    old: Path | None = None
    try:
        with _cleanup_on_signal():
            made: set[Path] = set()
            for path in files:
                relative = _safe(path)
                destination = fresh.joinpath(*relative.parts)
                if destination.parent not in made:
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    made.add(destination.parent)
                destination.write_bytes(files[path])
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(fresh, 0o777 & ~mask)
            if real.exists():
                old = Path(tempfile.mkdtemp(dir=real.parent, prefix=f".{real.name}.old-"))
                os.rename(real, old / "site")
            os.rename(fresh, real)
    except OSError as error:
        _restore(real, old)
        shutil.rmtree(fresh, ignore_errors=True)
        raise OutputError("err.site_cannot_write", path=str(folder), reason=system_reason(error)) from None
    except BaseException:
        _restore(real, old)
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _restore(real: Path, old: Path | None) -> None:
    """Put the old site back where it was, if it was moved aside and the new one is not in."""
    if old is not None and (old / "site").exists() and not real.exists():
        os.rename(old / "site", real)
        shutil.rmtree(old, ignore_errors=True)
