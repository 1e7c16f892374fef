"""Load the YAML catalogue (`werven.yaml`) into a validated `Catalogue`, with line numbers.

The YAML is read safely and strictly: it is composed into nodes (never constructed into
arbitrary objects), so every value keeps its position in the file; duplicate keys, which
PyYAML would silently collapse, are errors; tags other than the plain YAML types and any
alias are refused before anything is built, which also defuses alias bombs. The resulting
plain data is validated by pydantic into `models.Catalogue`, and pydantic's error locations
are mapped back to lines. Semantic rules (known pact versions, deadlines inside the pact
period, unique keys …) follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DataError, Problem, Severity, errors_in
from .models import PACT_END, PACT_START, Catalogue, version_key
from .textfile import read_text

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails
    from yaml import Node

Loc = tuple[str | int, ...]

# Tags a catalogue may contain; everything else (!!python/object, !!binary, custom tags)
# is refused rather than constructed.
_YAML = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {f"{_YAML}{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")}


@dataclass
class ParsedCatalogue:
    """The outcome of reading a catalogue: the model if it validated, and every problem."""

    path: str
    catalogue: Catalogue | None
    problems: list[Problem]
    # Position (line, column), 1-based, of every value and of every mapping key.
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def position(self, loc: Loc) -> tuple[int | None, int | None]:
        """The position of `loc`, or of its closest enclosing value."""
        for end in range(len(loc), -1, -1):
            found = self.positions.get(loc[:end])
            if found is not None:
                return found
        return None, None


def default_catalogue_path() -> Path:
    """The catalogue shipped with lekp."""
    from .paths import data_file

    return data_file("werven.yaml")


def load_catalogue(path: Path | str | None = None) -> Catalogue:
    """Read and validate a catalogue file; raise `DataError` naming the first error.

    An unchanged file that validated before comes from the cache (see `cache.py`).
    """
    from .cache import cached

    source = Path(path) if path is not None else default_catalogue_path()
    return cached("catalogue", [source], lambda: _validated_catalogue(source))


def _validated_catalogue(source: Path) -> Catalogue:
    parsed = parse_catalogue_file(source)
    if parsed.catalogue is None or errors_in(parsed.problems):
        raise DataError(parsed.problems)
    return parsed.catalogue


def parse_catalogue_file(path: Path) -> ParsedCatalogue:
    """Read a catalogue file and collect every problem in it."""
    problems: list[Problem] = []
    text = read_text(path, problems)
    if text is None:
        return ParsedCatalogue(str(path), None, problems)
    return parse_catalogue(text, str(path))


def parse_catalogue(text: str, path: str) -> ParsedCatalogue:
    """Parse catalogue YAML text; never raises for bad input, returns problems instead."""
    result = ParsedCatalogue(path, None, [])
    root = _compose(text, result)
    if root is None:
        return result
    walker = _Walker(result)
    data = walker.value(root, ())
    if errors_in(result.problems):
        return result
    if not isinstance(data, dict):
        result.problems.append(_problem(result, (), "Y207", "the catalogue must be a mapping of fields"))
        return result

    from .validation import validate

    catalogue, details = validate(Catalogue, data)
    for detail in details:
        result.problems.append(_from_pydantic(result, detail))
    if catalogue is not None:
        _check_semantics(catalogue, result)
        if not errors_in(result.problems):
            result.catalogue = catalogue
    return result


def _problem(result: ParsedCatalogue, loc: Loc, code: str, message: str, *, key: bool = False) -> Problem:
    line, column = (result.key_positions.get(loc) if key else None) or result.position(loc)
    return Problem(result.path, line, column, Severity.ERROR, code, message)


def _compose(text: str, result: ParsedCatalogue) -> Node | None:
    """Compose the YAML into nodes after refusing aliases; report syntax errors."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        # Aliases are refused before composing: the catalogue never needs them, and an
        # alias bomb expanded by a naive walk would exhaust memory.
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                result.problems.append(
                    Problem(
                        result.path,
                        mark.line + 1 if mark else None,
                        mark.column + 1 if mark else None,
                        Severity.ERROR,
                        "Y204",
                        f"alias *{event.anchor} refused: anchors and aliases are not allowed in "
                        "the catalogue (write the value out)",
                    )
                )
                return None
        root: Node | None = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        what = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        result.problems.append(
            Problem(result.path, line, column, Severity.ERROR, "Y201", f"YAML syntax error: {what}")
        )
        return None
    except yaml.YAMLError as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        result.problems.append(
            Problem(result.path, None, None, Severity.ERROR, "Y201", f"YAML syntax error: {message}")
        )
        return None
    if root is None:
        result.problems.append(Problem(result.path, None, None, Severity.ERROR, "F102", "file is empty"))
    return root


