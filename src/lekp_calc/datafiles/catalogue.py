"""Read the YAML catalogue (`werven.yaml`) into a validated `Catalogue`, with line numbers.

The YAML is read safely and strictly: it is composed into nodes (never constructed into
arbitrary objects), so every value keeps its position in the file; duplicate keys, which
PyYAML would silently collapse, are errors; tags other than the plain YAML types and any
alias are refused before anything is built, which also defuses alias bombs. Every text is
checked like a data cell (no control characters, no spreadsheet formula at its start).
The plain data is then validated by pydantic (`catalogue_schema.py`) and pydantic's error
locations are mapped back to lines; rules that span items (known pact versions, unique
keys …) follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..check.codes import Code
from ..check.problems import Problems
from ..domain.model import PACT_END, PACT_START, PATH, POPULATION_YEAR, Catalogue, version_key
from ..messages import Joined, Msg, Num
from ..strings import control_character, is_formula, quote
from . import catalogue_schema
from .text import read_text

Loc = tuple[str | int, ...]

# Tags a catalogue may contain; everything else (!!python/object, !!binary, custom tags)
# is refused rather than constructed.
_YAML = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {f"{_YAML}{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_INT_DIGITS = 20
_DECIMAL_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")  # a whole number as people write it


@dataclass
class ParsedCatalogue:
    """The outcome of reading a catalogue: the model if it validated, and every problem."""

    path: str
    catalogue: Catalogue | None
    problems: Problems
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

    def add(self, loc: Loc, code: Code, key: str, /, *, at_key: bool = False, **params: Any) -> None:
        """Record a problem at the value (or the key) of `loc`."""
        line, column = (self.key_positions.get(loc) if at_key else None) or self.position(loc)
        self.problems.add(code, key, line, column, **params)


def parse_catalogue_file(path: Path | str) -> ParsedCatalogue:
    """Read a catalogue file and collect every problem in it."""
    problems = Problems(str(path))
    text = read_text(path, problems)
    if text is None:
        return ParsedCatalogue(str(path), None, problems)
    return parse_catalogue(text, str(path))


def parse_catalogue(text: str, path: str) -> ParsedCatalogue:
    """Parse catalogue YAML text; never raises for bad input, returns problems instead."""
    result = ParsedCatalogue(path, None, Problems(path))
    root = _compose(text, result)
    if root is None:
        return result
    data = _Walker(result).value(root, ())
    if result.problems.has_errors:
        return result
    if not isinstance(data, dict):
        result.add((), Code.Y207, "not_mapping")
        return result
    try:
        document = catalogue_schema.Catalogue.model_validate(data)
    except ValidationError as error:
        details = error.errors(include_url=False)
        # A list whose items fail also counts as too short (pydantic counts only the valid
        # items); the item errors are the real problem, so the length one is left out.
        failing = {detail["loc"][:1] for detail in details if len(detail["loc"]) > 1}
        for detail in details:
            if detail["type"] == "too_short" and detail["loc"][:1] in failing:
                continue
            _from_pydantic(result, detail)
        return result
    catalogue = catalogue_schema.to_domain(document)
    _check_semantics(catalogue, result)
    if not result.problems.has_errors:
        result.catalogue = catalogue
    return result


def _compose(text: str, result: ParsedCatalogue) -> yaml.Node | None:
    """Compose the YAML into nodes after refusing aliases; report syntax errors."""
    add = result.problems.add
    try:
        # Aliases are refused before composing: the catalogue never needs them, and an
        # alias bomb expanded by a naive walk would exhaust memory.
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
                add(Code.Y204, "alias", line, column, anchor=quote(event.anchor))
                return None
        root: yaml.Node | None = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if "end of stream" in str(error.problem) and error.context_mark is not None:
            mark = error.context_mark  # a quote never closed: where it opens, not the end of the file
        what = yaml_reason(error, text)
        add(
            Code.Y201, "syntax", mark.line + 1 if mark else None, mark.column + 1 if mark else None, what=what
        )
        return None
    except yaml.reader.ReaderError as error:
        # A character YAML refuses (NUL, an escape …): PyYAML gives only its offset.
        position = error.position
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        add(Code.Y218, "control", line, column, character=quote(chr(error.character)), field="YAML")
        return None
    except yaml.YAMLError:
        add(Code.Y201, "syntax", None, None, what=Msg("yamlerr.other"))
        return None
    if root is None:
        add(Code.F102, "empty")
    return root


_YAML_REASONS = (  # a phrase of PyYAML's or libyaml's (English) message, and the catalogue's words for it
    ("mapping values are not allowed", "yamlerr.colon"),
    ("found unexpected end of stream", "yamlerr.unclosed_quote"),
    ("expected <block end>", "yamlerr.indent"),
    ("did not find expected key", "yamlerr.indent"),
    ("did not find expected '-' indicator", "yamlerr.indent"),
    ("expected ',' or ']'", "yamlerr.unclosed_bracket"),
    ("expected ',' or '}'", "yamlerr.unclosed_bracket"),
    ("unknown escape character", "yamlerr.escape"),
    ("could not find expected ':'", "yamlerr.no_colon"),
    ("another document", "yamlerr.two_documents"),
    ("document start>", "yamlerr.after_end"),
)


def yaml_reason(error: yaml.MarkedYAMLError, text: str) -> Msg:
    """What PyYAML (or libyaml under it) found, in the catalogue's words: its own message is
    English; the line and column it gives locate the problem, and the character there is named."""
    said = f"{error.context or ''} {error.problem or ''}"
    if "cannot start any token" in said:
        mark = error.problem_mark
        index = mark.index if mark is not None else -1
        character = text[index] if 0 <= index < len(text) else ""
        if character == "\t":
            return Msg("yamlerr.tab")
        return Msg("yamlerr.bad_start", character=quote(character)) if character else Msg("yamlerr.other")
    for phrase, key in _YAML_REASONS:
        if phrase in said:
            return Msg(key)
    return Msg("yamlerr.other")


class _Walker:
    """Turns composed YAML nodes into plain Python data, recording every position."""

    def __init__(self, result: ParsedCatalogue) -> None:
        self.result = result
        self.constructor = yaml.constructor.SafeConstructor()

    def _error(self, node: yaml.Node, code: Code, key: str, /, **params: Any) -> None:
        mark = node.start_mark
        self.result.problems.add(code, key, mark.line + 1, mark.column + 1, **params)

    def value(self, node: yaml.Node, loc: Loc) -> Any:
        self.result.positions[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if node.tag not in _ALLOWED_TAGS:
            self._error(node, Code.Y203, "tag", tag=quote(node.tag))
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, (*loc, index)) for index, item in enumerate(node.value)]
        return self._scalar(node, loc)

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _ALLOWED_TAGS:
                self._error(key_node, Code.Y207, "key_not_scalar")
                continue
            key = str(key_node.value)
            if key in seen:
                self._error(key_node, Code.Y202, "duplicate", key=quote(key), first=seen[key])
                continue
            seen[key] = key_node.start_mark.line + 1
            self.result.key_positions[(*loc, key)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
            out[key] = self.value(value_node, (*loc, key))
        return out

    def _scalar(self, node: yaml.Node, loc: Loc) -> Any:
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
                self._error(node, Code.Y207, "not_decimal", value=quote(node.value))
                return None
            if number.adjusted() > MAX_INT_DIGITS:
                self._error(node, Code.Y219, "too_big", value=quote(node.value), field=_describe(loc))
                return None
            return number
        if node.tag == f"{_YAML}int" and not _DECIMAL_INT.fullmatch(str(node.value).replace("_", "")):
            # YAML 1.1 reads 010 as octal 8, 0b11 as 3, 0x64 as 100 and 1:40 as 100 (base 60): a
            # catalogue number must mean what it shows, so only decimal digits are taken.
            self._error(node, Code.Y207, "not_decimal", value=quote(node.value))
            return None
        if node.tag == f"{_YAML}int" and len(str(node.value).lstrip("+-0")) > MAX_INT_DIGITS:
            # int() of thousands of digits is refused by Python itself; say what is wrong.
            self._error(node, Code.Y219, "too_big", value=quote(node.value), field=_describe(loc))
            return None
        value = self.constructor.construct_object(node)
        if isinstance(value, str):
            character = control_character(value)
            if character is not None:
                self._error(node, Code.Y218, "control", character=quote(character), field=_describe(loc))
                return None
            if is_formula(value):
                self._error(
                    node,
                    Code.Y217,
                    "formula",
                    value=quote(value),
                    start=quote(value[0]),
                    field=_describe(loc),
                )
                return None
        return value


def _field_name(loc: Loc) -> str:
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1] if names else "catalogue"


def _describe(loc: Loc) -> str:
    """Human path such as indicators[3].ratio.amount."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "catalogue"


