"""Rename an item's id and every reference to it, as one edit.

An id is written in one place (``id:``, or the item's name when it has no
explicit id) and named in reference fields. Renaming writes the new id
where the old one was, keeping each value's quoting, so the file stays the
user's file. An item without an explicit id gets one (``id: new``) in front
of its name, because changing the name would change what the team reads;
a plain sticky note cannot hold an id, so it is not renamed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

from canvaslint.model.canvas import Item
from canvaslint.read.nodes import Span
from canvaslint.server.lookup import Index

# A value YAML reads back as the same text without quotes (no ": ", " #", leading
# indicator): most ids, which are words joined by "-".
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*")


@dataclass(frozen=True)
class Edit:
    """Replace the text of ``span`` (1-based, end exclusive) with ``text``."""

    span: Span
    text: str


class RenameError(Exception):
    """Why this position or this new id cannot be renamed, in the user's words."""


def renameable(index: Index, line: int, column: int) -> tuple[Span, Item]:
    """The span of the id under the cursor and its item, or why there is none."""
    found = index.item_at(line, column)
    if found is None:
        raise RenameError("put the cursor on an item's id or on a reference to rename it")
    span, item = found
    if not item.is_mapping:
        raise RenameError(f"{item.label} is a plain sticky note and has no id to rename: "
                          "write it as a mapping with `name:` and `id:` first")
    return span, item


def rename(index: Index, item: Item, new: str) -> list[Edit]:
    new = new.strip()
    if not new:
        raise RenameError("an id cannot be empty")
    if new != item.id and any(other is not item for other in index.by_id(new)):
        raise RenameError(f'another item already has the id "{new}": choose another')
    lines = index.doc.text.splitlines()
    edits = [Edit(span, scalar(new, _written(lines, span))) for span, _ in index.referrers(item)]
    if item.explicit_id:
        span = index.definition_span(item)
        if span is not None:
            edits.append(Edit(span, scalar(new, _written(lines, span))))
        return edits
    return [*edits, _add_id(index, item, new, lines)]


def _add_id(index: Index, item: Item, new: str, lines: list[str]) -> Edit:
    key = index.doc.node_at((*item.path, "name"), at_key=True)
    if key is None or key.line > len(lines):
        raise RenameError(f"{item.label} has no name to put an id beside")
    before = lines[key.line - 1][: key.column - 1]
    if before.strip(" -"):
        raise RenameError(f"{item.label} is written in flow style ({{...}}): give it an "
                          "`id:` by hand to rename it")
    indent = " " * (key.column - 1)
    at = (key.line, key.column, key.line, key.column)
    return Edit(at, f"id: {scalar(new, '')}\n{indent}")


def _written(lines: list[str], span: Span) -> str:
    line, column = span[0], span[1]
    return lines[line - 1][column - 1:column] if line <= len(lines) else ""


def scalar(value: str, style: str) -> str:
    """``value`` as YAML text, quoted as the old value was, or only where it must be."""
    if style == "'":
        return "'" + value.replace("'", "''") + "'"
    if style == '"':
        return json.dumps(value, ensure_ascii=False)
    if _PLAIN.fullmatch(value) and _reads_back(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _reads_back(value: str) -> bool:
    try:
        return bool(yaml.safe_load(value) == value)
    except yaml.YAMLError:
        return False
