"""Events to nodes and data in one loop, within bounds (Y002, Y004, Y005, Y006).

libyaml (PyYAML's C parser) turns the text into events; we compose them
ourselves, in a loop: no recursion a deeply nested file could overflow
(libyaml's own composer recurses in C and crashes), and no tag is ever
constructed, so no file can run code. The bounds are checked while reading,
before the work is done: nesting deeper than ``MAX_DEPTH`` and aliases that
expand far beyond the file ("billion laughs") raise :class:`Limit`.
"""

from __future__ import annotations

import datetime
from typing import Any, TypeAlias

import yaml
from yaml import events as ev

from canvaslint.finding import DataPath, Problem
from canvaslint.read.document import Document
from canvaslint.read.nodes import (
    MERGE,
    STR,
    TAG,
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    Span,
    node_span,
)
from canvaslint.read.strict import Strict, block_column, event_mark, event_span

try:  # libyaml is the fast path; the pure-Python parser gives the same events.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]
Loader: TypeAlias = _Loader

_PLAIN_TAGS = {TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_KNOWN_TAGS = _PLAIN_TAGS | {TAG + "map", TAG + "seq"}
_RESOLVERS = Loader.yaml_implicit_resolvers
MAX_DEPTH = 100
# Aliases let a small file describe a huge structure ("billion laughs"). The
# file may grow by aliases to ten times its own nodes, at most by a million.
ALIAS_EXPANSION_FACTOR = 10
ALIAS_EXPANSION_MIN = 100_000
ALIAS_EXPANSION_MAX = 1_000_000

_constructor = yaml.constructor.SafeConstructor()


class Limit(Exception):
    """Raised while reading when a bound is hit; reported as Y006."""

    def __init__(self, span: Span, msgid: str, args: dict[str, Any] | None = None) -> None:
        super().__init__(msgid)
        self.span = span
        self.msgid, self.args_ = msgid, args or {}


class Frame:
    """A collection being composed: its node, its data and what is pending."""

    __slots__ = ("node", "data", "anchor", "flow", "key", "seen", "merges", "height")

    def __init__(self, node: Node, data: Any, event: ev.CollectionStartEvent) -> None:
        self.node, self.data, self.anchor = node, data, event.anchor
        self.flow = bool(event.flow_style)
        self.key: tuple[Node, Any, Span] | None = None  # a mapping's key awaiting its value
        self.seen: dict[str, Span] = {}
        self.merges: list[tuple[MappingNode, dict[str, Any]]] = []
        self.height = 1  # levels of collections from here down, aliases expanded


class Composer:
    """Events to nodes and data in one loop, checking the bounds as it goes."""

    def __init__(self, doc: Document, loader: Loader) -> None:
        self.doc, self.loader = doc, loader
        self.anchors: dict[str, tuple[Node, Any]] = {}
        self.open_anchors: set[str] = set()
        # Levels of collections inside each anchor: an alias nests its anchor's levels
        # where it stands, so 95-deep anchors chained reached 3,800 levels (issue 17).
        self.heights: dict[str, int] = {}
        self.height = 0  # of the value just finished (a scalar: 0)
        self.stack: list[Frame] = []
        self.own = self.extra = 0  # nodes written in the file, and added by aliases
        self.strict = Strict(doc.text)
        self.quiet = False  # after the first document: read, checked, not reported

    def stream(self) -> None:
        """Every document: the first is the canvas; any other is Y004, but must be YAML too."""
        get = self.loader.get_event
        get()  # StreamStartEvent
        ended = True  # whether the document before ended with `...`
        while not isinstance(start := get(), ev.StreamEndEvent):
            assert isinstance(start, ev.DocumentStartEvent)
            if self.quiet and (start.version or start.tags) and not ended:
                raise self.strict.error(event_mark(start).index, "a %YAML or %TAG directive "
                                        "after a document needs `...` to end that document")
            if self.quiet and not any(c == "Y004" for c, _ in self.doc.problems):
                line, column = event_span(start)[:2]
                self.doc.add("Y004", Problem((), mark=(line, column, line, column + 3), args={}))
            self.anchors.clear()
            root, data = self.document()
            end = get()
            assert isinstance(end, ev.DocumentEndEvent)
            ended = bool(end.explicit)
            if not self.quiet:
                self.doc.root, self.doc.data, self.quiet = root, data, True
        self.strict.finish()

    def document(self) -> tuple[Node, Any]:
        # The hottest loop of a run: event classes are compared by identity, and the
        # strict checks' "anything pending?" is read without a call.
        get, strict, stack = self.loader.get_event, self.strict, self.stack
        scalar_event, alias_event = ev.ScalarEvent, ev.AliasEvent
        starts = (ev.MappingStartEvent, ev.SequenceStartEvent)
        glued = len(strict.glued)
        while True:
            event: Any = get()  # narrowed by the identity tests below, which mypy cannot follow
            kind = event.__class__
            if kind is scalar_event:
                if event.style or strict.at < glued or event.value == "-":
                    strict.scalar(event, stack)
                done = self.scalar(event)
            elif kind in starts:
                if strict.at < glued:
                    strict.cover(event)
                self.open(event)
                continue
            elif kind is alias_event:
                if strict.at < glued:
                    strict.cover(event)
                done = self.alias(event)
            else:
                done = self.close(event)
            if not stack:
                return done[0], done[1]
            self.add(*done)

    def scalar(self, event: ev.ScalarEvent) -> tuple[Node, Any, Span]:
        value, tag = event.value, event.tag
        plain = not event.style and tag is None
        if tag is None:
            tag = _resolve(value) if event.implicit[0] else STR
        elif tag == "!":
            tag = STR
        span = event_span(event)
        node = ScalarNode(tag, value, plain, span)
        self.own += 1
        if event.tag is not None and tag not in _KNOWN_TAGS:
            self.unknown_tag(node)
        data = value if tag is STR else _scalar(tag, value)
        if event.anchor is not None:
            self.anchors[event.anchor] = (node, data)
            self.heights[event.anchor] = 0
        self.height = 0
        return node, data, span

    def open(self, event: ev.CollectionStartEvent) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise Limit(event_span(event), "deep", {"limit": MAX_DEPTH})
        self.own += 1
        tag = event.tag if event.tag not in (None, "!") else ""
        if isinstance(event, ev.SequenceStartEvent):
            frame = Frame(SequenceNode(tag or TAG + "seq", event_span(event)), [], event)
        else:
            frame = Frame(MappingNode(tag or TAG + "map", event_span(event)), {}, event)
        if tag and tag not in _KNOWN_TAGS:
            self.unknown_tag(frame.node)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(frame)

    def close(self, event: ev.CollectionEndEvent) -> tuple[Node, Any, Span]:
        frame = self.stack.pop()
        node, data = frame.node, frame.data
        node.end_line, node.end_column = event_span(event)[2:]
        if frame.flow and node.end_line > node.line and not (self.stack and self.stack[-1].flow):
            self.strict.indented(node.line - 1, node.end_line - 1, block_column(self.stack))
        if frame.merges:
            data = self.merge(frame)
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (node, data)
            self.heights[frame.anchor] = frame.height
        self.height = frame.height
        return node, data, node_span(node)

    def alias(self, event: ev.AliasEvent) -> tuple[Node, Any, Span]:
        name = event.anchor or ""
        if name in self.open_anchors:
            raise Limit(event_span(event), "alias-loop", {"name": name})
        if name not in self.anchors:
            raise yaml.composer.ComposerError(
                None, None, f"found undefined alias `*{name}` (no `&{name}` before it)",
                event_mark(event))
        node, data = self.anchors[name]
        self.height = self.heights.get(name, 0)
        if len(self.stack) + self.height > MAX_DEPTH:
            raise Limit(event_span(event), "deep", {"limit": MAX_DEPTH})
        self.extra += node.size
        total = self.own + self.extra
        if total > ALIAS_EXPANSION_MIN and total > min(
                ALIAS_EXPANSION_FACTOR * self.own, self.own + ALIAS_EXPANSION_MAX):
            raise Limit(event_span(event), "alias-bomb")
        return node, data, event_span(event)

    def add(self, node: Node, data: Any, span: Span) -> None:
        """Put a finished node into the collection being composed."""
        frame = self.stack[-1]
        frame.node.size += node.size
        frame.height = max(frame.height, self.height + 1)
        if isinstance(frame.node, SequenceNode):
            frame.node.value.append(node)
            frame.data.append(data)
        elif frame.key is None:
            frame.key = (node, data, span)
        else:
            key, _, key_span = frame.key
            frame.key = None
            assert isinstance(frame.node, MappingNode)
            frame.node.value.append((key, node))
            self.pair(frame, key, key_span, node, data)

    def pair(self, frame: Frame, key: Node, key_span: Span, node: Node, data: Any) -> None:
        if self.quiet:  # a later document: read to find its errors, never used
            return
        if not isinstance(key, ScalarNode):
            self.doc.add("S001", Problem(self.path(), mark=key_span, msgid="complex-key", args={}))
            return
        if key.tag == MERGE:
            self.merge_source(frame, node, data)
            return
        name = str(key.value)
        first = frame.seen.get(name)
        if first is not None:
            line = key_span[0]
            self.doc.add("Y002", Problem((*self.path(), name), mark=key_span,
                                         args={"key": name, "first": first[0], "second": line}))
        frame.seen[name] = key_span
        frame.data[name] = data

    def merge_source(self, frame: Frame, node: Node, data: Any) -> None:
        """``<<: *defaults`` or ``<<: [*a, *b]``: mappings whose keys this one takes."""
        if isinstance(node, MappingNode):
            frame.merges.append((node, data))
        elif isinstance(node, SequenceNode) and all(
                isinstance(n, MappingNode) for n in node.value):
            frame.merges.extend(zip(node.value, data, strict=True))  # type: ignore[arg-type]
        else:
            self.doc.add("S001", Problem(self.path(), mark=node_span(node), msgid="merge",
                                         args={}))

    def merge(self, frame: Frame) -> dict[str, Any]:
        """Merged keys first (earlier sources win), the mapping's own keys over them."""
        node = frame.node
        assert isinstance(node, MappingNode)
        data: dict[str, Any] = {}
        pairs: dict[str, tuple[Node, Node]] = {}
        for source, source_data in reversed(frame.merges):
            data.update(source_data)
            for key, value in source.pairs():
                if isinstance(key, ScalarNode) and key.tag != MERGE:
                    pairs[str(key.value)] = (key, value)
        data.update(frame.data)
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.tag != MERGE:
                pairs[str(key.value)] = (key, value)
        node.merged = list(pairs.values())
        return data

    def unknown_tag(self, node: Node) -> None:
        if self.quiet:
            return
        self.doc.add("Y005", Problem(self.path(), mark=node_span(node),
                                     args={"tag": str(node.tag)}))

    def path(self) -> DataPath:
        """The data path of the node being read, from the collections open around it."""
        parts: list[str | int] = []
        for frame in self.stack:
            if isinstance(frame.node, SequenceNode):
                parts.append(len(frame.node.value))
            elif frame.key is not None and isinstance(frame.key[0], ScalarNode):
                parts.append(str(frame.key[0].value))
            else:
                break
        return tuple(parts)


def _resolve(value: str) -> str:
    """The tag YAML gives a plain scalar; only the plain ones count, others are text."""
    for tag, pattern in _RESOLVERS.get(value[:1], ()):
        if pattern.match(value):
            return tag if tag in _PLAIN_TAGS or tag == MERGE else STR
    return STR


def _scalar(tag: str, value: str) -> Any:
    if tag == STR or tag not in _PLAIN_TAGS:
        return value
    try:
        result = _constructor.yaml_constructors[tag](_constructor, yaml.ScalarNode(tag, value))
    except Exception:  # `!!int ""`, `!!bool maybe`: PyYAML's constructors trip on these
        return value
    if isinstance(result, float) and result != result:  # NaN never equals itself
        return value
    if isinstance(result, (datetime.date, datetime.datetime)):
        return result  # kept as a date so the schema, expecting text, reports Y003
    return result
