"""The site as a mapping from each file's path to its bytes, every file made when first asked.

The shared work is done once, whatever the number of pages: the targets of every gemeente
(one call), their progress (one call: a gemeente's own progress is that result narrowed to
it, the same as `lekp progress -g` over the same file, year and population year), the
province summaries, the map file, the similar gemeenten. Each page then renders the views of
its gemeente or province (`render/html.py`'s `Fragments`) into a Jinja2 template; each
download is the renderer's output for the same view the command line shows, so its bytes are
those of the command named beside it.

The layout, for the first language at the root and every other language in a folder of its
own (`en/`), with the same file names in each:

    index.html                  start: the map of Flanders, the search, the provinces
    provincie/<provincie>.html  a province: its map, its gemeenten's targets, their progress
    gemeente/<gemeente>.html    a gemeente: targets, paths or progress, similar gemeenten
    gemeenten.html              every gemeente, pre-2025 name and deelgemeente from A to Z
    downloads.html, methode.html
    download/…                  CSV, JSON and workbooks, per gemeente and of everything
    geo/kaart.svg               the one map (see geo.py); zoekindex.js the search's names
    assets/                     the style sheet and the search script, shared by the languages
    data/                       the data package: datapackage.json and the files it describes
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from ..domain.model import Municipality
from ..domain.names import collation_key
from ..domain.progress import trajectory
from ..domain.statuses import size_class
from ..domain.targets import Subject
from ..messages import Msg
from ..results import GemeenteProgress, ProgressResult, SummaryResult, TargetsResult, TrajectoryResult
from . import pages
from .files import MARKER, MARKER_TEXT, data_package
from .paths import slugs
from .similar import Peer, areas, peers_of, similar
from .writer import write_site


def build_date() -> dt.datetime:
    """The moment the site says it was built: SOURCE_DATE_EPOCH when set (UTC), else today at midnight,
    so that two builds of one day are the same byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).replace(tzinfo=None)
    return dt.datetime.combine(dt.date.today(), dt.time())


@dataclass(frozen=True, slots=True)
class Request:
    """What the site is built from: the options of `lekp site`, decided by the library."""

    langs: tuple[str, ...]
    realisaties: str | None
    jaar: int | None
    pact: str
    rounding: str | None
    tot: int | None
    made: dt.datetime
    version: str  # lekp's, said on every page


class Site(Mapping[str, bytes]):
    """Every file of the site: its relative path (POSIX, from the site's root) → its bytes.

    A file is made when it is asked for (`site["gemeente/mol.html"]`), so one page costs one
    page; iterating gives the paths in sorted order. `write(folder)` writes them all (see
    `writer.py`). `commands` gives, per download, the command line that writes the same bytes.
    """

    def __init__(
        self,
        files: dict[str, Callable[[], bytes]],
        commands: dict[str, str],
        langs: Sequence[str],
        notes: Sequence[Msg] = (),
    ) -> None:
        self._files = dict(sorted(files.items()))
        self.commands = commands
        self.langs = tuple(langs)
        self.notes = list(notes)  # what the library noticed (the population year a progress chose)

    def __getitem__(self, path: str) -> bytes:
        return self._files[path]()

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)

    def write(self, folder: str | Path) -> None:
        """Write every file into `folder` (missing, empty, or a site lekp wrote before), whole or not at
        all."""
        write_site(self, folder)


def build(lekp: Any, request: Request) -> Site:
    """The site of `request` over the data of `lekp`."""
    builder = _Builder(lekp, request)
    # What can refuse the request is computed now, not while the files are written: the
    # realisations file, the population year.
    progress = builder.progress
    _ = builder.targets
    notes = progress.notes if progress is not None else []
    return Site(builder.files(), builder.commands, request.langs, notes)


# --- the shared work ---------------------------------------------------------------------------


