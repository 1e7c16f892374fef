"""The views of `lekp laadpunten`: the charging-point equivalents of a list of charging points.

The list's view shows a table with a row per point (its power, current, access, the
equivalents it counts and the rule that gave them), a table per gemeente and year (the
equivalents of that year and since 2021), the scale's source, lekp's assumptions, and that
no source confirms the Pactportaal counts with this scale. The realisations view shows the
yearly equivalents as the rows of a realisations file, with the machine keys as headers so
that the file reads back into `lekp progress`.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.model import PACT_END, PACT_START
from ..messages import MAX_PARAMETER, middle, text
from ..results import LaadpuntenRealisationsResult, LaadpuntenResult
from .common import assumptions, bibliography, col, number, text_cell
from .model import Block, Bullets, Cell, Column, Kind, Paragraph, Records, Table, View


def laadpunten_view(result: LaadpuntenResult) -> View:
    """Per point what it counts and why; per gemeente and year the totals."""
    lang = result.lang
    catalogue = result.catalogue
    scale = catalogue.charging_scale
    many = len({item.point.nis_code for item in result.counted}) > 1

    def content() -> list[Block]:
        columns = [
            col("line", lang, Kind.INTEGER, sticky=True),
            *([col("gemeente", lang, optional=2)] if many else []),
            col("jaar", lang, Kind.YEAR),
            col("vermogen_kw", lang, Kind.NUMBER, unit="kW"),
            col("stroom", lang, Kind.CODE),
            col("toegang", lang),
            col("uren_per_dag", lang, Kind.NUMBER, optional=1),
            col("paal_id", lang, Kind.CODE, optional=3),
            col("equivalents", lang, Kind.NUMBER),
            col("rule", lang),
        ]
        rows = []
        for item in result.counted:
            point = item.point
            rows.append(
                [
                    Cell(str(point.line), point.line),
                    *([text_cell(result.gemeente(point.nis_code))] if many else []),
                    Cell(str(point.jaar), point.jaar),
                    number(point.kw, lang),
                    Cell(point.current, point.current),
                    text_cell(text(f"laadpunten.access.{'public' if point.public else 'semi'}", lang)),
                    number(point.hours, lang),
                    text_cell(point.post),
                    number(item.equivalents, lang),
                    text_cell(result.rule(item)),
                ]
            )
        blocks: list[Block] = [
            Paragraph(text("laadpunten.intro", lang)),
            Table(columns, rows, text("laadpunten.points", lang), key="points"),
        ]
        year_columns = [
            *([col("gemeente", lang, sticky=True)] if many else []),
            col("jaar", lang, Kind.YEAR, sticky=not many),
            col("equivalents", lang, Kind.NUMBER),
            col("cumulative", lang, Kind.NUMBER),
        ]
        year_rows = [
            [
                *([text_cell(result.gemeente(total.nis_code))] if many else []),
                Cell(str(total.jaar), total.jaar),
                number(total.equivalents, lang),
                number(total.cumulative, lang),
            ]
            for total in result.years()
        ]
        if year_rows:
            blocks.append(Table(year_columns, year_rows, text("laadpunten.years", lang), key="years"))
        else:
            blocks.append(Paragraph(text("laadpunten.no_years", lang, year=PACT_START)))
        blocks.append(Bullets([text("laadpunten.not_confirmed", lang), text("laadpunten.pact_10", lang)]))
        used = [ident for item in result.counted for ident in item.assumptions]
        blocks.extend(assumptions(catalogue, [], lang, *used))
        listing = bibliography(catalogue, scale.sources if scale is not None else (), lang)
        if listing:
            blocks.append(listing)
        return blocks

    return View(
        title=text("laadpunten.title", lang, file=middle(Path(result.path).name, MAX_PARAMETER)),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="laadpunten",
    )


def laadpunten_realisations_view(result: LaadpuntenRealisationsResult) -> View:
    """The yearly equivalents as a realisations file: headers are the machine keys, so it reads back."""
    lang = result.lang

    def column(key: str) -> Column:
        if key == "jaar":
            return Column(key, key, Kind.YEAR, low=PACT_START, high=PACT_END)
        if key == "waarde":
            return Column(key, key, Kind.NUMBER)
        return Column(key, key, Kind.CODE if key in ("nis_code", "indicator") else Kind.TEXT)

    def content() -> list[Block]:
        columns = [column(key) for key in result.COLUMNS]
        rows = [
            [
                number(v, lang) if key == "waarde" else Cell("" if v is None else str(v), v)
                for key, v in zip(result.COLUMNS, row, strict=True)
            ]
            for row in result.rows()
        ]
        return [
            Table(columns, rows, text("template.sheet", lang), key="realisaties"),
            Paragraph(text("laadpunten.readback", lang)),
        ]

    return View(
        title=text("laadpunten.realisations_title", lang),
        content=content,
        records=Records(result.COLUMNS, result.rows),
        lang=lang,
        key="laadpunten-realisaties",
    )
