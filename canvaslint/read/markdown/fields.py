"""What fields an item of each kind may carry, read from the canvas schema.

The Markdown reader maps a label ("Type: self-service", a "Segment"
column) to a field only where the schema allows that field on that kind
of item, and a value to a vocabulary word only where it is one (in the
canvas's language or in English). Anything else stays the user's text,
kept in the description: a Markdown canvas never gains a finding for
words its author did not mean as canvaslint's vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from canvaslint.i18n import language
from canvaslint.read import blocks as B
from canvaslint.read.blocks import load_schema
from canvaslint.read.slug import slugify

# Each block, and each nested list, by the schema definition of its items.
_DEFS = {
    B.SEGMENTS: "customerSegment", B.PROPOSITIONS: "valueProposition", B.CHANNELS: "channel",
    B.RELATIONSHIPS: "customerRelationship", B.REVENUE: "revenueStream",
    B.RESOURCES: "keyResource", B.ACTIVITIES: "keyActivity", B.PARTNERS: "keyPartner",
    B.COSTS: "cost", B.KPIS: "kpi", B.JOBS: "job", B.PAINS: "pain", B.GAINS: "gain",
    B.PRODUCTS: "item", B.RELIEVERS: "painReliever", B.CREATORS: "gainCreator",
    B.TOUCHPOINTS: "touchpoint", B.JOURNEYS: "customerJourney",
}
REFERENCE, WORDS, ITEMS, BOOLEAN, TEXT = "reference", "words", "items", "boolean", "text"
_YES = {"yes", "true", "ja", "да", "oui", "sí", "si", "sim", "tak", "ya"}
_NO = {"no", "false", "nee", "нет", "non", "nein", "não", "nao", "nej", "nie", "tidak"}


@dataclass(frozen=True)
class Field:
    kind: str                         # REFERENCE, WORDS, ITEMS, BOOLEAN or TEXT
    many: bool = False                # a list is allowed
    words: frozenset[str] = frozenset()  # the vocabulary, for WORDS
    items: str = ""                   # the kind of the nested items, for ITEMS


@cache
def fields_of(kind: str) -> dict[str, Field]:
    """The fields an item of ``kind`` may carry (name and description excluded)."""
    schema = load_schema()
    defs = schema["$defs"]
    spec = defs.get(_DEFS.get(kind, ""), {})
    out: dict[str, Field] = {}
    for name, prop in spec.get("properties", {}).items():
        if name in ("name", "description"):
            continue
        out[name] = _field(name, prop, defs)
    return out


def _field(name: str, prop: dict[str, Any], defs: dict[str, Any]) -> Field:
    ref = str(prop.get("$ref", "")).rsplit("/", 1)[-1]
    if ref in ("reference", "references"):
        return Field(REFERENCE, many=ref == "references")
    if name in B.NESTED.get(B.SEGMENTS, ()) + B.NESTED.get(B.PROPOSITIONS, ()):
        return Field(ITEMS, many=True, items=name)
    target = defs.get(ref, prop)
    many = target.get("type") == "array" or "anyOf" in target or "oneOf" in target
    words = _enum(target, defs)
    if words:
        return Field(WORDS, many=many, words=frozenset(words))
    if target.get("type") == "boolean":
        return Field(BOOLEAN)
    return Field(TEXT)


def _enum(node: Any, defs: dict[str, Any]) -> list[str]:
    """Every enum value reachable from a schema node (one word or a list of them)."""
    if not isinstance(node, dict):
        return []
    found = [str(v) for v in node.get("enum", [])]
    ref = str(node.get("$ref", "")).rsplit("/", 1)[-1]
    if ref in defs:
        found += _enum(defs[ref], defs)
    for key in ("anyOf", "oneOf"):
        for sub in node.get(key, []):
            found += _enum(sub, defs)
    found += _enum(node.get("items"), defs)
    return found


class Names(list[str]):
    """A reference field's names as written, made ids once every item's name is known.

    "Segments: offices and cafés" names two segments, "Supports: ordering
    and tracking" one activity: which it is depends on the canvas's items.
    """


def reference_ids(names: list[str], known: set[str]) -> str | list[str]:
    """The ids the names stand for: a name with ``and`` in it is one item if one is called so."""
    ids: list[str] = []
    for name in names:
        whole = slugify(name)
        parts = [slugify(p) for p in split_values(name)]
        split = len(parts) > 1 and whole not in known and all(p in known for p in parts)
        ids.extend(parts if split else [whole])
    return ids[0] if len(ids) == 1 else ids


def split_values(text: str, joiners: bool = True) -> list[str]:
    """``offices, home baristas and cafés`` -> the three of them (``and`` only if ``joiners``)."""
    for joiner in (" and ", " en ", " и ") if joiners else ():
        text = text.replace(joiner, ",")
    parts = [p.strip(" .") for chunk in text.split(";") for p in chunk.split(",")]
    return [p for p in parts if p]


def convert(spec: Field, text: str, lang: str) -> Any:
    """The field's value from the user's text, or None when it is not one.

    References become the ids of the names written ("Home baristas" ->
    ``home-baristas``); vocabulary words count in English or in the
    canvas's language, as a YAML canvas in that language allows.
    """
    if spec.kind == REFERENCE:
        names = [v for v in split_values(text, joiners=False) if slugify(v)]
        return Names(names) if names else None
    if spec.kind == WORDS:
        local = language(lang).value_alias
        values = [slugify(v) for v in (split_values(text) if spec.many else [text])]
        if not values or any(v not in spec.words and local.get(v) not in spec.words
                             for v in values):
            return None
        return values[0] if len(values) == 1 else values
    if spec.kind == BOOLEAN:
        word = text.strip().casefold()
        return True if word in _YES else False if word in _NO else None
    if spec.kind == TEXT:
        return text.strip() or None
    return None
