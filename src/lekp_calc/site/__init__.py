"""`lekp site`: a static website of every gemeente's targets (and progress), from lekp's own views.

`Lekp.site()` returns a `Site`: every file of the site by its relative path, each made when
asked; `Site.write(folder)` writes them safely (`writer.py`). The modules: `build.py` the
shared work and the mapping, `pages.py` the pages in one language (Jinja2 templates in
`templates/`, style and script in `static/`), `geo.py` the one map file, `paths.py` the
file names and relative links, `similar.py` the similar gemeenten, `writer.py` the writing.
Nothing here is imported by the other commands.
"""

from __future__ import annotations

from .build import Request, Site, build, build_date
from .files import MARKER

__all__ = ["MARKER", "Request", "Site", "build", "build_date"]
