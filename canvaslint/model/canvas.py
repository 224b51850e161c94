"""The typed canvas model every rule reads, built once per file.

Items carry their ids (given, or slugged from the name), references are
resolved once (see :mod:`canvaslint.model.resolve`), and reverse indexes answer
the questions rules ask ("which channels reach this segment?") in constant
time, so linting cost grows linearly with the canvas. The builder is
lenient: whatever the schema rejects is skipped here, never a crash.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from canvaslint.finding import DataPath, Problem
from canvaslint.read import blocks as B
from canvaslint.read.slug import slugify


@dataclass(frozen=True)
class Inferred:
    """A fact read from an item's words, not written in its field (canvaslint.model.infer)."""

    value: str | tuple[str, ...]
    source: str   # "name" or "description": where the words were
    words: str    # the user's words that gave it


@dataclass(eq=False)
class Item:
    """One sticky note: a plain string or a mapping with at least a name."""

    kind: str
    index: int
    name: str
    id: str
    explicit_id: bool
    fields: Mapping[str, Any]
    path: DataPath
    parent: Item | None = None
    # Facts read from the words where the field is not written; an explicit
    # field always wins. Reading one records it in ``log`` so the engine can
    # say in a finding which facts it rests on.
    inferred: dict[str, Inferred] = field(default_factory=dict)
    log: list[tuple[Item, str]] | None = None

    def _inferred(self, name: str) -> Inferred | None:
        fact = self.inferred.get(name) if self.inferred else None
        if fact is not None and self.log is not None:
            self.log.append((self, name))
        return fact

    @property
    def is_mapping(self) -> bool:
        """False for a plain-string sticky note, which has no fields at all."""
        return bool(self.fields)

    @property
    def at(self) -> DataPath:
        """Where a finding about the whole item points: its name."""
        return (*self.path, "name") if "name" in self.fields else self.path

    def field_path(self, name: str) -> DataPath:
        return (*self.path, name) if name in self.fields else self.at

    def has(self, name: str) -> bool:
        """Whether the field is given or read from the words ('only where stated' rules)."""
        return name in self.fields or self._inferred(name) is not None

    def text(self, name: str) -> str | None:
        if name not in self.fields and (fact := self._inferred(name)) is not None:
            return fact.value if isinstance(fact.value, str) else None
        value = self.fields.get(name)
        return value if isinstance(value, str) else None

    def values(self, name: str) -> list[str]:
        """A one-or-list field as a list of its text values (or the inferred ones)."""
        if name not in self.fields and (fact := self._inferred(name)) is not None:
            return [fact.value] if isinstance(fact.value, str) else list(fact.value)
        value = self.fields.get(name)
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return [v for v in value if isinstance(v, str)]
        return []

    def unknown(self, name: str) -> bool:
        """Whether the field is written but its value was rejected (canvaslint.model.meant).

        A rule that concludes something from a value's absence ("no KPI has
        the customer perspective") must not count a value it could not read.
        """
        return name in self.fields and self.fields[name] is None

    @property
    def label(self) -> str:
        """The item as a message names it: ``segment "Enterprise banks"``."""
        return f'{B.KIND_NAMES.get(self.kind, self.kind)} "{self.name}"'

    def __repr__(self) -> str:
        return f"<Item {self.kind}[{self.index}] {self.name!r}>"


@dataclass(eq=False)
class Stage:
    """One stage of a customer journey with its touchpoints."""

    stage: str
    path: DataPath
    touchpoints: list[Item]


@dataclass(eq=False)
class Reference:
    """One id written in a reference field, and what it resolved to."""

    source: Item
    field: str
    text: str
    path: DataPath
    target: Item | None = None


