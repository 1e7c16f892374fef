"""The one place where pydantic validates raw data into the dataclasses of `models.py`.

pydantic is imported here, inside functions, so that it is paid for only when a data file
is actually validated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pydantic import TypeAdapter
    from pydantic_core import ErrorDetails

T = TypeVar("T")


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def adapter(tp: Any) -> TypeAdapter[Any]:
    """A cached TypeAdapter: building one costs milliseconds, reusing it nothing."""
    found = _ADAPTERS.get(tp)
    if found is None:
        from pydantic import TypeAdapter

        found = _ADAPTERS[tp] = TypeAdapter(tp)
    return found


def validate(tp: type[T], data: Any) -> tuple[T | None, list[ErrorDetails]]:
    """Validate `data` as `tp`; return the value or the list of pydantic error details."""
    from pydantic import ValidationError

    try:
        return adapter(tp).validate_python(data), []
    except ValidationError as exc:
        return None, exc.errors(include_url=False)


def validate_many(tp: type[T], rows: list[Any]) -> tuple[list[T] | None, list[ErrorDetails]]:
    """Validate a list of rows in one call; error locations start with the row index."""
    from pydantic import ValidationError

    try:
        return adapter(list[tp]).validate_python(rows), []  # type: ignore[valid-type]
    except ValidationError as exc:
        return None, exc.errors(include_url=False)


def json_schema(tp: Any) -> dict[str, Any]:
    """The JSON Schema pydantic derives from a model (used to keep datapackage.json in sync)."""
    schema: dict[str, Any] = adapter(tp).json_schema()
    return schema
