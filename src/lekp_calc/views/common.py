"""Pieces several views share: how a gemeente, a ratio, a unit or a number is shown.

Each is written once here, so a gemeente's title line or a target's ratio reads the same
in every command and every format.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from ..domain.model import Catalogue, Engagement, Indicator, Rounding, Source, Werf, assumed
from ..domain.targets import Subject
from ..messages import MESSAGES, text
from ..numberformat import human, signed
from ..strings import clip_words
from .model import Block, Bullets, Cell, Column, Kind, Style, Table

SUPPORTED_PROVINCE = "Antwerpen"  # the province whose support offer the catalogue holds


def unit(code: str, lang: str) -> str:
    """The unit as people write it: 'm²', 'stuks' / 'units'."""
    return text(f"unit.{code}", lang)


def ratio_text(indicator: Indicator, lang: str) -> str:
    """'0,5 m per inwoner', '50 per 1.000 wooneenheden', '36 kWp per 500 inwoners'."""
    amount = human(indicator.ratio.amount, lang)
    shown_unit = "" if indicator.unit in ("stuks", "wooneenheden", "inwoners") else unit(indicator.unit, lang)
    per = indicator.ratio.per
    basis = (
        text(f"basis.{indicator.basis}.one", lang)
        if per == 1
        else (f"{human(per, lang)} {text(f'basis.{indicator.basis}.other', lang)}")
    )
    return " ".join(part for part in (amount, shown_unit, text("word.per", lang), basis) if part)


def subject_title(subject: Subject, lang: str) -> str:
    """'Mol · NIS 13025 · provincie Antwerpen · arrondissement Turnhout', or 'Eigen berekening'."""
    if subject.name is None:
        return text("targets.whatif", lang)
    parts = [subject.name, f"NIS {subject.nis_code}"]
    if subject.province:
        parts.append(text("word.province_of", lang, name=subject.province))
    if subject.arrondissement:
        parts.append(text("word.arrondissement_of", lang, name=subject.arrondissement))
    return " · ".join(parts)


def basis_line(subject: Subject, lang: str) -> str:
    """'inwoners: 38.793 (op 1 januari 2026) · wooneenheden: 19.095 (Census 2021, benadering)'."""
    parts = []
    if subject.inwoners is not None:
        when = (
            text("word.on_1_january", lang, year=subject.inwoners_year)
            if subject.inwoners_year is not None
            else text("word.given", lang)
        )
        parts.append(text("targets.inwoners", lang, value=human(subject.inwoners, lang), when=when))
    if subject.wooneenheden is not None:
        when = (
            text("word.census_proxy", lang)
            if subject.wooneenheden_year is not None
            else text("word.given", lang)
        )
        parts.append(text("targets.wooneenheden", lang, value=human(subject.wooneenheden, lang), when=when))
    return " · ".join(parts)


def rounding_text(rounding: Rounding | None, lang: str) -> str:
    """'afronding: per doelstelling volgens de catalogus', or the rule that overrides it."""
    rule = text(f"rounding.{rounding.value}", lang) if rounding else text("rounding.catalogue", lang)
    return text("word.rounding", lang, rule=rule)


def pact_text(pact: str, lang: str) -> str:
    """'LEKP 2.1'."""
    return text("word.pact", lang, version=pact)


def context_line(
    pact: str,
    lang: str,
    *,
    year: int | None = None,
    territory: str | None = None,
    rounding: Rounding | None = None,
) -> str:
    """'LEKP 2.1 · inwoners op 1 januari 2026 · grondgebied 2025 · afronding: …'."""
    parts = [pact_text(pact, lang)]
    if year is not None:
        parts.append(text("word.inwoners_on", lang, year=year))
    if territory is not None:
        parts.append(text("word.territory", lang, territory=territory))
    parts.append(rounding_text(rounding, lang))
    return " · ".join(parts)


def werf_title(werf: Werf, lang: str) -> str:
    """'Werf 2: Verrijk je wijk (energiebesparende renovatie …)'."""
    return text("word.werf_title", lang, number=werf.number, name=werf.name(lang), theme=werf.theme(lang))


def indicator_heading(indicator: Indicator, lang: str) -> tuple[str, str]:
    """The label of an indicator as a column heading, and its unit (with a deadline before 2030)."""
    shown = unit(indicator.unit, lang)
    if indicator.deadline != 2030:
        shown = text("word.unit_by", lang, unit=shown, year=indicator.deadline)
    return indicator.label(lang), shown


def number(value: Decimal | int | None, lang: str, decimals: int | None = None, **extra: object) -> Cell:
    """A cell holding a number: the text in the reader's notation, the value exact."""
    if value is None:
        return Cell("", None)
    return Cell(human(value, lang, decimals), value, **extra)  # type: ignore[arg-type]


