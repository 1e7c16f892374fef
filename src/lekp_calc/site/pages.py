"""The pages of the site in one language: Jinja2 templates around the views' HTML.

Jinja2 (BSD, the templating engine of Flask and Sphinx) escapes every value by default, so a
name or a remark from a user's file cannot become markup; the views' own HTML comes from the
HTML renderer, which escapes its texts itself, and is the only markup passed through
(`Markup`). Every word is a key of the message catalogue: a template names only the keys in
`WORDS` (another key fails the build). Every link is made by `to()`, relative to the page.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from ..datafiles.provenance import SOURCES as DATA_SOURCES
from ..domain.model import Municipality
from ..domain.names import collation_key
from ..messages import Num, text
from ..numberformat import human
from ..render import Format
from ..render.html import STYLE, Fragments
from ..results import ProgressResult
from ..views.catalogue import assumptions_view, werven_view
from ..views.common import assumptions, bibliography, long_date, reporting_fact, rounding_text, subject_title
from ..views.many import summary_view
from ..views.model import Block, Bullets, Facts, Figure, Paragraph, Section
from ..views.progress import (
    distribution_table,
    per_gemeente_matrices,
    progress_assumptions,
    progress_view,
    remarks,
    status_legend,
    trajectory_view,
)
from ..views.report import CLASSES, target_figure
from ..views.site import gemeente_facts, intro, method_facts, pact_versions, path_figures, similar_table
from ..views.targets import targets_view
from . import geo
from .files import ALL, data_package, download, folded, index_json, link_names, section, without_tail
from .paths import link

if TYPE_CHECKING:
    from .build import _Builder

# The keys the templates name (`t("…")`).
WORDS = frozenset(
    {
        "site.name",
        "site.skip",
        "site.skip_map",
        "site.nav_label",
        "site.nav_start",
        "site.nav_list",
        "site.nav_downloads",
        "site.nav_method",
        "site.crumbs",
        "site.map_key",
        "site.search_label",
        "site.search_hint",
        "site.search_none",
        "site.search_old",
        "site.search_part",
        "site.list_link",
        "site.list_intro",
        "site.letters",
        "site.provinces",
        "site.downloads_title",
        "site.same_as",
    }
)
GEO = "geo/kaart.svg"


@cache
def _environment() -> jinja2.Environment:

    return jinja2.Environment(
        loader=jinja2.PackageLoader("lekp_calc.site", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )


def stylesheet() -> bytes:
    """The style of every page: the report's (the views look as in a report) and the site's own."""
    own = resources.files("lekp_calc.site").joinpath("static/site.css").read_text(encoding="utf-8")
    return (STYLE.lstrip("\n") + Fragments.style() + own).encode("utf-8")


def script() -> bytes:
    """The search box's script."""
    return resources.files("lekp_calc.site").joinpath("static/zoeken.js").read_bytes()


@dataclass(frozen=True, slots=True)
class Map:
    """What a page says about the map it embeds (see templates/map.html)."""

    data: str
    width: int
    height: int
    label: str
    caption: str
    kind: str = ""
    key: Sequence[tuple[int, str, str]] = ()
    key_id: str = "map-key"
    legend: Sequence[tuple[str, str]] = ()


