"""Small helpers that rule modules share, so each rule module stays short."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from typing import Any

import yaml

from canvaslint.data import shipped
from canvaslint.finding import Problem
from canvaslint.i18n import Key
from canvaslint.model.canvas import Canvas, Item
from canvaslint.read import blocks as B


@cache
def rule_data(name: str) -> Mapping[str, Any]:
    """A rule's knowledge, a YAML file shipped beside the rules (package data)."""
    text = shipped("canvaslint.rules", name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise ValueError(f"rule data {name} is not a mapping")
    return data


def for_plain_note(problem: Problem, canvas: Canvas, item: Item, link_field: str) -> Problem:
    """The problem as said of a plain-string note, which has no field to fill.

    Rules that say "list them under its `segments`" say instead, in their
    ``plain`` message, how to write the note as a mapping, with the note's own
    name and a real id to link. The rule's catalogs hold that message (a
    plugin's English sentence is its own to word).
    """
    if item.fields:
        return problem
    kinds = B.REFERENCE_FIELDS.get((item.kind, link_field), ())
    first = next((t for k in kinds for t in canvas.block(k) if t is not item), None)
    example = first.id if first is not None else "..."
    args = {**(problem.args or {}), "name_field": Key("name"), "note": item.name,
            "link_field": Key(link_field), "example": example}
    return replace(problem, msgid="plain", args=args)
