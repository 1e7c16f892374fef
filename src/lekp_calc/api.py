"""The library: everything the command line does, as typed Python calls that never print.

    from lekp_calc import Lekp

    lekp = Lekp()                                  # the shipped data, territory 2025
    result = lekp.targets(["Mol"], werf=2)
    for record in result.records():                # exactly the rows of the CSV export
        print(record["indicator"], record["target"])

`Lekp` loads its data when first needed (the shipped files, or files you name) and offers
one method per command: `targets`, `gemeenten`, `werven`, `summary`, `compare`,
`trajectory`, `progress`, `template`, `report`, `laadpunten`, and `population_from_statbel`
for `lekp data population`. `check_files` validates files. A method imports
the computing module it needs when first called (summaries, progress, checks), so a
program — or a command — pays only for what it uses. Parameter names
are the command line's option names (`jaar` is the population year, `tot` the last year
of realisations counted); every default and every refusal is decided here, once, and
refused values raise `UsageError` naming the parameter. See docs/api.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .check.codes import Code
from .check.problems import Problem
from .datafiles import load
from .domain import rules
from .domain.model import Baseline, Catalogue, Municipality, Realisation, Rounding, Territory
from .domain.names import collation_key, normalize
from .domain.selection import MunicipalityData, Query, Selection, select
from .domain.targets import TargetPlan, custom_subject, subject_for
from .errors import DataError, InputError, UsageError
from .messages import Joined, Msg, Option
from .results import (
    AssumptionsResult,
    CatalogueResult,
    CompareResult,
    GemeentenResult,
    GemeenteProgress,
    LaadpuntenResult,
    ProgressResult,
    ReportResult,
    SummaryResult,
    TargetsResult,
    TemplateResult,
    TrajectoryResult,
)
from .strings import quote

if TYPE_CHECKING:
    from .check.checks import CheckReport
    from .datafiles.population import PopulationUpdate
    from .domain.aggregate import Per
    from .site import Site

PathLike = Path | str


class Lekp:
    """The LEKP calculator over one catalogue and one territory's gemeenten.

    `catalogue` and `municipalities` name other data files than the shipped ones;
    `grondgebied` chooses the territory: '2025' (285 gemeenten) or '2024' (the 300 that
    signed the pact). Files are read when first needed and checked in full; a problem
    raises `DataError` with every finding.
    """

    def __init__(
        self,
        *,
        catalogue: PathLike | None = None,
        municipalities: PathLike | None = None,
        grondgebied: Territory | str | None = None,
    ) -> None:
        self._catalogue_path = catalogue
        self._municipalities_path = municipalities
        # The default territory is decided here once: the 285 gemeenten from 2025.
        self.grondgebied = _territory(grondgebied if grondgebied is not None else Territory.T2025)

    @cached_property
    def catalogue(self) -> Catalogue:
        """The catalogue of werven, targets and engagements."""
        return load.load_catalogue(self._catalogue_path)

    @cached_property
    def data(self) -> MunicipalityData:
        """The gemeenten of the territory, the merger mapping and the deelgemeenten."""
        return load.load_municipalities(self._municipalities_path, territory=self.grondgebied)

    # --- choosing gemeenten -----------------------------------------------------------------

    def select(
        self,
        gemeenten: Sequence[str] | str = (),
        *,
        provincie: str | None = None,
        alle: bool = False,
        gemeenten_file: PathLike | None = None,
    ) -> Selection:
        """The gemeenten named (names, NIS codes, pre-2025 names, deelgemeenten), a province's,
        those of a list file, or all; with the notes of any merger or deelgemeente followed."""
        queries: list[Query | str] = list(_names(gemeenten))
        if gemeenten_file is not None:
            queries += load.load_gemeenten_list(gemeenten_file)
        return select(self.data, queries, province=provincie, everything=alle)

    def _selection(
        self,
        gemeenten: Sequence[str] | str,
        provincie: str | None,
        alle: bool,
        gemeenten_file: PathLike | None,
        *,
        default_all: bool = False,
    ) -> Selection:
        named = bool(gemeenten) or provincie is not None or gemeenten_file is not None
        if alle and named:
            raise UsageError("alle", "err.alle_and_names", alle=Option("alle", flag=True))
        return self.select(
            gemeenten,
            provincie=provincie,
            alle=alle or (default_all and not named),
            gemeenten_file=gemeenten_file,
        )

    def _one(self, gemeente: str) -> tuple[Municipality, list[Msg]]:
        selection = self.select([gemeente])
        return selection.municipalities[0], selection.notes

    # --- targets ------------------------------------------------------------------------

    def targets(
        self,
        gemeenten: Sequence[str] | str = (),
        *,
        provincie: str | None = None,
        alle: bool = False,
        gemeenten_file: PathLike | None = None,
        werf: int | None = None,
        jaar: int | None = None,
        pact: str | None = None,
        rounding: Rounding | str | None = None,
        inwoners: int | None = None,
        wooneenheden: int | None = None,
        lang: str = "nl",
    ) -> TargetsResult:
        """The targets of gemeenten; with only `inwoners`/`wooneenheden`, a what-if of that size."""
        version = rules.pact_version(self.catalogue, pact)
        chosen_werf = rules.werf_number(self.catalogue, werf)
        rules.basis_value("inwoners", inwoners)
        rules.basis_value("wooneenheden", wooneenheden)
        custom = inwoners is not None or wooneenheden is not None
        named = bool(gemeenten) or provincie is not None or alle or gemeenten_file is not None
        if not named and not custom:
            raise UsageError("gemeente", "err.which_gemeente", **_which(), inwoners=Option("inwoners", "N"))
        plan = TargetPlan(self.catalogue, version, werf=chosen_werf, rounding=_rounding(rounding))
        if not named:
            subject = custom_subject(inwoners, wooneenheden)
            missing = [i.key for i in plan.indicators if subject.basis(i.basis)[0] is None]
            notes = []
            if missing:
                need = Option("wooneenheden" if inwoners is not None else "inwoners")
                notes.append(Msg("note.not_computed", need=need, keys=Joined(missing)))
            return TargetsResult(
                self.catalogue, plan, [subject], None, lang, chosen_werf, self.grondgebied, notes
            )
        selection = self._selection(gemeenten, provincie, alle, gemeenten_file)
        if custom and len(selection.municipalities) != 1:
            raise UsageError(
                "inwoners",
                "err.override_one",
                inwoners=Option("inwoners"),
                wooneenheden=Option("wooneenheden"),
            )
        year = rules.population_year(self.data, jaar)
        subjects = [
            subject_for(m, year, inwoners=inwoners, wooneenheden=wooneenheden)
            for m in selection.municipalities
        ]
        return TargetsResult(
            self.catalogue, plan, subjects, year, lang, chosen_werf, self.grondgebied, selection.notes
        )

    def gemeenten(
        self, query: str | None = None, *, provincie: str | None = None, jaar: int | None = None
    ) -> GemeentenResult:
        """The gemeenten whose name, pre-2025 name, deelgemeente or NIS code matches `query`."""
        year = rules.population_year(self.data, jaar)
        found = self.data.search(query) if query else list(self.data.municipalities)
        if provincie is not None:
            province = self.data.province(provincie)
            found = [m for m in found if m.province_nl == province]
        found.sort(key=lambda m: (_relevance(m.name_nl, query), collation_key(m.name_nl)))
        # A huge query is cut by the message itself (messages.MAX_PARAMETER).
        notes = (
            []
            if found
            else [Msg("note.no_match", query=query or "", hint=self.data.did_you_mean(query or ""))]
        )
        return GemeentenResult(self.data, found, year, query, notes)

    def werven(
        self, *, pact: str | None = None, werf: int | None = None, lang: str = "nl"
    ) -> CatalogueResult:
        """The catalogue under a pact version: every target with its ratio, deadline and source."""
        version = rules.pact_version(self.catalogue, pact)
        chosen = rules.werf_number(self.catalogue, werf)
        return CatalogueResult(self.catalogue, version, chosen, lang, today=rules.today())

    def assumptions(self, *, pact: str | None = None, lang: str = "nl") -> AssumptionsResult:
        """lekp's own choices where no source decides, with the targets and engagements of a pact
        version that depend on each."""
        return AssumptionsResult(self.catalogue, rules.pact_version(self.catalogue, pact), lang)

    # --- many gemeenten -----------------------------------------------------------------------

    def summary(
        self,
        *,
        per: Per | str = "provincie",
        gemeenten: Sequence[str] | str = (),
        provincie: str | None = None,
        alle: bool = False,
        gemeenten_file: PathLike | None = None,
        werf: int | None = None,
        jaar: int | None = None,
        pact: str | None = None,
        rounding: Rounding | str | None = None,
        lang: str = "nl",
    ) -> SummaryResult:
        """Every target totalled per provincie, arrondissement or gemeente (default: all of Flanders)."""
        from .domain.aggregate import Per, summarize

        version = rules.pact_version(self.catalogue, pact)
        chosen_werf = rules.werf_number(self.catalogue, werf)
        grouping = _choice("per", per, Per)
        selection = self._selection(gemeenten, provincie, alle, gemeenten_file, default_all=True)
        everything = len(selection.municipalities) == len(self.data.municipalities)
        year = rules.population_year(self.data, jaar)
        result = summarize(
            self.catalogue,
            version,
            selection.municipalities,
            year,
            per=grouping,
            werf=chosen_werf,
            rounding=_rounding(rounding),
            flanders=everything,
        )
        return SummaryResult(result, self.catalogue, self.grondgebied, lang, selection.notes)

    def compare(
        self,
        gemeenten: Sequence[str] | str = (),
        *,
        provincie: str | None = None,
        alle: bool = False,
        gemeenten_file: PathLike | None = None,
        werf: int | None = None,
        jaar: int | None = None,
        pact: str | None = None,
        rounding: Rounding | str | None = None,
        lang: str = "nl",
    ) -> CompareResult:
        """Gemeenten side by side (at least two): each target, and per 1,000 inwoners."""
        from .domain.aggregate import compare

        version = rules.pact_version(self.catalogue, pact)
        chosen_werf = rules.werf_number(self.catalogue, werf)
        selection = self._selection(gemeenten, provincie, alle, gemeenten_file)
        if len(selection.municipalities) < 2:
            raise UsageError("gemeente", "err.compare_two", **_which())
        year = rules.population_year(self.data, jaar)
        result = compare(
            self.catalogue,
            version,
            selection.municipalities,
            year,
            werf=chosen_werf,
            rounding=_rounding(rounding),
        )
        return CompareResult(result, self.grondgebied, lang, selection.notes, self.catalogue)

    # --- progress ---------------------------------------------------------------------------

    def trajectory(
        self,
        gemeente: str | Sequence[str],
        *,
        indicator: str | None = None,
        jaar: int | None = None,
        pact: str | None = None,
        rounding: Rounding | str | None = None,
        baseline: PathLike | Baseline | None = None,
        lang: str = "nl",
    ) -> TrajectoryResult:
        """The straight path to each target of one gemeente: the expected cumulative amount at each
        year end. More than one gemeente is refused, never one of them dropped."""
        from .domain.progress import engagement_paths, trajectory

        names = _names(gemeente)
        if len(names) != 1:
            raise UsageError("gemeente", "err.one_gemeente", names=Joined(names), gemeente=Option("gemeente"))
        version = rules.pact_version(self.catalogue, pact)
        key = rules.indicator_key(self.catalogue, version, indicator)
        municipality, notes = self._one(names[0])
        year = rules.population_year(self.data, jaar)
        plan = TargetPlan(self.catalogue, version, rounding=_rounding(rounding))
        points = trajectory(plan.apply(subject_for(municipality, year)), key)
        paths = engagement_paths(self.catalogue, version, _baseline(baseline)) if baseline is not None else []
        return TrajectoryResult(
            subject_for(municipality, year),
            version,
            points,
            paths,
            plan.rounding,
            lang,
            notes,
            self.catalogue,
        )

    def progress(
        self,
        gemeenten: Sequence[str] | str = (),
        *,
        realisaties: PathLike,
        provincie: str | None = None,
        alle: bool = False,
        gemeenten_file: PathLike | None = None,
        tot: int | None = None,
        jaar: int | None = None,
        pact: str | None = None,
        rounding: Rounding | str | None = None,
        lang: str = "nl",
    ) -> ProgressResult:
        """Realisations against targets at the end of year `tot`, for one gemeente or many.

        `tot` defaults to the last year in the file. The population year `jaar` defaults to
        the year judged (1 January of `tot`; lekp's assumption, see `assumptions()`), or to
        the newest year in the data when that is earlier. A file may hold many gemeenten
        (`nis_code` column): every gemeente it covers is computed, so that one gemeente can
        be set against its province and its size class.
        """
        from .domain.progress import progress

        version = rules.pact_version(self.catalogue, pact)
        if tot is not None:
            rules.judged_year("tot", tot)
        selection = self._selection(gemeenten, provincie, alle, gemeenten_file)
        if not selection.municipalities:
            raise UsageError("gemeente", "err.which_gemeenten", **_which())
        notes = list(selection.notes)
        rows = load.load_realisations(realisaties, self.catalogue.indicator_keys)
        owners = self._owners(rows, selection.municipalities, str(realisaties))
        chosen = {m.nis_code for m in selection.municipalities}
        mine = [r for code, rs in owners.items() if code in chosen for r in rs]
        if not mine:
            if len(selection.municipalities) == 1:
                municipality = selection.municipalities[0]
                raise InputError(
                    "err.no_realisations",
                    path=str(realisaties),
                    name=municipality.name_nl,
                    code=municipality.nis_code,
                )
            raise InputError("err.no_realisations_many", path=str(realisaties))
        # By default the last year in the file, but never a year still to come (a row for it is a
        # warning, R604): its targets cannot be judged yet. A year after every value of the file
        # is refused: nobody reported anything for it, and it would read as all behind.
        last_in_file = max(r.jaar for r in rows)
        if tot is not None and tot > last_in_file:
            raise InputError(
                "err.tot_past_data",
                path=str(realisaties),
                year=tot,
                last=last_in_file,
                tot=Option("tot", last_in_file),
            )
        until = tot if tot is not None else min(max(r.jaar for r in mine), rules.today().year)
        recorded = next((r.bevolkingsjaar for r in rows if r.bevolkingsjaar is not None), None)
        year, source = self._judged_population_year(jaar, until, recorded, notes)
        plan = TargetPlan(self.catalogue, version, rounding=_rounding(rounding))

        # Where the population of the year judged differs from the one that judges, both are shown.
        other = until if source != "judged" and until != year and until in self.data.years else None

        def of(municipality: Municipality) -> GemeenteProgress:
            subject = subject_for(municipality, year)
            return GemeenteProgress(
                subject,
                progress(plan.apply(subject), owners.get(municipality.nis_code, []), until),
                municipality.population[other] if other is not None else None,
            )

        asked = [of(m) for m in selection.municipalities]
        # Every owner is a gemeente of the territory (`_owners` refuses others); one asked for
        # is computed once.
        done = {g.subject.nis_code: g for g in asked}
        context = [done.get(code) or of(self.data.by_nis[code]) for code in owners]
        if len(asked) == 1:
            silent = [item.indicator.key for item in asked[0].items if not item.reported]
            if silent:
                notes.append(Msg("note.not_reported", keys=Joined(silent), path=str(realisaties)))
        province = self.data.province(provincie) if provincie is not None else None
        return ProgressResult(
            self.catalogue,
            version,
            until,
            year,
            asked,
            context,
            province,
            plan.rounding,
            lang,
            notes,
            alle,
            population_source=source,
            other_population_year=other,
        )

    def _owners(
        self, rows: list[Realisation], selection: list[Municipality], path: str
    ) -> dict[str, list[Realisation]]:
        """The rows of a realisations file by the gemeente they count for (a pre-2025 code for
        the gemeente it merged into); rows without a code belong to the one gemeente asked for."""
        successor = {code: m.nis_code for m in self.data.municipalities for code in m.predecessor_nis_codes}
        owners: dict[str, list[Realisation]] = {}
        strangers: list[Problem] = []
        for row in rows:
            if row.nis_code is None:
                if len(selection) != 1:
                    raise InputError("err.realisations_without_code", path=path)
                owner = selection[0].nis_code
            else:
                owner = successor.get(row.nis_code, row.nis_code)
                if owner not in self.data.by_nis:
                    # R605 as `lekp check` says it, for the territory in use (check accepts either).
                    params = {
                        "nis": row.nis_code,
                        "territory": self.grondgebied.value,
                        "option": Option("grondgebied"),
                    }
                    strangers.append(
                        Problem(path, row.line, None, Code.R605, "nis_territory", params, sheet=row.sheet)
                    )
                    continue
            owners.setdefault(owner, []).append(row)
        if strangers:
            raise DataError(strangers)
        return owners

    def _judged_population_year(
        self, jaar: int | None, until: int, recorded: int | None, notes: list[Msg]
    ) -> tuple[int, str]:
        """The population year of progress and why: `jaar`; else the year the realisations file
        records (the template was made with it: one set of targets from template to report); else
        the year judged; else the newest in the data."""
        if jaar is not None:
            year = rules.population_year(self.data, jaar)
            if recorded is not None and recorded != year:
                notes.append(Msg("note.population_not_recorded", year=year, recorded=recorded))
            return year, "jaar"
        if recorded is not None:
            if recorded not in self.data.years:
                raise InputError(
                    "err.no_population_year",
                    year=recorded,
                    first=self.data.years[0],
                    last=self.data.years[-1],
                )
            notes.append(Msg("note.population_recorded", year=recorded, option=Option("jaar")))
            return recorded, "template"
        if until in self.data.years:
            notes.append(Msg("note.population_of_judged_year", year=until, option=Option("jaar")))
            return until, "judged"
        notes.append(Msg("note.population_newest", year=self.data.latest_year, until=until))
        return self.data.latest_year, "newest"

    def laadpunten(self, bestand: PathLike, *, lang: str = "nl") -> LaadpuntenResult:
        """A list of charging points counted as charging-point equivalents (werf 3): per point with
        the rule applied, per gemeente and year, and cumulated since 2021.

        The scale is the catalogue's (`charging_scale`, with its source); a NIS code of the list
        counts for the gemeente of the territory it is or merged into, and one that is no gemeente
        of the territory is refused (R605), as in a realisations file. `result.realisations()`
        gives the yearly equivalents as a realisations file for `progress`.
        """
        from .domain.laadpunten import count_points

        scale = self.catalogue.charging_scale
        if scale is None:
            raise InputError("err.no_charging_scale")
        points = load.load_points(bestand, today=rules.today())
        successor = {code: m.nis_code for m in self.data.municipalities for code in m.predecessor_nis_codes}
        strangers: list[Problem] = []
        mapped = []
        for listed in points:
            if listed.nis_code is None:
                mapped.append(listed)
                continue
            owner = successor.get(listed.nis_code, listed.nis_code)
            if owner not in self.data.by_nis:
                # R605 as `lekp check` says it, for the territory in use (check accepts either).
                params = {"nis": listed.nis_code, "territory": self.grondgebied.value}
                where = (str(bestand), listed.line, None, Code.R605, "nis_territory", params)
                strangers.append(Problem(*where, sheet=listed.sheet))
                continue
            mapped.append(replace(listed, nis_code=owner))
        if strangers:
            raise DataError(strangers)
        names = {p.nis_code: self.data.by_nis[p.nis_code].name_nl for p in mapped if p.nis_code is not None}
        notes = [Msg("note.laadpunten_scale")]
        return LaadpuntenResult(self.catalogue, str(bestand), count_points(mapped, scale), names, lang, notes)

    def template(
        self,
        gemeenten: Sequence[str] | str = (),
        *,
        provincie: str | None = None,
        alle: bool = False,
        gemeenten_file: PathLike | None = None,
        pact: str | None = None,
        lang: str = "nl",
    ) -> TemplateResult:
        """An empty realisations file for gemeenten: a row per indicator and year to fill in."""
        version = rules.pact_version(self.catalogue, pact)
        selection = self._selection(gemeenten, provincie, alle, gemeenten_file)
        if not selection.municipalities:
            raise UsageError("gemeente", "err.which_gemeenten", **_which())
        year = self.data.latest_year
        subjects = [subject_for(m, year) for m in selection.municipalities]
        # Every row records the population year the template is made with: progress and the
        # report read it back, so the targets are the same from template to report.
        return TemplateResult(subjects, self.catalogue.indicators_for(version), lang, selection.notes, year)

    def report(
        self,
        gemeenten: Sequence[str] | str = (),
        *,
        provincie: str | None = None,
        alle: bool = False,
        gemeenten_file: PathLike | None = None,
        realisaties: PathLike | None = None,
        tot: int | None = None,
        jaar: int | None = None,
        baseline: PathLike | Baseline | None = None,
        pact: str | None = None,
        rounding: Rounding | str | None = None,
        lang: str = "nl",
    ) -> ReportResult:
        """Everything a council report shows: for one gemeente its targets, and its progress and
        baseline ceilings when their files are given; for many (a province) their progress,
        spread per target and drawn on maps, or without realisations their targets per werf and
        their sums (`ReportResult.summary`)."""
        from . import __version__

        names = _names(gemeenten)
        many = len(names) > 1 or provincie is not None or alle or gemeenten_file is not None
        if tot is not None and realisaties is None:
            raise UsageError(
                "tot",
                "err.tot_without_realisaties",
                realisaties=Option("realisaties", Msg("word.metavar_file")),
            )
        progress_result = None
        if realisaties is not None:
            progress_result = self.progress(
                names,
                realisaties=realisaties,
                provincie=provincie,
                alle=alle,
                gemeenten_file=gemeenten_file,
                tot=tot,
                jaar=jaar,
                pact=pact,
                rounding=rounding,
                lang=lang,
            )
        if many:
            if baseline is not None:
                raise UsageError("baseline", "err.baseline_one_gemeente")
            if progress_result is not None:
                return ReportResult(None, progress_result, None, self.grondgebied, __version__, rules.today())
            # Without realisations: the targets of every gemeente per werf, and their sums.
            summary = self.summary(
                per="gemeente",
                gemeenten=names,
                provincie=provincie,
                alle=alle,
                gemeenten_file=gemeenten_file,
                jaar=jaar,
                pact=pact,
                rounding=rounding,
                lang=lang,
            )
            province = self.data.province(provincie) if provincie is not None else None
            return ReportResult(
                None,
                None,
                None,
                self.grondgebied,
                __version__,
                rules.today(),
                summary=summary,
                province=province,
            )
        if not names:
            raise UsageError("gemeente", "err.which_gemeenten", **_which())
        # The targets are those of the population year the progress is judged with.
        year = progress_result.population_year if progress_result is not None else jaar
        targets = self.targets(names, jaar=year, pact=pact, rounding=rounding, lang=lang)
        trajectory_result = None
        if baseline is not None:
            trajectory_result = self.trajectory(
                names[0], jaar=year, pact=pact, rounding=rounding, baseline=baseline, lang=lang
            )
        subject = targets.subjects[0]
        # The locator map shows the gemeente in its province.
        area = (
            tuple(m.nis_code for m in self.select(provincie=subject.province).municipalities)
            if subject.nis_code is not None and subject.province
            else ()
        )
        return ReportResult(
            targets,
            progress_result,
            trajectory_result,
            self.grondgebied,
            __version__,
            rules.today(),
            area=area,
        )

    # --- the site -------------------------------------------------------------------------------

    def site(
        self,
        *,
        realisaties: PathLike | None = None,
        lang: str | Sequence[str] = "nl",
        jaar: int | None = None,
        pact: str | None = None,
        rounding: Rounding | str | None = None,
        tot: int | None = None,
    ) -> Site:
        """A static website of every gemeente of the territory: a mapping from each file's relative
        path to its bytes (made when asked), with `write(folder)`.

        `lang` is one language or several (the first at the site's root, the others in a folder
        each, linked to each other). With `realisaties` every page shows progress, judged up to
        `tot` (default: the file's last year), with the population year as `progress` chooses it;
        without, the targets and the path to them. The date the site says it was made is
        SOURCE_DATE_EPOCH when set, else today: the same inputs give the same bytes.
        """
        from . import __version__
        from .messages import LANGS
        from .site import Request, build, build_date

        langs = [lang] if isinstance(lang, str) else list(lang)
        if not langs:
            langs = ["nl"]
        for index, chosen in enumerate(langs):
            if chosen not in LANGS:
                raise UsageError("lang", "err.choose", value=quote(chosen), choices=Joined(LANGS))
            if chosen in langs[:index]:
                raise UsageError("lang", "err.site_lang_twice", lang=chosen)
        version = rules.pact_version(self.catalogue, pact)
        chosen_rounding = _rounding(rounding)
        if jaar is not None:
            rules.population_year(self.data, jaar)
        if tot is not None:
            if realisaties is None:
                raise UsageError(
                    "tot",
                    "err.tot_without_realisaties",
                    realisaties=Option("realisaties", Msg("word.metavar_file")),
                )
            rules.judged_year("tot", tot)
        request = Request(
            tuple(langs),
            str(realisaties) if realisaties is not None else None,
            jaar,
            version,
            chosen_rounding.value if chosen_rounding is not None else None,
            tot,
            build_date(),
            __version__,
        )
        return build(self, request)

    # --- data files ---------------------------------------------------------------------------

    def population_from_statbel(
        self,
        path: PathLike,
        *,
        jaar: int | None = None,
        replace: bool = False,
        output: PathLike | None = None,
    ) -> PopulationUpdate:
        """The municipalities file in use with the population year of Statbel's own file at `path`.

        `path` is Statbel's `TF_SOC_POP_STRUCT_<year>` as published (the zip, the .txt in it,
        or an .xlsx); the year comes from its names or `jaar`. The file and its territory are
        checked in full, and where the municipalities file already holds that year every
        gemeente must agree unless `replace`; any problem raises `DataError` with every one,
        located, and nothing is written. With `output`, the file is written there (atomically,
        never over the shipped data) with its provenance beside it (`output.provenance.json`).
        """
        from .datafiles.population import destination, update_population

        if jaar is not None:
            rules.check_year("jaar", jaar)
        if output is not None:
            destination(output, path)  # refused before a 100 MB file is read
        base, shipped = load.municipalities_file(self._municipalities_path, self.grondgebied)
        update = update_population(
            path,
            base,
            base_shipped=shipped,
            mergers=load.load_mergers(),
            territory=self.grondgebied,
            jaar=jaar,
            replace=replace,
        )
        if output is not None:
            update.save(output)
        return update


def _names(gemeenten: Sequence[str] | str) -> list[str]:
    """The gemeenten named: a single text is one name (never its letters), a sequence many."""
    return [gemeenten] if isinstance(gemeenten, str) else list(gemeenten)


def _which() -> dict[str, Option]:
    """The options that choose gemeenten, for a message that asks for them."""
    name = Msg("word.metavar_name")
    return {
        "gemeente": Option("gemeente", name),
        "provincie": Option("provincie", name),
        "file": Option("gemeenten-file", Msg("word.metavar_file")),
        "alle": Option("alle", flag=True),
    }


def _territory(value: Territory | str) -> Territory:
    return _choice("grondgebied", value, Territory)


def _relevance(name: str, query: str | None) -> int:
    """How well a gemeente's own name answers a search: 0 it is the name, 1 it starts with it, 2 it
    holds it, 3 only an old name, a deelgemeente or the NIS code matches. Within each, the
    gemeenten are listed as a Fleming sorts them (`collation_key`), never by NIS code."""
    if not query:
        return 0
    key, own = normalize(query), normalize(name)
    if own == key:
        return 0
    if own.startswith(key):
        return 1
    return 2 if key and key in own else 3


def _rounding(value: Rounding | str | None) -> Rounding | None:
    return None if value is None else _choice("rounding", value, Rounding)


_Choice = TypeVar("_Choice", bound=StrEnum)


def _choice(parameter: str, value: object, kind: type[_Choice]) -> _Choice:
    try:
        return kind(str(value))
    except ValueError:
        raise UsageError(
            parameter, "err.choose", value=quote(value), choices=Joined(v.value for v in kind)
        ) from None


def _baseline(baseline: PathLike | Baseline) -> Baseline:
    return baseline if isinstance(baseline, Baseline) else load.load_baseline(baseline)


def check_files(
    paths: Sequence[PathLike] | None = None,
    *,
    strict: bool = False,
    skip_unknown: bool = False,
    ignore: Sequence[str] = (),
    max_change: float | str | None = None,
    headline_tolerance: float | str | None = None,
) -> CheckReport:
    """Check data files (by default the shipped ones); the report lists every problem.

    `max_change` and `headline_tolerance` are percentages from 0 to 1,000 (a text such as
    '2,5' is read too); anything else raises `UsageError`.
    """
    from .check.checks import (
        DEFAULT_HEADLINE_TOLERANCE,
        DEFAULT_MAX_CHANGE,
        CheckOptions,
        parse_ignore,
        run_checks,
    )

    options = CheckOptions(
        strict=strict,
        skip_unknown=skip_unknown,
        ignore=parse_ignore(ignore),
        max_change=rules.percent("max_change", max_change) if max_change is not None else DEFAULT_MAX_CHANGE,
        headline_tolerance=rules.percent("headline_tolerance", headline_tolerance)
        if headline_tolerance is not None
        else DEFAULT_HEADLINE_TOLERANCE,
    )
    return run_checks(paths, options)