class Language:
    """The site's files in one language, under `root` ('' or 'en/')."""

    def __init__(self, builder: _Builder, lang: str, root: str) -> None:
        self.builder = builder
        self.lang = lang
        self.root = root
        self.made = builder.request.made
        self.langs = builder.request.langs

    # --- the files ---------------------------------------------------------------------------

    def files(self) -> dict[str, Callable[[], bytes]]:
        """Every file of this language: its path → the function that makes its bytes."""
        b = self.builder
        root = self.root
        out: dict[str, Callable[[], bytes]] = {
            root + "index.html": self.start,
            root + "gemeenten.html": self.names,
            root + "methode.html": self.method,
            root + "downloads.html": self.downloads,
            root + GEO: self.map_file,
            root + "zoekindex.js": self.search_index,
        }
        for slug in b.provinces:
            out[root + f"provincie/{slug}.html"] = _bind(self.province, slug)
        for municipality in b.municipalities:
            code = municipality.nis_code
            out[self.gemeente_path(code)] = _bind(self.gemeente, code)
            for name, make in self.gemeente_downloads(code):
                out[name] = make
        for name, make in self.territory_downloads():
            out[name] = make
        return out

    def gemeente_path(self, code: str) -> str:
        """The path of a gemeente's page from the site's root."""
        return f"{self.root}gemeente/{self.builder.slug[code]}.html"

    def province_path(self, slug: str) -> str:
        """The path of a province's page from the site's root."""
        return f"{self.root}provincie/{slug}.html"

    def t(self, key: str, **params: object) -> str:
        """A message of the catalogue in this language."""
        return text(key, self.lang, **params)

    # --- downloads ---------------------------------------------------------------------------

    def _options(self, year: int | None = -1) -> list[str]:
        """The options every download's command shares: the population year (the targets': always
        said; a progress's: only when asked, else progress chooses it as the site did), the pact, the
        rounding, the territory, the language."""
        b = self.builder
        request = b.request
        shown = b.year if year == -1 else year
        options = [f"--jaar {shown}"] if shown is not None else []
        options.append(f"--pact {request.pact}")
        if request.rounding is not None:
            options.append(f"--rounding {request.rounding}")
        if b.territory != "2025":
            options.append(f"--grondgebied {b.territory}")
        options.append(f"--lang {self.lang}")
        return options

    def _progress_options(self) -> list[str]:
        b = self.builder
        assert b.progress is not None and b.request.realisaties is not None
        return [
            # the file's name, never where it lay on the machine that built the site
            f"--realisaties {_quoted(_file_name(b.request.realisaties))}",
            f"--tot {b.progress.until}",
            *self._options(b.request.jaar),
        ]

    def gemeente_downloads(self, code: str) -> list[tuple[str, Callable[[], bytes]]]:
        """A gemeente's downloads (and the command of each, in `commands`)."""
        slug = self.builder.slug[code]
        out = []
        for fmt in (Format.CSV, Format.JSON, Format.XLSX):
            name = f"{self.root}download/{slug}-doelen.{_extension(fmt)}"
            self.builder.commands[name] = " ".join(
                ["lekp targets -g", code, *self._options(), f"-o {_base(name)}"]
            )
            out.append((name, _bind(self._targets_file, code, fmt)))
        if code in self.builder.with_rows:
            for fmt in (Format.CSV, Format.JSON, Format.XLSX):
                name = f"{self.root}download/{slug}-voortgang.{_extension(fmt)}"
                command = ["lekp progress -g", code, *self._progress_options(), f"-o {_base(name)}"]
                self.builder.commands[name] = " ".join(command)
                out.append((name, _bind(self._progress_file, code, fmt)))
        return out

    def territory_downloads(self) -> list[tuple[str, Callable[[], bytes]]]:
        """The downloads of every gemeente at once."""
        out = []
        for fmt in (Format.CSV, Format.JSON, Format.XLSX):
            name = f"{self.root}download/{ALL}-doelen.{_extension(fmt)}"
            self.builder.commands[name] = " ".join(
                ["lekp targets --alle", *self._options(), f"-o {_base(name)}"]
            )
            out.append((name, _bind(self._targets_file, None, fmt)))
        if self.builder.progress is not None:
            for fmt in (Format.CSV, Format.JSON, Format.XLSX):
                name = f"{self.root}download/{ALL}-voortgang.{_extension(fmt)}"
                command = ["lekp progress --alle", *self._progress_options(), f"-o {_base(name)}"]
                self.builder.commands[name] = " ".join(command)
                out.append((name, _bind(self._progress_file, None, fmt)))
        return out

    def _targets_file(self, code: str | None, fmt: Format) -> bytes:

        return download(targets_view(self.builder.targets_of(code, self.lang)), fmt, self.made)

    def _progress_file(self, code: str | None, fmt: Format) -> bytes:

        return download(progress_view(self.builder.progress_of(code, self.lang)), fmt, self.made)

    # --- the frame of every page ---------------------------------------------------------------

    def render(
        self,
        path: str,
        template: str,
        title: str,
        *,
        crumbs: Sequence[tuple[str, str]] = (),
        subtitle: str = "",
        **values: Any,
    ) -> bytes:
        """A page: the template's frame around `values`; the language links lead to the same page."""

        def to(target: str) -> str:
            return link(target, path)

        def t(key: str, **params: object) -> str:
            if key not in WORDS:
                raise KeyError(f"a template names {key!r}, which is not in pages.WORDS")
            return self.t(key, **params)

        others = []
        for index, lang in enumerate(self.langs):
            if lang == self.lang:
                continue
            own = path[len(self.root) :]
            target = ("" if index == 0 else f"{lang}/") + own
            others.append({"lang": lang, "href": to(target), "name": text("site.lang_name", lang)})
        footer = self.t(
            "site.footer",
            date=long_date(self.made.date(), self.lang),
            version=self.builder.request.version,
        )
        shown = {key: Markup(value) if isinstance(value, _Html) else value for key, value in values.items()}
        page = (
            _environment()
            .get_template(template)
            .render(
                lang=self.lang,
                root=self.root,
                title=title,
                subtitle=subtitle,
                crumbs=[(name, to(target)) for name, target in crumbs],
                others=others,
                footer=footer,
                    to=to,
                t=t,
                **shown,
            )
        )
        return page.encode("utf-8")

    def html(self, fragments: Fragments, blocks: Sequence[Block], level: int = 2) -> _Html:
        """Blocks of views as HTML for a template (escaped by the renderer)."""
        return _Html(fragments.render(blocks, level))

    def _href(self, path: str) -> Callable[[str], str]:
        """The link from the page `path` to each gemeente's page, by NIS code."""
        return lambda code: link(self.gemeente_path(code), path)

    def _names_to(self, path: str, codes: Sequence[Municipality]) -> dict[str, str]:
        return {m.name_nl: link(self.gemeente_path(m.nis_code), path) for m in codes}

    def _crumb_start(self) -> tuple[str, str]:
        return self.t("site.flanders"), self.root + "index.html"

    # --- the map ----------------------------------------------------------------------------

    def _fill(self, municipality: Municipality, tint: int) -> str:
        b = self.builder
        if b.progress is None:
            return f"t{tint % len(geo.TINTS)}"
        gemeente = b.with_rows.get(municipality.nis_code)
        share = gemeente.on_track_share if gemeente is not None else None
        if share is None:
            return geo.NO_DATA

        for index, (_, high) in enumerate(CLASSES):
            if high is None or share < high:
                return f"c{index}"
        return f"c{len(CLASSES) - 1}"

    def _title(self, municipality: Municipality) -> str:
        b = self.builder
        shown = f"{b.number[municipality.nis_code]} · {municipality.name_nl}"
        if b.progress is not None:
            gemeente = b.with_rows.get(municipality.nis_code)
            share = gemeente.on_track_share if gemeente is not None else None
            said = (
                text("report.share_on_track", self.lang, percent=human(share, self.lang))
                if share is not None
                else text("progress.no_data", self.lang)
            )
            shown += f": {said}"
        return shown

    def map_file(self) -> bytes:
        """The one map file of this language (see geo.py)."""
        b = self.builder
        places = []
        for tint, (slug, members) in enumerate(b.provinces.items()):
            for municipality in members:
                places.append(
                    geo.Place(
                        municipality.nis_code,
                        slug,
                        link(self.gemeente_path(municipality.nis_code), self.root + GEO),
                        b.number[municipality.nis_code],
                        self._fill(municipality, tint),
                        self._title(municipality),
                    )
                )
        places.sort(key=lambda place: place.nis_code)
        provinces = {slug: [m.nis_code for m in members] for slug, members in b.provinces.items()}
        return geo.map_file(b.territory, places, provinces, self.t("site.map_label")).encode("utf-8")

    def _legend(self) -> list[tuple[str, str]]:
        if self.builder.progress is None:
            return []

        out = []
        for index, (low, high) in enumerate(CLASSES):
            words = (
                text("report.class", self.lang, low=human(low, self.lang), high=human(high, self.lang))
                if high is not None
                else text("report.class_top", self.lang, low=human(low, self.lang))
            )
            out.append((f"c{index}", words))
        out.append((geo.NO_DATA, text("progress.no_data", self.lang)))
        return [("", text("report.overview_caption", self.lang)), *out]

    def _map(
        self, path: str, fragment: str, codes: Sequence[str], label: str, caption: str, **more: Any
    ) -> Map:
        box = geo.frame(self.builder.territory, codes)
        data = link(self.root + GEO, path) + (f"#{fragment}" if fragment else "")
        legend = self._legend() if more.get("kind") != "locator" else []
        return Map(data, box.width, box.height, label, caption, legend=legend, **more)

    def _key(self, path: str, members: Sequence[Municipality]) -> list[tuple[int, str, str]]:
        b = self.builder
        return [
            (b.number[m.nis_code], m.name_nl, link(self.gemeente_path(m.nis_code), path))
            for m in sorted(members, key=lambda m: b.number[m.nis_code])
        ]

    # --- the pages ---------------------------------------------------------------------------

    def start(self) -> bytes:
        """The start page: what the pact is, the search, the map of Flanders, the provinces."""
        b = self.builder
        path = self.root + "index.html"
        request = b.request
        fragments = Fragments(self.lang, autolink=True)

        realisations = _file_name(request.realisaties) if request.realisaties is not None else None
        intro_blocks = intro(
            self.lang,
            gemeenten=len(b.municipalities),
            year=b.year,
            pact=request.pact,
            realisations=realisations,
        )
        if b.progress is not None:
            intro_blocks.append(Paragraph(self.t("site.judged", year=b.progress.until)))
        step = reporting_fact(b.targets.catalogue, self.made.date(), self.lang)
        reporting: list[Block] = [Facts([step])] if step is not None else []
        label = self.t("site.map_label")
        everyone = b.municipalities
        the_map = self._map(
            path,
            "",
            [],
            label,
            self.t("site.map_caption"),
            kind="flanders",
            key=self._key(path, everyone),
        )
        provinces = []
        for slug, members in b.provinces.items():
            people = sum(m.population[b.year] for m in members)
            facts = self.t("site.province_facts", count=Num(len(members)), inwoners=Num(people), year=b.year)
            provinces.append(
                (
                    self.t("site.province_title", name=members[0].province_nl),
                    link(self.province_path(slug), path),
                    facts,
                )
            )
        flanders = summary_view(replace_lang(b.flanders, self.lang))
        summary_blocks = [section(self.t("site.flanders_targets"), flanders.blocks, "flanders-targets")]
        return self.render(
            path,
            "start.html",
            self.t("site.start_title"),
            subtitle=self.t("site.start_subtitle", pact=request.pact, year=b.year),
            intro=self.html(fragments, intro_blocks),
            reporting=self.html(fragments, reporting),
            map=the_map,
            map_title=self.t("site.map_title"),
            provinces=provinces,
            flanders=self.html(fragments, summary_blocks, 3),
        )

    def province(self, slug: str) -> bytes:
        """A province's page: its map, its gemeenten's progress and targets."""
        b = self.builder
        path = self.province_path(slug)
        members = b.provinces[slug]
        name = members[0].province_nl
        fragments = Fragments(self.lang)

        title = self.t("site.province_title", name=name)
        people = sum(m.population[b.year] for m in members)
        facts = Facts(
            [
                (text("col.gemeenten", self.lang), str(len(members))),
                (
                    text("col.inwoners", self.lang),
                    self.t("site.inwoners_on", inwoners=Num(people), year=b.year),
                ),
            ]
        )
        the_map = self._map(
            path,
            f"p-{slug}",
            [m.nis_code for m in members],
            self.t("site.map_province_label", name=name),
            self.t("site.map_province", name=name),
            key=self._key(path, members),
        )
        blocks: list[Block] = []
        hrefs = self._names_to(path, members)
        if b.progress is not None:

            chosen = [g for g in b.progress.gemeenten if g.subject.province == name]
            result = _province_progress(b, chosen, name, self.lang)
            spread: list[Block] = [
                Paragraph(self.t("site.judged", year=result.until)),
                *(distribution_table(result, group) for group in result.groups()),
                Paragraph(text("progress.quartiles_complete", self.lang)),
                status_legend(self.lang),
            ]
            matrices: list[Block] = [
                Paragraph(text("progress.legend", self.lang)),
                *per_gemeente_matrices(result),
            ]
            link_names(matrices, hrefs)
            blocks.append(Section(text("progress.groups", self.lang), spread, key="groups", notes_once=True))
            blocks.append(section(text("report.per_gemeente", self.lang), matrices, "per-gemeente"))
        summary = summary_view(b.summary_of(slug, self.lang))
        targets = list(summary.blocks)
        link_names(targets, hrefs)
        blocks.append(Section(self.t("site.province_targets"), targets, key="targets", notes_once=True))
        return self.render(
            path,
            "province.html",
            title,
            subtitle=self.t("site.province_subtitle", pact=b.request.pact, year=b.year),
            crumbs=[self._crumb_start()],
            facts=self.html(fragments, [facts]),
            map=the_map,
            map_title=self.t("site.map_province_label", name=name),
            body=self.html(fragments, blocks),
        )

    def gemeente(self, code: str) -> bytes:
        """A gemeente's page: facts and locator, downloads, targets, paths or progress, similar gemeenten."""
        b = self.builder
        path = self.gemeente_path(code)
        municipality = b.lekp.data.by_nis[code]
        slug = b.province_slug[municipality.province_nl]
        fragments = Fragments(self.lang)

        targets = b.targets_of(code, self.lang)
        subject = targets.subjects[0]
        facts = gemeente_facts(municipality, b.lekp.data, targets)
        target_blocks = list(targets_view(targets).blocks)
        sections: list[Block] = []
        has_rows = code in b.with_rows
        if b.progress is not None and has_rows:

            progress = b.progress_of(code, self.lang)
            shown = list(progress_view(progress).blocks)[1:]  # the context line is the page's subtitle
            tail = progress_assumptions(progress)
            shown = without_tail(shown, tail)
            summary = [block for block in shown if isinstance(block, Section) and block.key == "summary"]
            rest = [block for block in shown if block not in summary]
            sections += summary
            sections.append(section(self.t("site.targets"), _targets_only(target_blocks, targets), "targets"))
            # The gemeente's remarks are said under the chart of the target they are about: not twice.
            explained = remarks(progress, progress.gemeenten[0])
            rest = [block for block in rest if block != explained]
            figures = [_compact(target_figure(item, progress.until, self.lang)) for item in progress.items]
            sections.append(
                section(
                    text("report.progress", self.lang, year=progress.until),
                    [*rest, Paragraph(text("report.chart_legend", self.lang)), *figures],
                    "progress",
                )
            )
            sections.append(section(self.t("site.assumptions"), tail, "assumptions"))
        else:

            sections.append(section(self.t("site.targets"), target_blocks, "targets"))
            path_view = trajectory_view(b.trajectory_of(code, self.lang))
            table = [block for block in path_view.blocks if not isinstance(block, Paragraph | Bullets)]
            points = b.trajectory_of(code, self.lang).points
            sections.append(
                section(
                    self.t("site.paths"),
                    [
                        Paragraph(self.t("site.paths_intro")),
                        *table,
                        *map(_compact, path_figures(points, self.lang)),
                    ],
                    "paths",
                )
            )
        own = b.peers.get(code)
        if own is not None:
            sections.append(
                section(
                    self.t("site.similar_title"),
                    similar_table(own, b.similar[code], self.lang, self._href(path)),
                    "similar",
                )
            )
        downloads = []
        files = [
            (label, link(f"{self.root}download/{b.slug[code]}-doelen.{_extension(fmt)}", path))
            for fmt, label in _FORMATS
        ]
        downloads.append(
            (
                self.t("site.download_targets"),
                files,
                self.builder.commands[self.root + f"download/{b.slug[code]}-doelen.csv"],
            )
        )
        if has_rows:
            files = [
                (label, link(f"{self.root}download/{b.slug[code]}-voortgang.{_extension(fmt)}", path))
                for fmt, label in _FORMATS
            ]
            downloads.append(
                (
                    self.t("site.download_progress"),
                    files,
                    self.builder.commands[self.root + f"download/{b.slug[code]}-voortgang.csv"],
                )
            )
        no_rows = (
            self.t("site.no_rows", name=municipality.name_nl)
            if b.progress is not None and not has_rows
            else ""
        )
        province = municipality.province_nl
        the_map = self._map(
            path,
            f"g-{code}",
            [m.nis_code for m in b.provinces[slug]],
            self.t("site.map_locator", name=municipality.name_nl, province=province),
            self.t("site.map_locator", name=municipality.name_nl, province=province),
            kind="locator",
        )
        subtitle = subject_title(subject, self.lang).removeprefix(f"{subject.name} · ")
        if subject.inwoners_year is not None:
            subtitle += " · " + text("progress.targets_of", self.lang, year=subject.inwoners_year)
        return self.render(
            path,
            "gemeente.html",
            municipality.name_nl,
            subtitle=subtitle,
            crumbs=[
                self._crumb_start(),
                (self.t("site.province_title", name=province), self.province_path(slug)),
            ],
            facts=self.html(fragments, [facts]),
            map=the_map,
            downloads=downloads,
            no_rows=no_rows,
            body=self.html(fragments, sections),
        )

    def names(self) -> bytes:
        """Every gemeente, pre-2025 name and deelgemeente from A to Z, each leading to its gemeente."""
        path = self.root + "gemeenten.html"
        letters: dict[str, list[tuple[str, str, str, str | None]]] = {}
        for shown, code, note in self._names():
            municipality = self.builder.lekp.data.by_nis[code]
            first = _letter(shown)
            letters.setdefault(first, []).append(
                (shown, link(self.gemeente_path(code), path), municipality.name_nl, note)
            )
        ordered = sorted(letters.items())
        return self.render(
            path,
            "list.html",
            self.t("site.list_title"),
            crumbs=[self._crumb_start()],
            letters=ordered,
        )

    def _names(self) -> list[tuple[str, str, str | None]]:
        """(name, NIS code of the gemeente it leads to, what it is) in alphabetical order: the
        gemeenten (what None), their pre-2025 names and their deelgemeenten."""

        data = self.builder.lekp.data
        out: list[tuple[str, str, str | None]] = [
            (m.name_nl, m.nis_code, None) for m in self.builder.municipalities
        ]
        own = {folded(m.name_nl) for m in data.municipalities}
        for merger in data.mergers:
            if merger.new_nis_code in data.by_nis and folded(merger.old_name_nl) not in own:
                out.append((merger.old_name_nl, merger.new_nis_code, self.t("site.old_name")))
        for part in data.deelgemeenten:
            if part.nis_code in data.by_nis and folded(part.name_nl) not in own:
                out.append((part.name_nl, part.nis_code, self.t("site.part_of")))
        out.sort(key=lambda entry: (collation_key(entry[0]), entry[2] is not None, entry[1]))
        return out

    def search_index(self) -> bytes:
        """The names the search box looks in, as a script (fetching JSON is not allowed from file://)."""
        data = self.builder.lekp.data
        entries: list[list[Any]] = []
        for municipality in self.builder.municipalities:
            entries.append(
                [
                    folded(municipality.name_nl),
                    municipality.name_nl,
                    self._from_root(municipality.nis_code),
                    municipality.name_nl,
                    municipality.nis_code,
                    0,
                ]
            )
        own = {folded(m.name_nl) for m in data.municipalities}
        for merger in data.mergers:
            if merger.new_nis_code in data.by_nis and merger.old_nis_code not in data.by_nis:
                new = data.by_nis[merger.new_nis_code].name_nl
                entries.append(
                    [
                        folded(merger.old_name_nl),
                        merger.old_name_nl,
                        self._from_root(merger.new_nis_code),
                        new,
                        merger.old_nis_code,
                        1,
                    ]
                )
        for part in data.deelgemeenten:
            if part.nis_code in data.by_nis and folded(part.name_nl) not in own:
                new = data.by_nis[part.nis_code].name_nl
                entries.append(
                    [folded(part.name_nl), part.name_nl, self._from_root(part.nis_code), new, "", 2]
                )
        return f"window.LEKP_ZOEK = {index_json(entries)};\n".encode()

    def _from_root(self, code: str) -> str:
        return link(self.gemeente_path(code), self.root + "index.html")

    def downloads(self) -> bytes:
        """The page of the downloads of every gemeente and of the data package."""
        b = self.builder
        path = self.root + "downloads.html"
        fragments = Fragments(self.lang)
        groups = []
        names = [(self.t("site.download_all_targets"), f"{ALL}-doelen")]
        if b.progress is not None:
            names.append((self.t("site.download_all_progress"), f"{ALL}-voortgang"))
        for title, stem in names:
            files = [
                (label, link(f"{self.root}download/{stem}.{_extension(fmt)}", path))
                for fmt, label in _FORMATS
            ]
            groups.append((title, files, b.commands[f"{self.root}download/{stem}.csv"]))
        package = [(name, link(name, path)) for name in _package_files()]
        blocks: list[Block] = [Paragraph(self.t("site.downloads_intro"))]
        return self.render(
            path,
            "downloads_page.html",
            self.t("site.downloads_title"),
            crumbs=[self._crumb_start()],
            intro=self.html(fragments, blocks),
            groups=groups,
            package=package,
            package_intro=self.t("site.package_intro"),
            package_title=self.t("site.package_title"),
        )

    def method(self) -> bytes:
        """The method: sources with addresses, assumptions, rounding, pact versions, year, version, date."""
        b = self.builder
        path = self.root + "methode.html"
        lekp = b.lekp
        request = b.request
        fragments = Fragments(self.lang, autolink=True)

        catalogue = lekp.werven(pact=request.pact, lang=self.lang)
        catalogue = _with_today(catalogue, self.made.date())
        facts = method_facts(
            self.lang,
            version=self.builder.request.version,
            built=long_date(self.made.date(), self.lang),
            year=b.year,
            pact=request.pact,
            territory=b.territory,
            realisations=_file_name(request.realisaties) if request.realisaties else None,
            until=b.progress.until if b.progress is not None else None,
            data=lekp.data.source_label,
        )

        data_sources = [
            text(key, self.lang, address=DATA_SOURCES[ident].path)
            for key, ident in (
                ("report.source_population", "statbel-population"),
                ("report.source_dwellings", "statbel-census"),
                ("report.source_boundaries", "statbel-sectors"),
            )
        ]
        rounding = rounding_text(b.targets.rounding, self.lang)
        blocks: list[Block] = [
            section(
                self.t("site.method_about"),
                [
                    facts,
                    Paragraph(self.t("site.method_intro")),
                    Paragraph(rounding),
                    Paragraph(self.t("site.method_similar")),
                ],
                "about",
            ),
            section(
                self.t("site.pact_versions"), [pact_versions(b.targets.catalogue, self.lang)], "pact-versions"
            ),
            section(
                self.t("site.method_data"),
                [Bullets(data_sources, text("report.sources_data", self.lang))],
                "data",
            ),
            section(
                text("werven.title", self.lang, pact=request.pact),
                list(werven_view(catalogue).blocks),
                "catalogue",
            ),
            section(
                text("assumptions.title", self.lang, pact=request.pact),
                list(assumptions_view(lekp.assumptions(pact=request.pact, lang=self.lang)).blocks),
                "assumptions",
            ),
        ]
        listing = bibliography(
            b.targets.catalogue,
            [v for pv in b.targets.catalogue.pact_versions for v in pv.sources],
            self.lang,
        )
        if listing is not None:
            blocks[1].blocks.append(listing)  # type: ignore[union-attr]
        return self.render(
            path,
            "document.html",
            self.t("site.method_title"),
            crumbs=[self._crumb_start()],
            body=self.html(fragments, blocks),
        )


