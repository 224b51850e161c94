"""What the strategy rules ST001-ST003 share: the stated strategy and option schemas.

The strategy rules only speak when the canvas states ``strategy:
value_discipline``; their expectations per discipline are data files
beside the rules, one key per discipline, so that a user can override one
discipline in the configuration without restating the others (the engine
merges a rule's options key by key).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from canvaslint.api import AllOf, Canvas, DataPath, Item, Phrase, load_schema

DISCIPLINE = "value_discipline"
COST_ORIENTATION = "cost_orientation"


def stated(canvas: Canvas, key: str) -> str | None:
    """A ``strategy:`` field as written, or None where it is not stated as text."""
    value = canvas.strategy.get(key)
    return value if isinstance(value, str) else None


def path(key: str) -> DataPath:
    return ("strategy", key)


@cache
def vocabulary(definition: str) -> tuple[str, ...]:
    """The values the canvas schema allows for one of its ``$defs`` (one source of truth)."""
    values = load_schema()["$defs"][definition]["enum"]
    return tuple(v for v in values if isinstance(v, str))


def disciplines() -> tuple[str, ...]:
    return vocabulary("valueDiscipline")


def per_discipline(value_schema: Mapping[str, Any]) -> dict[str, Any]:
    """An options schema with one optional key per value discipline."""
    return {
        "type": "object",
        "properties": {d: dict(value_schema) for d in disciplines()},
        "additionalProperties": False,
    }


def list_of(definition: str) -> dict[str, Any]:
    return {"type": "array", "items": {"enum": list(vocabulary(definition))}}


def some_names(items: Iterable[Item], limit: int = 3) -> list[str]:
    """The quoted names for a translated message's argument (shown joined by commas).

    Past ``limit`` names, a last entry ``… (+4)`` says how many more there are,
    in no particular language.
    """
    shown = [f'"{item.name}"' for item in items]
    if len(shown) > limit:
        return [*shown[:limit], f"… (+{len(shown) - limit})"]
    return shown


def competes(discipline: str) -> Phrase:
    """What a discipline competes on, in a business student's words (``strategy.competes.*``)."""
    return Phrase(f"strategy.competes.{discipline}")


def labels(relationships: Iterable[Item], limit: int = 3) -> AllOf:
    """``relationship "A", relationship "B" and 4 more``: a message stays short."""
    shown: list[str] = [Phrase("ST001.relationship", name=r.name) for r in relationships]
    if len(shown) > limit:
        return AllOf([*shown[:limit], Phrase("list.more", count=len(shown) - limit)])
    return AllOf(shown)
