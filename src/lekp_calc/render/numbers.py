"""Number formatting: exact plain decimals for machines, Flemish notation for people."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_TO_FLEMISH = str.maketrans({",": ".", ".": ","})


def plain(value: Decimal | int) -> str:
    """A decimal as plain digits: no exponent, no trailing zeros ('954.75', '38793')."""
    text = str(value)
    if "E" in text:
        text = f"{value:f}"
    if "." in text and text[-1] == "0":
        text = text.rstrip("0").rstrip(".")
    return text


def json_number(value: Decimal | int) -> int | float:
    """A JSON number for an exact decimal.

    Every value here has at most 15 significant digits, which a binary float represents
    so that its shortest repr (what json writes) is exactly the decimal's digits.
    """
    text = plain(value)
    return float(text) if "." in text else int(text)


def human(value: Decimal | int, lang: str = "nl", decimals: int | None = None) -> str:
    """A number for people: '38.793' and '2.793,1' in Dutch, '38,793' and '2,793.1' in English.

    With `decimals`, exactly that many places; otherwise as many as the value has.
    """
    if decimals is not None:
        if isinstance(value, Decimal):  # half up, as the catalogue rounds; format() would round half even
            value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = f"{value:,.{decimals}f}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        digits = plain(value)
        places = len(digits.split(".")[1]) if "." in digits else 0
        text = f"{Decimal(digits):,.{places}f}"
    return text.translate(_TO_FLEMISH) if lang == "nl" else text