_BOUND_ERRORS = ("greater_than", "greater_than_equal", "less_than", "less_than_equal")

# pydantic's error types, told in the user's language; anything else keeps pydantic's words.
_REASONS = {
    "int_parsing": "reason.not_whole",
    "int_type": "reason.not_whole",
    "int_from_float": "reason.not_whole",
    "string_type": "reason.not_text",
    "decimal_parsing": "reason.not_number",
    "decimal_type": "reason.not_number",
    "float_parsing": "reason.not_number",
    "bool_parsing": "reason.not_bool",
    "bool_type": "reason.not_bool",
    "literal_error": "reason.not_one_of",
    "enum": "reason.not_one_of",
    "list_type": "reason.not_list",
    "tuple_type": "reason.not_list",
    "dict_type": "reason.not_mapping",
    "model_type": "reason.not_mapping",
    "model_attributes_type": "reason.not_mapping",
    "string_too_short": "reason.empty",
    "too_short": "reason.empty",
    "string_too_long": "reason.too_long",
    "string_pattern_mismatch": "reason.pattern",
    "greater_than": "reason.gt",
    "greater_than_equal": "reason.ge",
    "less_than": "reason.lt",
    "less_than_equal": "reason.le",
    "too_many_places": "reason.places",
    "finite_number": "reason.not_number",
}


