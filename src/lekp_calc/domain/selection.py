"""Finding gemeenten as people name them, and choosing which ones a command is about.

`MunicipalityData` holds the gemeenten of one territory with the merger mapping and the
deelgemeenten, and resolves what a user typed — a name (case, accents, spaces and hyphens
do not matter), a NIS code, a pre-2025 name or code, a deelgemeente — to one gemeente,
with a note when it followed a merger or a deelgemeente. `select` turns a request (names,
a province, everything) into the list of gemeenten and the notes a caller may show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ..errors import InputError
from ..messages import Joined, Msg, Option
from ..strings import quote
from .model import Deelgemeente, Merger, Municipality, Territory
from .names import closest, normalize

_CODE = re.compile(r"\d{5}")


@dataclass(frozen=True, slots=True)
class Resolution:
    """A gemeente found for what the user typed, with a note when a merger or part was followed."""

    municipality: Municipality
    note: Msg | None = None


@dataclass(frozen=True, slots=True)
class Query:
    """What a user typed to name a gemeente, and where (`file:line`, or '' for the command line)."""

    text: str
    where: str = ""
    line: int | None = None  # the line (or a workbook's row) of `where`, for a checker's location


@dataclass(slots=True)
class Selection:
    """The gemeenten a request names, in the order asked, each once, and the notes to show."""

    municipalities: list[Municipality]
    notes: list[Msg] = field(default_factory=list)


class MunicipalityData:
    """All gemeenten of one territory, the merger mapping, the deelgemeenten, and lookups."""

    def __init__(
        self,
        municipalities: Iterable[Municipality],
        mergers: Iterable[Merger],
        source: str,
        *,
        shipped: bool = False,
        territory: Territory = Territory.T2025,
        deelgemeenten: Iterable[Deelgemeente] = (),
    ) -> None:
        self.territory = territory
        self.municipalities = tuple(municipalities)
        self.mergers = tuple(mergers)
        self.deelgemeenten = tuple(deelgemeenten)
        self.source = source
        self.shipped = shipped
        self.by_nis = {m.nis_code: m for m in self.municipalities}
        self._mergers_by_old = {r.old_nis_code: r for r in self.mergers}
        years: set[int] = set()
        for municipality in self.municipalities:
            years.update(municipality.population)
        self.years = tuple(sorted(years))

    # Name indexes are built on the first lookup by name: `--alle` never needs them.
    @cached_property
    def _by_name(self) -> dict[str, Municipality]:
        return {normalize(m.name_nl): m for m in self.municipalities}

    @cached_property
    def _mergers_by_name(self) -> dict[str, Merger]:
        return {normalize(r.old_name_nl): r for r in self.mergers}

    @cached_property
    def _parts_by_name(self) -> dict[str, Deelgemeente]:
        found: dict[str, Deelgemeente] = {}
        by_short: dict[str, list[Deelgemeente]] = {}
        for part in self.deelgemeenten:
            found.setdefault(normalize(part.name_nl), part)
            by_short.setdefault(normalize(part.name_nl.split(" (", 1)[0]), []).append(part)
        # "Deurne (Antwerpen)" is also found as "Deurne" when no other gemeente has one;
        # "Deurne" alone is not, since Diest has a Deurne too.
        for short, parts in by_short.items():
            if len({part.nis_code for part in parts}) == 1:
                found.setdefault(short, parts[0])
        return found

    @cached_property
    def _successors(self) -> dict[str, list[Merger]]:
        """On the 2024 territory, a 2025 name or code is explained by its predecessors."""
        successors: dict[str, list[Merger]] = {}
        for merger in self.mergers:
            if merger.old_nis_code != merger.new_nis_code:
                successors.setdefault(merger.new_nis_code, []).append(merger)
                successors.setdefault(normalize(merger.new_name_nl), []).append(merger)
        return successors

    @property
    def latest_year(self) -> int:
        """The newest population year in the data."""
        return self.years[-1]

    @property
    def source_label(self) -> str:
        """The data file as messages name it: nothing for the shipped file."""
        return "" if self.shipped else self.source

    def provinces(self) -> list[str]:
        """Province names, in NIS-code order."""
        seen: dict[str, str] = {}
        for municipality in self.municipalities:
            seen.setdefault(municipality.province_nis, municipality.province_nl)
        return [seen[code] for code in sorted(seen)]

    def province(self, query: str) -> str:
        """The province matching a name (or a province NIS code)."""
        key = normalize(query)
        for municipality in self.municipalities:
            if key in (normalize(municipality.province_nl), municipality.province_nis):
                return municipality.province_nl
        raise InputError("err.unknown_province", query=quote(query), choices=Joined(self.provinces()))

    def in_province(self, province: str) -> list[Municipality]:
        """The gemeenten of a province (the name as returned by `province`)."""
        return [m for m in self.municipalities if m.province_nl == province]

    def did_you_mean(self, text: str) -> Msg | str:
        """'bedoelt u Zwijndrecht?' for a name that matches nothing, or '' without a near name."""
        names = [m.name_nl for m in self.municipalities] + [r.old_name_nl for r in self.mergers]
        suggestions = closest(text, [*names, *(p.name_nl for p in self.deelgemeenten)])
        return Msg("err.did_you_mean", names=Joined(suggestions)) if suggestions else ""

    def resolve(self, query: str) -> Resolution:
        """Find a gemeente by name or NIS code, following the 2025 mergers and deelgemeenten.

        On the 2025 territory a pre-2025 name or code resolves to the gemeente it now
        belongs to; on the 2024 territory a 2025 merger is explained by its predecessors.
        """
        text = query.strip()
        is_code = _CODE.fullmatch(text) is not None
        key = text if is_code else normalize(text)
        found = self.by_nis.get(text) if is_code else self._by_name.get(key)
        if found is not None:
            return Resolution(found)
        merger = (self._mergers_by_old if is_code else self._mergers_by_name).get(key)
        if merger is not None and merger.new_nis_code in self.by_nis:
            return self._via_merger(merger)
        successors = self._successors.get(key)
        if successors and all(m.old_nis_code in self.by_nis for m in successors):
            raise InputError(
                "err.exists_from_2025",
                name=successors[0].new_name_nl,
                code=successors[0].new_nis_code,
                territory=self.territory.value,
                olds=Joined(f"{m.old_name_nl} ({m.old_nis_code})" for m in successors),
                option=Option("grondgebied", "2025"),
            )
        part = None if is_code else self._parts_by_name.get(key)
        if part is not None:
            return self._via_part(part)
        if is_code:
            raise InputError("err.unknown_code", code=text, source=self._in_source())
        hint = self.did_you_mean(text)
        raise InputError("err.unknown_gemeente", query=quote(query), source=self._in_source(), hint=hint)

    def _in_source(self) -> Msg | str:
        return Msg("err.in_file", path=self.source) if not self.shipped else ""

    def _via_merger(self, merger: Merger) -> Resolution:
        new = self.by_nis[merger.new_nis_code]
        if merger.old_nis_code == new.nis_code:
            return Resolution(new)
        if normalize(merger.old_name_nl) == normalize(new.name_nl):
            partners = [
                m.old_name_nl
                for m in self.mergers
                if m.new_nis_code == new.nis_code and m.old_nis_code != merger.old_nis_code
            ]
            note = Msg(
                "note.code_changed",
                name=new.name_nl,
                code=new.nis_code,
                old_code=merger.old_nis_code,
                partners=Joined(partners),
            )
            return Resolution(new, note)
        note = Msg(
            "note.merged",
            old=merger.old_name_nl,
            old_code=merger.old_nis_code,
            new=new.name_nl,
            code=new.nis_code,
        )
        return Resolution(new, note)

    def _via_part(self, part: Deelgemeente) -> Resolution:
        gemeente = self.by_nis.get(part.nis_code)
        if gemeente is None:
            raise InputError(
                "err.part_other_territory",
                part=part.name_nl,
                name=part.gemeente_nl,
                code=part.nis_code,
                territory=self.territory.value,
            )
        return Resolution(
            gemeente, Msg("note.part_of", part=part.name_nl, name=gemeente.name_nl, code=gemeente.nis_code)
        )

    def old_name(self, nis_code: str) -> str:
        """The name of a pre-2025 gemeente by its old code (the code itself if unknown)."""
        merger = self._mergers_by_old.get(nis_code)
        return merger.old_name_nl if merger is not None else nis_code

    def merged_with(self, municipality: Municipality) -> list[str]:
        """The names of the other pre-2025 gemeenten a gemeente was formed from."""
        return [
            self.old_name(code)
            for code in municipality.predecessor_nis_codes
            if code != municipality.nis_code
        ]

    def search(self, query: str) -> list[Municipality]:
        """Gemeenten whose name, a pre-2025 name of their territory or a deelgemeente contains
        `query` (folded), or whose NIS code starts with it."""
        key = normalize(query)
        code = query.strip()
        parts: dict[str, list[str]] = {}
        for part in self.deelgemeenten:
            parts.setdefault(part.nis_code, []).append(part.name_nl)

        def matches(m: Municipality) -> bool:
            if code and m.nis_code.startswith(code):
                return True
            names = [
                m.name_nl,
                *(self.old_name(c) for c in m.predecessor_nis_codes),
                *parts.get(m.nis_code, ()),
            ]
            return bool(key) and any(key in normalize(name) for name in names)

        return [m for m in self.municipalities if matches(m)]


def select(
    data: MunicipalityData,
    queries: Sequence[Query | str] = (),
    *,
    province: str | None = None,
    everything: bool = False,
) -> Selection:
    """The gemeenten a request names: `queries` in the order given, then a province's; or all.

    Each gemeente appears once. A query that follows a merger or a deelgemeente adds a note.
    """
    if everything:
        return Selection(list(data.municipalities))
    chosen: dict[str, Municipality] = {}
    notes: list[Msg] = []
    for query in queries:
        item = query if isinstance(query, Query) else Query(query)
        try:
            resolution = data.resolve(item.text)
        except InputError as error:
            if item.where:
                raise InputError("err.at", where=item.where, error=Msg(error.key, **error.params)) from None
            raise
        if resolution.note is not None and resolution.note not in notes:
            notes.append(resolution.note)
        chosen.setdefault(resolution.municipality.nis_code, resolution.municipality)
    if province is not None:
        for municipality in data.in_province(data.province(province)):
            chosen.setdefault(municipality.nis_code, municipality)
    return Selection(list(chosen.values()), notes)
