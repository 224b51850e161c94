"""What to offer where the cursor is: keys, vocabulary values, ids of the right kind.

Keys and vocabularies come from the canvas schema (in the canvas's own
language for a Dutch or Russian canvas); ids come from the last version of
the buffer that could be read as a canvas, because the one being typed
often cannot, and only ids of the kinds the field may name are offered
(``segments:`` offers segments, a cost's ``for:`` any item).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from canvaslint.i18n import language
from canvaslint.model.canvas import Canvas
from canvaslint.read import blocks as B
from canvaslint.server.context import Where
from canvaslint.server.schemanav import keys_at, meaning, schema_at, vocabulary_at


@dataclass(frozen=True)
class Suggestion:
    label: str
    kind: str  # "key", "value" or "id"
    detail: str
    insert: str


def item_kind(path: Sequence[str]) -> str | None:
    """The kind of item a mapping at ``path`` is: the last block or list named on the way."""
    for part in reversed(path):
        if part in B.KIND_NAMES:
            return part
    return None


def suggest(where: Where, canvas: Canvas | None, lang: str) -> list[Suggestion]:
    table = language(lang)
    path = tuple(table.key_alias.get(p, p) for p in where.path)
    if where.key is None:
        present = {table.key_alias.get(k, k) for k in where.present}
        return [s for s in _keys(path, lang) if table.key_alias.get(s.label, s.label)
                not in present]
    key = table.key_alias.get(where.key, where.key)
    out = _ids(path, key, canvas) + _values((*path, key), lang)
    if where.in_list:
        item = schema_at((*path, key, "-"))
        if item is not None and ("properties" in item or "anyOf" in item):
            out += _keys((*path, key, "-"), lang)
    return out


def _keys(path: tuple[str, ...], lang: str) -> list[Suggestion]:
    local = language(lang).local_key
    return [Suggestion(local.get(k, k), "key", title, f"{local.get(k, k)}: ")
            for k, title in keys_at(path).items()]


def _values(path: tuple[str, ...], lang: str) -> list[Suggestion]:
    local = language(lang).local_value
    out: dict[str, Suggestion] = {}
    for value in vocabulary_at(path):
        word = local.get(value, value)  # two English aliases may share one local word
        out.setdefault(word, Suggestion(word, "value", meaning(path, value), word))
    return list(out.values())


def _ids(path: tuple[str, ...], key: str, canvas: Canvas | None) -> list[Suggestion]:
    kind = item_kind(path)
    allowed = B.REFERENCE_FIELDS.get((kind, key), ()) if kind else ()
    if canvas is None or not allowed:
        return []
    seen: set[str] = set()
    out = []
    for item in canvas.all_items():
        if item.kind in allowed and item.id and item.id not in seen:
            seen.add(item.id)
            out.append(Suggestion(item.id, "id", item.label, item.id))
    return out
