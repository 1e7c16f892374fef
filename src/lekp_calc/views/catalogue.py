"""The views of `lekp gemeenten` (the municipality list) and `lekp werven` (the catalogue)."""

from __future__ import annotations

from ..domain.model import Engagement, Indicator
from ..domain.targets import DWELLINGS_YEAR
from ..messages import Plural, text
from ..results import AssumptionsResult, CatalogueResult, GemeentenResult
from .common import (
    assumptions,
    bibliography,
    col,
    data_about,
    engagement_bullets,
    goal_sources,
    goals_table,
    label_cell,
    number,
    pact_text,
    ratio_text,
    reporting_fact,
    reporting_table,
    source_bullets,
    support_bullets,
    text_cell,
    werf_sheet,
    werf_title,
)
from .model import Block, Bullets, Cell, Facts, Kind, Paragraph, Records, Table, View


def gemeenten_view(result: GemeentenResult, lang: str = "nl") -> View:
    """One table of gemeenten with their population and dwellings."""

    def content() -> list[Block]:
        columns = [
            col("nis_code", lang, Kind.CODE),
            col("gemeente", lang, sticky=True),
            col("arrondissement", lang, optional=3),
            col("provincie", lang, optional=2),
            col("inwoners", lang, Kind.INTEGER),
            col("wooneenheden", lang, Kind.INTEGER),
            col("merged_with", lang, optional=1),
        ]
        rows = [
            [
                Cell(m.nis_code, m.nis_code),
                text_cell(m.name_nl),
                text_cell(m.arrondissement_nl),
                text_cell(m.province_nl),
                number(m.population[result.year], lang),
                number(m.dwellings_census_2021, lang),
                text_cell(", ".join(result.data.merged_with(m))),
            ]
            for m in result.municipalities
        ]
        caption = text(
            "gemeenten.caption",
            lang,
            count=Plural("unit.gemeente", len(rows)),
            year=result.year,
            census=DWELLINGS_YEAR,
        )
        table = Table(columns, rows, key="gemeenten", sheet=text("gemeenten.title", lang))
        return [table, Paragraph(caption)]

    return View(
        title=text("gemeenten.title", lang),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="gemeenten",
        about=[data_about(lang)],
    )


def werven_view(result: CatalogueResult) -> View:
    """Per werf a table of its targets, their sources, the province's support; then the engagements."""
    lang = result.lang
    catalogue = result.catalogue

    def content() -> list[Block]:
        blocks: list[Block] = []
        step = reporting_fact(catalogue, result.today, lang)
        if step is not None:
            blocks.append(Facts([step]))
        columns = [
            col("indicator", lang, Kind.CODE, optional=2),
            col("label", lang, sticky=True),
            col("ratio", lang),
            col("deadline", lang, Kind.YEAR),
            col("version", lang, Kind.CODE, optional=1),
            col("headline", lang, Kind.NUMBER, optional=3),
        ]
        for werf in catalogue.werven:
            if result.werf is not None and werf.number != result.werf:
                continue
            indicators = catalogue.indicators_for(result.pact, werf.number)
            rows = []
            for indicator in indicators:
                headline = indicator.headline
                rows.append(
                    [
                        Cell(indicator.key, indicator.key),
                        label_cell(indicator, lang),
                        Cell(ratio_text(indicator, lang), indicator.ratio.value),
                        Cell(str(indicator.deadline), indicator.deadline),
                        Cell(indicator.pact, indicator.pact),
                        number(headline.value, lang) if headline else Cell(""),
                    ]
                )
            sheet = werf_sheet(werf.number, lang)
            table = Table(columns, rows, werf_title(werf, lang), key=f"werf-{werf.number}", sheet=sheet)
            blocks.append(table)
            blocks.extend(source_bullets(catalogue, indicators, text("werven.sources", lang), lang))
            support = support_bullets(catalogue, werf, lang)
            if support:
                blocks.append(support)
        engagements = catalogue.engagements_for(result.pact) if result.werf is None else []
        if engagements:
            listed = engagement_bullets(catalogue, result.pact, lang)
            if listed:
                blocks.append(listed)
            blocks.extend(source_bullets(catalogue, engagements, text("werven.sources", lang), lang))
        shown: list[Indicator | Engagement] = [*result.indicators, *engagements]
        goals = goals_table(catalogue, shown, lang)
        if goals is not None:
            blocks.append(goals)
        calendar = reporting_table(catalogue, lang) if result.werf is None else None
        if calendar is not None:
            blocks.append(calendar)
        blocks.extend(assumptions(catalogue, shown, lang))
        cited = [ident for row in shown for ident in row.sources]
        cited += goal_sources(catalogue, shown)
        if calendar is not None:
            cited += [ident for s in catalogue.reporting for ident in s.sources]
        elif step is not None:
            found = catalogue.reporting_step(result.today) if result.today else None
            cited += list(found[0].sources) if found else []
        cited += [i.headline.source for i in result.indicators if i.headline]
        if result.werf is None:
            cited += [ident for v in catalogue.pact_versions for ident in v.sources]
        if catalogue.support_source and (
            result.werf is None or catalogue.werf(result.werf).provincie_antwerpen
        ):
            cited.append(catalogue.support_source)
        listing = bibliography(catalogue, cited, lang)
        if listing:
            blocks.append(listing)
        return blocks

    return View(
        title=text("werven.title", lang, pact=pact_text(result.pact, lang)),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="werven",
        about=[(text("about.pact", lang), result.pact)],
    )


def assumptions_view(result: AssumptionsResult) -> View:
    """`lekp werven --aannames`: lekp's own choices, each with what depends on it."""
    lang = result.lang

    def content() -> list[Block]:
        # Prose, not a table: each assumption is a few sentences, which a table column would
        # squeeze into a narrow strip. The records (CSV, JSON, Excel) keep the three columns.
        pact = pact_text(result.pact, lang)
        items = [
            f"{said} ({text('assumptions.used_by', lang, id=ident, users=users)})"
            if users
            else f"{said} ({text('assumptions.unused', lang, id=ident, pact=pact)})"
            for ident, said, users in result.rows()
        ]
        return [Paragraph(text("assumptions.intro", lang)), Bullets(items)]

    return View(
        title=text("assumptions.title", lang, pact=pact_text(result.pact, lang)),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="aannames",
        about=[(text("about.pact", lang), result.pact)],
    )