def target_cell(value: Decimal, exact: Decimal, decimals: int, lang: str) -> Cell:
    """A rounded target: with the indicator's decimals, or all of them when it is not rounded."""
    return number(value, lang, None if value == exact else decimals)


def difference(value: Decimal, lang: str, decimals: int | None = None) -> Cell:
    """A signed difference: '+1.604', '-5'."""
    return Cell(signed(value, lang, decimals), value)


def label_cell(indicator: Indicator, lang: str) -> Cell:
    """An indicator's label, its qualifying note as a footnote."""
    return Cell(indicator.label(lang), indicator.key, note=indicator.note(lang))


def text_cell(value: str | None, style: Style | None = None) -> Cell:
    """A cell of text."""
    return Cell(value or "", value, style)


def support_bullets(catalogue: Catalogue, werf: Werf | None, lang: str) -> Bullets | None:
    """The provincie Antwerpen's support for a werf (or in general), quoted from its text; a
    quotation that breaks off ('...') says that the source itself breaks off there."""
    items = werf.provincie_antwerpen if werf is not None else catalogue.provincie_antwerpen_algemeen
    if not items or catalogue.support_source is None:
        return None
    source = catalogue.source(catalogue.support_source)
    key = "targets.support" if werf is not None else "targets.support_general"
    cut = text("support.cut", lang)
    remarks = [cut if item.rstrip().endswith(("...", "…")) else "" for item in items]
    return Bullets(list(items), text(key, lang, title=source.title), quoted=True, remarks=remarks)


def support_after_tables(catalogue: Catalogue, werven: Iterable[Werf], lang: str) -> Bullets | None:
    """The provincie Antwerpen's support for the werven shown, once, after their tables: one
    list, each quotation followed by the werf it is about."""
    if catalogue.support_source is None:
        return None
    items: list[str] = []
    remarks: list[str] = []
    cut = text("support.cut", lang)
    for werf in werven:
        about = "(" + text("support.werf", lang, number=werf.number) + ")"
        for item in werf.provincie_antwerpen:
            items.append(item)
            remarks.append(f"{cut} {about}" if item.rstrip().endswith(("...", "…")) else about)
    if not items:
        return None
    source = catalogue.source(catalogue.support_source)
    return Bullets(items, text("targets.support", lang, title=source.title), quoted=True, remarks=remarks)


def source_line(catalogue: Catalogue, ids: Iterable[str], lang: str) -> str:
    """The sources of a row as a reader names them, a secondary one marked as such:
    'VVSG, ‘Verrijk je wijk (energie)’; Gemeente Berlaar, ‘Werf 2: Verrijk je wijk’ (secundair)'."""
    return "; ".join(_source_name(catalogue.source(i), lang) for i in ids)


def source_bullets(
    catalogue: Catalogue, rows: Iterable[Indicator | Engagement], title: str, lang: str
) -> list[Block]:
    """A line per target or engagement naming its sources ('Extra bomen: Provincie Antwerpen, …')."""
    lines = [
        f"{row.label(lang) if isinstance(row, Indicator) else row.text(lang)}: "
        f"{source_line(catalogue, row.sources, lang)}"
        for row in rows
    ]
    return [Bullets(lines, title)] if lines else []


def _source_name(source: Source, lang: str) -> str:
    label = source.label()
    return label if source.kind == "primary" else f"{label} ({text('source.secondary', lang)})"


def bibliography(catalogue: Catalogue, ids: Iterable[str], lang: str) -> Bullets | None:
    """Each cited source once, in the order first cited: who, what, where, when read."""
    lines = []
    for ident in dict.fromkeys(ids):
        source = catalogue.source(ident)
        dated = text("source.dated", lang, date=source.dated) if source.dated else ""
        lines.append(
            text(
                "source.entry",
                lang,
                name=_source_name(source, lang),
                address=source.address,
                consulted=source.consulted,
                dated=dated,
            )
        )
    return Bullets(lines, text("source.bibliography", lang)) if lines else None


def assumptions(
    catalogue: Catalogue,
    rows: Iterable[Indicator | Engagement],
    lang: str,
    *more: str,
    rounding: Rounding | None = None,
    subjects: Iterable[Subject] = (),
) -> list[Block]:
    """The block that ends every view resting on lekp's own choices: those `rows` depend on and
    `more` that the computation itself makes, each once, less those replaced by `--rounding` or
    (for every one of `subjects`) `--wooneenheden`; no block when nothing is assumed."""
    shown = list(subjects)
    ids = assumed(
        [ident for row in rows for ident in row.assumptions],
        *more,
        rounding_given=rounding is not None,
        dwellings_given=bool(shown) and all(s.wooneenheden_year is None for s in shown),
    )
    lines = [catalogue.assumption(ident).text(lang) for ident in ids]
    return [Bullets(lines, text("source.assumptions", lang))] if lines else []


