"""Small helpers that rule modules share, so each rule module stays short."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml

from canvaslint.finding import Problem
from canvaslint.rule import Context

CheckFn = Callable[[Context, Mapping[str, Any]], Iterable[Problem]]


def reported(code: str) -> CheckFn:
    """A ``check`` for rules whose problems the loader, schema or resolver find."""

    def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
        return ctx.problems_for(code)

    return check


@cache
def rule_data(name: str) -> Mapping[str, Any]:
    """A rule's knowledge, a YAML file shipped beside the rules (package data)."""
    text = resources.files("canvaslint.rules").joinpath(name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise ValueError(f"rule data {name} is not a mapping")
    return data


def quote_list(values: Iterable[str]) -> str:
    """``a, b and c`` for messages."""
    items = list(values)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def or_list(values: Iterable[str]) -> str:
    items = list(values)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]