@dataclass(eq=False)
class Canvas:
    """The whole canvas: blocks of items, resolved references, indexes."""

    name: str
    data: Mapping[str, Any]
    blocks: dict[str, list[Item]] = field(default_factory=dict)
    nested: dict[tuple[int, str], list[Item]] = field(default_factory=dict)
    stages: dict[int, list[Stage]] = field(default_factory=dict)
    references: list[Reference] = field(default_factory=list)
    forward: dict[tuple[int, str], list[Item]] = field(default_factory=dict)
    backward: dict[tuple[int, str, str], list[Item]] = field(default_factory=dict)
    ref_paths: dict[tuple[int, str, int], DataPath] = field(default_factory=dict)
    # R001-R003 found while resolving, by code; the R rules report them.
    problems: dict[str, list[Problem]] = field(
        default_factory=lambda: {"R001": [], "R002": [], "R003": []}
    )
    # (id(item), field) of links implied rather than written (the only segment).
    implied: set[tuple[int, str]] = field(default_factory=set)
    # Which inferred facts the rules read (item, field), when inference is on.
    inference_log: list[tuple[Item, str]] | None = None

    # -- blocks ------------------------------------------------------------
    def block(self, kind: str) -> list[Item]:
        return self.blocks.get(kind, [])

    @property
    def segments(self) -> list[Item]:
        return self.block(B.SEGMENTS)

    @property
    def propositions(self) -> list[Item]:
        return self.block(B.PROPOSITIONS)

    @property
    def channels(self) -> list[Item]:
        return self.block(B.CHANNELS)

    @property
    def relationships(self) -> list[Item]:
        return self.block(B.RELATIONSHIPS)

    @property
    def revenue_streams(self) -> list[Item]:
        return self.block(B.REVENUE)

    @property
    def journeys(self) -> list[Item]:
        return self.block(B.JOURNEYS)

    @property
    def kpis(self) -> list[Item]:
        return self.block(B.KPIS)

    @property
    def strategy(self) -> Mapping[str, Any]:
        value = self.data.get("strategy")
        return value if isinstance(value, dict) else {}

    def children(self, item: Item, kind: str) -> list[Item]:
        """Nested items: a segment's pains, a proposition's pain relievers..."""
        return self.nested.get((id(item), kind), [])

    def journey_stages(self, journey: Item) -> list[Stage]:
        return self.stages.get(id(journey), [])

    def all_items(self) -> Iterator[Item]:
        for items in self.blocks.values():
            yield from items
        for items in self.nested.values():
            yield from items
        for stages in self.stages.values():
            for stage in stages:
                yield from stage.touchpoints

    # -- references ----------------------------------------------------------
    def refs(self, item: Item, field_name: str) -> list[Item]:
        """The items a reference field names (resolved, right kind only)."""
        return self.forward.get((id(item), field_name), [])

    def referrers(self, target: Item, kind: str, field_name: str) -> list[Item]:
        """The items of ``kind`` whose ``field_name`` names ``target``."""
        return self.backward.get((id(target), kind, field_name), [])

    def ref_path(self, source: Item, field_name: str, target: Item) -> DataPath:
        """Where ``source`` names ``target`` under ``field_name`` (for exact findings)."""
        key = (id(source), field_name, id(target))
        return self.ref_paths.get(key, source.field_path(field_name))

    def link(self, source: Item, field_name: str, target: Item, path: DataPath = ()) -> None:
        # ref_paths holds each link once: looking it up there, not in the list of
        # targets, keeps one partner providing 48,000 activities linear (issue 17).
        key = (id(source), field_name, id(target))
        if key in self.ref_paths:
            return
        self.ref_paths[key] = path or source.path
        self.forward.setdefault((id(source), field_name), []).append(target)
        self.backward.setdefault((id(target), source.kind, field_name), []).append(source)


def relationship_type(item: Item) -> str | None:
    """The relationship type with the format's aliases folded in."""
    value = item.text("type")
    return B.RELATIONSHIP_ALIASES.get(value, value) if value is not None else None


def build(data: Mapping[str, Any]) -> Canvas:
    """Build the model from a canvas's plain data (assumed a mapping)."""
    from canvaslint.model.resolve import resolve

    name = data.get("name")
    canvas = Canvas(name=name if isinstance(name, str) else "", data=data)
    for kind in (*B.NINE_BLOCKS, B.KPIS):
        canvas.blocks[kind] = _items(data.get(kind), kind, (kind,), None)
        for owner in canvas.blocks[kind]:
            for nested_kind in B.NESTED.get(kind, ()):
                canvas.nested[(id(owner), nested_kind)] = _items(
                    owner.fields.get(nested_kind), nested_kind, (*owner.path, nested_kind), owner
                )
    canvas.blocks[B.JOURNEYS] = _journeys(canvas, data.get(B.JOURNEYS))
    resolve(canvas)
    return canvas


def _items(value: Any, kind: str, path: DataPath, parent: Item | None) -> list[Item]:
    if not isinstance(value, list):
        return []
    items = []
    for index, raw in enumerate(value):
        item = make_item(raw, kind, (*path, index), index, parent)
        if item is not None:
            items.append(item)
    return items


def make_item(raw: Any, kind: str, path: DataPath, index: int, parent: Item | None) -> Item | None:
    if isinstance(raw, str):
        return Item(kind, index, raw, slugify(raw), False, {}, path, parent)
    if not isinstance(raw, dict):
        return None
    name = raw.get("name")
    given = raw.get("id")
    name = name if isinstance(name, str) else (given if isinstance(given, str) else "")
    if isinstance(given, str) and given:
        return Item(kind, index, name, given, True, raw, path, parent)
    return Item(kind, index, name, slugify(name), False, raw, path, parent)


def _journeys(canvas: Canvas, value: Any) -> list[Item]:
    journeys: list[Item] = []
    if not isinstance(value, list):
        return journeys
    for index, raw in enumerate(value):
        if not isinstance(raw, dict):
            continue
        segment = raw.get("segment")
        named = raw if "name" in raw else {**raw, "name": f"journey of {segment}"}
        journey = make_item(named, B.JOURNEYS, (B.JOURNEYS, index), index, None)
        if journey is None:
            continue
        journey.fields = raw
        journeys.append(journey)
        stages = []
        raw_stages = raw.get("stages")
        for s_index, stage in enumerate(raw_stages if isinstance(raw_stages, list) else []):
            if not isinstance(stage, dict):
                continue
            s_path = (B.JOURNEYS, index, "stages", s_index)
            label = stage.get("stage")
            stages.append(Stage(
                label if isinstance(label, str) else "",
                s_path,
                _items(stage.get(B.TOUCHPOINTS), B.TOUCHPOINTS, (*s_path, B.TOUCHPOINTS), journey),
            ))
        canvas.stages[id(journey)] = stages
    return journeys
