"""The words people read in tables and Markdown, in Dutch and English."""

from __future__ import annotations

from ..models import Indicator
from .numbers import human

UNITS = {
    "nl": {"stuks": "stuks", "m": "m", "m2": "m²", "m3": "m³", "kWp": "kWp",
           "wooneenheden": "wooneenheden", "inwoners": "inwoners"},
    "en": {"stuks": "units", "m": "m", "m2": "m²", "m3": "m³", "kWp": "kWp",
           "wooneenheden": "housing units", "inwoners": "inhabitants"},
}  # fmt: skip

# (singular, plural) of each basis
BASES = {
    "nl": {"inwoners": ("inwoner", "inwoners"), "wooneenheden": ("wooneenheid", "wooneenheden")},
    "en": {
        "inwoners": ("inhabitant", "inhabitants"),
        "wooneenheden": ("housing unit", "housing units"),
    },
}

WORDS = {
    "nl": {
        "werf": "Werf",
        "indicator": "Doelstelling",
        "ratio": "Ratio",
        "deadline": "Tegen eind",
        "exact": "Exact",
        "target": "Doel",
        "unit": "Eenheid",
        "population": "inwoners",
        "on_1_january": "op 1 januari",
        "dwellings": "wooneenheden",
        "census": "Census 2021, benadering",
        "given": "opgegeven",
        "pact": "LEKP",
        "province": "provincie",
        "arrondissement": "arrondissement",
        "whatif": "Eigen berekening",
        "support": "Ondersteuning door de provincie Antwerpen",
        "support_general": "Algemene ondersteuning door de provincie Antwerpen",
        "engagements": "Engagementen zonder ratio",
        "rounding": "afronding",
        "rounding_catalogue": "per doelstelling volgens de catalogus",
        "note": "noot",
        "version_unknown": "versie niet vermeld in de bronnen",
        "headline": "Vlaams totaal",
        "source": "Bron",
        "gemeente": "Gemeente",
        "nis": "NIS",
        "provincie": "Provincie",
        "inwoners": "Inwoners",
        "wooneenheden": "Wooneenheden",
        "basis": "Basis",
        "version": "Versie",
    },
    "en": {
        "werf": "Werf",
        "indicator": "Target",
        "ratio": "Ratio",
        "deadline": "By end",
        "exact": "Exact",
        "target": "Target",
        "unit": "Unit",
        "population": "inwoners (inhabitants)",
        "on_1_january": "on 1 January",
        "dwellings": "wooneenheden (housing units)",
        "census": "Census 2021, a proxy",
        "given": "given",
        "pact": "LEKP",
        "province": "province",
        "arrondissement": "arrondissement",
        "whatif": "What-if",
        "support": "Support from the provincie Antwerpen",
        "support_general": "General support from the provincie Antwerpen",
        "engagements": "Engagements that are not ratios",
        "rounding": "rounding",
        "rounding_catalogue": "per target as the catalogue says",
        "note": "note",
        "version_unknown": "version not stated in the sources",
        "headline": "Flemish total",
        "source": "Source",
        "gemeente": "Gemeente",
        "nis": "NIS",
        "provincie": "Province",
        "inwoners": "Inwoners",
        "wooneenheden": "Wooneenheden",
        "basis": "Basis",
        "version": "Version",
    },
}


def unit(code: str, lang: str) -> str:
    """The unit as people write it."""
    return UNITS[lang].get(code, code)


def ratio_text(indicator: Indicator, lang: str) -> str:
    """'0,5 m per inwoner', '50 per 1.000 wooneenheden', '18 kWp per 500 inwoners'."""
    amount = human(indicator.ratio.amount, lang)
    shown_unit = unit(indicator.unit, lang)
    if indicator.unit in ("stuks", "wooneenheden", "inwoners"):
        shown_unit = ""
    singular, plural = BASES[lang][indicator.basis]
    per = indicator.ratio.per
    basis = singular if per == 1 else f"{human(per, lang)} {plural}"
    return " ".join(part for part in (amount, shown_unit, "per", basis) if part)


def deadline_text(year: int, lang: str) -> str:
    """The deadline year (the column header says 'by the end of')."""
    return str(year)