def _reason(detail: ErrorDetails) -> Msg:
    """Why pydantic refused a value, as a message of the catalogue (in the user's language)."""
    context = {name: str(value) for name, value in (detail.get("ctx") or {}).items()}
    key = _REASONS.get(detail["type"])
    if key is None:
        return Msg("reason.other", text=detail["msg"])
    return Msg(key, **context)


def _from_pydantic(result: ParsedCatalogue, detail: ErrorDetails) -> None:
    """Map a pydantic error to a coded problem at the right line."""
    # pydantic puts the branch of a union (e.g. 'int' of 'int | None') into the location.
    loc: Loc = tuple(part for part in detail["loc"] if not (isinstance(part, str) and part in _UNION_TAGS))
    kind = detail["type"]
    name = _field_name(loc)
    where = _describe(loc)
    found = quote(detail.get("input"))
    if kind in ("unexpected_keyword_argument", "extra_forbidden"):
        result.add(loc, Code.Y205, "unknown_field", at_key=True, name=quote(name), where=_describe(loc[:-1]))
    elif kind == "missing":
        result.add(loc[:-1], Code.Y206, "missing_field", name=quote(name), where=_describe(loc[:-1]))
    elif name == "basis" and kind == "literal_error":
        result.add(loc, Code.Y209, "basis", value=found, where=where)
    elif name == "deadline" and kind in _BOUND_ERRORS:
        result.add(loc, Code.Y210, "deadline", value=found, where=where, low=PACT_START, high=PACT_END)
    elif kind == "inexact_per":
        result.add(loc, Code.Y214, "inexact_per", value=detail.get("input"), where=where)  # a whole number
    elif len(loc) >= 2 and loc[-2] == "ratio" and kind in ("greater_than", "greater_than_equal"):
        result.add(loc, Code.Y208, "not_positive", value=found, where=where)
    elif kind in (*_BOUND_ERRORS, "too_many_places"):
        result.add(loc, Code.Y219, "bounds", value=found, where=where, reason=_reason(detail))
    else:
        result.add(loc, Code.Y207, "invalid", where=where, reason=_reason(detail), value=found)


_UNION_TAGS = {
    "int",
    "str",
    "function-after[_few_places(), decimal]",
    "decimal",
    "constrained-int",
    "Headline",
    "Milestone",
    "EngagementRule",
    "ChargingScale",
}