class _Walker:
    """Turns composed YAML nodes into plain Python data, recording every position."""

    def __init__(self, result: ParsedCatalogue) -> None:
        import yaml

        self.result = result
        self.yaml = yaml
        self.constructor = yaml.constructor.SafeConstructor()

    def _error(self, node: Node, code: str, message: str) -> None:
        mark = node.start_mark
        self.result.problems.append(
            Problem(self.result.path, mark.line + 1, mark.column + 1, Severity.ERROR, code, message)
        )

    def value(self, node: Node, loc: Loc) -> Any:
        yaml = self.yaml
        self.result.positions[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if node.tag not in _ALLOWED_TAGS:
            self._error(
                node,
                "Y203",
                f"tag {node.tag!r} refused: the catalogue holds plain YAML values only",
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, (*loc, index)) for index, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: Node, loc: Loc) -> dict[str, Any]:
        yaml = self.yaml
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _ALLOWED_TAGS:
                self._error(key_node, "Y207", "a mapping key must be a plain scalar")
                continue
            key = str(key_node.value)
            if key in seen:
                self._error(
                    key_node,
                    "Y202",
                    f"duplicate key {key!r} (first at line {seen[key]}); YAML would silently "
                    "keep only the last one",
                )
                continue
            seen[key] = key_node.start_mark.line + 1
            self.result.key_positions[(*loc, key)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
            out[key] = self.value(value_node, (*loc, key))
        return out

    def _scalar(self, node: Node) -> Any:
        if node.tag == f"{_YAML}timestamp":
            # A date-like scalar stays the text it is; no catalogue field holds a date.
            return str(node.value)
        if node.tag == f"{_YAML}float":
            # Decimals come from the text as written, never through a binary float.
            text = str(node.value).replace("_", "")
            try:
                number = Decimal(text)
            except InvalidOperation:
                number = None
            if number is None or not number.is_finite():
                self._error(node, "Y207", f"{node.value!r} is not a finite decimal number")
                return None
            return number
        return self.constructor.construct_object(node)


def _field_name(loc: Loc) -> str:
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1] if names else "catalogue"


def _describe(loc: Loc) -> str:
    """Human path such as indicators[3].ratio.amount."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "catalogue"


def _short(value: Any) -> str:
    """repr() of a value, cut short: an error line must stay one readable line."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _from_pydantic(result: ParsedCatalogue, detail: ErrorDetails) -> Problem:
    """Map a pydantic error to a coded problem at the right line."""
    loc: Loc = tuple(detail["loc"])
    kind = detail["type"]
    name = _field_name(loc)
    where = _describe(loc)
    if kind in ("unexpected_keyword_argument", "extra_forbidden"):
        return _problem(result, loc, "Y205", f"unknown field {name!r} in {_describe(loc[:-1])}", key=True)
    if kind == "missing":
        return _problem(result, loc[:-1], "Y206", f"missing field {name!r} in {_describe(loc[:-1])}")
    if name == "basis" and kind == "literal_error":
        value = _short(detail.get("input"))
        return _problem(
            result,
            loc,
            "Y209",
            f"unknown basis {value} in {where}: use 'inwoners' or 'wooneenheden'",
        )
    if name == "deadline" and kind in ("greater_than_equal", "less_than_equal"):
        return _problem(
            result,
            loc,
            "Y210",
            f"{where}: deadline {_short(detail.get('input'))} is outside the pact period "
            f"{PACT_START}-{PACT_END}",
        )
    if len(loc) >= 2 and loc[-2] == "ratio" and kind in ("greater_than", "greater_than_equal"):
        return _problem(result, loc, "Y208", f"{where} must be positive, found {_short(detail.get('input'))}")
    return _problem(result, loc, "Y207", f"{where}: {detail['msg']} (found {_short(detail.get('input'))})")