# A chart repeats the same attributes on every label and line: on the site a class of its style
# sheet says them once (the charts look the same; a page is a third lighter).
_CHART_CLASSES = (
    (' font-size="11" text-anchor="middle" fill="#59636e"', ' class="tm"'),
    (' font-size="11" text-anchor="end" fill="#59636e"', ' class="te"'),
    (' stroke="#8c959f"/>', ' class="ax"/>'),
    (' fill="none" stroke="#6e7781" stroke-width="2" stroke-dasharray="6 4"', ""),
    (' fill="none" stroke="#0969da" stroke-width="3"', ""),
    (' stroke="#1a7f37" stroke-dasharray="2 3"', ""),
    (' r="3.5" fill="#0969da"', ""),
)
_TENTHS = re.compile(r'(?<=\d)\.0(?=[" ,])')


def _compact(figure: Figure) -> Figure:
    """A chart with its repeated attributes as classes (`site.css`), whole numbers without '.0',
    and its accessible name its caption (the legend is said once, above the charts)."""
    svg = figure.svg
    for long, short in _CHART_CLASSES:
        svg = svg.replace(long, short)
    svg = _TENTHS.sub("", svg)
    svg = re.sub(r'aria-label="[^"]*"', f'aria-label="{escape(figure.caption)}"', svg, count=1)
    return replace(figure, svg=svg)


