"""The rules that choose a default or refuse an option value, each stated once.

The library's entry points call these before computing anything; the command line passes
its options through unchanged, so a user and a Python caller meet the same defaults and
the same errors. A refused value raises `UsageError` naming the parameter.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from ..errors import InputError, UsageError
from ..messages import Joined, Num
from ..strings import quote
from .model import PACT_END, PACT_START, Catalogue
from .names import match_key
from .selection import MunicipalityData

YEAR_MIN, YEAR_MAX = 1900, 2100  # any year lekp accepts anywhere
MAX_BASIS = 100_000_000  # inwoners or wooneenheden of one gemeente (Flanders has 6.9 million people)


def pact_version(catalogue: Catalogue, pact: str | None) -> str:
    """The pact version asked for, or the newest; an unknown version is refused."""
    if pact is None:
        return catalogue.latest_version
    if pact not in catalogue.versions:
        raise UsageError("pact", "err.choose", value=quote(pact), choices=Joined(catalogue.versions))
    return pact


def werf_number(catalogue: Catalogue, werf: int | None) -> int | None:
    """The werf asked for (None: all); a werf the catalogue lacks is refused."""
    numbers = [w.number for w in catalogue.werven]
    if werf is not None and werf not in numbers:
        raise UsageError("werf", "err.choose", value=quote(werf), choices=Joined(numbers))
    return werf


def check_year(parameter: str, year: int) -> int:
    """Any year lekp is given must lie in 1900-2100."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise UsageError(parameter, "err.year_bounds", value=quote(year), low=YEAR_MIN, high=YEAR_MAX)
    return year


def population_year(data: MunicipalityData, year: int | None) -> int:
    """The population year asked for (1 January), or the newest in the data."""
    if year is None:
        return data.latest_year
    check_year("jaar", year)
    if year not in data.years:
        raise InputError("err.no_population_year", year=year, first=data.years[0], last=data.years[-1])
    return year


def percent(parameter: str, value: object) -> Decimal:
    """A percentage from 0 to 1,000 ('5', '2,5', 2.5), exact; anything else is refused."""
    cleaned = str(value).strip().replace(",", ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        number = Decimal(-1)
    if isinstance(value, bool) or not number.is_finite() or not 0 <= number <= 1000:
        raise UsageError(parameter, "err.not_percent", value=quote(value))
    return number


def today() -> date:
    """Today's date: the one seam through which the year judged meets the calendar."""
    return date.today()


def judged_year(parameter: str, year: int) -> int:
    """A year of the pact that has begun: progress can be judged up to its end, not beyond."""
    pact_year(parameter, year)
    current = today().year
    if year > current:
        raise UsageError(parameter, "err.year_future", value=year, current=current)
    return year


def pact_year(parameter: str, year: int) -> int:
    """A year of the pact period 2021-2030 (realisations, reference years of progress)."""
    if not PACT_START <= year <= PACT_END:
        raise UsageError(parameter, "err.pact_year", value=quote(year), low=PACT_START, high=PACT_END)
    return year


def indicator_key(catalogue: Catalogue, pact: str, key: str | None) -> str | None:
    """An indicator key of the pact version (None: all), as the catalogue spells it: case, accents,
    spaces and underscores do not matter, as for names ('Bomen' is bomen); an unknown key is refused."""
    keys = [i.key for i in catalogue.indicators_for(pact)]
    if key is None or key in keys:
        return key
    found = match_key(key, keys)
    if found is None:
        raise UsageError("indicator", "err.choose", value=quote(key), choices=Joined(keys))
    return found


def basis_value(parameter: str, value: int | None) -> int | None:
    """A population or housing-unit figure given by the user: 0 to 100,000,000."""
    if value is not None and not 0 <= value <= MAX_BASIS:
        raise UsageError(parameter, "err.basis_bounds", value=quote(value), high=Num(MAX_BASIS))
    return value