def _exact_ratio(per: int) -> bool:
    """True when 1/per is a finite decimal (per has no prime factors but 2 and 5)."""
    for prime in (2, 5):
        while per % prime == 0:
            per //= prime
    return per == 1


def _check_semantics(catalogue: Catalogue, result: ParsedCatalogue) -> None:
    """Rules that span fields: versions, werven, deadlines, unique keys, exact ratios."""
    add = result.problems.append

    versions: dict[str, int] = {}
    for index, version in enumerate(catalogue.pact_versions):
        loc: Loc = ("pact_versions", index, "version")
        if not version_key(version.version):
            add(_problem(result, loc, "Y207", f"pact version {version.version!r} is not of the form 2.1"))
        elif version.version in versions:
            add(_problem(result, loc, "Y215", f"pact version {version.version} is declared twice"))
        versions[version.version] = index
    known = ", ".join(sorted(versions, key=version_key))

    werven: set[int] = set()
    for index, werf in enumerate(catalogue.werven):
        if werf.number in werven:
            add(
                _problem(
                    result,
                    ("werven", index, "number"),
                    "Y215",
                    f"werf {werf.number} is declared twice",
                )
            )
        werven.add(werf.number)

    seen: dict[tuple[str, str], int] = {}
    for index, indicator in enumerate(catalogue.indicators):
        base: Loc = ("indicators", index)
        if indicator.pact not in versions:
            add(
                _problem(
                    result,
                    (*base, "pact"),
                    "Y211",
                    f"indicator {indicator.key!r} belongs to pact version {indicator.pact!r}, "
                    f"which the catalogue does not declare ({known})",
                )
            )
        if indicator.werf not in werven:
            add(
                _problem(
                    result,
                    (*base, "werf"),
                    "Y213",
                    f"indicator {indicator.key!r}: unknown werf {indicator.werf}",
                )
            )
        if not _exact_ratio(indicator.ratio.per):
            add(
                _problem(
                    result,
                    (*base, "ratio", "per"),
                    "Y214",
                    f"indicator {indicator.key!r}: 'per: {indicator.ratio.per}' gives no exact decimal "
                    "ratio; use a per of 1, 10, 100, 500, 1000 … (factors 2 and 5 only)",
                )
            )
        ident = (indicator.key, indicator.pact)
        if ident in seen:
            add(
                _problem(
                    result,
                    (*base, "key"),
                    "Y212",
                    f"indicator {indicator.key!r} appears twice in pact version {indicator.pact} "
                    f"(first as indicators[{seen[ident]}])",
                )
            )
        seen[ident] = index

    seen_engagements: dict[tuple[str, str | None], int] = {}
    for index, engagement in enumerate(catalogue.engagements):
        base = ("engagements", index)
        if engagement.pact is not None and engagement.pact not in versions:
            add(
                _problem(
                    result,
                    (*base, "pact"),
                    "Y211",
                    f"engagement {engagement.key!r} belongs to pact version {engagement.pact!r}, "
                    f"which the catalogue does not declare ({known})",
                )
            )
        rule = engagement.rule
        if (
            rule is not None
            and rule.kind == "co2_reduction"
            and (rule.base_year is None or rule.target_year is None or rule.base_year >= rule.target_year)
        ):
            add(
                _problem(
                    result,
                    (*base, "rule"),
                    "Y216",
                    f"engagement {engagement.key!r}: a co2_reduction rule needs base_year and a later "
                    "target_year",
                )
            )
        ident_e = (engagement.key, engagement.pact)
        if ident_e in seen_engagements:
            add(
                _problem(
                    result,
                    (*base, "key"),
                    "Y212",
                    f"engagement {engagement.key!r} appears twice in pact version {engagement.pact}",
                )
            )
        seen_engagements[ident_e] = index