class _Builder:
    def __init__(self, lekp: Any, request: Request) -> None:
        # The library's `Lekp` (its data, and the methods every command uses): not named as a type,
        # since the library's front class is the one that loads the site.
        self.lekp = lekp
        self.request = request
        self.territory = lekp.grondgebied.value
        self.commands: dict[str, str] = {}

    # The gemeenten, their slugs and numbers -----------------------------------------------------

    @cached_property
    def municipalities(self) -> list[Municipality]:
        """Every gemeente of the territory, in the order a Fleming looks a name up."""
        return sorted(self.lekp.data.municipalities, key=lambda m: collation_key(m.name_nl))

    @cached_property
    def slug(self) -> dict[str, str]:
        return slugs((m.nis_code, m.name_nl) for m in self.municipalities)

    @cached_property
    def number(self) -> dict[str, int]:
        """The number of each gemeente on every map, keyed to the lists beside them: alphabetical."""
        return {m.nis_code: n for n, m in enumerate(self.municipalities, start=1)}

    @cached_property
    def provinces(self) -> dict[str, list[Municipality]]:
        """The gemeenten of each province, by the province's slug, provinces in NIS order."""
        names = self.lekp.data.provinces()
        slug_of = slugs((name, name) for name in names)
        out: dict[str, list[Municipality]] = {slug_of[name]: [] for name in names}
        by_name = {name: slug_of[name] for name in names}
        for municipality in self.municipalities:
            out[by_name[municipality.province_nl]].append(municipality)
        return out

    @cached_property
    def province_slug(self) -> dict[str, str]:
        return {ms[0].province_nl: slug for slug, ms in self.provinces.items() if ms}

    # The computations, once ---------------------------------------------------------------------

    @cached_property
    def progress(self) -> ProgressResult | None:
        """The progress of every gemeente, judged up to one year for all (`tot`, else the file's last)."""
        request = self.request
        if request.realisaties is None:
            return None
        full: ProgressResult = self.lekp.progress(
            alle=True,
            realisaties=request.realisaties,
            tot=request.tot,
            jaar=request.jaar,
            pact=request.pact,
            rounding=request.rounding,
            lang=request.langs[0],
        )
        return full

    @cached_property
    def year(self) -> int:
        """The population year of the targets: the progress's when realisations are given."""
        if self.progress is not None:
            return self.progress.population_year
        return self.lekp.targets(alle=True, jaar=self.request.jaar).year or 0

    @cached_property
    def targets(self) -> TargetsResult:
        request = self.request
        found: TargetsResult = self.lekp.targets(
            alle=True, jaar=self.year, pact=request.pact, rounding=request.rounding, lang=request.langs[0]
        )
        return found

    @cached_property
    def subjects(self) -> dict[str, Subject]:
        return {s.nis_code or "": s for s in self.targets.subjects}

    def targets_of(self, code: str | None, lang: str) -> TargetsResult:
        """The targets of one gemeente (None: every gemeente), as `lekp targets -g` computes them."""
        whole = self.targets
        if code is None:
            return replace(whole, lang=lang, notes=[])
        return replace(whole, subjects=[self.subjects[code]], lang=lang, notes=[])

    @cached_property
    def with_rows(self) -> dict[str, GemeenteProgress]:
        """The gemeenten the realisations file has rows for: they alone have a progress of their own."""
        if self.progress is None:
            return {}
        return {g.subject.nis_code or "": g for g in self.progress.context}

    def progress_of(self, code: str | None, lang: str) -> ProgressResult:
        """The progress of one gemeente (None: every gemeente), as `lekp progress` computes it."""
        full = self.progress
        assert full is not None
        if code is None:
            return replace(full, lang=lang, notes=[])
        gemeente = self.with_rows[code]
        return _SharedPeers(
            catalogue=full.catalogue,
            pact=full.pact,
            until=full.until,
            population_year=full.population_year,
            gemeenten=[gemeente],
            context=full.context,
            rounding=full.rounding,
            lang=lang,
            population_source=full.population_source,
            other_population_year=full.other_population_year,
            shared=self._medians,
        )

    @cached_property
    def _medians(self) -> dict[tuple[str | None, Any], dict[str, Any]]:
        return {}

    def trajectory_of(self, code: str, lang: str) -> TrajectoryResult:
        """The straight path to every target of a gemeente (`lekp trajectory -g`)."""
        whole = self.targets
        subject = self.subjects[code]
        points = trajectory(whole.plan.apply(subject))
        return TrajectoryResult(subject, whole.pact, points, [], whole.rounding, lang, [], whole.catalogue)

    def summary_of(self, slug: str, lang: str) -> SummaryResult:
        province = self.provinces[slug][0].province_nl
        found = self._summaries.get(slug)
        if found is None:
            request = self.request
            found = self._summaries[slug] = self.lekp.summary(
                per="gemeente",
                provincie=province,
                jaar=self.year,
                pact=request.pact,
                rounding=request.rounding,
                lang=lang,
            )
        return replace(found, lang=lang)

    @cached_property
    def _summaries(self) -> dict[str, SummaryResult]:
        return {}

    @cached_property
    def flanders(self) -> SummaryResult:
        request = self.request
        found: SummaryResult = self.lekp.summary(
            per="provincie",
            jaar=self.year,
            pact=request.pact,
            rounding=request.rounding,
            lang=request.langs[0],
        )
        return found

    @cached_property
    def peers(self) -> dict[str, Peer]:
        area = areas(self.territory)
        rows = [(m.nis_code, m.name_nl, m.province_nl, m.population[self.year]) for m in self.municipalities]
        return {p.nis_code: p for p in peers_of(rows, area)}

    @cached_property
    def similar(self) -> dict[str, list[tuple[Peer, float]]]:
        return similar(self.peers.values())

    # The files --------------------------------------------------------------------------------

    def files(self) -> dict[str, Callable[[], bytes]]:
        files: dict[str, Callable[[], bytes]] = {MARKER: MARKER_TEXT.encode}
        files["assets/site.css"] = pages.stylesheet
        files["assets/zoeken.js"] = pages.script
        files.update(data_package())
        for index, lang in enumerate(self.request.langs):
            root = "" if index == 0 else f"{lang}/"
            language = pages.Language(self, lang, root)
            files.update(language.files())
        return files


@dataclass
class _SharedPeers(ProgressResult):
    """A gemeente's progress narrowed from the progress of all: the same result as `lekp progress -g`
    over the same file, whose medians of the province and the size class (`peers`) are computed
    once per province and size class for every gemeente of the site, not once per gemeente."""

    # By (province, size class): shared by every gemeente's result of one site, over one context.
    shared: dict[tuple[str | None, Any], dict[str, Any]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def peers(self, subject: Subject) -> dict[str, tuple[Decimal | None, Decimal | None]]:
        key = (subject.province, size_class(subject.inwoners or 0))
        found = self.shared.get(key)
        if found is None:
            found = self.shared[key] = super().peers(subject)
        return found


