"""``canvaslint rules`` and ``canvaslint rule CODE``: the rules, explained."""

from __future__ import annotations

import sys

from canvaslint.registry import PluginError, discover
from canvaslint.rule import RuleInfo


def _load() -> list[RuleInfo] | None:
    try:
        return discover()
    except PluginError as exc:
        print(f"canvaslint: error: {exc}", file=sys.stderr)
        return None


def list_rules() -> int:
    rules = _load()
    if rules is None:
        return 2
    width = max((len(r.name) for r in rules), default=10)
    for r in rules:
        origin = "" if r.origin == "canvaslint" else f"  [{r.origin}]"
        print(f"{r.code:<7} {r.name:<{width}}  {str(r.severity):<7}  {r.summary}{origin}")
    return 0


def explain(code: str) -> int:
    rules = _load()
    if rules is None:
        return 2
    wanted = code.strip()
    for r in rules:
        if wanted.upper() == r.code or wanted == r.name:
            print(explanation(r))
            return 0
    print(f"canvaslint: error: no rule {code!r}; `canvaslint rules` lists them", file=sys.stderr)
    return 2


def explanation(r: RuleInfo) -> str:
    head = f"{r.code} {r.name} (default severity: {r.severity}; from {r.origin})"
    lines = [head, "=" * len(head), "", r.doc]
    if r.options:
        lines += ["", "Default options:"]
        lines += [f"  {key}: {value}" for key, value in r.options.items()]
    return "\n".join(lines)
