"""Put the facts read from the words on the canvas's items.

Runs once per canvas, after the model is built and before any rule reads
it. Only block items are read (a pain or a touchpoint has no field a rule
needs from words), and only fields that are not written: an explicit field
always wins.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from canvaslint.model.canvas import Canvas, Inferred, Item
from canvaslint.model.infer import words as W
from canvaslint.read import blocks as B

# The fields read from words, per block; the ones that hold a list of values.
FIELDS: dict[str, tuple[str, ...]] = {
    B.RELATIONSHIPS: ("type", "goals"),
    B.CHANNELS: ("type", "medium", "phases"),
    B.SEGMENTS: ("market",),
    B.REVENUE: ("type", "free"),
    B.COSTS: ("nature", "people"),
    B.RESOURCES: ("type", "by-product"),
    B.ACTIVITIES: ("type",),
    B.PARTNERS: ("delivers",),
}
LIST_FIELDS = frozenset({"goals", "medium", "phases"})


@dataclass(frozen=True)
class InferSettings:
    """Whether to read facts from words, and the configuration's extra words."""

    enabled: bool = True
    words: Mapping[str, Any] = field(default_factory=dict)

    def key(self) -> str:
        return json.dumps(self.words, sort_keys=True)


@cache
def _table(lang: str, words_key: str) -> W.Table:
    return W.compile_table(W.merged(json.loads(words_key)), lang)


def table_for(lang: str, settings: InferSettings | None = None) -> W.Table:
    """The stemmed word lists for a canvas language (shipped words, or with the config's)."""
    return _table(lang, (settings or InferSettings()).key())


def infer(canvas: Canvas, lang: str, settings: InferSettings) -> None:
    """Read the facts of every block item, and let reads of them be logged."""
    if not settings.enabled:
        return
    table = _table(lang, settings.key())
    log: list[tuple[Item, str]] = []
    canvas.inference_log = log
    for kind, names in FIELDS.items():
        rows = table.get(kind, {})
        for item in canvas.block(kind):
            item.log = log
            for name in names:
                if name in item.fields or name not in rows:
                    continue
                fact = _read(item, rows[name], lang, name in LIST_FIELDS)
                if fact is not None:
                    item.inferred[name] = fact
            if "free" in item.inferred and item.has("type"):
                del item.inferred["free"]  # "subscription with a free trial" is paid


def _read(item: Item, rows: list[tuple[str, list[W.Stems]]], lang: str,
          many: bool) -> Inferred | None:
    for source in ("name", "description"):
        text = item.name if source == "name" else item.text("description")
        if not text:
            continue
        found = W.matches(text, rows, lang)
        if not found:
            continue
        if many:
            # "online shop" is web, not also a store: a match inside a longer one goes.
            found = [m for m in found if not any(
                n.words != m.words and f" {m.words} " in f" {n.words} " for n in found)]
            return Inferred(tuple(m.value for m in found), source,
                            ", ".join(dict.fromkeys(m.words for m in found)))
        return Inferred(found[0].value, source, found[0].words)
    return None