class _Html(str):
    """HTML the renderer made (and escaped): passed through by the templates."""

    __slots__ = ()


_FORMATS = ((Format.CSV, "CSV"), (Format.JSON, "JSON"), (Format.XLSX, "Excel (.xlsx)"))


def _extension(fmt: Format) -> str:
    return fmt.value


def _base(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def _quoted(value: str) -> str:

    return shlex.quote(value)


def _file_name(path: str | None) -> str:

    return Path(path).name if path else ""


def _bind(function: Callable[..., bytes], *args: Any) -> Callable[[], bytes]:
    return lambda: function(*args)


def _letter(name: str) -> str:

    key = collation_key(name)
    first = next((c for c in str(key) if c.isalnum()), "#")
    return first.upper() if first.isalpha() else "#"


def _package_files() -> list[str]:
    return sorted(data_package())


def replace_lang(result: Any, lang: str) -> Any:
    return replace(result, lang=lang)


def _with_today(result: Any, today: Any) -> Any:
    return replace(result, today=today)


def _targets_only(blocks: list[Block], targets: Any) -> list[Block]:
    """The targets view without its assumptions: a page with progress lists the progress's, which
    hold the targets' and add the path and the population year."""

    tail = assumptions(
        targets.catalogue,
        targets.plan.indicators,
        targets.lang,
        rounding=targets.rounding,
        subjects=targets.subjects,
    )
    return without_tail(blocks, tail)


def _province_progress(builder: _Builder, chosen: list[Any], province: str, lang: str) -> Any:
    """The progress of a province's gemeenten, as `lekp progress -p` computes it over the same file."""

    full = builder.progress
    assert full is not None
    return ProgressResult(
        catalogue=full.catalogue,
        pact=full.pact,
        until=full.until,
        population_year=full.population_year,
        gemeenten=chosen,
        context=full.context,
        province=province,
        rounding=full.rounding,
        lang=lang,
        population_source=full.population_source,
        other_population_year=full.other_population_year,
    )


__all__ = ["Language", "script", "stylesheet"]
