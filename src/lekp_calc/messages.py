"""The one message catalogue: every word lekp shows a user, in Dutch (default) and English.

Labels, headings, statuses, notes, errors and the problems `lekp check` reports all come
from here, looked up by a stable key. `text(key, lang, **params)` fills in the parameters;
a parameter that must itself be shown in the user's language (a number with its thousands
separator, another message) is given as a `Localized` value and rendered last.

Keys are grouped by prefix: `col.` column labels, `unit.`, `status.`, `err.` errors,
`note.` notes, `problem.` data-file findings, and one prefix per view.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from decimal import Decimal
from typing import Protocol, runtime_checkable

from .numberformat import human

LANGS = ("nl", "en")
DEFAULT_LANG = "nl"


@runtime_checkable
class Localized(Protocol):
    """A message parameter rendered in the language of the message."""

    def localize(self, lang: str) -> str:
        """The value as shown in `lang`."""
        ...


class Num:
    """A number parameter: '38.793' in Dutch, '38,793' in English."""

    __slots__ = ("decimals", "value")

    def __init__(self, value: Decimal | int, decimals: int | None = None) -> None:
        self.value = value
        self.decimals = decimals

    def localize(self, lang: str) -> str:
        """The number in `lang`."""
        return human(self.value, lang, self.decimals)


class Msg:
    """Another message as a parameter (a phrase that is itself translated)."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params

    def localize(self, lang: str) -> str:
        """The message in `lang`."""
        return text(self.key, lang, **self.params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.params!r})"


# How a message names a parameter: a Python caller knows it as a keyword (`jaar=…`), a user of
# the command line as an option (`--jaar`). The library's default is the keyword; the command
# line sets "option" for the run (cli/__init__.py), so one message serves both callers.
OPTION_STYLE: ContextVar[str] = ContextVar("lekp_option_style", default="keyword")
_KEYWORDS = {"gemeente": "gemeenten"}  # command-line options whose keyword differs beyond '-' → '_'


class Option:
    """A parameter named as the caller knows it: '--jaar' on the command line, 'jaar=…' in Python.

    `metavar` is the placeholder of its value (a plain text or a `Localized`); `flag` marks an
    option without a value (`--alle`, `alle=True`).
    """

    __slots__ = ("flag", "metavar", "name")

    def __init__(self, name: str, metavar: object = None, *, flag: bool = False) -> None:
        self.name = name
        self.metavar = metavar
        self.flag = flag

    def localize(self, lang: str) -> str:
        """The parameter as the caller of this run knows it, in `lang`."""
        value = _value(self.metavar, lang) if self.metavar is not None else ""
        if OPTION_STYLE.get() == "option":
            return f"--{self.name} {value}" if value else f"--{self.name}"
        keyword = _KEYWORDS.get(self.name, self.name.replace("-", "_"))
        return f"{keyword}=True" if self.flag else f"{keyword}={value or '…'}"


class Plural:
    """A counted phrase: `Plural('unit.gemeente', 1)` is '1 gemeente', with 2 '2 gemeenten'."""

    __slots__ = ("count", "key")

    def __init__(self, key: str, count: int) -> None:
        self.key = key
        self.count = count

    def localize(self, lang: str) -> str:
        """The count and the word in `lang`."""
        return plural(self.key, self.count, lang)


