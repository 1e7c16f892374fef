"""Number formatting: exact plain decimals for machines, Flemish notation for people.

Negative zero never reaches a reader: `Decimal("-0")` arises from subtracting equal
values and would print as "-0".
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_TO_FLEMISH = str.maketrans({",": ".", ".": ","})


def plain(value: Decimal | int) -> str:
    """A number as plain digits: no exponent, no trailing zeros, no '-0' ('954.75', '38793')."""
    # Called for every number of a big export: the common case does three cheap tests.
    text = str(value)
    if "E" in text:
        text = f"{value:f}"
    if text[-1] == "0" and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text[0] == "-" and not text.strip("-0."):
        return "0"
    return text


def human(value: Decimal | int, lang: str = "nl", decimals: int | None = None) -> str:
    """A number for people: '38.793' and '2.793,1' in Dutch, '38,793' and '2,793.1' in English.

    With `decimals`, exactly that many places (rounded half up, as the catalogue rounds);
    otherwise as many as the value has.
    """
    if decimals is not None:
        if isinstance(value, Decimal):  # format() would round half even
            value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = f"{value:,.{decimals}f}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        digits = plain(value)
        places = len(digits.split(".")[1]) if "." in digits else 0
        text = f"{Decimal(digits):,.{places}f}"
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]
    return text.translate(_TO_FLEMISH) if lang == "nl" else text


def signed(value: Decimal | int, lang: str = "nl", decimals: int | None = None) -> str:
    """A difference with its sign: '+1.604', '-5', and '0' (never '+0' or '-0')."""
    magnitude: Decimal | int = -value if value < 0 else value
    shown = human(magnitude, lang, decimals)
    if not shown.strip("0.,"):
        return shown
    return ("+" if value > 0 else "-") + shown
