"""The message catalogue is the one place for words: every key the code names is defined in
both languages, and every key defined is used somewhere (a dead key is a word nobody reads)."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import REPO
from lekp_calc.messages import MESSAGES

SOURCES = sorted((REPO / "src" / "lekp_calc").rglob("*.py"))
# Calls whose argument at this position is a message key.
KEY_ARGUMENT = {"text": 0, "Msg": 0, "InputError": 0, "OutputError": 0, "LekpError": 0, "UsageError": 1}


def _trees() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in SOURCES]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def test_every_key_named_in_the_code_is_defined_in_both_languages():
    missing = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in KEY_ARGUMENT:
                position = KEY_ARGUMENT[_name(node)]
                if len(node.args) > position:
                    argument = node.args[position]
                    literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                    if literal and argument.value not in MESSAGES:
                        missing.append(f"{path.name}:{node.lineno} {argument.value}")
    assert missing == []
    assert all(len(pair) == 2 and all(pair) for pair in MESSAGES.values())


def test_every_defined_key_is_used():
    # A key counts as used when the code names it whole, names its last part (problem keys are
    # named without 'problem.', help keys through helptext(), columns through col()), or builds
    # it from an f-string that starts with its prefix ('status.{…}', 'unit.{…}').
    literals: set[str] = set()
    prefixes: set[str] = set()
    for path, tree in _trees():
        if path.name == "messages.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(str(node.values[0].value))
    unused = [
        key
        for key in MESSAGES
        if key not in literals
        and key.split(".", 1)[-1] not in literals
        and not any(prefix and key.startswith(prefix) for prefix in prefixes)
    ]
    assert unused == []