def engagement_bullets(catalogue: Catalogue, pact: str, lang: str) -> Bullets | None:
    """The pact's engagements that are not ratios, each with the version it comes from."""
    lines = []
    for engagement in catalogue.engagements_for(pact):
        version = pact_text(engagement.pact, lang) if engagement.pact else text("word.version_unknown", lang)
        lines.append(f"{engagement.text(lang)} ({version})")
    if not lines:
        return None
    return Bullets(lines, text("targets.engagements", lang, pact=pact_text(pact, lang)))


def col(key: str, lang: str, kind: Kind = Kind.TEXT, **extra: object) -> Column:
    """A column whose label is the catalogue's `col.<key>`."""
    return Column(key, text(f"col.{key}", lang), kind, **extra)  # type: ignore[arg-type]


def data_about(lang: str) -> tuple[str, str]:
    """The 'About' line that names where the inwoners and wooneenheden of a view come from."""
    return (text("about.data", lang), text("about.data_text", lang))


def long_date(day: date, lang: str) -> str:
    """'1 mei 2026', '1 May 2026'."""
    return text("word.date", lang, day=day.day, month=text(f"month.{day.month}", lang), year=day.year)


def reporting_fact(catalogue: Catalogue, today: date | None, lang: str) -> tuple[str, str] | None:
    """The reporting step that matters on `today`, as a fact: 'Volgende rapporteringsstap' and
    '5 december 2025: …', or the last one once every step has passed; None without a calendar."""
    found = catalogue.reporting_step(today) if today is not None else None
    if found is None:
        return None
    step, coming = found
    value = text("reporting.step", lang, date=long_date(step.date, lang), text=step.text(lang))
    return text("reporting.next" if coming else "reporting.last", lang), value


def reporting_table(catalogue: Catalogue, lang: str) -> Table | None:
    """The reporting calendar: every dated step, a moved date marked as such, with its sources."""
    if not catalogue.reporting:
        return None
    by_id = {step.id: step for step in catalogue.reporting}
    columns = [
        col("date", lang, Kind.CODE, sticky=True),
        col("step", lang),
        col("sources", lang, optional=1),
    ]
    rows = []
    for step in sorted(catalogue.reporting, key=lambda s: s.date):
        said = f"{text(f'reporting.kind.{step.kind}', lang)}: {step.text(lang)}"
        later = by_id.get(step.replaced_by or "")
        style = None
        if later is not None:
            said += " " + text("reporting.moved", lang, date=long_date(later.date, lang))
            style = Style.MUTED
        rows.append(
            [
                Cell(long_date(step.date, lang), step.date.isoformat(), style),
                Cell(said, step.id, style),
                text_cell(source_line(catalogue, step.sources, lang)),
            ]
        )
    return Table(columns, rows, text("reporting.calendar", lang), key="reporting")


def goals_table(catalogue: Catalogue, rows: Iterable[Indicator | Engagement], lang: str) -> Table | None:
    """Each target and engagement beside the goal of the pact's own reporting it falls under."""
    if not catalogue.goals:
        return None
    columns = [col("label", lang, sticky=True), col("goal", lang)]
    cells = []
    for row in rows:
        said = row.label(lang) if isinstance(row, Indicator) else row.text(lang)
        cells.append([Cell(said, row.key), text_cell(catalogue.goal_label(row))])
    return Table(columns, cells, text("goals.title", lang), key="goals") if cells else None


def goal_sources(catalogue: Catalogue, rows: Iterable[Indicator | Engagement]) -> list[str]:
    """The sources of the goals `rows` report under, each once."""
    found: list[str] = []
    for row in rows:
        goal = catalogue.goal(row.goal)
        if goal is not None:
            found.extend(goal.sources)
    return list(dict.fromkeys(found))


SHEET_LENGTH = 31  # a workbook's sheet name, at most (Excel)


def indicator_short(indicator: Indicator, lang: str) -> str:
    """A target's short name, for a workbook's sheet: 'Bomen', 'Hagen en geveltuinen'; a target
    the catalogue of messages has no short name for is its label, cut between words."""
    key = f"short.{indicator.key}"
    if key in MESSAGES:
        return text(key, lang)
    return clip_words(indicator.label(lang), SHEET_LENGTH)


def werf_sheet(number: int, lang: str, name: str | None = None) -> str:
    """A werf's sheet name: 'Werf 2', or 'Werf 2 Mol' when several gemeenten each have one."""
    if name is None:
        return text("xlsx.werf", lang, number=number)
    room = SHEET_LENGTH - len(text("sheet.werf_of", lang, number=number, name=""))
    return text("sheet.werf_of", lang, number=number, name=clip_words(name, room))
