"""The views of `lekp gemeenten` (the municipality list) and `lekp werven` (the catalogue)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from ..compute import DWELLINGS_YEAR
from ..models import Catalogue, Indicator, Municipality
from . import markdown
from .numbers import human
from .targets import TABLE_WIDTH, engagement_lines, print_bullets
from .words import WORDS, deadline_text, ratio_text, unit

if TYPE_CHECKING:
    from rich.console import Console

    from ..municipalities import MunicipalityData

GEMEENTE_COLUMNS = (
    "nis_code",
    "gemeente",
    "arrondissement",
    "provincie",
    "reference_year",
    "inwoners",
    "wooneenheden",
    "predecessor_nis_codes",
)

INDICATOR_COLUMNS = (
    "pact",
    "werf",
    "werf_name",
    "indicator",
    "indicator_pact",
    "label",
    "unit",
    "ratio_amount",
    "ratio_per",
    "ratio",
    "basis",
    "deadline",
    "rounding",
    "decimals",
    "headline",
    "source",
)


def gemeente_records(found: list[Municipality], year: int) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Rows of the municipality list for CSV and JSON."""
    rows = [
        (
            m.nis_code,
            m.name_nl,
            m.arrondissement_nl,
            m.province_nl,
            year,
            m.population[year],
            m.dwellings_census_2021,
            ";".join(m.predecessor_nis_codes),
        )
        for m in found
    ]
    return GEMEENTE_COLUMNS, rows


def _gemeente_cells(data: MunicipalityData, m: Municipality, year: int) -> tuple[str, ...]:
    merged = ", ".join(data.old_name(code) for code in m.predecessor_nis_codes if code != m.nis_code)
    return (
        m.nis_code,
        m.name_nl,
        m.arrondissement_nl,
        m.province_nl,
        human(m.population[year]),
        human(m.dwellings_census_2021),
        merged,
    )


def _gemeente_headers() -> list[str]:
    return [
        "NIS",
        "Gemeente",
        "Arrondissement",
        "Provincie",
        "Inwoners",
        "Wooneenheden",
        "Fusie 2025 met",
    ]


def _gemeente_caption(count: int, year: int) -> str:
    return (
        f"{count} gemeenten · inwoners op 1 januari {year} · "
        f"wooneenheden: Census {DWELLINGS_YEAR} (woningen totaal, benadering)"
    )


def write_gemeenten_table(
    data: MunicipalityData, found: list[Municipality], year: int, console: Console
) -> None:
    """The municipality list as one rich table."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAVY)
    for index, header in enumerate(_gemeente_headers()):
        # Only the merger column may wrap; names and numbers stay on one line.
        table.add_column(
            header,
            justify="right" if index in (4, 5) else "left",
            no_wrap=index != 6,
            min_width=12 if index == 6 else None,
        )
    for m in found:
        table.add_row(*(Text(cell) for cell in _gemeente_cells(data, m, year)))
    console.print(table)
    console.print(Text(_gemeente_caption(len(found), year), style="dim"))


def write_gemeenten_markdown(
    data: MunicipalityData, found: list[Municipality], year: int, stream: TextIO
) -> None:
    """The municipality list as a Markdown table."""
    markdown.write_table(
        _gemeente_headers(), (_gemeente_cells(data, m, year) for m in found), stream, right=(4, 5)
    )
    stream.write(f"\n{_gemeente_caption(len(found), year)}\n")


def indicator_records(
    catalogue: Catalogue, pact: str, werf: int | None, lang: str
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Rows of the catalogue for CSV and JSON: every indicator that applies under `pact`."""
    rows = []
    for indicator in catalogue.indicators_for(pact, werf):
        werf_model = catalogue.werf(indicator.werf)
        rows.append(
            (
                pact,
                indicator.werf,
                werf_model.name(lang),
                indicator.key,
                indicator.pact,
                indicator.label(lang),
                indicator.unit,
                indicator.ratio.amount,
                indicator.ratio.per,
                indicator.ratio.value,
                indicator.basis,
                indicator.deadline,
                indicator.rounding.value,
                indicator.decimals,
                indicator.headline.value if indicator.headline else None,
                indicator.source,
            )
        )
    return INDICATOR_COLUMNS, rows


def _indicator_cells(indicator: Indicator, lang: str) -> tuple[str, ...]:
    headline = ""
    if indicator.headline is not None:
        headline = f"{human(indicator.headline.value, lang)} {unit(indicator.unit, lang)}"
    return (
        indicator.key,
        indicator.label(lang),
        ratio_text(indicator, lang),
        deadline_text(indicator.deadline, lang),
        indicator.pact,
        headline,
    )


def _indicator_headers(lang: str) -> list[str]:
    words = WORDS[lang]
    return [
        "Key",
        words["indicator"],
        words["ratio"],
        words["deadline"],
        words["version"],
        words["headline"],
    ]


def _werven(catalogue: Catalogue, werf: int | None) -> list[int]:
    return [w.number for w in catalogue.werven if werf is None or w.number == werf]


def write_catalogue_table(
    catalogue: Catalogue, pact: str, werf: int | None, lang: str, console: Console
) -> None:
    """Per werf a table of its targets, then the province's support and the engagements."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    words = WORDS[lang]
    console.print(Text(f"{words['pact']} {pact}", style="bold"))
    for number in _werven(catalogue, werf):
        werf_model = catalogue.werf(number)
        table = Table(
            title=Text(
                f"{words['werf']} {number}: {werf_model.name(lang)} ({werf_model.theme(lang)})",
                style="bold",
            ),
            title_justify="left",
            box=box.SIMPLE_HEAVY,
            width=min(console.width, TABLE_WIDTH),
        )
        for index, header in enumerate(_indicator_headers(lang)):
            table.add_column(
                header,
                ratio=1 if index == 1 else None,
                no_wrap=index != 1,
                justify="right" if index == 5 else "left",
            )
        for indicator in catalogue.indicators_for(pact, number):
            key, label, *rest = _indicator_cells(indicator, lang)
            # The source goes under the label, where it has room to wrap.
            described = Text(label)
            described.append(f"\n{words['source']}: {indicator.source}", style="dim")
            table.add_row(Text(key), described, *(Text(cell) for cell in rest))
        console.print()
        console.print(table)
        if werf_model.provincie_antwerpen:
            print_bullets(console, werf_model.provincie_antwerpen, f"{words['support']}:")
    if werf is None:
        console.print()
        print_bullets(console, engagement_lines(catalogue, pact, lang), f"{words['engagements']}:")


def write_catalogue_markdown(
    catalogue: Catalogue, pact: str, werf: int | None, lang: str, stream: TextIO
) -> None:
    """The catalogue as Markdown."""
    words = WORDS[lang]
    stream.write(f"# {words['pact']} {pact}\n\n")
    for number in _werven(catalogue, werf):
        werf_model = catalogue.werf(number)
        stream.write(f"## {words['werf']} {number}: {werf_model.name(lang)} ({werf_model.theme(lang)})\n\n")
        markdown.write_table(
            [*_indicator_headers(lang), words["source"]],
            ((*_indicator_cells(i, lang), i.source) for i in catalogue.indicators_for(pact, number)),
            stream,
            right=(5,),
        )
        if werf_model.provincie_antwerpen:
            stream.write(f"\n*{words['support']}:*\n\n")
            stream.writelines(f"- {line}\n" for line in werf_model.provincie_antwerpen)
        stream.write("\n")
    if werf is None:
        stream.write(f"## {words['engagements']}\n\n")
        stream.writelines(f"- {line}\n" for line in engagement_lines(catalogue, pact, lang))
