"""The stages import one way: read <- model <- check <- report <- cli (docs/architecture.md).

Every import counts, also one inside a function: a lazy import is still a
dependency. A module may import its own stage and any stage below it, and
the shared base (``finding``, ``i18n``, ``messages``); rules import only
``canvaslint.api`` (and their own ``rules/_*`` helpers), the public rule API.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "canvaslint"
# Lower number = lower stage. The base is what every stage speaks.
LAYERS = {
    "canvaslint": 0, "canvaslint.finding": 0, "canvaslint.i18n": 0, "canvaslint.messages": 0,
    "canvaslint.data": 0, "canvaslint.__main__": 5,
    "canvaslint.read": 1, "canvaslint.model": 2, "canvaslint.check": 3, "canvaslint.api": 3,
    "canvaslint.rules": 3, "canvaslint.report": 4, "canvaslint.cli": 5, "canvaslint.server": 5,
}


def _layer(module: str) -> tuple[str, int]:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        name = ".".join(parts[:n])
        if name in LAYERS:
            return name, LAYERS[name]
    raise AssertionError(f"{module} belongs to no stage: add it to LAYERS")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "canvaslint":
                found += [(node.lineno, f"canvaslint.{a.name}") for a in node.names]
            else:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] == "canvaslint"]


def _module(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_is_in_a_stage() -> None:
    for path in SOURCES:
        _layer(_module(path))


def test_stages_import_one_way() -> None:
    backwards = []
    for path in SOURCES:
        here, level = _layer(_module(path))
        for line, name in _imports(path):
            there, their = _layer(name)
            if their > level:
                backwards.append(f"{path.relative_to(ROOT)}:{line}: {here} imports {name}")
    assert backwards == [], "imports against the flow:\n" + "\n".join(backwards)


@pytest.mark.parametrize("path", sorted((ROOT / "rules").glob("*.py")), ids=lambda p: p.name)
def test_rules_import_only_the_public_rule_api(path: Path) -> None:
    allowed = ("canvaslint.api", "canvaslint.rules")
    wrong = [f"{line}: {name}" for line, name in _imports(path)
             if not name.startswith(allowed)]
    assert wrong == [], f"{path.name} imports canvaslint's insides: {wrong}"