def _check_semantics(catalogue: Catalogue, result: ParsedCatalogue) -> None:
    """Rules that span items: versions, werven, unique keys, computable rules."""
    versions: dict[str, int] = {}
    for index, version in enumerate(catalogue.pact_versions):
        loc: Loc = ("pact_versions", index, "version")
        if not version_key(version.version):
            result.add(loc, Code.Y207, "version_form", value=quote(version.version))
        elif version.version in versions:
            result.add(loc, Code.Y215, "version_twice", version=version.version)
        versions[version.version] = index
    ordered: list[str] = sorted(versions, key=version_key)
    known = Joined(ordered)

    werven: set[int] = set()
    for index, werf in enumerate(catalogue.werven):
        if werf.number in werven:
            result.add(("werven", index, "number"), Code.Y215, "werf_twice", werf=werf.number)
        werven.add(werf.number)

    seen: dict[tuple[str, str], int] = {}
    for index, indicator in enumerate(catalogue.indicators):
        base: Loc = ("indicators", index)
        if indicator.pact not in versions:
            result.add(
                (*base, "pact"),
                Code.Y211,
                "unknown_version",
                key=quote(indicator.key),
                version=quote(indicator.pact),
                known=known,
            )
        if indicator.werf not in werven:
            result.add(
                (*base, "werf"), Code.Y213, "unknown_werf", key=quote(indicator.key), werf=indicator.werf
            )
        ident = (indicator.key, indicator.pact)
        if ident in seen:
            result.add(
                (*base, "key"),
                Code.Y212,
                "indicator_twice",
                key=quote(indicator.key),
                version=indicator.pact,
                first=seen[ident],
            )
        seen[ident] = index

    seen_engagements: dict[tuple[str, str | None], int] = {}
    for index, engagement in enumerate(catalogue.engagements):
        base = ("engagements", index)
        if engagement.pact is not None and engagement.pact not in versions:
            result.add(
                (*base, "pact"),
                Code.Y211,
                "unknown_version",
                key=quote(engagement.key),
                version=quote(engagement.pact),
                known=known,
            )
        rule = engagement.rule
        if (
            rule is not None
            and rule.kind == "co2_reduction"
            and (rule.base_year is None or rule.target_year is None or rule.base_year >= rule.target_year)
        ):
            result.add((*base, "rule"), Code.Y216, "co2_rule", key=quote(engagement.key))
        ident_e = (engagement.key, engagement.pact)
        if ident_e in seen_engagements:
            result.add(
                (*base, "key"),
                Code.Y212,
                "engagement_twice",
                key=quote(engagement.key),
                version=engagement.pact or "-",
            )
        seen_engagements[ident_e] = index
    _check_sources(catalogue, result)
    _check_goals(catalogue, result)
    _check_reporting(catalogue, result)
    _check_scale(catalogue, result)


def _check_goals(catalogue: Catalogue, result: ParsedCatalogue) -> None:
    """Once the catalogue declares the goals of the pact's own reporting, every target and
    engagement names the one it reports under, and every goal is reported under."""
    declared: dict[str, int] = {}
    for index, goal in enumerate(catalogue.goals):
        if goal.id in declared:
            result.add(("goals", index, "id"), Code.Y221, "goal_twice", id=quote(goal.id))
        declared.setdefault(goal.id, index)
    used: set[str] = set()
    rows: list[tuple[str, int, str, str | None]] = [
        ("indicators", i, row.key, row.goal) for i, row in enumerate(catalogue.indicators)
    ]
    rows += [("engagements", i, row.key, row.goal) for i, row in enumerate(catalogue.engagements)]
    for part, index, key, named in rows:
        if named is None:
            if declared:
                result.add((part, index), Code.Y221, "no_goal", key=quote(key))
        elif named not in declared:
            result.add((part, index, "goal"), Code.Y221, "unknown_goal", key=quote(key), id=quote(named))
        else:
            used.add(named)
    for ident, index in declared.items():
        if ident not in used:
            label = catalogue.goals[index].label
            result.add(("goals", index, "id"), Code.Y222, "goal_unused", id=quote(ident), label=quote(label))


def _check_reporting(catalogue: Catalogue, result: ParsedCatalogue) -> None:
    """Every step of the reporting calendar once; a moved date names a later step that replaced it."""
    steps: dict[str, int] = {}
    for index, step in enumerate(catalogue.reporting):
        if step.id in steps:
            result.add(("reporting", index, "id"), Code.Y223, "step_twice", id=quote(step.id))
        steps.setdefault(step.id, index)
    for index, step in enumerate(catalogue.reporting):
        if step.replaced_by is None:
            continue
        loc: Loc = ("reporting", index, "replaced_by")
        other = steps.get(step.replaced_by)
        if other is None:
            result.add(loc, Code.Y223, "replaced_unknown", id=quote(step.id), other=quote(step.replaced_by))
        elif catalogue.reporting[other].date <= step.date:
            result.add(loc, Code.Y223, "replaced_earlier", id=quote(step.id), other=quote(step.replaced_by))