class Joined:
    """A list of localized or plain values joined by ', '."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[object]) -> None:
        self.items = list(items)

    def localize(self, lang: str) -> str:
        """The items in `lang`, comma-separated."""
        return ", ".join(_value(item, lang) for item in self.items)


MAX_PARAMETER = 500  # characters of one plain value a message repeats (a path, a name typed)


def _value(value: object, lang: str) -> str:
    # Plain texts and numbers first: a check against the Localized protocol is slow, and a page of
    # the site fills in some hundred thousand parameters.
    kind = type(value)
    if kind is str or kind is int:
        return middle(str(value), MAX_PARAMETER)
    if isinstance(value, Localized):
        return value.localize(lang)
    return middle(str(value), MAX_PARAMETER)


def middle(value: str, limit: int) -> str:
    """`value` cut in the middle to `limit` characters: a huge file name or query is echoed by its
    beginning and its end (where the file's own name is), never whole."""
    if len(value) <= limit:
        return value
    half = (limit - 1) // 2
    return value[:half] + "…" + value[len(value) - half :]


def text(key: str, lang: str = DEFAULT_LANG, /, **params: object) -> str:
    """The message `key` in `lang` ('nl' or 'en'), its `{parameters}` filled in."""
    nl, en = MESSAGES[key]
    template = en if lang == "en" else nl
    if not params:
        return template
    return template.format_map(_Params({name: _value(value, lang) for name, value in params.items()}))


class _Params(dict[str, str]):
    """Parameters of a message; one a template names but nobody gave reads as empty."""

    def __missing__(self, key: str) -> str:
        return ""


def plural(key: str, count: int, lang: str = DEFAULT_LANG) -> str:
    """'1 gemeente', '285 gemeenten': `key` names a pair `key.one` / `key.other`."""
    form = "one" if count == 1 else "other"
    return text(f"{key}.{form}", lang, n=Num(count))


def label(key: str, lang: str = DEFAULT_LANG) -> str:
    """The label of a column key (`col.<key>`)."""
    return text(f"col.{key}", lang)


MESSAGES: dict[str, tuple[str, str]] = {}

# --- words and units ---------------------------------------------------------------------
MESSAGES.update(
    {
        "word.error": ("fout", "error"),
        "word.note": ("noot", "note"),
        "word.per": ("per", "per"),
        "word.pact": ("LEKP {version}", "LEKP {version}"),
        "word.province_of": ("provincie {name}", "province {name}"),
        "word.arrondissement_of": ("arrondissement {name}", "arrondissement {name}"),
        "word.on_1_january": ("op 1 januari {year}", "on 1 January {year}"),
        "word.given": ("opgegeven", "given"),
        "word.census_proxy": ("Census 2021, benadering", "Census 2021, a proxy"),
        "word.inwoners_on": ("inwoners op 1 januari {year}", "inhabitants on 1 January {year}"),
        "word.territory": ("grondgebied {territory}", "territory {territory}"),
        "word.rounding": ("afronding: {rule}", "rounding: {rule}"),
        "word.werf_title": ("Werf {number}: {name} ({theme})", "Werf {number}: {name} ({theme})"),
        "word.unit_by": ("{unit}, tegen eind {year}", "{unit}, by end {year}"),
        "word.metavar_name": ("NAAM", "NAME"),
        "word.metavar_file": ("BESTAND", "FILE"),
        "word.version_unknown": ("versie niet vermeld in de bronnen", "version not stated in the sources"),
        "unit.stuks": ("stuks", "units"),
        "unit.m": ("m", "m"),
        "unit.m2": ("m²", "m²"),
        "unit.m3": ("m³", "m³"),
        "unit.kWp": ("kWp", "kWp"),
        "unit.wooneenheden": ("wooneenheden", "housing units"),
        "unit.inwoners": ("inwoners", "inhabitants"),
        "unit.gemeente.one": ("{n} gemeente", "{n} gemeente"),
        "unit.gemeente.other": ("{n} gemeenten", "{n} gemeenten"),
        "unit.file.one": ("{n} bestand", "{n} file"),
        "unit.file.other": ("{n} bestanden", "{n} files"),
        "unit.error.one": ("{n} fout", "{n} error"),
        "unit.error.other": ("{n} fouten", "{n} errors"),
        "unit.warning.one": ("{n} waarschuwing", "{n} warning"),
        "unit.warning.other": ("{n} waarschuwingen", "{n} warnings"),
        "basis.inwoners.one": ("inwoner", "inhabitant"),
        "basis.inwoners.other": ("inwoners", "inhabitants"),
        "basis.wooneenheden.one": ("wooneenheid", "housing unit"),
        "basis.wooneenheden.other": ("wooneenheden", "housing units"),
        "status.behaald": ("doel al bereikt", "target already reached"),
        "status.op_schema": ("op schema", "on track"),
        "status.achter": ("achter op schema", "behind schedule"),
        "rounding.catalogue": ("per doelstelling volgens de catalogus", "per target as the catalogue says"),
        "rounding.half-up": ("half naar boven", "half up"),
        "rounding.up": ("naar boven", "up"),
        "rounding.down": ("naar beneden", "down"),
        "rounding.none": ("geen (exacte waarde)", "none (the exact value)"),
        "per.provincie": ("provincie", "province"),
        "per.arrondissement": ("arrondissement", "arrondissement"),
        "per.gemeente": ("gemeente", "gemeente"),
        "table.dropped": (
            "Weggelaten om in {width} kolommen te passen: {columns}. Toon ze in een breder venster "
            "(COLUMNS=160) of met --format csv, markdown of html.",
            "Left out to fit {width} columns: {columns}. Show them in a wider window (COLUMNS=160) or with "
            "--format csv, markdown or html.",
        ),
        "table.dropped_view": (
            "Weggelaten om in {width} kolommen te passen: {columns}. Toon ze in een breder venster "
            "(COLUMNS=160) of met --format markdown of html.",
            "Left out to fit {width} columns: {columns}. Show them in a wider window (COLUMNS=160) or with "
            "--format markdown or html.",
        ),
        "table.part": ("{title} (deel {part} van {parts})", "{title} (part {part} of {parts})"),
        "about.pact": ("Pactversie", "Pact version"),
    }
)

# --- column labels (the key is the machine column of the export) -------------------------------
MESSAGES.update(
    {
        "col.nis_code": ("NIS", "NIS"),
        "col.gemeente": ("Gemeente", "Gemeente"),
        "col.gemeenten": ("Gemeenten", "Gemeenten"),
        "col.arrondissement": ("Arrondissement", "Arrondissement"),
        "col.provincie": ("Provincie", "Province"),
        "col.inwoners": ("Inwoners", "Inhabitants"),
        "col.wooneenheden": ("Wooneenheden", "Housing units"),
        "col.merged_with": ("Fusie 2025 met", "Merged in 2025 with"),
        "col.indicator": ("Sleutel", "Key"),
        "col.label": ("Doelstelling", "Target"),
        "col.ratio": ("Ratio", "Ratio"),
        "col.deadline": ("Tegen eind", "By end"),
        "col.target_exact": ("Exact", "Exact"),
        "col.target": ("Doel", "Goal"),
        "col.unit": ("Eenheid", "Unit"),
        "col.version": ("Versie", "Version"),
        "col.headline": ("Vlaams totaal", "Flemish total"),
        "col.group": ("Groep", "Group"),
        "col.rounded_sum": ("Som afgerond per gemeente", "Sum of per-gemeente rounded"),
        "col.difference": ("Verschil", "Difference"),
        "col.realised": ("Gerealiseerd", "Realised"),
        "col.percent": ("%", "%"),
        "col.bar": ("Voortgang", "Progress"),
        "col.expected_by": ("Verwacht eind {year}", "Expected end {year}"),
        "col.gap": ("Verschil", "Gap"),
        "col.status": ("Status", "Status"),
        "col.projected_year": ("Doel in", "Goal in"),
        "col.path": ("Bestand", "File"),
        "col.line": ("Lijn", "Line"),
        "col.column": ("Kolom", "Column"),
        "col.severity": ("Ernst", "Severity"),
        "col.code": ("Code", "Code"),
        "col.message": ("Melding", "Message"),
        "col.label_template": ("Doelstelling", "Target"),
        "col.eenheid": ("Eenheid", "Unit"),
        "col.jaar": ("Jaar", "Year"),
        "col.waarde": ("Waarde", "Value"),
        "col.opmerking": ("Opmerking", "Remark"),
        "col.bevolkingsjaar": ("Bevolkingsjaar", "Population year"),
        # The other keys of the records (CSV, JSON, a workbook's "Gegevens" sheet):
        "col.pact": ("Pact", "Pact"),
        "col.reference_year": ("Referentiejaar", "Reference year"),
        "col.werf": ("Werf", "Werf"),
        "col.werf_name": ("Naam werf", "Werf name"),
        "col.indicator_pact": ("Sinds pact", "Since pact"),
        "col.ratio_amount": ("Ratio: aantal", "Ratio: amount"),
        "col.ratio_per": ("Ratio: per", "Ratio: per"),
        "col.basis": ("Basis", "Basis"),
        "col.basis_value": ("Basiswaarde", "Basis value"),
        "col.rounding": ("Afronding", "Rounding"),
        "col.decimals": ("Decimalen", "Decimals"),
        "col.source": ("Bron", "Source"),
        "col.note": ("Noot", "Note"),
        "col.predecessor_nis_codes": ("NIS-codes voor 2025", "NIS codes before 2025"),
        "col.headline_gap": ("Verschil met Vlaams totaal", "Gap to Flemish total"),
        "col.per_1000_inwoners": ("Per 1.000 inwoners", "Per 1,000 inhabitants"),
        "col.year": ("Jaar", "Year"),
        "col.expected_cumulative": ("Verwacht cumulatief", "Expected cumulative"),
        "col.milestone": ("Mijlpaal", "Milestone"),
        "col.expected": ("Verwacht", "Expected"),
        "col.milestone_year": ("Jaar mijlpaal", "Milestone year"),
        "col.milestone_target": ("Doel mijlpaal", "Milestone target"),
        "col.milestone_status": ("Status mijlpaal", "Milestone status"),
        "col.judged_year": ("Status t/m", "Status as of"),
        "col.expected_as_of": ("Verwacht eind t/m-jaar", "Expected end of as-of year"),
        "col.missing_years": ("Jaren zonder cijfer", "Years without a figure"),
        "col.percent_q1": ("% eerste kwartiel", "% first quartile"),
        "col.percent_median": ("% mediaan", "% median"),
        "col.percent_q3": ("% derde kwartiel", "% third quartile"),
    }
)

# --- views ------------------------------------------------------------------------------------
MESSAGES.update(
    {
        "targets.title": ("LEKP-doelstellingen", "LEKP targets"),
        "targets.whatif": ("Eigen berekening", "What-if"),
        "targets.inwoners": ("inwoners: {value} ({when})", "inhabitants: {value} ({when})"),
        "targets.wooneenheden": ("wooneenheden: {value} ({when})", "housing units: {value} ({when})"),
        "targets.support": (
            "Ondersteuning door de provincie Antwerpen, geciteerd uit haar tekst ‘{title}’:",
            "Support from the provincie Antwerpen, quoted from its text ‘{title}’:",
        ),
        "targets.support_general": (
            "Algemene ondersteuning door de provincie Antwerpen, geciteerd uit haar tekst ‘{title}’:",
            "General support from the provincie Antwerpen, quoted from its text ‘{title}’:",
        ),
        "support.cut": ("(zo afgebroken in de bron)", "(cut off so in the source)"),
        "support.werf": ("werf {number}", "werf {number}"),
        "source.secondary": ("secundaire bron", "secondary source"),
        "source.dated": (", van {date}", ", of {date}"),
        "source.entry": (
            "{name}{dated}: {address} (geraadpleegd {consulted})",
            "{name}{dated}: {address} (consulted {consulted})",
        ),
        "source.bibliography": ("Bronnen in detail:", "Sources in detail:"),
        "source.assumptions": (
            "Aannames van lekp, waar geen bron beslist (lekp werven --aannames):",
            "lekp's assumptions, where no source decides (lekp werven --aannames):",
        ),
        "targets.engagements": (
            "Engagementen zonder ratio ({pact}):",
            "Engagements that are not ratios ({pact}):",
        ),
        "gemeenten.title": ("Gemeenten", "Gemeenten"),
        "gemeenten.caption": (
            "{count} · inwoners op 1 januari {year} · wooneenheden: Census {census} (woningen totaal, benadering)",
            "{count} · inhabitants on 1 January {year} · housing units: Census {census} (dwellings in total, a proxy)",
        ),
        "werven.title": ("De catalogus van het {pact}", "The catalogue of {pact}"),
        "werven.sources": ("Bronnen:", "Sources:"),
        "summary.title": ("Samenvatting per {per}", "Summary per {per}"),
        "summary.flanders": ("Vlaanderen", "Flanders"),
        "summary.total": ("Totaal", "Total"),
        "summary.honest": (
            "Doel = de som van de exacte doelen, één keer afgerond; de som van de afgeronde doelen per gemeente "
            "staat ernaast wanneer die verschilt.",
            "Goal = the sum of the exact targets, rounded once; the sum of the per-gemeente rounded targets is "
            "shown beside it where it differs.",
        ),
        "summary.headline": (
            "{label}: Vlaams totaal volgens de bron {value} {unit} ({stated}, {source}); verschil {gap}",
            "{label}: Flemish total in the source {value} {unit} ({stated}, {source}); gap {gap}",
        ),
        "summary.rounded_note": (
            "{label}: totaal {target} (exact {exact}); de som van de afgeronde doelen per gemeente is {rounded} ({gap})",
            "{label}: total {target} (exact {exact}); the sum of the per-gemeente rounded targets is {rounded} ({gap})",
        ),
        "compare.title": ("Vergelijking van {count} gemeenten", "Comparison of {count} gemeenten"),
        "compare.basis": ("Inwoners en wooneenheden", "Inhabitants and housing units"),
        "compare.targets": (
            "Per doelstelling het doel van elke gemeente, en per 1.000 inwoners",
            "Per target each gemeente's goal, and per 1,000 inhabitants",
        ),
        "trajectory.title": ("Traject: {name}", "Trajectory: {name}"),
        "trajectory.table": (
            "Verwachte cumulatieve realisatie op het einde van elk jaar",
            "Expected cumulative realisation at the end of each year",
        ),
        "trajectory.engagements": (
            "Engagementen met eigen basislijn: maximum per jaar",
            "Engagements with the gemeente's own baseline: maximum per year",
        ),
        "trajectory.baseline": (
            "{key}: basislijn {value} {unit} ({year})",
            "{key}: baseline {value} {unit} ({year})",
        ),
        "progress.title": ("Voortgang: {name}", "Progress: {name}"),
        "progress.table": ("Voortgang op het einde van {year}", "Progress at the end of {year}"),
        "template.title": ("Realisaties om in te vullen", "Realisations to fill in"),
        "check.title": ("Controle van de gegevensbestanden", "Check of the data files"),
        "check.summary": (
            "{verdict}: {files}, {errors}, {warnings}",
            "{verdict}: {files}, {errors}, {warnings}",
        ),
        "check.ok": ("in orde", "ok"),
        "check.failed": ("MISLUKT", "FAILED"),
        "report.title": ("Lokaal Energie- en Klimaatpact: {name}", "Local Energy and Climate Pact: {name}"),
        "report.facts": ("Kerngegevens", "Key facts"),
        "report.basis": ("Basis", "Basis"),
        "report.targets": ("Doelstellingen per werf", "Targets per werf"),
        "report.progress": ("Voortgang tot eind {year}", "Progress to the end of {year}"),
        "report.no_realisations": (
            "Geen realisatiebestand opgegeven: enkel de doelstellingen.",
            "No realisations file given: the targets only.",
        ),
        "report.chart_legend": (
            "Per doelstelling: het verwachte rechte traject (stippellijn) en het gerealiseerde (volle lijn), cumulatief, "
            "met een punt per gerapporteerd jaar; een jaar zonder cijfer onderbreekt de lijn.",
            "Per target: the expected straight path (dashed) and the realised path (solid), cumulative, with a point "
            "per reported year; a year without a figure breaks the line.",
        ),
        "report.figure_text": (
            "Gerealiseerd: {realised} van {target} {unit} · verwacht eind {year}: {expected} · {status} · {forecast}",
            "Realised: {realised} of {target} {unit} · expected end {year}: {expected} · {status} · {forecast}",
        ),
        "report.projected": (
            "doel bereikt in {year} aan het huidige tempo",
            "goal reached in {year} at the current pace",
        ),
        "report.projected_far": (
            "doel pas na {year} bereikt aan het huidige tempo",
            "goal reached only after {year} at the current pace",
        ),
        "report.reached_in": ("doel bereikt in {year}", "goal reached in {year}"),
        "report.no_forecast": ("geen realisaties: geen prognose", "no realisations: no projection"),
        "report.baseline": (
            "Engagementen met eigen basislijn",
            "Engagements with the gemeente's own baseline",
        ),
        "report.sources": ("Bijlage: bronnen", "Appendix: sources"),
        "report.sources_targets": ("Doelstellingen en ratio's", "Targets and ratios"),
        "report.sources_data": ("Gegevens", "Data"),
        "report.sources_engagements": ("Engagementen zonder ratio", "Engagements that are not ratios"),
        "report.source_population": (
            "Inwoners: Statbel (Algemene Directie Statistiek – Statistics Belgium), bevolking op 1 januari per "
            "gemeente: {address}",
            "Inhabitants: Statbel (Algemene Directie Statistiek – Statistics Belgium), population on 1 January per "
            "gemeente: {address}",
        ),
        "report.source_dwellings": (
            "Wooneenheden: Statbel, Census 2021, alle conventionele woningen, bewoond en leegstaand (een "
            "benadering van de wooneenheden van het pact): {address}",
            "Housing units: Statbel, Census 2021, all conventional dwellings, occupied and vacant (a proxy for the "
            "pact's wooneenheden): {address}",
        ),
        "report.made": ("Opgemaakt op {date} met lekp {version}.", "Made on {date} with lekp {version}."),
    }
)

# --- issue 17: reports on paper ---------------------------------------------------------------
MESSAGES.update(
    {
        "report.contents": ("Inhoud", "Contents"),
        "report.locator_province": (
            "{name} in de provincie {province}",
            "{name} in the province of {province}",
        ),
        "report.maps": ("Kaarten per doelstelling", "Maps per target"),
        "report.map": ("Kaart", "Map"),
        "report.map_key": ("De nummers op de kaarten", "The numbers on the maps"),
        "report.overview_text": (
            "Gearceerd: een gemeente zonder gegevens; grijs: buiten dit rapport. Elk nummer staat voor een "
            "gemeente van de lijst hieronder, op elke kaart van dit rapport; op het scherm toont een gemeente "
            "haar naam en waarde onder de muis.",
            "Hatched: a gemeente without data; grey: outside this report. Each number stands for a gemeente "
            "of the list below, on every map of this report; on a screen a gemeente shows its name and value "
            "under the mouse pointer.",
        ),
        "report.targets_map": ("De gemeenten van {name}", "The gemeenten of {name}"),
        "report.targets_map_text": (
            "Elk nummer staat voor een gemeente van de lijst hieronder; op het scherm toont een gemeente haar "
            "naam onder de muis.",
            "Each number stands for a gemeente of the list below; on a screen a gemeente shows its name under "
            "the mouse pointer.",
        ),
        "report.targets_subtitle": (
            "Doelstellingen per gemeente, met de inwoners op 1 januari {year}",
            "Targets per gemeente, with the inhabitants on 1 January {year}",
        ),
        "html.rows_as_blocks": (
            "Dit scherm is te smal voor de tabel: elke rij staat als een blok, elk getal met de naam van "
            "zijn kolom. Op een breder scherm en afgedrukt is het een tabel.",
            "This screen is too narrow for the table: each row is a block, each number with the name of its "
            "column. A wider screen and the printout show a table.",
        ),
    }
)

# --- issue 20: lekp site ---
MESSAGES.update(
    {
        "site.name": ("LEKP per gemeente", "LEKP per gemeente"),
        "site.lang_name": ("Nederlands", "English"),
        "site.skip": ("Naar de inhoud", "Skip to the content"),
        "site.skip_map": ("Sla de kaart over, naar de lijst", "Skip the map, to the list"),
        "site.nav_label": ("Deze site", "This site"),
        "site.nav_start": ("Start", "Start"),
        "site.nav_list": ("Gemeenten van A tot Z", "Gemeenten from A to Z"),
        "site.nav_downloads": ("Downloads", "Downloads"),
        "site.nav_method": ("Methode en bronnen", "Method and sources"),
        "site.crumbs": ("U bent hier", "You are here"),
        "site.flanders": ("Vlaanderen", "Flanders"),
        "site.footer": (
            "Gemaakt op {date} met lekp {version}, een open rekenhulp voor het Lokaal Energie- en "
            "Klimaatpact. Elk cijfer en zijn bron: zie Methode en bronnen.",
            "Made on {date} with lekp {version}, an open calculator for the Lokaal Energie- en "
            "Klimaatpact. Every figure and its source: see Method and sources.",
        ),
        "site.start_title": ("Het klimaatpact per gemeente", "The climate pact per gemeente"),
        "site.start_subtitle": (
            "De doelen van het Lokaal Energie- en Klimaatpact (LEKP {pact}) voor elke Vlaamse gemeente · "
            "inwoners op 1 januari {year}",
            "The targets of the Lokaal Energie- en Klimaatpact (LEKP {pact}) for every Flemish gemeente · "
            "inhabitants on 1 January {year}",
        ),
        "site.intro_pact": (
            "Met het Lokaal Energie- en Klimaatpact beloofden de Vlaamse gemeenten en de Vlaamse regering "
            "elkaar tegen 2030 concrete stappen: bomen en hagen planten, woningen samen renoveren, "
            "deelwagens en laadpunten voorzien, fietspaden aanleggen, verharding opbreken en regenwater "
            "opvangen. Elk doel is een verhouding uit het pact maal de inwoners of de wooneenheden van de "
            "gemeente.",
            "In the Lokaal Energie- en Klimaatpact the Flemish gemeenten and the Flemish Government "
            "promised each other concrete steps by 2030: planting trees and hedges, renovating homes "
            "together, providing shared cars and charging points, building cycle paths, breaking up "
            "paving and capturing rainwater. Each target is a ratio of the pact times the gemeente's "
            "inhabitants or housing units.",
        ),
        "site.intro_site": (
            "Deze site toont voor elk van de {count} gemeenten de doelen van {pact}, exact en afgerond, "
            "met de inwoners op 1 januari {year}; kies een gemeente op de kaart, in de lijst of met de "
            "zoekfunctie. Alles is ook te downloaden.",
            "This site shows for each of the {count} gemeenten the targets of {pact}, exact and rounded, "
            "with the inhabitants on 1 January {year}; choose a gemeente on the map, in the list or with "
            "the search. Everything can be downloaded too.",
        ),
        "site.intro_realisations": (
            "De voortgang komt uit het realisatiebestand {file}: wat elke gemeente daarin per jaar "
            "realiseerde, tegenover het rechte pad naar elk doel.",
            "The progress comes from the realisations file {file}: what each gemeente realised in it "
            "per year, against the straight path to each target.",
        ),
        "site.intro_no_realisations": (
            "Zonder realisaties toont de site de doelen en het rechte pad ernaartoe, geen voortgang.",
            "Without realisations the site shows the targets and the straight path to them, no progress.",
        ),
        "site.judged": ("Voortgang beoordeeld tot eind {year}.", "Progress judged up to the end of {year}."),
        "site.search_label": ("Zoek een gemeente", "Find a gemeente"),
        "site.search_hint": (
            "Naam, NIS-code, deelgemeente of naam van vóór 2025; hoofdletters, accenten en koppeltekens "
            "tellen niet.",
            "Name, NIS code, deelgemeente or a name from before 2025; capitals, accents and hyphens do "
            "not count.",
        ),
        "site.search_none": ("Geen gemeente gevonden voor ‘{query}’.", "No gemeente found for ‘{query}’."),
        "site.search_old": ("{name} (gemeente tot 2025)", "{name} (a gemeente until 2025)"),
        "site.search_part": ("{name} (deelgemeente)", "{name} (deelgemeente)"),
        "site.list_link": (
            "Alle gemeenten, hun namen van vóór 2025 en hun deelgemeenten van A tot Z",
            "Every gemeente, its names from before 2025 and its deelgemeenten from A to Z",
        ),
        "site.list_title": ("Gemeenten van A tot Z", "Gemeenten from A to Z"),
        "site.list_intro": (
            "Elke gemeente, elke gemeente van vóór de fusies van 1 januari 2025 en elke deelgemeente, "
            "met een link naar de gemeente waartoe ze nu behoort.",
            "Every gemeente, every gemeente from before the mergers of 1 January 2025 and every "
            "deelgemeente, with a link to the gemeente it belongs to now.",
        ),
        "site.letters": ("Per beginletter", "By first letter"),
        "site.old_name": ("gemeente tot 2025", "a gemeente until 2025"),
        "site.part_of": ("deelgemeente", "deelgemeente"),
        "site.map_label": ("Kaart van de gemeenten", "Map of the gemeenten"),
        "site.map_title": ("Kaart", "Map"),
        "site.map_caption": (
            "Elke gemeente op de kaart is een link naar haar pagina; het nummer erop staat in de lijst.",
            "Every gemeente on the map is a link to its page; its number is in the list.",
        ),
        "site.map_key": ("De gemeenten met hun nummer op de kaart", "The gemeenten with their number on the map"),
        "site.map_province": (
            "De gemeenten van de provincie {name}: elke gemeente is een link, haar nummer staat in de lijst.",
            "The gemeenten of the province of {name}: every gemeente is a link, its number is in the list.",
        ),
        "site.map_province_label": ("Kaart van de provincie {name}", "Map of the province of {name}"),
        "site.map_locator": ("{name} in de provincie {province}", "{name} in the province of {province}"),
        "site.provinces": ("De vijf provincies", "The five provinces"),
        "site.province_title": ("Provincie {name}", "Province of {name}"),
        "site.province_facts": (
            "{count} gemeenten · {inwoners} inwoners op 1 januari {year}",
            "{count} gemeenten · {inwoners} inhabitants on 1 January {year}",
        ),
        "site.province_subtitle": (
            "LEKP {pact} · doelen op basis van de inwoners op 1 januari {year}",
            "LEKP {pact} · targets based on the inhabitants on 1 January {year}",
        ),
        "site.province_targets": ("De doelen van haar gemeenten, per werf", "Its gemeenten's targets, per werf"),
        "site.inwoners_on": ("{inwoners} op 1 januari {year}", "{inwoners} on 1 January {year}"),
        "site.flanders_targets": ("Doelen per provincie", "Targets per province"),
        "site.targets": ("Doelen", "Targets"),
        "site.paths": ("Het pad naar elk doel", "The path to each target"),
        "site.paths_intro": (
            "Wat de gemeente tegen het einde van elk jaar gerealiseerd moet hebben om elk doel op tijd te "
            "halen, op een recht pad van nul (eind 2020) tot het doel: een aanname van lekp, geen regel "
            "van het pact.",
            "What the gemeente should have realised by the end of each year to reach each target in "
            "time, on a straight path from zero (end 2020) to the target: an assumption of lekp, not a "
            "rule of the pact.",
        ),
        "site.path_text": (
            "{target} {unit} tegen eind {deadline}; op het rechte pad {first} tegen eind {year}, daarna "
            "elk jaar evenveel erbij.",
            "{target} {unit} by the end of {deadline}; on the straight path {first} by the end of "
            "{year}, then the same amount each year.",
        ),
        "site.path_milestone": (
            "Een tussendoel buigt het pad: {value} tegen eind {year}.",
            "A milestone bends the path: {value} by the end of {year}.",
        ),
        "site.assumptions": ("Aannames", "Assumptions"),
        "site.no_rows": (
            "Het realisatiebestand bevat niets over {name}: de voortgang is onbekend, niet nul.",
            "The realisations file holds nothing about {name}: its progress is unknown, not zero.",
        ),
        "site.formed_from": ("Gevormd uit (2025)", "Formed from (2025)"),
        "site.deelgemeenten": ("Deelgemeenten", "Deelgemeenten"),
        "site.similar_title": ("Vergelijkbare gemeenten", "Similar gemeenten"),
        "site.similar": ("De vijf meest gelijkende gemeenten", "The five most alike gemeenten"),
        "site.similar_intro": (
            "{name} telt {inwoners} inwoners op {area} km², {density} per km². Deze gemeenten liggen daar "
            "het dichtst bij, gemeten op een logaritmische schaal van inwoners en van bevolkingsdichtheid "
            "(zie Methode en bronnen); hun doelen staan op hun eigen pagina.",
            "{name} has {inwoners} inhabitants on {area} km², {density} per km². These gemeenten come "
            "closest to it, measured on a logarithmic scale of inhabitants and of population density "
            "(see Method and sources); their targets are on their own pages.",
        ),
        "site.density": ("Inwoners per km²", "Inhabitants per km²"),
        "site.comparison": ("Tegenover {name}", "Compared with {name}"),
        "site.compared": ("{people}, {dense}", "{people}, {dense}"),
        "site.more_inwoners": ("{percent} % meer inwoners", "{percent} % more inhabitants"),
        "site.fewer_inwoners": ("{percent} % minder inwoners", "{percent} % fewer inhabitants"),
        "site.about_as_many": ("evenveel inwoners", "as many inhabitants"),
        "site.denser": ("{percent} % dichter bevolkt", "{percent} % more densely populated"),
        "site.less_dense": ("{percent} % minder dicht bevolkt", "{percent} % less densely populated"),
        "site.about_as_dense": ("even dicht bevolkt", "as densely populated"),
        "site.downloads_title": ("Downloads", "Downloads"),
        "site.download_targets": ("De doelen", "The targets"),
        "site.download_progress": ("De voortgang", "The progress"),
        "site.same_as": ("Dezelfde bytes als", "The same bytes as"),
        "site.downloads_intro": (
            "Elk bestand is precies wat lekp schrijft voor het commando ernaast; elke gemeente heeft haar "
            "eigen bestanden op haar pagina.",
            "Each file is exactly what lekp writes for the command beside it; each gemeente has its own "
            "files on its page.",
        ),
        "site.download_all_targets": ("De doelen van elke gemeente", "The targets of every gemeente"),
        "site.download_all_progress": ("De voortgang van elke gemeente", "The progress of every gemeente"),
        "site.package_title": ("Het gegevenspakket", "The data package"),
        "site.package_intro": (
            "De gegevens waarmee lekp rekent, zoals lekp ze meelevert: datapackage.json (Frictionless Data) "
            "beschrijft elk bestand, elke kolom, hun bronnen en licenties.",
            "The data lekp computes with, as lekp ships them: datapackage.json (Frictionless Data) "
            "describes every file, every column, their sources and licences.",
        ),
        "site.method_title": ("Methode en bronnen", "Method and sources"),
        "site.method_about": ("Over deze site", "About this site"),
        "site.method_intro": (
            "lekp rekent elk doel exact uit, als de verhouding van het pact maal de inwoners op 1 januari "
            "van het bevolkingsjaar of de wooneenheden, en rondt het dan af volgens een uitdrukkelijke regel; "
            "de exacte waarde staat altijd ernaast. Waar geen bron beslist, kiest lekp en zegt het dat: "
            "die aannames staan hieronder.",
            "lekp computes each target exactly, as the ratio of the pact times the inhabitants on 1 "
            "January of the population year or the housing units, and then rounds it by an explicit "
            "rule; the exact value is always beside it. Where no source decides, lekp chooses and says "
            "so: those assumptions are listed below.",
        ),
        "site.method_similar": (
            "Vergelijkbare gemeenten: de vijf gemeenten met de kleinste afstand √((ln(inwoners a / inwoners b))² "
            "+ (ln(dichtheid a / dichtheid b))²), met de dichtheid in inwoners per km² en de oppervlakte "
            "berekend uit de gemeentegrenzen die lekp meelevert (vereenvoudigd, dus bij benadering).",
            "Similar gemeenten: the five gemeenten at the smallest distance √((ln(inhabitants a / "
            "inhabitants b))² + (ln(density a / density b))²), with density in inhabitants per km² and "
            "the area computed from the boundaries lekp ships (simplified, so approximately).",
        ),
        "site.method_data": ("Waar de gegevens vandaan komen", "Where the data come from"),
        "site.pact_versions": ("De versies van het pact", "The versions of the pact"),
        "site.pact_version": ("LEKP {version} ({year}): {name}", "LEKP {version} ({year}): {name}"),
        "site.built": ("Gemaakt op", "Made on"),
        "site.lekp_version": ("Versie van lekp", "Version of lekp"),
        "site.territory": ("Grondgebied", "Territory"),
        "site.territory_value": (
            "{territory} (de gemeenten van 2025: 285; van 2024: 300)",
            "{territory} (the gemeenten of 2025: 285; of 2024: 300)",
        ),
        "site.municipalities_file": ("Bestand met de gemeenten", "File of the gemeenten"),
        "site.realisations": ("Realisatiebestand", "Realisations file"),
        "help.cmd_site": (
            "Schrijf een volledige statische website: een pagina per gemeente en provincie, kaarten, "
            "zoeken en downloads. Voorbeeld: lekp site -o site --lang nl --lang en",
            "Write a complete static website: a page per gemeente and province, maps, search and "
            "downloads. Example: lekp site -o site --lang nl --lang en",
        ),
        "help.site_output": (
            "De map waarin de site komt: leeg, nog niet bestaand, of een site die lekp eerder schreef.",
            "The folder the site goes into: empty, not there yet, or a site lekp wrote before.",
        ),
        "help.site_lang": (
            "Taal van de site: nl of en; tweemaal (--lang nl --lang en) geeft beide naast elkaar, de "
            "eerste vooraan (standaard LEKP_LANG, anders nl).",
            "Language of the site: nl or en; twice (--lang nl --lang en) gives both side by side, the "
            "first at the root (default LEKP_LANG, else nl).",
        ),
        "err.site_output_needed": (
            "geef met -o de map waarin de site komt",
            "name the folder the site goes into with -o",
        ),
        "err.site_not_ours": (
            "{path} is niet leeg en geen site die lekp schreef (er staat geen {marker} in): kies een lege "
            "of nieuwe map",
            "{path} is not empty and no site lekp wrote (it holds no {marker}): choose an empty or new "
            "folder",
        ),
        "err.site_not_folder": ("{path} is geen map", "{path} is not a folder"),
        "err.site_lang_twice": ("{lang} staat twee keer in --lang", "{lang} is given twice in --lang"),
        "err.site_cannot_write": ("kan de site niet schrijven in {path}: {reason}", "cannot write the site into {path}: {reason}"),
    }
)

# --- notes ------------------------------------------------------------------------------------
MESSAGES.update(
    {
        "note.merged": (
            "{old} ({old_code}) maakt sinds 1 januari 2025 deel uit van {new} ({code}); {new} wordt getoond",
            "{old} ({old_code}) has been part of {new} ({code}) since 1 January 2025; showing {new}",
        ),
        "note.code_changed": (
            "{name} heeft sinds 1 januari 2025 NIS-code {code} (voordien {old_code}), na de fusie met {partners}",
            "{name} has NIS code {code} since 1 January 2025 (formerly {old_code}), after merging with {partners}",
        ),
        "note.part_of": (
            "{part} is een deelgemeente van {name} ({code}); {name} wordt getoond",
            "{part} is a part (deelgemeente) of {name} ({code}); showing {name}",
        ),
        "note.not_computed": ("niet berekend zonder {need}: {keys}", "not computed without {need}: {keys}"),
        "note.no_match": ("geen gemeente past bij '{query}'{hint}", "no gemeente matches '{query}'{hint}"),
        "note.not_reported": (
            "geen realisaties van {keys} in {path}: niet gerapporteerd (niet als 0 geteld)",
            "no realisations of {keys} in {path}: not reported (not counted as 0)",
        ),
    }
)

# --- errors -----------------------------------------------------------------------------------
MESSAGES.update(
    {
        "err.data": ("ongeldig gegevensbestand", "invalid data file"),
        "err.data_more": (
            " (en nog {more}; `lekp check {path}` toont ze allemaal)",
            " (and {more} more; run `lekp check {path}` for all)",
        ),
        "err.at": ("{where}: {error}", "{where}: {error}"),
        "err.in_file": (" in {path}", " in {path}"),
        "err.did_you_mean": ("; bedoelt u {names}?", "; did you mean {names}?"),
        "err.unknown_gemeente": (
            "onbekende gemeente {query}{source}{hint} (zie `lekp gemeenten`)",
            "unknown gemeente {query}{source}{hint} (see `lekp gemeenten`)",
        ),
        "err.unknown_code": (
            "geen gemeente met NIS-code {code}{source} (zie `lekp gemeenten`)",
            "no gemeente with NIS code {code}{source} (see `lekp gemeenten`)",
        ),
        "err.unknown_province": (
            "onbekende provincie {query}; kies uit: {choices}",
            "unknown province {query}; choose one of: {choices}",
        ),
        "err.exists_from_2025": (
            "{name} ({code}) bestaat pas sinds 1 januari 2025; op het grondgebied {territory} is dat {olds}: noem een "
            "daarvan, of gebruik {option}",
            "{name} ({code}) exists from 1 January 2025; on the {territory} territory it is {olds}: name one of those, "
            "or use {option}",
        ),
        "err.part_other_territory": (
            "{part} is een deelgemeente van {name} ({code}), dat op het grondgebied {territory} niet bestaat; noem de "
            "gemeente waartoe ze toen behoorde",
            "{part} is a part of {name} ({code}), which does not exist on the {territory} territory; name the gemeente "
            "it belonged to then",
        ),
        "err.no_population_year": (
            "geen bevolkingscijfers voor {year}; de gegevens hebben {first}-{last}",
            "no population figures for {year}; the data has {first}-{last}",
        ),
        "err.choose": (
            "{value} bestaat niet; kies uit: {choices}",
            "{value} is not a choice; choose one of: {choices}",
        ),
        "err.not_whole": ("{value} is geen geheel getal", "{value} is not a whole number"),
        "err.out_of_range": (
            "{value} ligt niet tussen {low} en {high}",
            "{value} is not between {low} and {high}",
        ),
        "err.year_bounds": (
            "{value} ligt niet tussen {low} en {high}",
            "{value} is not between {low} and {high}",
        ),
        "err.year_future": (
            "{value} is nog niet voorbij (het is nu {current}): een jaar dat nog moet komen, kan niet beoordeeld "
            "worden; kies {current} of vroeger",
            "{value} has not ended yet (it is now {current}): a year still to come cannot be judged; choose "
            "{current} or earlier",
        ),
        "err.pact_year": (
            "{value} ligt niet in de pactperiode {low}-{high}",
            "{value} is outside the pact period {low}-{high}",
        ),
        "err.basis_bounds": ("{value} ligt niet tussen 0 en {high}", "{value} is not between 0 and {high}"),
        "err.not_percent": (
            "{value} is geen percentage van 0 tot 1000",
            "{value} is not a percentage from 0 to 1000",
        ),
        "err.which_gemeenten": (
            "zeg voor welke gemeenten: {gemeente}, {provincie}, {file} of {alle}",
            "say for which gemeenten: {gemeente}, {provincie}, {file} or {alle}",
        ),
        "err.which_gemeente": (
            "zeg voor welke gemeente: {gemeente}, {provincie}, {file} of {alle} (of {inwoners} voor een eigen "
            "berekening)",
            "say for which gemeente: {gemeente}, {provincie}, {file} or {alle} (or {inwoners} for a what-if)",
        ),
        "err.which_gemeente_one": (
            "noem één gemeente: --gemeente NAAM",
            "name one gemeente: --gemeente NAME",
        ),
        "err.override_one": (
            "{inwoners} en {wooneenheden} gelden voor één gemeente (of, alleen, voor een eigen berekening)",
            "{inwoners} and {wooneenheden} apply to one gemeente (or, alone, to a what-if)",
        ),
        "err.alle_and_names": (
            "{alle} kiest alle gemeenten; noem er dan geen afzonderlijk",
            "{alle} chooses every gemeente; do not name any besides",
        ),
        "err.compare_two": (
            "noem minstens twee gemeenten om te vergelijken ({gemeente}, {provincie} of {file})",
            "name at least two gemeenten to compare ({gemeente}, {provincie} or {file})",
        ),
        "err.no_realisations": (
            "{path} bevat geen realisaties van {name} ({code})",
            "{path} has no realisations of {name} ({code})",
        ),
        "err.not_with_template": (
            "gaat niet samen met --template: een leeg bestand heeft nog niets te beoordelen",
            "does not go with --template: an empty file has nothing to judge yet",
        ),
        "err.realisaties_or_template": (
            "geef --realisaties BESTAND, of --template om een leeg bestand te schrijven",
            "give --realisaties FILE, or --template to write an empty one",
        ),
        "err.tot_without_realisaties": ("heeft {realisaties} nodig", "needs {realisaties}"),
        "err.unknown_extension": (
            "het formaat van {path} blijkt niet uit de extensie ({extensions}); geef --format",
            "the format of {path} does not follow from its extension ({extensions}); give --format",
        ),
        "err.excel_csv": ("--excel schrijft CSV, niet {format}", "--excel writes CSV, not {format}"),
        "err.excel_extension": (
            "schrijft CSV, niet in {path}; geef een naam op .csv",
            "writes CSV, not into {path}; give a name ending in .csv",
        ),
        "err.format_not_here": (
            "deze opdracht schrijft geen {value} ({path}); kies een bestand op {extensions}",
            "this command does not write {value} ({path}); choose a file ending in {extensions}",
        ),
        "err.table_to_file": (
            "een tabel voor de terminal wordt niet naar een bestand geschreven; kies --format {formats}",
            "a terminal table is not written to a file; choose --format {formats}",
        ),
        "err.cannot_write": ("kan {path} niet schrijven: {reason}", "cannot write {path}: {reason}"),
        "err.cannot_write_stdout": (
            "kan niet naar de standaarduitvoer schrijven: {reason}",
            "cannot write to standard output: {reason}",
        ),
        "err.empty_name": ("een lege bestandsnaam", "an empty file name"),
        "err.stdout_closed": ("die is gesloten", "it is closed"),
        "err.output_is_folder": (
            "kan {path} niet schrijven: dat is een map (of eindigt op '/'); geef een bestandsnaam",
            "cannot write {path}: it is a folder (or ends in '/'); give a file name",
        ),
        "err.output_read_only": (
            "kan {path} niet schrijven: het bestand is alleen-lezen (en wordt niet vervangen)",
            "cannot write {path}: the file is read-only (and is not replaced)",
        ),
        "err.output_no_folder": (
            "kan {path} niet schrijven: de map {folder} bestaat niet",
            "cannot write {path}: folder {folder} does not exist",
        ),
        "err.unknown_code_prefix": (
            "{value} is geen code van lekp check",
            "{value} is not a code of lekp check",
        ),
        "err.config_unreadable": ("{path}: {reason}", "{path}: {reason}"),
        "err.config_key": (
            "{path}: [tool.lekp.check] {key} heeft een ongeldige waarde",
            "{path}: [tool.lekp.check] {key} has an invalid value",
        ),
        "err.config_unknown": (
            "{path}: [tool.lekp.check] kent {keys} niet; wel: {known}",
            "{path}: [tool.lekp.check] does not know {keys}; it knows {known}",
        ),
        "err.no_such_option": ("onbekende optie {option}{hint}", "no such option {option}{hint}"),
        "err.option_value": ("{option} heeft een waarde nodig", "{option} needs a value"),
        "err.missing_option": ("{option} ontbreekt", "{option} is missing"),
        "err.no_such_command": (
            "onbekend commando '{command}'; kies uit: {commands}",
            "no such command '{command}'; choose one of: {commands}",
        ),
        "err.option_no_value": (
            "{option} neemt geen waarde (het is een schakelaar: geef alleen {option})",
            "{option} takes no value (it is a switch: give {option} alone)",
        ),
        "err.extra_argument": (
            "onverwacht woord {words}: geef een waarde altijd met haar optie, zoals --gemeente NAAM (zie --help)",
            "unexpected word {words}: give a value with its option, such as --gemeente NAAM (see --help)",
        ),
        # A usage error Click has no specific exception for (rare): its own sentence is English.
        "err.usage": (
            "ongeldige opdrachtregel{option}; zie lekp --help",
            "invalid command line{option}; see lekp --help",
        ),
        "err.missing_command": (
            "geef een commando: {commands} (zie lekp --help)",
            "give a command: {commands} (see lekp --help)",
        ),
    }
)

# --- issue 17: terminal and workbooks ---
MESSAGES.update(
    {
        # a workbook on paper
        "xlsx.page": ("pagina {page} van {pages}", "page {page} of {pages}"),
        "xlsx.legend": ("Legende", "Legend"),
        # the names of a workbook's sheets: words a reader of the tabs knows without lekp's keys
        "sheet.werf_of": ("Werf {number} {name}", "Werf {number} {name}"),
        "sheet.trajectory": ("Traject", "Trajectory"),
        "sheet.engagements": ("Engagementen", "Engagements"),
        "sheet.progress": ("Voortgang", "Progress"),
        "sheet.spread": ("Verdeling", "Spread"),
        "sheet.problems": ("Problemen", "Problems"),
        "sheet.basis": ("Inwoners en wooneenheden", "Inhabitants, housing units"),
        "sheet.compare": ("Doelen naast elkaar", "Goals side by side"),
        # what a cell of a progress matrix holds (a workbook's "Over"; each status's sentence is
        # status_legend.*)
        "legend.cell": ("Cel", "Cell"),
        "legend.cell_text": (
            "een percent en een letter: het deel van het doel dat tot het einde van het beoordeelde jaar "
            "gerealiseerd is, en de status van dat doel",
            "a percent and a letter: the share of the target realised up to the end of the year judged, and "
            "that target's status",
        ),
        # a group of gemeenten as a row of the spread of a province's progress
        "progress.group_province_short": ("prov. {name}", "prov. {name}"),
        "progress.group_all_short": ("Vlaanderen ({count})", "Flanders ({count})"),
        "progress.group_selection_short": ("selectie ({count})", "selection ({count})"),
        "progress.group_flanders_short": ("Vlaanderen (bestand)", "Flanders (file)"),
        "progress.size_short_below": ("< {high} inw.", "< {high} inh."),
        "progress.size_short_between": ("{low}–{high} inw.", "{low}–{high} inh."),
        "progress.size_short_above": ("≥ {low} inw.", "≥ {low} inh."),
        # why the system refused a file (its own words are English)
        "oserr.permission": ("geen toestemming", "permission denied"),
        "oserr.not_found": ("bestaat niet", "does not exist"),
        "oserr.is_directory": ("het is een map", "it is a folder"),
        "oserr.not_directory": ("een deel van het pad is geen map", "a part of the path is not a folder"),
        "oserr.name_too_long": ("de naam is te lang", "the name is too long"),
        "oserr.loop": ("te veel symbolische koppelingen na elkaar", "too many symbolic links in a row"),
        "oserr.disk_full": ("de schijf is vol", "the disk is full"),
        "oserr.too_big": ("het bestand wordt groter dan toegelaten", "the file grows larger than allowed"),
        "oserr.read_only": ("het bestandssysteem is alleen-lezen", "the file system is read-only"),
        "oserr.io": ("een lees- of schrijffout van het apparaat", "a read or write error of the device"),
        "oserr.closed": ("die is gesloten", "it is closed"),
        "oserr.too_many_open": ("te veel open bestanden", "too many open files"),
        "oserr.busy": ("het bestand is in gebruik", "the file is in use"),
        "oserr.no_device": ("het apparaat is er niet", "the device is not there"),
        "oserr.other": ("systeemfout {code}", "system error {code}"),
        # what Python's CSV reader found (its own words are English)
        "csverr.unclosed_quote": (
            "het bestand eindigt binnen een cel tussen aanhalingstekens: een aanhalingsteken is niet gesloten",
            "the file ends inside a quoted cell: a quote is not closed",
        ),
        "csverr.after_quote": (
            "na een afsluitend aanhalingsteken volgt geen scheidingsteken (een \" in een cel schrijf je als \"\")",
            "a closing quote is not followed by a separator (write a \" inside a cell as \"\")",
        ),
        "csverr.newline": (
            "een regeleinde midden in een cel zonder aanhalingstekens",
            "a line break inside a cell without quotes",
        ),
        "csverr.nul": ("een NUL-teken (byte 0) in de lijn", "a NUL character (byte 0) in the line"),
        "csverr.too_long": ("een cel langer dan {limit} tekens", "a cell longer than {limit} characters"),
        "csverr.other": (
            "de aanhalingstekens of scheidingstekens kloppen niet",
            "the quotes or separators do not match up",
        ),
        # what PyYAML found in a catalogue (its own words are English)
        "yamlerr.tab": (
            "een tab springt in; YAML springt in met spaties",
            "a tab indents; YAML indents with spaces",
        ),
        "yamlerr.bad_start": (
            "het teken {character} kan geen waarde beginnen; zet de waarde tussen aanhalingstekens",
            "the character {character} cannot start a value; put the value between quotes",
        ),
        "yamlerr.colon": (
            "een ':' waar geen sleutel kan staan; zet een waarde met ': ' tussen aanhalingstekens",
            "a ':' where no key can be; put a value holding ': ' between quotes",
        ),
        "yamlerr.unclosed_quote": (
            "een aanhalingsteken wordt niet gesloten",
            "a quote is not closed",
        ),
        "yamlerr.indent": (
            "de inspringing klopt niet: deze lijn past niet bij de lijnen erboven",
            "the indentation is wrong: this line does not fit the lines above it",
        ),
        "yamlerr.unclosed_bracket": ("een '[' of '{' wordt niet gesloten", "a '[' or '{' is not closed"),
        "yamlerr.escape": (
            "een onbekende escape met '\\' tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens",
            "an unknown escape with '\\' between double quotes; use single quotes",
        ),
        "yamlerr.no_colon": (
            "een ':' ontbreekt na een sleutel, of de inspringing klopt niet",
            "a ':' is missing after a key, or the indentation is wrong",
        ),
        "yamlerr.two_documents": (
            "een tweede document ('---'): een catalogus is één document",
            "a second document ('---'): a catalogue is one document",
        ),
        "yamlerr.after_end": (
            "tekst na het einde van het document ('...')",
            "text after the end of the document ('...')",
        ),
        "yamlerr.other": (
            "de structuur klopt hier niet (inspringing, ':', '-' of aanhalingstekens)",
            "the structure is wrong here (indentation, ':', '-' or quotes)",
        ),
        # why pyproject.toml could not be read (tomllib's words are English)
        "configerr.not_utf8": ("geen geldige UTF-8", "not valid UTF-8"),
        "configerr.toml_at": (
            "geen geldige TOML (lijn {line}, kolom {column})",
            "not valid TOML (line {line}, column {column})",
        ),
        "configerr.toml": ("geen geldige TOML", "not valid TOML"),
        # a target's short name (a sheet per target); a target without one is named by its label
        "short.bomen": ("Bomen", "Trees"),
        "short.hagen": ("Hagen en geveltuinen", "Hedges and facade gardens"),
        "short.natuurgroenperken": ("Natuurgroenperken", "Nature plots"),
        "short.renovaties": ("Collectieve renovaties", "Collective renovations"),
        "short.renovaties_fossielvrij": ("Renovaties fossielvrij", "Fossil-free renovations"),
        "short.klimaattafels": ("Klimaattafels", "Klimaattafels"),
        "short.energieprojecten": ("Energieprojecten", "Energy projects"),
        "short.energievermogen": ("Vermogen energieprojecten", "Energy project capacity"),
        "short.energiegemeenschap": ("Energiegemeenschap", "Energy community"),
        "short.deelwagens": ("Deelwagens", "Shared cars"),
        "short.laadpunten": ("Laadpunten", "Charging points"),
        "short.fietspaden": ("Fietspaden", "Cycle paths"),
        "short.ontharding": ("Onthard oppervlak", "Unsealed surface"),
        "short.hemelwater": ("Hemelwateropvang", "Rainwater capture"),
    }
)

# --- help of the command line -------------------------------------------------------------------
MESSAGES.update(
    {
        "help.app": (
            "Rekenhulp voor het Lokaal Energie- en Klimaatpact (LEKP): de doelstellingen 2021-2030 van elke Vlaamse "
            "gemeente per werf, berekend uit de ratio's van het pact en echte bevolkingscijfers. Voorbeeld: "
            "lekp targets --gemeente Mol",
            "Calculator for the Flemish Lokaal Energie- en Klimaatpact (LEKP): each gemeente's 2021-2030 targets per "
            "werf, computed from the pact's ratios and real population figures. Example: lekp targets --gemeente Mol",
        ),
        "help.version": ("Toon de versie en stop.", "Show the version and exit."),
        "help.cmd_targets": (
            "Bereken de LEKP-doelstellingen van een of meer gemeenten, per werf. Voorbeeld: lekp targets -g Mol -o mol.csv",
            "Compute the LEKP targets of one or more gemeenten, per werf. Example: lekp targets -g Mol -o mol.csv",
        ),
        "help.cmd_gemeenten": (
            "Toon of zoek de gemeenten met hun inwoners en wooneenheden. Voorbeeld: lekp gemeenten sint -p Antwerpen",
            "List or search the gemeenten with their population and housing units. Example: lekp gemeenten sint "
            "-p Antwerpen",
        ),
        "help.cmd_werven": (
            "Toon de catalogus: de werven, hun doelstellingen, ratio's en bronnen. Voorbeeld: lekp werven --pact 1.0",
            "Show the catalogue: the werven, their targets, ratios and sources. Example: lekp werven --pact 1.0",
        ),
        "help.cmd_summary": (
            "Tel elke doelstelling op per provincie, arrondissement of gemeente. Voorbeeld: lekp summary --per "
            "arrondissement -p Antwerpen",
            "Total every target per province, arrondissement or gemeente. Example: lekp summary --per arrondissement "
            "-p Antwerpen",
        ),
        "help.cmd_compare": (
            "Zet gemeenten naast elkaar: elke doelstelling absoluut en per 1.000 inwoners. Voorbeeld: lekp compare "
            "-g Mol -g Geel",
            "Put gemeenten side by side: each target absolute and per 1,000 inhabitants. Example: lekp compare -g Mol "
            "-g Geel",
        ),
        "help.cmd_trajectory": (
            "Toon het rechte traject naar elke doelstelling, jaar per jaar. Voorbeeld: lekp trajectory -g Mol -i bomen",
            "Show the straight path to each target, year by year. Example: lekp trajectory -g Mol -i bomen",
        ),
        "help.cmd_progress": (
            "Vergelijk de realisaties van een gemeente met haar doelstellingen, of schrijf een leeg "
            "realisatiebestand (--template). Voorbeeld: lekp progress -g Mol --realisaties r.csv",
            "Compare a gemeente's realisations with its targets, or write an empty realisations file (--template). "
            "Example: lekp progress -g Mol --realisaties r.csv",
        ),
        "help.cmd_report": (
            "Schrijf een zelfstandig HTML-rapport voor college of gemeenteraad. Voorbeeld: lekp report -g Mol "
            "--realisaties r.csv -o mol.html",
            "Write a self-contained HTML report for the college or council. Example: lekp report -g Mol --realisaties "
            "r.csv -o mol.html",
        ),
        "help.cmd_check": (
            "Controleer gegevensbestanden en meld elk probleem; stopcode 1 bij een fout. Voorbeeld: lekp check "
            "data/werven.yaml",
            "Validate data files and report every problem; exit 1 on any error. Example: lekp check data/werven.yaml",
        ),
        "help.gemeente": (
            "Gemeente bij naam (hoofdletters, accenten, spaties en koppeltekens doen er niet toe), NIS-code, naam van "
            "voor 2025 of deelgemeente; herhaalbaar.",
            "Gemeente by name (case, accents, spaces and hyphens do not matter), NIS code, pre-2025 name or "
            "deelgemeente; repeatable.",
        ),
        "help.gemeente_one": ("De gemeente, bij naam of NIS-code.", "The gemeente, by name or NIS code."),
        "help.provincie": ("Alle gemeenten van deze provincie.", "Every gemeente of this province."),
        "help.alle": ("Alle gemeenten van het grondgebied.", "Every gemeente of the territory."),
        "help.gemeenten_file": (
            "Een tekstbestand met één gemeente (naam of NIS-code) per lijn ('#' begint commentaar; '-' leest de "
            "standaardinvoer), of een Excel-werkboek (.xlsx) met de gemeenten in de eerste kolom.",
            "A text file with one gemeente (name or NIS code) a line ('#' starts a comment; '-' reads standard "
            "input), or an Excel workbook (.xlsx) with the gemeenten in its first column.",
        ),
        "help.werf": ("Enkel deze werf (1-4).", "Only this werf (1-4)."),
        "help.jaar": (
            "Bevolkingsjaar: de inwoners op 1 januari van dit jaar. Standaard: het nieuwste in de gegevens.",
            "Population year: the inwoners on 1 January of this year. Default: the newest in the data.",
        ),
        "help.tot": (
            "Realisaties tot en met het einde van dit jaar tellen (2021-2030). Standaard: het laatste jaar in het bestand.",
            "Count realisations up to the end of this year (2021-2030). Default: the last year in the file.",
        ),
        "help.pact": (
            "Pactversie: 1.0, 2.0 of 2.1. Standaard: de nieuwste.",
            "Pact version: 1.0, 2.0 or 2.1. Default: the newest.",
        ),
        "help.rounding": (
            "Afronding in plaats van die van de catalogus: half-up, up, down of none (exact).",
            "Rounding instead of the catalogue's: half-up, up, down or none (exact).",
        ),
        "help.inwoners": (
            "Eigen aantal inwoners: vervangt dat van één gemeente, of berekent alleen een eigen omvang.",
            "Your own number of inhabitants: replaces one gemeente's, or alone computes a what-if size.",
        ),
        "help.wooneenheden": (
            "Eigen aantal wooneenheden (zoals --inwoners).",
            "Your own number of housing units (as --inwoners).",
        ),
        "help.format": (
            "Uitvoerformaat: table, csv, json, markdown, html of xlsx. Standaard: uit de extensie van -o, anders table.",
            "Output format: table, csv, json, markdown, html or xlsx. Default: from the extension of -o, else table.",
        ),
        "help.output": (
            "Schrijf naar dit bestand in plaats van de standaarduitvoer ('-'); enkel bij succes.",
            "Write to this file instead of standard output ('-'); only on success.",
        ),
        "help.excel": (
            "CSV die Excel met Belgische instellingen opent: ';', decimale komma, UTF-8-BOM.",
            "CSV that Excel with Belgian settings opens: ';', decimal comma, UTF-8 BOM.",
        ),
        "help.lang": (
            "Taal: nl of en (standaard LEKP_LANG, anders nl).",
            "Language: nl or en (default LEKP_LANG, else nl).",
        ),
        "help.lang_root": (
            "Taal van alles wat lekp schrijft: nl of en (standaard LEKP_LANG, anders nl); ook na het commando.",
            "Language of everything lekp writes: nl or en (default LEKP_LANG, else nl); also after the command.",
        ),
        "help.grondgebied": (
            "Grondgebied: 2025 (285 gemeenten) of 2024 (de 300 die het pact ondertekenden).",
            "Territory: 2025 (285 gemeenten) or 2024 (the 300 that signed the pact).",
        ),
        "help.catalogue": (
            "Een andere catalogus (YAML) dan de meegeleverde.",
            "Another catalogue (YAML) than the shipped one.",
        ),
        "help.municipalities": (
            "Een ander gemeentebestand (CSV) dan het meegeleverde.",
            "Another municipality file (CSV) than the shipped one.",
        ),
        "help.per": (
            "Groepeer per provincie, arrondissement of gemeente.",
            "Group by provincie, arrondissement or gemeente.",
        ),
        "help.indicator": (
            "Enkel deze doelstelling (een sleutel zoals bomen).",
            "Only this target (a key such as bomen).",
        ),
        "help.baseline": (
            "CSV (',' of ';') of Excel-werkboek (.xlsx) met de eigen CO2 van 2015 en het energieverbruik in een "
            "basisjaar: grootheid, jaar, waarde.",
            "CSV (',' or ';') or Excel workbook (.xlsx) with the gemeente's own CO2 of 2015 and energy use in a "
            "base year: grootheid, jaar, waarde.",
        ),
        "help.realisaties": (
            "CSV (',' of ';') of Excel-werkboek (.xlsx) met realisaties: indicator, jaar, waarde (en eventueel "
            "nis_code, opmerking); lekp progress --template schrijft er een.",
            "CSV (',' or ';') or Excel workbook (.xlsx) of realisations: indicator, jaar, waarde (optionally "
            "nis_code, opmerking); lekp progress --template writes one.",
        ),
        "help.verdeling": (
            "Toon (en exporteer) enkel de verdeling per doelstelling over de gemeenten: aantallen per status en kwartielen.",
            "Show (and export) only the spread of every target over the gemeenten: counts per status and quartiles.",
        ),
        "help.word_usage": ("Gebruik:", "Usage:"),
        "help.metavar_options": ("[OPTIES]", "[OPTIONS]"),
        "help.metavar_command": ("COMMANDO [ARGUMENTEN]...", "COMMAND [ARGS]..."),
        "help.word_options": ("Opties", "Options"),
        "help.word_arguments": ("Argumenten", "Arguments"),
        "help.word_commands": ("Commando's", "Commands"),
        "help.word_default": ("standaard: {default}", "default: {default}"),
        "help.help": ("Toon deze hulp en stop.", "Show this help and exit."),
        "help.aannames": (
            "Toon de aannames van lekp (waar geen bron beslist) en wat ervan afhangt, in plaats van de catalogus.",
            "Show lekp's assumptions (where no source decides) and what depends on them, instead of the catalogue.",
        ),
        "help.template": (
            "Schrijf een leeg realisatiebestand: een rij per doelstelling en jaar om in te vullen.",
            "Write an empty realisations file: a row per target and year to fill in.",
        ),
        "help.query": (
            "Deel van een naam, of het begin van een NIS-code.",
            "Part of a name, or the start of a NIS code.",
        ),
        "help.paths": (
            "Te controleren bestanden. Standaard: de meegeleverde gegevens.",
            "Files to check. Default: the shipped data.",
        ),
        "help.strict": ("Tel waarschuwingen als fouten.", "Count warnings as errors."),
        "help.check_format": (
            "text (bestand:lijn:kolom: …, standaard), github (annotaties voor GitHub Actions), of een formaat van "
            "elk commando: table, csv, json, markdown, html.",
            "text (file:line:column: …, the default), github (GitHub Actions annotations), or a format of every "
            "command: table, csv, json, markdown, html.",
        ),
        "help.skip_unknown": (
            "Sla bestanden over die geen invoer van lekp zijn (voor een pre-commit-hook die elk CSV-bestand krijgt).",
            "Pass over files that are no lekp input (for a pre-commit hook that receives every CSV file).",
        ),
        "help.ignore": (
            "Negeer deze code of dit begin van codes (W503, W); herhaalbaar of met komma's.",
            "Ignore this code or code prefix (W503, W); repeatable or comma-separated.",
        ),
        "help.max_change": (
            "Waarschuw als een bevolking meer dan dit percentage per jaar verandert (standaard 5).",
            "Warn when a population changes more than this percent in a year (default 5).",
        ),
        "help.headline_tolerance": (
            "Waarschuw als de som over alle gemeenten meer dan dit percentage van een Vlaams totaal afwijkt (standaard 1).",
            "Warn when the sum over all gemeenten is more than this percent off a Flemish total (default 1).",
        ),
    }
)

# --- issue 18: the Pactportaal's goals, the reporting calendar, assumptions in every export, charging-point equivalents ---
MESSAGES.update(
    {
        # columns of the exports and views
        "col.goal": ("Doelstelling in het Pactportaal", "Pactportaal goal"),
        "col.goal_uri": ("URI van de doelstelling", "URI of the goal"),
        "col.date": ("Datum", "Date"),
        "col.step": ("Stap", "Step"),
        "col.vermogen_kw": ("Vermogen", "Power"),
        "col.stroom": ("Stroom", "Current"),
        "col.toegang": ("Toegang", "Access"),
        "col.uren_per_dag": ("Uren per dag", "Hours a day"),
        "col.paal_id": ("Laadpaal", "Post"),
        "col.paal_kw": ("Vermogen laadpaal", "Power of the post"),
        "col.equivalents": ("Equivalenten", "Equivalents"),
        "col.cumulative": ("Sinds 2021", "Since 2021"),
        "col.rule": ("Toegepaste regel", "Rule applied"),
        # dates
        "word.date": ("{day} {month} {year}", "{day} {month} {year}"),
        "month.1": ("januari", "January"),
        "month.2": ("februari", "February"),
        "month.3": ("maart", "March"),
        "month.4": ("april", "April"),
        "month.5": ("mei", "May"),
        "month.6": ("juni", "June"),
        "month.7": ("juli", "July"),
        "month.8": ("augustus", "August"),
        "month.9": ("september", "September"),
        "month.10": ("oktober", "October"),
        "month.11": ("november", "November"),
        "month.12": ("december", "December"),
        # the reporting calendar
        "reporting.next": ("Volgende rapporteringsstap", "Next reporting step"),
        "reporting.last": ("Laatste rapporteringsstap", "Last reporting step"),
        "reporting.step": ("{date}: {text}", "{date}: {text}"),
        "reporting.calendar": ("Rapporteringskalender", "Reporting calendar"),
        "reporting.kind.deadline": ("uiterste datum", "deadline"),
        "reporting.kind.opens": ("opent", "opens"),
        "reporting.kind.closes": ("sluit", "closes"),
        "reporting.moved": ("(later verschoven naar {date})", "(later moved to {date})"),
        # the goals of the pact's own reporting
        "goals.title": ("Doelstellingen in het Pactportaal", "Goals in the Pactportaal"),
        "goals.intro": (
            "Onder deze namen rapporteert een gemeente in het Loket voor Lokale Besturen, en zo staan ze in het "
            "Pactportaal (de codelijst LEKP-doelstelling van het Agentschap Binnenlands Bestuur).",
            "These are the names under which a gemeente reports in the Loket voor Lokale Besturen and which the "
            "Pactportaal shows (the code list LEKP-doelstelling of the Agentschap Binnenlands Bestuur).",
        ),
        # charging-point equivalents
        "laadpunten.title": ("Laadpuntequivalenten van {file}", "Charging equivalents of {file}"),
        "laadpunten.intro": (
            "Werf 3 telt (semi-)publieke laadpuntequivalenten: een laadpunt telt naar zijn vermogen, zijn stroom "
            "en zijn openingsuren, volgens de schaal van de Vlaamse overheid (bron onderaan).",
            "Werf 3 counts (semi-)public charging-point equivalents: a point counts by its power, its current and "
            "its opening hours, on the Flemish government's scale (source below).",
        ),
        "laadpunten.points": ("Per laadpunt", "Per charging point"),
        "laadpunten.years": ("Per jaar van indienstname", "Per year put in service"),
        "laadpunten.no_years": (
            "Geen enkel laadpunt van de lijst kwam in dienst in {year} of later: er is geen jaar van het pact te tellen.",
            "No point of the list went into service in {year} or later: there is no year of the pact to count.",
        ),
        "laadpunten.not_confirmed": (
            "Dat het Pactportaal de laadpuntequivalenten met precies deze schaal telt, bevestigt geen gevonden bron.",
            "No source found confirms that the Pactportaal counts charging equivalents with exactly this scale.",
        ),
        "laadpunten.pact_10": (
            "Onder LEKP 1.0 telt het doel laadpunten, geen equivalenten; de equivalenten gelden voor LEKP 2.0 en 2.1.",
            "Under LEKP 1.0 the target counts charging points, not equivalents; the equivalents apply to LEKP 2.0 "
            "and 2.1.",
        ),
        "laadpunten.access.public": ("publiek", "public"),
        "laadpunten.access.semi": ("semipubliek", "semi-public"),
        "laadpunten.range_one": ("{kw} kW", "{kw} kW"),
        "laadpunten.range_to": ("{low} tot {high} kW", "{low} to {high} kW"),
        "laadpunten.range_below": ("{low} tot onder {high} kW", "{low} to below {high} kW"),
        "laadpunten.range_up": ("{low} kW en meer", "{low} kW and more"),
        "laadpunten.rule_anchor": (
            "{current} {kw} kW: {equivalents} (schaal: {range})",
            "{current} {kw} kW: {equivalents} (scale: {range})",
        ),
        "laadpunten.rule_between": (
            "{current} {kw} kW: {equivalents}, het anker eronder (schaal: {range}; aanname)",
            "{current} {kw} kW: {equivalents}, the anchor below (scale: {range}; assumption)",
        ),
        "laadpunten.rule_below": (
            "{current} {kw} kW: onder de schaal, 0 (aanname)",
            "{current} {kw} kW: below the scale, 0 (assumption)",
        ),
        "laadpunten.rule_post": (
            "laadpaal {post} van {kw} kW telt samen hoogstens {cap}: wat overblijft (aanname)",
            "post {post} of {kw} kW counts at most {cap} together: what is left (assumption)",
        ),
        "laadpunten.rule_semi": (
            "semipubliek, {hours} uur per dag (minstens {minimum}): × {factor}",
            "semi-public, {hours} hours a day (at least {minimum}): × {factor}",
        ),
        "laadpunten.rule_closed": (
            "semipubliek, {hours} uur per dag: minder dan {minimum}, telt niet",
            "semi-public, {hours} hours a day: fewer than {minimum}, does not count",
        ),
        "laadpunten.rule_before": (
            "in dienst voor {year}: telt voor geen jaar van het pact",
            "in service before {year}: counts for no year of the pact",
        ),
        "laadpunten.remark": (
            "laadpuntequivalenten berekend met lekp laadpunten uit {file}",
            "charging equivalents computed by lekp laadpunten from {file}",
        ),
        "laadpunten.realisations_title": (
            "Laadpuntequivalenten als realisaties",
            "Charging equivalents as realisations",
        ),
        "laadpunten.readback": (
            "Bewaar dit als CSV of .xlsx en geef het aan lekp progress --realisaties; voeg de rijen van andere "
            "doelstellingen eraan toe, of zet deze rijen in uw eigen realisatiebestand (de rijen van laadpunten "
            "niet dubbel).",
            "Save this as CSV or .xlsx and give it to lekp progress --realisaties; add the rows of other targets to "
            "it, or copy these rows into your own realisations file (without the laadpunten rows twice).",
        ),
        "note.laadpunten_scale": (
            "laadpuntequivalenten volgens de schaal van de Vlaamse overheid (CPT-oproep 2022); dat het Pactportaal "
            "precies deze schaal gebruikt, bevestigt geen gevonden bron",
            "charging equivalents on the Flemish government's scale (CPT call of 2022); no source found confirms "
            "that the Pactportaal uses exactly this scale",
        ),
        "err.no_charging_scale": (
            "de catalogus heeft geen schaal van laadpuntequivalenten (charging_scale)",
            "the catalogue has no scale of charging equivalents (charging_scale)",
        ),
        # what lekp check says about the catalogue's goals, calendar and scale
        "problem.goal_twice": ("doelstelling {id} staat twee keer in goals", "goal {id} is declared twice in goals"),
        "problem.no_goal": (
            "{key} noemt niet onder welke doelstelling van het Pactportaal het valt (goal)",
            "{key} does not name the Pactportaal goal it falls under (goal)",
        ),
        "problem.unknown_goal": (
            "{key} noemt doelstelling {id}, die niet onder goals staat",
            "{key} names goal {id}, which goals does not declare",
        ),
        "problem.goal_unused": (
            "doelstelling {id} ({label}): geen doelstelling of engagement van de catalogus valt eronder",
            "goal {id} ({label}): no target or engagement of the catalogue falls under it",
        ),
        "problem.step_twice": ("rapporteringsstap {id} staat twee keer", "reporting step {id} is declared twice"),
        "problem.replaced_unknown": (
            "rapporteringsstap {id} is vervangen door {other}, die niet onder reporting staat",
            "reporting step {id} is replaced by {other}, which reporting does not declare",
        ),
        "problem.replaced_earlier": (
            "rapporteringsstap {id} is vervangen door {other}, die niet later valt",
            "reporting step {id} is replaced by {other}, which does not fall later",
        ),
        "problem.anchor_two_ends": (
            "het anker van {kw} kW heeft zowel kw_to als kw_below",
            "the anchor of {kw} kW has both kw_to and kw_below",
        ),
        "problem.anchor_range": (
            "het anker van {kw} kW eindigt voor het begint",
            "the anchor of {kw} kW ends before it starts",
        ),
        "problem.anchor_order": (
            "het anker van {kw} kW voor {current} komt niet na een lager vermogen",
            "the anchor of {kw} kW for {current} does not follow a lower power",
        ),
        # what lekp check says about a list of charging points
        "problem.public_hours": (
            "een publiek laadpunt is de hele dag open, niet {hours} uur; schrijf semipubliek",
            "a public point is open all day, not {hours} hours; write semipubliek",
        ),
        "problem.post_half": (
            "paal_id en paal_kw horen samen: geef beide of geen van beide",
            "paal_id and paal_kw go together: give both or neither",
        ),
        "problem.post_power": (
            "laadpaal {post}: paal_kw {kw}, maar {other} op regel {first}",
            "post {post}: paal_kw {kw}, but {other} on line {first}",
        ),
        "problem.point_above_post": (
            "een laadpunt van {kw} kW aan een laadpaal van {post_kw} kW",
            "a point of {kw} kW on a post of {post_kw} kW",
        ),
        "problem.point_year": (
            "jaar {year} ligt na de pactperiode (tot {high})",
            "year {year} is after the pact period (up to {high})",
        ),
        "problem.point_future": (
            "jaar {year} ligt in de toekomst: een laadpunt telt vanaf het jaar dat het in dienst is",
            "year {year} lies in the future: a point counts from the year it is in service",
        ),
        # the command line
        "help.cmd_laadpunten": (
            "Tel een lijst van laadpunten als laadpuntequivalenten, per punt en per jaar. Voorbeeld: lekp laadpunten "
            "laadpunten.csv",
            "Count a list of charging points as charging equivalents, per point and per year. Example: lekp "
            "laadpunten laadpunten.csv",
        ),
        "help.laadpunten_file": (
            "een CSV of .xlsx met een rij per laadpunt (jaar, vermogen_kw, stroom, toegang …)",
            "a CSV or .xlsx with a row per charging point (jaar, vermogen_kw, stroom, toegang …)",
        ),
        "help.als_realisaties": (
            "schrijf de equivalenten per jaar als realisatiebestand, dat lekp progress --realisaties leest",
            "write the equivalents per year as a realisations file, which lekp progress --realisaties reads",
        ),
    }
)

# --- why a catalogue value was refused (pydantic's error types) --------------------------
MESSAGES.update(
    {
        "reason.not_whole": ("geen geheel getal", "not a whole number"),
        "reason.not_text": ("geen tekst", "not a text"),
        "reason.not_number": ("geen eindig getal", "not a finite number"),
        "reason.not_bool": ("niet true of false", "not true or false"),
        "reason.not_one_of": ("niet een van {expected}", "not one of {expected}"),
        "reason.not_list": ("geen lijst", "not a list"),
        "reason.not_mapping": ("geen mapping van velden", "not a mapping of fields"),
        "reason.empty": ("leeg", "empty"),
        "reason.too_long": ("langer dan {max_length} tekens", "longer than {max_length} characters"),
        "reason.pattern": ("heeft niet de vorm {pattern}", "does not have the form {pattern}"),
        "reason.gt": ("moet groter zijn dan {gt}", "must be greater than {gt}"),
        "reason.ge": ("moet minstens {ge} zijn", "must be at least {ge}"),
        "reason.lt": ("moet kleiner zijn dan {lt}", "must be less than {lt}"),
        "reason.le": ("mag hoogstens {le} zijn", "must be at most {le}"),
        "reason.places": ("meer dan {places} decimalen", "more than {places} decimals"),
        "reason.other": ("{text}", "{text}"),
    }
)

# --- issue 21: lekp data population ---------------------------------------------------------
MESSAGES.update(
    {
        "help.cmd_data": (
            "Werk de gegevensbestanden van lekp bij met bestanden zoals de bron ze publiceert. Voorbeeld: lekp data "
            "population TF_SOC_POP_STRUCT_2027.zip -o gemeenten.csv",
            "Update lekp's data files from files as their source publishes them. Example: lekp data population "
            "TF_SOC_POP_STRUCT_2027.zip -o gemeenten.csv",
        ),
        "help.cmd_data_population": (
            "Lees het bevolkingsbestand van Statbel (TF_SOC_POP_STRUCT_<jaar>: de zip, het .txt-bestand of de .xlsx, "
            "zoals gepubliceerd), controleer het, en schrijf het gemeentenbestand in gebruik met dat jaar erbij, met "
            "de herkomst ernaast. Voorbeeld: lekp data population TF_SOC_POP_STRUCT_2027.zip -o gemeenten.csv",
            "Read Statbel's population file (TF_SOC_POP_STRUCT_<year>: the zip, the .txt file or the .xlsx, as "
            "published), check it, and write the municipalities file in use with that year added, its provenance "
            "beside it. Example: lekp data population TF_SOC_POP_STRUCT_2027.zip -o gemeenten.csv",
        ),
        "help.word_required": ("verplicht", "required"),
        "help.statbel_file": (
            "Het bevolkingsbestand van Statbel: de zip, het .txt-bestand erin, of een .xlsx.",
            "Statbel's population file: the zip, the .txt file inside it, or an .xlsx.",
        ),
        "help.replace": (
            "Neem de cijfers van Statbel over waar het gemeentenbestand voor dat jaar andere heeft (zonder deze "
            "optie: de verschillen tonen en niets schrijven).",
            "Take Statbel's figures where the municipalities file holds others for that year (without this option: "
            "show the differences and write nothing).",
        ),
        "err.env_file": ("{variable}: {error}", "{variable}: {error}"),
        "err.population_no_year": (
            "de naam van {path} zegt niet welk jaar het bevat: geef het met --jaar",
            "the name of {path} does not say which year it holds: give it with --jaar",
        ),
        "err.population_territory_2024": (
            "{path} is een bestand van {year}: het grondgebied 2024 heeft geen cijfers na 2024; gebruik "
            "--grondgebied 2025",
            "{path} is a file of {year}: the 2024 territory has no figures after 2024; use --grondgebied 2025",
        ),
        "err.population_output": (
            "lekp data population schrijft een bestand, niet naar de standaarduitvoer: geef -o NAAM.csv",
            "lekp data population writes a file, not to standard output: give -o NAME.csv",
        ),
        "err.population_csv": (
            "{path}: een gemeentenbestand is een CSV; geef een naam die op .csv eindigt",
            "{path}: a municipalities file is a CSV; give a name ending in .csv",
        ),
        "err.output_shipped": (
            "{path} ligt in {folder}, bij de gegevens die met lekp meekomen: die worden nooit overschreven; schrijf "
            "naar een eigen map",
            "{path} is in {folder}, with the data shipped with lekp: those are never overwritten; write to a folder "
            "of your own",
        ),
        "err.output_is_input": (
            "{path} is het bestand van Statbel zelf: kies een andere naam",
            "{path} is Statbel's file itself: choose another name",
        ),
        "err.population_refused": (
            "niets geschreven: {count} problemen (hierboven)",
            "nothing written: {count} problems (above)",
        ),
        "note.population_read": (
            "{column}: {count} gemeenten, samen {total} inwoners op 1 januari {year} ({rows} rijen gelezen uit "
            "{file})",
            "{column}: {count} gemeenten, together {total} inhabitants on 1 January {year} ({rows} rows read from "
            "{file})",
        ),
        "note.population_carried": (
            "een bestand van {year} telt de 300 gemeenten van vóór 2025: een gefuseerde gemeente krijgt de som van "
            "haar voorgangers (mergers_2025.csv)",
            "a file of {year} counts the 300 gemeenten before 2025: a merged gemeente gets the sum of its "
            "predecessors (mergers_2025.csv)",
        ),
        "note.population_replaced": (
            "{name} ({code}): {before} vervangen door {after}",
            "{name} ({code}): {before} replaced by {after}",
        ),
        "note.population_written": (
            "geschreven: {path}, met de herkomst in {sidecar}",
            "written: {path}, with its provenance in {sidecar}",
        ),
        "note.provenance": (
            "{column} uit {file} ({bytes} bytes, SHA-256 {sha}…, gelezen {read})",
            "{column} from {file} ({bytes} bytes, SHA-256 {sha}…, read {read})",
        ),
        "note.provenance_shipped": (
            "de andere kolommen komen uit de gegevens die met lekp meekomen (data/datapackage.json)",
            "the other columns come from the data shipped with lekp (data/datapackage.json)",
        ),
        "check.provenance": ("herkomst van {path}: {what}", "provenance of {path}: {what}"),
        "population.where_name": ("de bestandsnaam {text} zegt {year}", "the file name {text} says {year}"),
        "population.where_member": (
            "het bestand {text} in de zip zegt {year}",
            "the file {text} inside the zip says {year}",
        ),
        "population.where_sheet": ("het werkblad {text} zegt {year}", "the sheet {text} says {year}"),
        "population.where_column": ("CD_YEAR zegt {year}", "CD_YEAR says {year}"),
        "population.territory_after": ("het grondgebied vanaf 2025", "the territory from 2025"),
        "population.territory_before": ("het grondgebied van vóór 2025", "the territory before 2025"),
        "problem.zip_not_zip": (
            "geen zip-archief; geef de zip van Statbel zoals gedownload, of het .txt-bestand erin",
            "not a zip archive; pass Statbel's zip as downloaded, or the .txt file inside it",
        ),
        "problem.zip_damaged": (
            "het zip-archief is beschadigd of onvolledig (een afgebroken download?): download het opnieuw",
            "the zip archive is damaged or incomplete (a download cut short?): download it again",
        ),
        "problem.zip_encrypted": (
            "het zip-archief is met een wachtwoord versleuteld: niet gelezen",
            "the zip archive is encrypted with a password: not read",
        ),
        "problem.zip_many": (
            "het zip-archief bevat {count} bestanden ({names}); dat van Statbel bevat er één, het .txt-bestand",
            "the zip archive holds {count} files ({names}); Statbel's holds one, the .txt file",
        ),
        "problem.zip_none": ("het zip-archief bevat geen enkel bestand", "the zip archive holds no file"),
        "problem.unpacked_too_big": (
            "uitgepakt groter dan {megabytes} MB: niet gelezen",
            "larger than {megabytes} MB unpacked: not read",
        ),
        "problem.statbel_line_too_long": (
            "een regel van meer dan {limit} bytes: geen bevolkingsbestand van Statbel",
            "a line of more than {limit} bytes: not Statbel's population file",
        ),
        "problem.statbel_columns": (
            "geen bevolkingsbestand van Statbel: de kolommen {names} ontbreken",
            "not Statbel's population file: the columns {names} are missing",
        ),
        "problem.year_column_varies": (
            "CD_YEAR {value} verschilt van {first} op de rijen ervoor: één bestand telt één jaar",
            "CD_YEAR {value} differs from {first} on the rows before: one file counts one year",
        ),
        "problem.year_column_bad": ("CD_YEAR {value} is geen jaartal", "CD_YEAR {value} is not a year"),
        "problem.cell_twice": (
            "dezelfde cel van de kruistabel (gemeente {code} × geslacht × nationaliteit × burgerlijke staat × "
            "leeftijd) als op rij {first}: ze zou twee keer tellen",
            "the same cell of the cross table (gemeente {code} × sex × nationality × civil status × age) as on row "
            "{first}: it would count twice",
        ),
        "problem.region_flemish": (
            "{name} ({code}) ligt in Vlaanderen maar heeft gewestcode {region}; een Vlaamse gemeente heeft 2000",
            "{name} ({code}) lies in Flanders but has region code {region}; a Flemish gemeente has 2000",
        ),
        "problem.region_not_flemish": (
            "{name} ({code}) ligt niet in Vlaanderen maar heeft gewestcode {region}, die van het Vlaams Gewest",
            "{name} ({code}) is not in Flanders but has region code {region}, the Flemish Region's",
        ),
        "problem.stopped": (
            "gestopt na {limit} problemen: is dit het bevolkingsbestand van Statbel?",
            "stopped after {limit} problems: is this Statbel's population file?",
        ),
        "problem.year_not_jaar": (
            "--jaar {jaar} spreekt het bestand tegen: {said}",
            "--jaar {jaar} contradicts the file: {said}",
        ),
        "problem.year_disagrees": (
            "het bestand spreekt zichzelf tegen over het jaar: {said}",
            "the file contradicts itself on its year: {said}",
        ),
        "problem.year_before": (
            "een bestand van {year}: lekp kent de gemeenten vanaf {first} (vóór de fusies van 2019 waren er andere)",
            "a file of {year}: lekp knows the gemeenten from {first} on (before the mergers of 2019 there were "
            "others)",
        ),
        "problem.code_not_in_territory": (
            "{name} ({code}) heeft gewestcode 2000 maar is geen gemeente van {territory}",
            "{name} ({code}) has region code 2000 but is no gemeente of {territory}",
        ),
        "problem.gemeente_missing": (
            "{name} ({code}), een gemeente van {territory}, heeft geen enkele rij in het bestand",
            "{name} ({code}), a gemeente of {territory}, has no row in the file",
        ),
        "problem.sum_above": (
            "de rijen van {code} tellen samen op tot meer dan {maximum}",
            "the rows of {code} add up to more than {maximum}",
        ),
        "problem.population_differs": (
            "{name}: {column} is hier {before}, {source} geeft {after}; --replace neemt het cijfer van Statbel over",
            "{name}: {column} is {before} here, {source} gives {after}; --replace takes Statbel's figure",
        ),
        "problem.sidecar_unreadable": (
            "de herkomst is niet te lezen ({reason}): schrijf het bestand opnieuw met `lekp data population`, of "
            "verwijder de herkomst",
            "the provenance cannot be read ({reason}): write the file again with `lekp data population`, or remove "
            "the sidecar",
        ),
        "problem.sidecar_format": (
            "geen herkomstbestand van lekp (verwacht: {format})",
            "not a provenance sidecar of lekp (expected: {format})",
        ),
        "problem.sidecar_stale": (
            "{file} is veranderd sinds lekp het schreef: deze herkomst beschrijft het niet meer",
            "{file} changed since lekp wrote it: this provenance no longer describes it",
        ),
        "problem.sidecar_column": (
            "de herkomst noemt kolom {column}, die {file} niet heeft",
            "the provenance names column {column}, which {file} lacks",
        ),
    }
)

# --- problems in data files (`lekp check` and every loader) --------------------------------
MESSAGES.update(
    {
        # files
        "problem.not_found": ("bestand niet gevonden", "file not found"),
        "problem.is_directory": ("is een map, geen gegevensbestand", "is a directory, not a data file"),
        "problem.unreadable": ("kan niet gelezen worden: {reason}", "cannot be read: {reason}"),
        "problem.not_regular": (
            "is geen gewoon bestand (een FIFO, apparaat of socket): niet gelezen",
            "is not a regular file (a FIFO, device or socket): not read",
        ),
        "problem.file_too_big": (
            "groter dan {megabytes} MB: niet gelezen",
            "larger than {megabytes} MB: not read",
        ),
        "problem.empty": ("het bestand is leeg", "file is empty"),
        "problem.utf16": (
            "het bestand is UTF-16, geen UTF-8; bewaar het als UTF-8 (in Excel: 'CSV UTF-8')",
            "the file is UTF-16, not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8')",
        ),
        "problem.latin1": (
            "geen geldige UTF-8: byte {byte} op lijn {at_line}, byte {at_byte} (het bestand lijkt Latin-1/Windows-1252: "
            "bewaar het als UTF-8)",
            "not valid UTF-8: byte {byte} at line {at_line}, byte {at_byte} (the file looks like Latin-1/Windows-1252: "
            "save it as UTF-8)",
        ),
        "problem.not_utf8": (
            "geen geldige UTF-8: byte {byte} op lijn {at_line}, byte {at_byte}",
            "not valid UTF-8: byte {byte} at line {at_line}, byte {at_byte}",
        ),
        "problem.separator": (
            "het bestand is gescheiden door {separator} in plaats van komma's (zoals Excel CSV bewaart met Belgische "
            "instellingen); bewaar het als 'CSV UTF-8 (door komma's gescheiden)' of vervang de scheidingstekens door ','",
            "the file is separated by {separator}, not commas (as Excel saves CSV with Belgian settings); save it as "
            "'CSV UTF-8 (comma-separated)' or replace the separators with ','",
        ),
        "problem.exported": (
            "dit is een bestand dat lekp zelf uitvoerde (doelstellingen, traject of voortgang), geen invoerbestand",
            "this is a file lekp itself exported (targets, trajectory or progress), not an input file",
        ),
        "problem.workbook": (
            "een rekenblad in een formaat dat lekp niet leest: bewaar het als Excel-werkmap (.xlsx) of als CSV UTF-8",
            "a workbook in a format lekp does not read: save it as an Excel workbook (.xlsx) or as CSV UTF-8",
        ),
        "problem.unknown_kind": (
            "geen invoerbestand van lekp: verwacht een catalogus (.yaml), een gemeentelijst (.txt) of een CSV met "
            "gemeenten, fusies, deelgemeenten, realisaties, een basislijn of laadpunten",
            "not a lekp input file: expected a catalogue (.yaml), a gemeenten list (.txt) or a municipalities, mergers, "
            "deelgemeenten, realisations, baseline or charging-point CSV",
        ),
        # catalogue
        "problem.syntax": ("YAML-syntaxfout: {what}", "YAML syntax error: {what}"),
        "problem.alias": (
            "alias *{anchor} geweigerd: ankers en aliassen zijn niet toegestaan in de catalogus (schrijf de waarde uit)",
            "alias *{anchor} refused: anchors and aliases are not allowed in the catalogue (write the value out)",
        ),
        "problem.tag": (
            "tag {tag} geweigerd: de catalogus bevat enkel gewone YAML-waarden",
            "tag {tag} refused: the catalogue holds plain YAML values only",
        ),
        "problem.key_not_scalar": (
            "een sleutel moet een gewone waarde zijn",
            "a mapping key must be a plain scalar",
        ),
        "problem.duplicate": (
            "dubbele sleutel {key} (eerst op lijn {first}); YAML zou stil enkel de laatste houden",
            "duplicate key {key} (first at line {first}); YAML would silently keep only the last one",
        ),
        "problem.not_decimal": (
            "{value} is geen eindig decimaal getal",
            "{value} is not a finite decimal number",
        ),
        "problem.too_big": ("{field}: {value} heeft te veel cijfers", "{field}: {value} has too many digits"),
        "problem.control": (
            "{field}: stuurteken {character} in de tekst; verwijder het",
            "{field}: control character {character} in the text; remove it",
        ),
        "problem.formula": (
            "{field} {value} begint met {start}, wat een rekenblad als formule uitvoert (CSV-injectie); verwijder of "
            "vervang het eerste teken",
            "{field} {value} starts with {start}, which a spreadsheet runs as a formula (CSV injection); remove or "
            "replace the leading character",
        ),
        "problem.not_mapping": (
            "de catalogus moet een mapping van velden zijn",
            "the catalogue must be a mapping of fields",
        ),
        "problem.unknown_field": ("onbekend veld {name} in {where}", "unknown field {name} in {where}"),
        "problem.missing_field": ("ontbrekend veld {name} in {where}", "missing field {name} in {where}"),
        "problem.basis": (
            "onbekende basis {value} in {where}: gebruik 'inwoners' of 'wooneenheden'",
            "unknown basis {value} in {where}: use 'inwoners' or 'wooneenheden'",
        ),
        "problem.deadline": (
            "{where}: einddatum {value} ligt buiten de pactperiode {low}-{high}",
            "{where}: deadline {value} is outside the pact period {low}-{high}",
        ),
        "problem.inexact_per": (
            "{where}: 'per: {value}' geeft geen exacte decimale ratio; gebruik per 1, 10, 100, 500, 1000 … (enkel "
            "factoren 2 en 5)",
            "{where}: 'per: {value}' gives no exact decimal ratio; use a per of 1, 10, 100, 500, 1000 … (factors 2 "
            "and 5 only)",
        ),
        "problem.not_positive": (
            "{where} moet positief zijn, gevonden {value}",
            "{where} must be positive, found {value}",
        ),
        "problem.bounds": (
            "{where}: {value} valt buiten de grenzen ({reason})",
            "{where}: {value} is out of bounds ({reason})",
        ),
        "problem.invalid": ("{where}: {reason} (gevonden {value})", "{where}: {reason} (found {value})"),
        "problem.version_form": (
            "pactversie {value} heeft niet de vorm 2.1",
            "pact version {value} is not of the form 2.1",
        ),
        "problem.version_twice": (
            "pactversie {version} is twee keer gedeclareerd",
            "pact version {version} is declared twice",
        ),
        "problem.werf_twice": ("werf {werf} is twee keer gedeclareerd", "werf {werf} is declared twice"),
        "problem.no_source": (
            "{name} noemt geen bron: geef `sources:` met het id van minstens één bron",
            "{name} names no source: give `sources:` with the id of at least one source",
        ),
        "problem.unknown_source": (
            "{name} verwijst naar bron {id}, die niet onder `sources:` staat",
            "{name} cites source {id}, which is not declared under `sources:`",
        ),
        "problem.unknown_assumption": (
            "{name} verwijst naar aanname {id}, die niet onder `assumptions:` staat",
            "{name} refers to assumption {id}, which is not declared under `assumptions:`",
        ),
        "problem.source_twice": (
            "bron {id} staat twee keer onder `sources:`",
            "source {id} is declared twice",
        ),
        "problem.no_address": (
            "bron {id} heeft geen adres (`address:`, een https-adres waar de lezer ze vindt)",
            "source {id} has no address (`address:`, an https address where a reader finds it)",
        ),
        "problem.assumption_missing": (
            "aanname {id} ontbreekt onder `assumptions:`; lekp maakt ze in elke berekening van een pad of "
            "een voortgang en moet ze kunnen tonen",
            "assumption {id} is missing under `assumptions:`; lekp makes it in every path or progress it "
            "computes and must be able to show it",
        ),
        "problem.unknown_version": (
            "{key} hoort bij pactversie {version}, die de catalogus niet declareert ({known})",
            "{key} belongs to pact version {version}, which the catalogue does not declare ({known})",
        ),
        "problem.unknown_werf": (
            "indicator {key}: onbekende werf {werf}",
            "indicator {key}: unknown werf {werf}",
        ),
        "problem.indicator_twice": (
            "indicator {key} staat twee keer in pactversie {version} (eerst als indicators[{first}])",
            "indicator {key} appears twice in pact version {version} (first as indicators[{first}])",
        ),
        "problem.engagement_twice": (
            "engagement {key} staat twee keer in pactversie {version}",
            "engagement {key} appears twice in pact version {version}",
        ),
        "problem.co2_rule": (
            "engagement {key}: een co2_reduction-regel heeft base_year en een later target_year nodig",
            "engagement {key}: a co2_reduction rule needs base_year and a later target_year",
        ),
        # CSV: structure
        "problem.multiline": (
            "een cel tussen aanhalingstekens loopt over meerdere lijnen (een niet-gesloten aanhalingsteken?)",
            "a quoted cell spans several lines (an unclosed quote?)",
        ),
        "problem.malformed": ("misvormde CSV: {reason}", "malformed CSV: {reason}"),
        "problem.column_twice": ("kolom {name} staat er twee keer", "column {name} appears twice"),
        "problem.column_unknown": ("onbekende kolom {name}", "unknown column {name}"),
        "problem.column_year": (
            "kolom {name}: het jaar ligt niet tussen {low} en {high}",
            "column {name}: the year is not between {low} and {high}",
        ),
        "problem.column_missing": ("ontbrekende kolom {name}", "missing column {name}"),
        "problem.columns_missing": (
            "ontbrekende kolommen zoals {example} (één per jaar)",
            "missing columns such as {example} (one per year)",
        ),
        "problem.no_rows": (
            "het bestand heeft een kopregel maar geen gegevens",
            "the file has a header but no rows",
        ),
        "problem.width": (
            "de rij heeft {cells} cellen, de kopregel {header}",
            "row has {cells} cells, the header has {header}",
        ),
        # CSV: cells
        "problem.empty_cell": ("lege cel in kolom {field}", "empty cell in column {field}"),
        "problem.enum": (
            "{field} {value} is geen toegelaten waarde; kies uit: {choices}",
            "{field} {value} is not an allowed value; choose one of: {choices}",
        ),
        "problem.too_long": (
            "{field}: tekst van {length} tekens, langer dan {limit}",
            "{field}: text of {length} characters, longer than {limit}",
        ),
        "problem.too_many_digits": (
            "{field}: {digits} cijfers, meer dan kan (hoogstens {maximum})",
            "{field}: {digits} digits, more than it can be (at most {maximum})",
        ),
        "problem.negative": (
            "{field} is negatief ({value}); het moet 0 of meer zijn",
            "{field} is negative ({value}); it must be 0 or more",
        ),
        "problem.not_whole": (
            "{field} {value} is geen geheel getal",
            "{field} {value} is not a whole number",
        ),
        "problem.thousands": (
            "{field} {value} heeft een scheidingsteken voor duizendtallen; schrijf het getal zonder: {digits}",
            "{field} {value} has a thousands separator; write the number without it: {digits}",
        ),
        "problem.decimal_comma": (
            "{field} {value} heeft een decimale komma; het moet een geheel getal zijn",
            "{field} {value} has a decimal comma; it must be a whole number",
        ),
        "problem.decimals": (
            "{field} {value} heeft decimalen; het moet een geheel getal zijn",
            "{field} {value} has decimals; it must be a whole number",
        ),
        "problem.below": ("{field} {value} ligt onder {minimum}", "{field} {value} is below {minimum}"),
        "problem.above": ("{field} {value} ligt boven {maximum}", "{field} {value} is above {maximum}"),
        "problem.year_bounds": (
            "{field} {value} ligt niet tussen {low} en {high}",
            "{field} {value} is not between {low} and {high}",
        ),
        "problem.not_number": ("{field} {value} is geen getal", "{field} {value} is not a number"),
        "problem.ambiguous": (
            "{field} {value} is dubbelzinnig: duizend of een breuk? Schrijf {whole} of {fraction}",
            "{field} {value} is ambiguous: a thousand or a fraction? Write {whole} or {fraction}",
        ),
        "problem.nis": (
            "{field} {value} is geen NIS-code van vijf cijfers",
            "{field} {value} is not a five-digit NIS code",
        ),
        "problem.part_code": (
            "{field} {value} is geen deelgemeentecode (vijf cijfers en een hoofdletter)",
            "{field} {value} is not a deelgemeente code (five digits and a capital letter)",
        ),
        "problem.nis_in_list": (
            "{field}: {value} is geen NIS-code van vijf cijfers",
            "{field}: {value} is not a five-digit NIS code",
        ),
        "problem.boolean": (
            "{field} {value} moet True of False zijn",
            "{field} {value} must be True or False",
        ),
        "problem.date": (
            "{field} {value} is geen datum (JJJJ-MM-DD)",
            "{field} {value} is not a date (YYYY-MM-DD)",
        ),
        # municipalities, mergers, deelgemeenten
        "problem.arrondissement": (
            "arrondissement {arr} past niet bij NIS-code {nis} (verwacht {expected})",
            "arrondissement {arr} does not match NIS code {nis} (expected {expected})",
        ),
        "problem.province_not_flemish": (
            "provincie {prov} past niet bij NIS-code {nis} (de cijfers zijn niet die van een Vlaamse provincie)",
            "province {prov} does not match NIS code {nis} (its digits are not those of a Flemish province)",
        ),
        "problem.province": (
            "provincie {prov} past niet bij NIS-code {nis} (verwacht {expected})",
            "province {prov} does not match NIS code {nis} (expected {expected})",
        ),
        "problem.nis_twice": (
            "NIS-code {nis} staat er twee keer (eerst op lijn {first})",
            "NIS code {nis} appears twice (first on line {first})",
        ),
        "problem.name_twice": (
            "naam {name} staat er twee keer (eerst op lijn {first})",
            "name {name} appears twice (first on line {first})",
        ),
        "problem.arrondissement_names": (
            "arrondissement {code} heet hier {name}, maar {other} op lijn {first}",
            "arrondissement {code} is called {name} here but {other} on line {first}",
        ),
        "problem.province_names": (
            "provincie {code} heet hier {name}, maar {other} op lijn {first}",
            "province {code} is called {name} here but {other} on line {first}",
        ),
        "problem.predecessor": (
            "voorgangercode {code} is noch de eigen code van deze gemeente, noch een gemeente van de fusietabel",
            "predecessor code {code} is neither this gemeente's own code nor a gemeente of the merger mapping",
        ),
        "problem.part_twice": (
            "deelgemeentecode {code} staat er twee keer (eerst op lijn {first})",
            "deelgemeente code {code} appears twice (first on line {first})",
        ),
        # realisations and baselines
        "problem.indicator": ("onbekende indicator {value}{hint}", "unknown indicator {value}{hint}"),
        "problem.year": (
            "jaar {year} ligt buiten de pactperiode {low}-{high}",
            "jaar {year} is outside the pact period {low}-{high}",
        ),
        "problem.future": (
            "jaar {year} ligt in de toekomst: een realisatie wordt achteraf gemeld",
            "jaar {year} lies in the future: a realisation is reported after the fact",
        ),
        "problem.twice": (
            "{key} {year}{where} staat er twee keer (eerst op lijn {first}); tel de waarden op in één rij",
            "{key} {year}{where} appears twice (first on line {first}); add the values up in one row",
        ),
        "problem.for_gemeente": (" voor {nis}", " for {nis}"),
        "problem.nis_territory": (
            "NIS-code {nis} is geen gemeente van het grondgebied {territory} (kies het grondgebied met {option})",
            "NIS code {nis} is no gemeente of the {territory} territory (choose the territory with {option})",
        ),
        "problem.unknown_nis": (
            "NIS-code {nis} is geen gemeente (van 2025 of ervoor)",
            "NIS code {nis} is no gemeente (of 2025 or before)",
        ),
        "problem.quantity": (
            "onbekende grootheid {value}: gebruik 'co2' (ton CO2 in {year}), 'energie' (MWh primaire energie in een "
            "basisjaar), of 'co2_jaar' en 'energie_jaar' voor wat in een jaar van het pact gemeten werd",
            "unknown grootheid {value}: use 'co2' (tonnes CO2 in {year}), 'energie' (MWh primary energy in a base "
            "year), or 'co2_jaar' and 'energie_jaar' for what was measured in a year of the pact",
        ),
        "problem.quantity_twice": (
            "{quantity} staat er twee keer (eerst op lijn {first})",
            "{quantity} appears twice (first on line {first})",
        ),
        "problem.co2_year": (
            "de CO2-basislijn van het pact is {base}, niet {year}",
            "the CO2 baseline of the pact is {base}, not {year}",
        ),
        "problem.actual_year": (
            "een gemeten jaarcijfer voor {year} ligt buiten de pactperiode {low}-{high}",
            "a measured yearly figure for {year} is outside the pact period {low}-{high}",
        ),
        "problem.energy_year": (
            "basisjaar {year} voor energie ligt niet tussen {low} en {high}",
            "energy base year {year} is not between {low} and {high}",
        ),
        "problem.nothing": (
            "de basislijn geeft geen 'co2' en geen 'energie'",
            "the baseline gives neither 'co2' nor 'energie'",
        ),
        # gemeenten lists
        "problem.unknown_gemeente": ("{error}", "{error}"),
        "problem.line_too_long": (
            "lijn {value} is langer dan {limit} tekens",
            "line {value} is longer than {limit} characters",
        ),
        "problem.empty_list": ("de lijst noemt geen enkele gemeente", "the list names no gemeente"),
        # across files
        "problem.mapped_missing": (
            "{old} ({old_code}) wordt toegewezen aan {new_code}, dat niet in {file} staat",
            "{old} ({old_code}) is mapped to {new_code}, which is not in {file}",
        ),
        "problem.other_name": (
            "{code} heet hier {name}, maar {other} in {file}",
            "{code} is called {name} here but {other} in {file}",
        ),
        "problem.predecessors": (
            "{name} noemt als voorgangers {listed}, maar {file} wijst {mapped} eraan toe",
            "{name} lists predecessors {listed}, but {file} maps {mapped} to it",
        ),
        "problem.not_in_file": ("{name} ({code}) staat niet in {file}", "{name} ({code}) is not in {file}"),
        "problem.old_own": (
            "{name} is een gemeente van voor 2025: haar enige voorganger is zijzelf",
            "{name} is a pre-2025 gemeente: its only predecessor is itself",
        ),
        "problem.part_gemeente": (
            "deelgemeente {part} hoort bij {code}, dat niet in {file} staat",
            "deelgemeente {part} belongs to {code}, which is not in {file}",
        ),
        "problem.population_sum": (
            "{name} heeft {value} inwoners in {year}, maar {names} in {file} hebben er {total}",
            "{name} has {value} inwoners in {year}, but {names} in {file} have {total}",
        ),
        "problem.dwellings_sum": (
            "{name} heeft {value} woningen, maar {names} in {file} hebben er {total}",
            "{name} has {value} dwellings, but {names} in {file} have {total}",
        ),
        # plausibility
        "problem.percent": ("{sign}{value} %", "{sign}{value} %"),
        "problem.population_jump": (
            "de bevolking van {name} gaat van {before} ({previous}) naar {after} ({year}), {change}: meer dan {limit} % "
            "in een jaar",
            "population of {name} goes from {before} ({previous}) to {after} ({year}), {change}: more than {limit} % "
            "in a year",
        ),
        "problem.dwellings_odd": (
            "{name} heeft {dwellings} woningen voor {population} inwoners ({year}); verwacht ongeveer bevolking / 2 = "
            "{half} (binnen een factor {factor})",
            "{name} has {dwellings} dwellings for {population} inwoners ({year}); expected roughly population / 2 = "
            "{half} (within a factor {factor})",
        ),
        "problem.basis_inwoners": (
            "{value} inwoners op 1 januari {year}",
            "{value} inwoners on 1 January {year}",
        ),
        "problem.basis_wooneenheden": (
            "{value} wooneenheden (Census 2021)",
            "{value} wooneenheden (Census 2021)",
        ),
        "problem.headline": (
            "Vlaams totaal van {key} (pact {version}): de catalogus vermeldt {value} {unit} ({stated}, {source}); de "
            "{count} gemeenten van {file} komen samen op {total} ({basis} × {ratio}), een verschil van {gap} "
            "({relative}). Het totaal past bij {matches} {basis_name}: het is een geciteerd cijfer, de doelstellingen "
            "komen uit de ratio",
            "headline of {key} (pact {version}): the catalogue states {value} {unit} ({stated}, {source}); the "
            "{count} gemeenten of {file} sum to {total} ({basis} × {ratio}), a gap of {gap} ({relative}). The "
            "headline matches {matches} {basis_name}: it is a quoted figure, the targets are computed from the ratio",
        ),
    }
)

# --- issue 16: a blank is not a zero, statuses that explain themselves, one set of targets ---
MESSAGES.update(
    {
        "status.met_hiaten": ("met hiaten", "with gaps"),
        "status_short.met_hiaten": ("(h)", "(g)"),
        "status_legend.title": ("Wat de statussen betekenen:", "What the statuses mean:"),
        "status_legend.item": ("{status}: {meaning}", "{status}: {meaning}"),
        "status_legend.behaald": (
            "de termijn loopt nog en het gerealiseerde totaal haalt nu al het volledige doel.",
            "the deadline is still ahead and the realised total already meets the whole target.",
        ),
        "status_legend.op_schema": (
            "de termijn loopt nog en het totaal ligt op of boven het rechte pad van nul (eind 2020) naar het doel.",
            "the deadline is still ahead and the total is on or above the straight path from zero (end 2020) to "
            "the target.",
        ),
        "status_legend.achter": (
            "de termijn loopt nog en het totaal ligt onder dat rechte pad.",
            "the deadline is still ahead and the total is below that straight path.",
        ),
        "status_legend.gehaald": (
            "de termijn is verstreken (of eindigt met het beoordeelde jaar) en het totaal op die termijn haalde "
            "het doel.",
            "the deadline has passed (or ends with the year judged) and the total at the deadline met the target.",
        ),
        "status_legend.niet_gehaald": (
            "de termijn is verstreken (of eindigt met het beoordeelde jaar) en het totaal op die termijn bleef "
            "onder het doel.",
            "the deadline has passed (or ends with the year judged) and the total at the deadline fell short of "
            "the target.",
        ),
        "status_legend.niet_gerapporteerd": (
            "voor geen enkel beoordeeld jaar staat er een waarde in het bestand: onbekend, niet nul.",
            "the file has no value for any year judged: unknown, not zero.",
        ),
        "status_legend.met_hiaten": (
            "sommige beoordeelde jaren hebben geen waarde; de status geldt tot en met het laatste gerapporteerde "
            "jaar ('t/m') en de ontbrekende jaren staan ernaast. Een leeg jaar telt niet als 0.",
            "some years judged have no value; the status stands as of the last reported year ('as of') and the "
            "missing years are named beside it. An empty year does not count as 0.",
        ),
        "progress.as_of": ("{status} t/m {year}", "{status} as of {year}"),
        "progress.missing": ("ontbreekt: {years}", "missing: {years}"),
        "progress.gaps": (
            "Met hiaten: lekp oordeelt enkel over wat gerapporteerd is. Het totaal tot en met het laatste "
            "gerapporteerde jaar wordt vergeleken met het pad in dat jaar (het jaar na 't/m' in de status; ook "
            "'verwacht' en 'verschil' staan op dat jaar); het tempo, het jaar waarin het doel bereikt zou worden "
            "en wat nog nodig is per jaar rekenen met de jaren tot en met dat laatste gerapporteerde jaar.",
            "With gaps: lekp judges only what was reported. The total up to the last reported year is compared "
            "with the path in that year (the year after 'as of' in the status; 'expected' and 'gap' stand at that "
            "year too); the pace, the year the target would be reached and what is still needed per year count "
            "the years up to that last reported year.",
        ),
        "progress.quartiles_complete": (
            "Kwartielen en mediaan over de gemeenten die elk beoordeeld jaar rapporteerden; een gemeente met "
            "hiaten telt in 'met hiaten', niet in haar status.",
            "Quartiles and median over the gemeenten that reported every year judged; a gemeente with gaps counts "
            "under 'with gaps', not under its status.",
        ),
        "progress.population_judges": (
            "{inwoners} op 1 januari {year} ({why}; die bepaalt de doelen)",
            "{inwoners} on 1 January {year} ({why}; this sets the targets)",
        ),
        "progress.population_judges_year": (
            "op 1 januari {year} ({why}; die bepaalt de doelen)",
            "on 1 January {year} ({why}; this sets the targets)",
        ),
        "progress.population_other": (
            "{inwoners} op 1 januari {year}, het beoordeelde jaar (ter vergelijking)",
            "{inwoners} on 1 January {year}, the year judged (for comparison)",
        ),
        "progress.population_other_year": (
            "op 1 januari {year}, het beoordeelde jaar, telt niet",
            "on 1 January {year}, the year judged, does not count",
        ),
        "progress.why_jaar": ("gevraagd", "asked for"),
        "progress.why_template": (
            "het bevolkingsjaar van het sjabloon",
            "the population year of the template",
        ),
        "progress.why_judged": ("het beoordeelde jaar", "the year judged"),
        "progress.why_newest": ("het nieuwste jaar in de gegevens", "the newest year in the data"),
        "progress.targets_of": (
            "doelen op basis van de inwoners op 1 januari {year}",
            "targets based on the inhabitants on 1 January {year}",
        ),
        "report.chart_not_reported": ("niet gerapporteerd", "not reported"),
        "template.population": (
            "De doelen van dit bestand rekenen met de inwoners op 1 januari {year}; de kolom 'bevolkingsjaar' "
            "bewaart dat jaar, zodat de voortgang en het rapport met dezelfde doelen oordelen. Laat hem staan.",
            "The targets of this file use the inhabitants on 1 January {year}; the column 'bevolkingsjaar' keeps "
            "that year, so that progress and the report judge with the same targets. Leave it in place.",
        ),
        "report.projected_reported": (
            "aan het tempo t/m {last}: doel in {year}",
            "at the pace up to {last}: target in {year}",
        ),
        "report.projected_far_reported": (
            "aan het tempo t/m {last}: doel pas na {year}",
            "at the pace up to {last}: target only after {year}",
        ),
        "note.population_recorded": (
            "de doelen gebruiken de inwoners op 1 januari {year}, het bevolkingsjaar dat het realisatiebestand "
            "vermeldt (het sjabloon werd ermee gemaakt); kies een ander jaar met {option}",
            "the targets use the inhabitants on 1 January {year}, the population year the realisations file "
            "records (the template was made with it); choose another year with {option}",
        ),
        "note.population_not_recorded": (
            "de doelen gebruiken de inwoners op 1 januari {year}, zoals gevraagd; het realisatiebestand vermeldt "
            "bevolkingsjaar {recorded}",
            "the targets use the inhabitants on 1 January {year}, as asked; the realisations file records "
            "population year {recorded}",
        ),
        "err.tot_past_data": (
            "{path} heeft geen enkele realisatie in {year} of later (het laatste jaar met een waarde is {last}): "
            "{year} kan niet beoordeeld worden; kies {tot} of vroeger",
            "{path} has no realisation in {year} or later (the last year with a value is {last}): {year} cannot be "
            "judged; choose {tot} or earlier",
        ),
        "err.one_gemeente": (
            "het traject wordt voor één gemeente getoond, niet voor {names}; noem er één met {gemeente}",
            "the path is shown for one gemeente, not for {names}; name one with {gemeente}",
        ),
        "problem.gaps": (
            "{key}{where}: geen waarde voor {years} (laatste gerapporteerde jaar {last}); een leeg jaar telt niet "
            "als 0: de voortgang wordt beoordeeld t/m {last}",
            "{key}{where}: no value for {years} (last reported year {last}); an empty year does not count as 0: "
            "progress is judged as of {last}",
        ),
        "problem.population_years": (
            "bevolkingsjaar {year} verschilt van {first} op regel {line}: één bestand, één bevolkingsjaar",
            "population year {year} differs from {first} on line {line}: one file, one population year",
        ),
        "problem.population_year_unknown": (
            "bevolkingsjaar {year}: er zijn geen bevolkingscijfers voor dat jaar ({low}-{high})",
            "population year {year}: there are no population figures for that year ({low}-{high})",
        ),
    }
)

# --- progress that tells the truth ----------------------------------------------------------
MESSAGES.update(
    {
        "status.gehaald": ("gehaald op de termijn", "met by the deadline"),
        "status.niet_gehaald": ("niet gehaald op de termijn", "missed by the deadline"),
        "status.niet_gerapporteerd": ("niet gerapporteerd", "not reported"),
        "status_short.behaald": ("B", "R"),
        "status_short.op_schema": ("S", "T"),
        "status_short.achter": ("A", "B"),
        "status_short.gehaald": ("G", "M"),
        "status_short.niet_gehaald": ("N", "X"),
        "status_short.niet_gerapporteerd": ("–", "–"),
        "progress.legend": (
            "B doel al bereikt · S op schema · A achter op schema · G gehaald op de termijn · N niet gehaald op de "
            "termijn · – niet gerapporteerd · (h) met hiaten: de status geldt t/m het laatste gerapporteerde jaar",
            "R target already reached · T on track · B behind schedule · M met by the deadline · X missed by the "
            "deadline · – not reported · (g) with gaps: the status stands as of the last reported year",
        ),
        "progress.summary": ("Samenvatting", "Summary"),
        "progress.judged": ("Beoordeeld", "Judged"),
        "progress.judged_value": ("einde {year}", "end of {year}"),
        "progress.population": ("Inwoners", "Inhabitants"),
        "progress.count": ("{count}", "{count}"),
        "progress.milestone_label": ("waarvan tegen eind {year}", "of which by end {year}"),
        "progress.after": ("na {year}", "after {year}"),
        "progress.remarks": ("Toelichting van de gemeente:", "The gemeente's explanations:"),
        "progress.remark": ("{label} ({year}): {text}", "{label} ({year}): {text}"),
        "progress.groups": ("Verdeling per doelstelling", "Spread per target"),
        "progress.group_province": ("provincie {name}", "province {name}"),
        "progress.group_selection": ("de {count} gekozen gemeenten", "the {count} gemeenten chosen"),
        "progress.group_one": ("{name}", "{name}"),
        "progress.group_all": ("Vlaanderen (alle {count} gemeenten)", "Flanders (all {count} gemeenten)"),
        "progress.group_flanders": (
            "Vlaanderen (de gemeenten in het bestand)",
            "Flanders (the gemeenten in the file)",
        ),
        "progress.size_below": (
            "gemeenten met minder dan {high} inwoners",
            "gemeenten of fewer than {high} inhabitants",
        ),
        "progress.size_between": (
            "gemeenten met {low} tot {high} inwoners",
            "gemeenten of {low} to {high} inhabitants",
        ),
        "progress.size_above": (
            "gemeenten met {low} inwoners of meer",
            "gemeenten of {low} inhabitants or more",
        ),
        "progress.per_gemeente": (
            "Per gemeente: percent bereikt en status",
            "Per gemeente: percent reached and status",
        ),
        "progress.many_title": ("Voortgang van {name}", "Progress of {name}"),
        "progress.peers": (
            "Naast de mediaan van de provincie en van gemeenten van dezelfde grootte in het bestand.",
            "Beside the median of the province and of gemeenten of the same size in the file.",
        ),
        "progress.no_data": ("geen gegevens", "no data"),
        "col.needed_per_year": ("Nodig per jaar", "Needed per year"),
        "col.median_province": ("Mediaan provincie", "Median province"),
        "col.median_size": ("Mediaan zelfde grootte", "Median same size"),
        "col.q1": ("Eerste kwartiel", "First quartile"),
        "col.median": ("Mediaan", "Median"),
        "col.q3": ("Derde kwartiel", "Third quartile"),
        "col.count_behaald": ("doel al bereikt", "target already reached"),
        "col.count_op_schema": ("op schema", "on track"),
        "col.count_achter": ("achter op schema", "behind schedule"),
        "col.count_gehaald": ("gehaald op de termijn", "met by the deadline"),
        "col.count_niet_gehaald": ("niet gehaald op de termijn", "missed by the deadline"),
        "col.count_met_hiaten": ("met hiaten", "with gaps"),
        "col.count_niet_gerapporteerd": ("niet gerapporteerd", "not reported"),
        "col.ceiling": ("Maximum", "Ceiling"),
        "col.actual": ("Gemeten", "Measured"),
        "col.judgement": ("Oordeel", "Judgement"),
        "status.short.binnen": ("binnen", "within"),
        "status.short.boven": ("boven", "above"),
        "status.binnen": ("binnen het maximum", "within the ceiling"),
        "status.boven": ("boven het maximum", "above the ceiling"),
        "note.population_of_judged_year": (
            "de doelen gebruiken de inwoners op 1 januari {year}, het beoordeelde jaar (een aanname van lekp); kies "
            "een ander jaar met {option}",
            "the targets use the inhabitants on 1 January {year}, the year judged (an assumption of lekp); choose "
            "another year with {option}",
        ),
        "note.population_newest": (
            "de doelen gebruiken de inwoners op 1 januari {year}, het nieuwste jaar in de gegevens ({until} is er nog "
            "niet)",
            "the targets use the inhabitants on 1 January {year}, the newest year in the data ({until} is not there "
            "yet)",
        ),
        "err.no_realisations_many": (
            "{path} bevat geen realisaties van de gekozen gemeenten",
            "{path} has no realisations of the gemeenten chosen",
        ),
        "err.realisations_without_code": (
            "{path} heeft geen kolom nis_code: het kan de realisaties van één gemeente bevatten, niet van meer",
            "{path} has no nis_code column: it can hold the realisations of one gemeente, not of more",
        ),
        "err.baseline_one_gemeente": (
            "een basislijn hoort bij één gemeente",
            "a baseline belongs to one gemeente",
        ),
    }
)

MESSAGES.update(
    {
        "report.locator": ("{name} in Vlaanderen", "{name} in Flanders"),
        "report.yearly": ("per jaar: {years}", "per year: {years}"),
        "report.remark": ("toelichting {year}: {text}", "explanation {year}: {text}"),
        "report.not_reported": ("niet gerapporteerd: geen prognose", "not reported: no projection"),
        "report.source_boundaries": (
            "Gemeentegrenzen: Statbel (Algemene Directie Statistiek – Statistics Belgium), statistische sectoren "
            "op 1 januari 2025, vereenvoudigd voor online gebruik door Provincies in Cijfers: {address}",
            "Municipal boundaries: Statbel (Algemene Directie Statistiek – Statistics Belgium), statistical "
            "sectors of 1 January 2025, simplified for online use by Provincies in Cijfers: {address}",
        ),
        "report.many_title": (
            "Lokaal Energie- en Klimaatpact: {name}",
            "Local Energy and Climate Pact: {name}",
        ),
        "report.many_subtitle": ("Voortgang tot eind {year}", "Progress to the end of {year}"),
        "report.with_data": (
            "{count}, waarvan {reported} met gegevens",
            "{count}, {reported} of them with data",
        ),
        "report.overview": ("Overzicht", "Overview"),
        "report.overview_caption": (
            "Aandeel van de elk jaar gerapporteerde doelstellingen dat al bereikt, op schema of op de termijn "
            "gehaald is",
            "Share of the targets reported for every year that are already reached, on track or met by the "
            "deadline",
        ),
        "report.per_gemeente": ("Per gemeente", "Per gemeente"),
        "report.map_caption": (
            "{label}: percent bereikt tot eind {year}",
            "{label}: percent reached to the end of {year}",
        ),
        "report.map_text": (
            "Mediaan {median} % over de {reported} gemeenten met gegevens voor elk jaar (van {count}); gearceerd: "
            "geen gegevens; grijs: buiten dit rapport. De nummers zijn die van de lijst bij het overzicht.",
            "Median {median} % over the {reported} gemeenten with data for every year (of {count}); hatched: no "
            "data; grey: outside this report. The numbers are those of the list with the overview.",
        ),
        "report.class": ("{low} tot {high} %", "{low} to {high} %"),
        "report.class_top": ("{low} % of meer", "{low} % or more"),
        "report.legend": ("Legende: percent bereikt", "Legend: percent reached"),
        "report.not_in_report": ("niet in dit rapport", "not in this report"),
        "report.share_on_track": (
            "{percent} % van de elk jaar gerapporteerde doelstellingen al bereikt, op schema of op de termijn "
            "gehaald",
            "{percent} % of the targets reported for every year already reached, on track or met by the deadline",
        ),
    }
)

MESSAGES.update(
    {
        "problem.not_workbook": (
            "geen leesbaar Excel-werkboek (.xlsx): {reason}",
            "not a readable Excel workbook (.xlsx): {reason}",
        ),
        "problem.too_many_rows": ("meer dan {rows} rijen: niet gelezen", "more than {rows} rows: not read"),
        "problem.formula_not_stored": (
            "een formule {formula} zonder bewaarde uitkomst; open en bewaar het werkboek in Excel, of typ de waarde",
            "a formula {formula} without a stored result; open and save the workbook in Excel, or type the value",
        ),
    }
)

MESSAGES.update(
    {
        "xlsx.data": ("Gegevens", "Data"),
        "xlsx.about": ("Over", "About"),
        "xlsx.lists": ("Keuzelijsten", "Lists"),
        "xlsx.note": ("Noot", "Note"),
        "xlsx.made_by": ("Gemaakt met", "Made with"),
        "xlsx.made_on": ("Gemaakt op", "Made on"),
        "xlsx.columns": (
            "Kolommen: de sleutel van elke kolom voor programma's",
            "Columns: the key of every column, for programs",
        ),
        "xlsx.sheet": ("Blad", "Sheet"),
        "xlsx.header": ("Kop", "Header"),
        "xlsx.key": ("Sleutel", "Key"),
        "err.report_to_terminal": (
            "het verslag is een HTML-pagina voor de browser; geef -o verslag.html (of -f markdown om het hier te lezen)",
            "the report is an HTML page for a browser; give -o report.html (or -f markdown to read it here)",
        ),
        "xlsx.workbook_to_terminal": (
            "een werkboek wordt niet naar een terminal geschreven; geef -o naam.xlsx",
            "a workbook is not written to a terminal; give -o name.xlsx",
        ),
    }
)

MESSAGES.update(
    {
        "template.sheet": ("Realisaties", "Realisaties"),
        "template.instructions": ("Uitleg", "Instructions"),
        "template.how": ("Zo vult u dit bestand in:", "How to fill in this file:"),
        "template.step_1": (
            "Vul per doelstelling en jaar in de kolom 'waarde' in wat de gemeente dat jaar realiseerde, in de eenheid "
            "van de kolom 'eenheid' (niet het totaal tot dan: lekp telt de jaren op).",
            "For each target and year, put in the column 'waarde' what the gemeente realised in that year, in the unit "
            "of the column 'eenheid' (not the total so far: lekp adds the years up).",
        ),
        "template.step_2": (
            "Laat 'waarde' leeg voor een jaar dat nog niet gekend is; een leeg jaar telt niet als 0.",
            "Leave 'waarde' empty for a year not known yet; an empty year does not count as 0.",
        ),
        "template.step_3": (
            "Een negatieve waarde is een correctie of een verwijdering (gerooide hagen tellen negatief).",
            "A negative value is a correction or a removal (hedges grubbed up count negative).",
        ),
        "template.step_4": (
            "Licht in 'opmerking' toe wat de cijfers niet zeggen ('pas toe of leg uit'): het rapport toont het naast "
            "de doelstelling.",
            "Explain in 'opmerking' what the figures do not say ('comply or explain'): the report shows it beside the "
            "target.",
        ),
        "template.step_5": (
            "Controleer het ingevulde bestand met `lekp check realisaties.xlsx` en bekijk de voortgang met `lekp "
            "progress {selection} --realisaties realisaties.xlsx` (met de naam waaronder je het bestand bewaarde). "
            "Laat de kolomnamen in de eerste rij staan.",
            "Check the filled-in file with `lekp check realisaties.xlsx` and see the progress with `lekp progress "
            "{selection} --realisaties realisaties.xlsx` (with the name you saved the file under). Keep the column "
            "names in the first row.",
        ),
    }
)

MESSAGES.update(
    {
        "html.columns_hidden": (
            "Op dit smalle scherm zijn niet alle kolommen van de tabel te zien; op een breder scherm, "
            "afgedrukt of met -f csv of -f xlsx staan ze er alle.",
            "This narrow screen does not show every column of the table; a wider screen, the printout "
            "or -f csv or -f xlsx show them all.",
        ),
    }
)

MESSAGES.update(
    {
        "err.aannames_werf": (
            "--aannames toont alle aannames; laat --werf weg",
            "--aannames lists every assumption; leave out --werf",
        ),
        "about.data": ("Bron van de cijfers", "Source of the figures"),
        "about.data_text": (
            "inwoners op 1 januari en wooneenheden (woningen, Census 2021): Statbel (Algemene Directie Statistiek "
            "– Statistics Belgium); de bronnen van elke doelstelling toont lekp werven",
            "inhabitants on 1 January and housing units (dwellings, Census 2021): Statbel (Algemene Directie Statistiek "
            "– Statistics Belgium); lekp werven shows the sources of every target",
        ),
        "assumptions.title": ("Aannames van lekp ({pact})", "lekp's assumptions ({pact})"),
        "assumptions.intro": (
            "Waar geen bron beslist, kiest lekp zelf. Dit zijn die keuzes; elke uitvoer die van een ervan afhangt, "
            "zegt het. De bronnen zelf toont lekp werven.",
            "Where no source decides, lekp chooses. These are those choices; every output that depends on one says "
            "so. lekp werven shows the sources themselves.",
        ),
        "assumptions.used_by": ("{id}; gebruikt door: {users}", "{id}; used by: {users}"),
        "assumptions.unused": ("{id}; niet gebruikt in {pact}", "{id}; not used in {pact}"),
        "col.assumption": ("Aanname", "Assumption"),
        "col.text": ("Tekst", "Text"),
        "col.used_by": ("Gebruikt door", "Used by"),
        "col.sources": ("Bronnen", "Sources"),
        "col.source_kinds": ("Soort bron", "Kind of source"),
        "col.source_addresses": ("Adressen van de bronnen", "Addresses of the sources"),
        "col.assumptions": ("Aannames", "Assumptions"),
    }
)

MESSAGES.update(
    {
        # a workbook lekp cannot read (datafiles/workbook.py): the problem, then the reason in words
        "problem.workbook_encrypted": (
            "een werkboek dat met een wachtwoord beveiligd is: lekp leest het niet; bewaar het zonder wachtwoord "
            "als Excel-werkmap (.xlsx) of als CSV UTF-8",
            "a workbook protected by a password: lekp does not read it; save it without a password as an Excel "
            "workbook (.xlsx) or as CSV UTF-8",
        ),
        "problem.workbook_too_big": (
            "uitgepakt groter dan {megabytes} MB (een .xlsx is een zip-archief): niet gelezen",
            "larger than {megabytes} MB unpacked (an .xlsx is a zip archive): not read",
        ),
        "problem.workbook_too_many_parts": (
            "het zip-archief heeft meer onderdelen dan een werkboek: niet gelezen",
            "the zip archive has more parts than a workbook: not read",
        ),
        "problem.too_many_cells": (
            "meer dan {cells} cellen: niet gelezen",
            "more than {cells} cells: not read",
        ),
        "workbook.not_zip": (
            "het bestand is geen zip-archief, en dat is een .xlsx altijd",
            "the file is not a zip archive, which an .xlsx always is",
        ),
        "workbook.damaged_zip": (
            "het zip-archief is beschadigd of onvolledig",
            "the zip archive is damaged or incomplete",
        ),
        "workbook.bad_xml": (
            "een onderdeel van het werkboek is geen geldige XML",
            "a part of the workbook is not valid XML",
        ),
        "workbook.bad_xml_part": (
            "het onderdeel {part} is geen geldige XML",
            "the part {part} is not valid XML",
        ),
        "workbook.missing_part": (
            "een onderdeel ontbreekt, of het werkboek verwijst naar iets dat er niet in staat",
            "a part is missing, or the workbook refers to something that is not in it",
        ),
        "workbook.encrypted": (
            "het is met een wachtwoord beveiligd; bewaar het zonder wachtwoord",
            "it is protected by a password; save it without one",
        ),
        "workbook.damaged": ("de inhoud is beschadigd", "its content is damaged"),
        "xlsx.sheet_default": ("Blad", "Sheet"),
        "xlsx.table": ("Tabel", "Table"),
        "xlsx.werf": ("Werf {number}", "Werf {number}"),
    }
)
