"""Find the part of the canvas JSON schema that describes a data path.

The schema is the one source of what keys a block's items have, which
vocabulary a field takes and what each value means; hover and completion
read it here instead of keeping a second list. Paths are English (the
document's ``key_alias`` turns Dutch and Russian keys into English first);
``"-"`` or an int stands for "an item of this list".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from canvaslint.data import shipped

Schema = Mapping[str, Any]


@cache
def canvas_schema() -> Schema:
    text = shipped("canvaslint.schemas", "canvas.schema.json").read_text(
        encoding="utf-8")
    loaded: Schema = json.loads(text)
    return loaded


def _deref(node: Schema) -> Schema:
    while "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        target: Schema = canvas_schema()["$defs"][name]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _branches(node: Schema) -> Iterator[Schema]:
    """The node and every alternative of its ``anyOf``/``oneOf``, dereferenced."""
    node = _deref(node)
    yield node
    for key in ("anyOf", "oneOf"):
        for branch in node.get(key, []):
            yield from _branches(branch)


def schema_at(path: Sequence[str | int]) -> Schema | None:
    node: Schema | None = canvas_schema()
    for part in path:
        if node is None:
            return None
        node = _step(node, part)
    return _deref(node) if node is not None else None


def _step(node: Schema, part: str | int) -> Schema | None:
    for branch in _branches(node):
        if isinstance(part, str) and part != "-":
            found = branch.get("properties", {}).get(part)
            if found is not None:
                return dict(found)
        elif "items" in branch:
            return dict(branch["items"])
    return None


def keys_at(path: Sequence[str | int]) -> dict[str, str]:
    """The keys a mapping at ``path`` may have, each with its title."""
    node = schema_at(path)
    keys: dict[str, str] = {}
    for branch in _branches(node) if node is not None else ():
        for key, sub in branch.get("properties", {}).items():
            keys.setdefault(key, _title(sub))
    return keys


def _title(node: Schema) -> str:
    return str(node.get("title") or _deref(node).get("title") or "")


def vocabulary_at(path: Sequence[str | int]) -> list[str]:
    """The values a field (or each entry of a list field) at ``path`` may take."""
    node = schema_at(path)
    values: list[str] = []
    for branch in _branches(node) if node is not None else ():
        for value in branch.get("enum", []):
            if isinstance(value, str) and value not in values:
                values.append(value)
        if "items" in branch:
            values += [v for v in vocabulary_at([*path, "-"]) if v not in values]
    return values


def description_at(path: Sequence[str | int]) -> str:
    node = schema_at(path)
    return str(node.get("description", "")) if node is not None else ""


def meaning(path: Sequence[str | int], value: str) -> str:
    """What a vocabulary value means: the schema's words about it, ``value (meaning)``."""
    text = description_at(path)
    found = re.search(rf"(?<![\w-]){re.escape(value)} \(([^()]*)\)", text)
    return found.group(1) if found else ""
