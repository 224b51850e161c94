"""Small helpers that rule modules share, so each rule module stays short."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

from canvaslint.finding import Problem
from canvaslint.model.canvas import Canvas, Item
from canvaslint.read import blocks as B


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


# A plain-string note has no fields to fill: the fix is to write it as a mapping.
_PLAIN_FIX = {
    "en": 'write the note as a mapping that says so, for example "- {name_field}: {note}" '
          'with "  {link_field}: [{example}]" under it',
    "nl": 'schrijf de notitie als mapping die het zegt, bijvoorbeeld "- {name_field}: {note}" '
          'met daaronder "  {link_field}: [{example}]"',
    "ru": 'запишите стикер как словарь, который это говорит, например «- {name_field}: {note}» '
          "и под ним «  {link_field}: [{example}]»",
}


def add_plain_note_templates(translations: dict[str, dict[str, str]]) -> None:
    """Give a rule a ``plain`` message per language: its default's first clause + the fix."""
    for lang, table in translations.items():
        head = table["default"].split(": ", 1)[0]
        table["plain"] = f"{head}: {_PLAIN_FIX[lang]}"


def for_plain_note(problem: Problem, canvas: Canvas, item: Item, link_field: str) -> Problem:
    """The problem reworded for a plain-string note, which has no field to fill.

    Rules that say "list them under its `segments`" say instead how to write
    the note as a mapping, with the note's own name and a real id to link.
    """
    if item.fields:
        return problem
    kinds = B.REFERENCE_FIELDS.get((item.kind, link_field), ())
    first = next((t for k in kinds for t in canvas.block(k) if t is not item), None)
    example = first.id if first is not None else "..."
    fix = _PLAIN_FIX["en"].format(name_field="name", note=item.name, link_field=link_field,
                                  example=example)
    args = {**(problem.args or {}), "name_field": "name", "note": item.name,
            "link_field": link_field, "example": example}
    head = problem.message.split(": ", 1)[0]
    return replace(problem, message=f"{head}: {fix}", msgid="plain", args=args)