def _check_scale(catalogue: Catalogue, result: ParsedCatalogue) -> None:
    """The anchors of the charging scale rise with the power, for each current, and state one range."""
    scale = catalogue.charging_scale
    if scale is None:
        return
    last: dict[str, Decimal] = {}
    for index, anchor in enumerate(scale.anchors):
        loc: Loc = ("charging_scale", "anchors", index)
        if anchor.kw_to is not None and anchor.kw_below is not None:
            result.add(loc, Code.Y224, "anchor_two_ends", kw=Num(anchor.kw_from))
        elif (anchor.kw_to is not None and anchor.kw_to < anchor.kw_from) or (
            anchor.kw_below is not None and anchor.kw_below <= anchor.kw_from
        ):
            result.add(loc, Code.Y224, "anchor_range", kw=Num(anchor.kw_from))
        for current in anchor.currents:
            if current in last and anchor.kw_from <= last[current]:
                result.add(
                    (*loc, "kw_from"), Code.Y224, "anchor_order", kw=Num(anchor.kw_from), current=current
                )
            last[current] = anchor.kw_from


# Assumptions the code itself makes (the path to a target, the population year of progress):
# the catalogue must state them, so that every output can name them.
REQUIRED_ASSUMPTIONS = (PATH, POPULATION_YEAR)


def _check_sources(catalogue: Catalogue, result: ParsedCatalogue) -> None:
    """Every row cites declared sources; every source has an address; every assumption is declared."""
    declared: dict[str, int] = {}
    for index, source in enumerate(catalogue.sources):
        if source.id in declared:
            result.add(("sources", index, "id"), Code.Y220, "source_twice", id=quote(source.id))
        declared.setdefault(source.id, index)
        if not source.address:
            result.add(("sources", index), Code.Y220, "no_address", id=quote(source.id))
    assumptions = {a.id for a in catalogue.assumptions}

    def cited(loc: Loc, name: str, ids: tuple[str, ...], kinds: str = "sources") -> None:
        known = declared if kinds == "sources" else assumptions
        if kinds == "sources" and not ids:
            result.add(loc, Code.Y220, "no_source", name=quote(name))
        for number, ident in enumerate(ids):
            if ident not in known:
                key = "unknown_source" if kinds == "sources" else "unknown_assumption"
                result.add((*loc, kinds, number), Code.Y220, key, id=quote(ident), name=quote(name))

    for index, version in enumerate(catalogue.pact_versions):
        cited(("pact_versions", index), version.version, version.sources)
    for index, indicator in enumerate(catalogue.indicators):
        cited(("indicators", index), indicator.key, indicator.sources)
        cited(("indicators", index), indicator.key, indicator.assumptions, "assumptions")
        if indicator.headline is not None:
            cited(("indicators", index, "headline"), indicator.key, (indicator.headline.source,))
    for index, engagement in enumerate(catalogue.engagements):
        cited(("engagements", index), engagement.key, engagement.sources)
        cited(("engagements", index), engagement.key, engagement.assumptions, "assumptions")
    # Support quotations need the text they are quoted from; without one, point at the first quotation.
    quoting: list[Loc] = [
        ("werven", i, "provincie_antwerpen") for i, w in enumerate(catalogue.werven) if w.provincie_antwerpen
    ]
    if catalogue.provincie_antwerpen_algemeen:
        quoting.append(("provincie_antwerpen_algemeen",))
    if quoting:
        ident = catalogue.support_source
        cited(("support_source",) if ident else quoting[0], "provincie_antwerpen", (ident,) if ident else ())
    for index, goal in enumerate(catalogue.goals):
        cited(("goals", index), goal.id, goal.sources)
    for index, step in enumerate(catalogue.reporting):
        cited(("reporting", index), step.id, step.sources)
    if catalogue.charging_scale is not None:
        scale = catalogue.charging_scale
        cited(("charging_scale",), "charging_scale", scale.sources)
        cited(("charging_scale",), "charging_scale", scale.assumptions, "assumptions")
    for name in REQUIRED_ASSUMPTIONS:
        if name not in assumptions:
            result.add(("assumptions",), Code.Y220, "assumption_missing", id=quote(name))
