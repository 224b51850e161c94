"""Read a canvas file into positioned nodes and plain data, within bounds.

libyaml (PyYAML's C parser) turns the text into events; we compose them
ourselves, in a loop: no recursion a deeply nested file could overflow
(libyaml's own composer recurses in C and crashes), and no tag is ever
constructed, so no file can run code. The bounds are checked while reading,
before the work is done: nesting deeper than ``MAX_DEPTH`` and aliases that
expand far beyond the file ("billion laughs") stop the reading (Y006).
Duplicate keys are Y002, tags other than YAML's plain ones Y005, a second
document Y004, and anything libyaml rejects Y001. Problems are data, never
exceptions, so one broken file never stops a run.
"""

from __future__ import annotations

import bisect
import datetime
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml import events as ev

from canvaslint.finding import DataPath, Problem
from canvaslint.read.textio import decode_bytes

try:  # libyaml is the fast path; the pure-Python parser gives the same events.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

TAG = "tag:yaml.org,2002:"
STR, MERGE = TAG + "str", TAG + "merge"
_PLAIN_TAGS = {TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_KNOWN_TAGS = _PLAIN_TAGS | {TAG + "map", TAG + "seq"}
_RESOLVERS = _Loader.yaml_implicit_resolvers
MAX_DEPTH = 100
# Aliases let a small file describe a huge structure ("billion laughs"). The
# file may grow by aliases to ten times its own nodes, at most by a million.
ALIAS_EXPANSION_FACTOR = 10
ALIAS_EXPANSION_MIN = 100_000
ALIAS_EXPANSION_MAX = 1_000_000

_constructor = yaml.constructor.SafeConstructor()
Span = tuple[int, int, int, int]


class Node:
    """A composed node: its resolved tag, its 1-based span, its size with aliases expanded.

    Slotted and small, because a big canvas has millions of them.
    """

    __slots__ = ("tag", "line", "column", "end_line", "end_column", "size")

    def __init__(self, tag: str, span: Span) -> None:
        self.tag = tag
        self.line, self.column, self.end_line, self.end_column = span
        self.size = 1


class ScalarNode(Node):
    __slots__ = ("value", "plain")

    def __init__(self, tag: str, value: str, plain: bool, span: Span) -> None:
        super().__init__(tag, span)
        self.value, self.plain = value, plain


class SequenceNode(Node):
    __slots__ = ("value",)

    def __init__(self, tag: str, span: Span) -> None:
        super().__init__(tag, span)
        self.value: list[Node] = []


class MappingNode(Node):
    __slots__ = ("value", "merged", "index", "aliased")

    def __init__(self, tag: str, span: Span) -> None:
        super().__init__(tag, span)
        self.value: list[tuple[Node, Node]] = []  # as written, `<<` pairs included
        self.merged: list[tuple[Node, Node]] | None = None  # with merge keys applied
        self.index: dict[str, int] | None = None  # key -> its last pair, built when looked up
        self.aliased: tuple[dict[str, str], dict[str, int]] | None = None  # see _aliased

    def pairs(self) -> list[tuple[Node, Node]]:
        return self.value if self.merged is None else self.merged

    def find(self, key: str, alias: dict[str, str]) -> tuple[Node, Node] | None:
        """The pair of ``key`` (or of a localized key meaning it); the last one wins."""
        pairs = self.pairs()
        if len(pairs) <= 8:  # a sticky note: a scan is cheaper than an index
            found = None
            for pair in pairs:
                k = pair[0]
                if isinstance(k, ScalarNode) and (k.value == key or alias.get(k.value) == key):
                    found = pair
            return found
        if self.index is None:  # a block or a long list of keys: index it once
            self.index = {str(k.value): i for i, (k, _) in enumerate(pairs)
                          if isinstance(k, ScalarNode)}
        best = self.index.get(key, -1)
        if alias:
            best = max(best, self._aliased(alias).get(key, -1))
        return pairs[best] if best >= 0 else None

    def _aliased(self, alias: dict[str, str]) -> dict[str, int]:
        """English key -> the last pair whose localized key means it, built once.

        Scanning every key per look-up made a Dutch canvas with 12,000 unknown
        keys quadratic (issue 17).
        """
        if self.aliased is None or self.aliased[0] is not alias:
            found: dict[str, int] = {}
            for k, i in (self.index or {}).items():
                english = alias.get(k)
                if english is not None:
                    found[english] = max(found.get(english, -1), i)
            self.aliased = (alias, found)
        return self.aliased[1]


def node_span(node: Node) -> Span:
    """1-based (line, column, end line, end column) of a node."""
    return (node.line, node.column, node.end_line, node.end_column)


@dataclass
class Document:
    """One linted file: its text, its root node, its plain data, its problems."""

    name: str
    text: str
    root: Node | None = None
    data: Any = None
    problems: list[tuple[str, Problem]] = field(default_factory=list)
    # The canvas's language, and its key names -> the English ones, so data
    # paths (always English) find the user's own localized keys.
    language: str = "en"
    key_alias: dict[str, str] = field(default_factory=dict)
    _widths: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    @property
    def usable(self) -> bool:
        """Whether the rules about the canvas's content can run at all."""
        return isinstance(self.data, dict)

    def add(self, code: str, problem: Problem) -> None:
        self.problems.append((code, problem))

    def node_at(self, path: DataPath, at_key: bool = False) -> Node | None:
        """The node at a data path, or the deepest existing node on the way."""
        node = self.root
        if node is None:
            return None
        for part in path:
            child = _child(node, part, at_key and part is path[-1], self.key_alias)
            if child is None:
                return node
            node = child
        return node

    def span(self, problem: Problem) -> Span:
        if problem.mark is not None:
            return self.inside(problem.mark)
        node = self.node_at(problem.path, problem.at_key)
        if node is None:
            return (1, 1, 1, 1)
        return self.inside(node_span(node))

    def inside(self, span: Span) -> Span:
        """The span, kept inside the text: libyaml ends a file with a line that is not there."""
        if not self._widths:
            self._widths = [len(line) for line in _BREAK.split(self.text)]
        widths = self._widths
        line, column, end_line, end_column = span
        if end_line <= len(widths) and end_column <= widths[end_line - 1] + 1:
            return span  # the usual case: nothing to do
        line, column = _clamp(widths, line, column)
        end_line, end_column = _clamp(widths, end_line, end_column)
        return (line, column, end_line, end_column)

    def line_starts(self) -> list[int]:
        """Where each line begins in the text (computed once: fixes need it per value)."""
        if not self._starts:
            self._starts = [0] + [m.end() for m in _BREAK.finditer(self.text)]
        return self._starts

    def is_plain_scalar(self, path: DataPath) -> bool:
        """True when the value at ``path`` is an unquoted, untagged scalar."""
        node = self.node_at(path)
        return isinstance(node, ScalarNode) and node.plain

    def source(self, path: DataPath) -> str:
        """The text of the scalar at ``path`` as the user wrote it."""
        node = self.node_at(path)
        return str(node.value) if isinstance(node, ScalarNode) else ""


def _clamp(widths: list[int], line: int, column: int) -> tuple[int, int]:
    if line > len(widths):
        return len(widths), widths[-1] + 1
    return line, min(column, widths[line - 1] + 1)


def _child(
    node: Node, part: str | int, want_key: bool, alias: dict[str, str] | None = None
) -> Node | None:
    if isinstance(node, SequenceNode) and isinstance(part, int):
        return node.value[part] if 0 <= part < len(node.value) else None
    if isinstance(node, MappingNode) and isinstance(part, str):
        pair = node.find(part, alias or {})
        return None if pair is None else pair[0] if want_key else pair[1]
    return None


def load(name: str, raw: bytes) -> Document:
    """Decode, compose and convert one file; never raises for bad input."""
    text, error = decode_bytes(raw)
    doc = Document(name=name, text=text)
    if error is not None:
        doc.add("Y001", error)
        return doc
    loader = _Loader(text)
    try:
        with paused_gc():  # millions of acyclic objects: collecting them is wasted time
            _Composer(doc, loader).stream()
    except _Limit as exc:
        doc.add("Y006", Problem((), mark=exc.span, msgid=exc.msgid, args=exc.args_))
        doc.root = doc.data = None
    except yaml.MarkedYAMLError as exc:
        if _libyaml_depth_limit(exc):  # libyaml >= 0.2.5 (PyYAML 6.0.4) stops deep flow itself
            span = _syntax_problem(exc).mark or (1, 1, 1, 1)
            doc.add("Y006", Problem((), mark=span, msgid="deep", args={"limit": MAX_DEPTH}))
        else:
            doc.add("Y001", _colon_problem(text, exc) or _syntax_problem(exc))
        doc.root = doc.data = None
    except yaml.reader.ReaderError as exc:
        doc.add("Y001", _reader_problem(text, exc))
        doc.root = doc.data = None
    except yaml.YAMLError as exc:  # pragma: no cover - libyaml's errors are marked
        doc.add("Y001", Problem((), mark=(1, 1, 1, 1), msgid="other",
                                args={"problem": str(exc).splitlines()[0]}))
        doc.root = doc.data = None
    finally:
        loader.dispose()
    return doc


@contextmanager
def paused_gc() -> Iterator[None]:
    """No garbage collection inside: a big canvas is millions of acyclic objects."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _libyaml_depth_limit(exc: yaml.MarkedYAMLError) -> bool:
    """Whether libyaml itself refused the nesting: the same limit as ours, so Y006.

    Newer libyaml builds (shipped with PyYAML 6.0.4) count flow levels while
    scanning and stop at 1,000 before our composer sees the hundredth; which
    of the two notices first must not change the finding.
    """
    return "maximum nesting depth" in (exc.problem or "")


def _syntax_problem(exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    what = exc.problem or "invalid YAML"
    context = f" ({exc.context} at line {exc.context_mark.line + 1})" if (
        exc.context and exc.context_mark is not None and exc.context_mark is not mark
    ) else ""
    from canvaslint.read.yaml_words import problem

    return Problem((), mark=(line, col, line, col),
                   args={"problem": problem(what), "context": context})


_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# `description: Coffee: fresh`: a key, then plain text that holds ": " itself.
_KEY_THEN_TEXT = re.compile(r"[ \t]*(?:-[ \t]+)?([^\s:#\"'\[{][^:#]*):[ \t]+")


def _colon_problem(text: str, exc: yaml.MarkedYAMLError) -> Problem | None:
    """libyaml's "mapping values are not allowed here" on text holding ``: ``, said plainly.

    The user wrote a sentence with a colon in it; YAML read the colon as a
    second key on the line. The fix is to quote the text, which the
    message shows with the user's own words.
    """
    mark = exc.problem_mark
    if mark is None or "mapping values are not allowed" not in (exc.problem or ""):
        return None
    lines = _BREAK.split(text)
    row = lines[mark.line] if mark.line < len(lines) else ""
    found = _KEY_THEN_TEXT.match(row)
    value = row[found.end():].rstrip() if found else ""
    if found is None or ": " not in value or value[0] in "\"'[{|>&*!#":
        return None
    key = found.group(1).rstrip()
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    line, col = mark.line + 1, found.end() + 1
    return Problem((), mark=(line, col, line, col), msgid="colon",
                   args={"key": key, "quoted": quoted})


def _reader_problem(text: str, exc: yaml.reader.ReaderError) -> Problem:
    """A character YAML does not allow (a control character): where it is."""
    # libyaml counts bytes of the UTF-8 text; lines and columns count characters.
    index = len(text.encode("utf-8")[: exc.position].decode("utf-8", "ignore"))
    before = text[:index]
    breaks = list(_BREAK.finditer(before))
    line = len(breaks) + 1
    column = index - (breaks[-1].end() if breaks else 0) + 1
    char = text[index] if index < len(text) else ""
    args = {"line": line, "column": column, "char": f"U+{ord(char):04X}" if char else ""}
    return Problem((), mark=(line, column, line, column + 1),
                   msgid="control" if char else "control-somewhere", args=args)


class _Limit(Exception):
    """Raised while reading when a bound is hit; reported as Y006."""

    def __init__(self, span: Span, msgid: str, args: dict[str, Any] | None = None) -> None:
        super().__init__(msgid)
        self.span = span
        self.msgid, self.args_ = msgid, args or {}


class _Frame:
    """A collection being composed: its node, its data and what is pending."""

    __slots__ = ("node", "data", "anchor", "flow", "key", "seen", "merges", "height")

    def __init__(self, node: Node, data: Any, event: ev.CollectionStartEvent) -> None:
        self.node, self.data, self.anchor = node, data, event.anchor
        self.flow = bool(event.flow_style)
        self.key: tuple[Node, Any, Span] | None = None  # a mapping's key awaiting its value
        self.seen: dict[str, Span] = {}
        self.merges: list[tuple[MappingNode, dict[str, Any]]] = []
        self.height = 1  # levels of collections from here down, aliases expanded


class _Composer:
    """Events to nodes and data in one loop, checking the bounds as it goes."""

    def __init__(self, doc: Document, loader: _Loader) -> None:
        self.doc, self.loader = doc, loader
        self.anchors: dict[str, tuple[Node, Any]] = {}
        self.open_anchors: set[str] = set()
        # Levels of collections inside each anchor: an alias nests its anchor's levels
        # where it stands, so 95-deep anchors chained reached 3,800 levels (issue 17).
        self.heights: dict[str, int] = {}
        self.height = 0  # of the value just finished (a scalar: 0)
        self.stack: list[_Frame] = []
        self.own = self.extra = 0  # nodes written in the file, and added by aliases
        self.strict = _Strict(doc.text)
        self.quiet = False  # after the first document: read, checked, not reported

    def stream(self) -> None:
        """Every document: the first is the canvas; any other is Y004, but must be YAML too."""
        get = self.loader.get_event
        get()  # StreamStartEvent
        ended = True  # whether the document before ended with `...`
        while not isinstance(start := get(), ev.StreamEndEvent):
            assert isinstance(start, ev.DocumentStartEvent)
            if self.quiet and (start.version or start.tags) and not ended:
                raise self.strict.error(_mark(start).index, "a %YAML or %TAG directive "
                                        "after a document needs `...` to end that document")
            if self.quiet and not any(c == "Y004" for c, _ in self.doc.problems):
                line, column = _span(start)[:2]
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
        span = _span(event)
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
            raise _Limit(_span(event), "deep", {"limit": MAX_DEPTH})
        self.own += 1
        tag = event.tag if event.tag not in (None, "!") else ""
        if isinstance(event, ev.SequenceStartEvent):
            frame = _Frame(SequenceNode(tag or TAG + "seq", _span(event)), [], event)
        else:
            frame = _Frame(MappingNode(tag or TAG + "map", _span(event)), {}, event)
        if tag and tag not in _KNOWN_TAGS:
            self.unknown_tag(frame.node)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(frame)

    def close(self, event: ev.CollectionEndEvent) -> tuple[Node, Any, Span]:
        frame = self.stack.pop()
        node, data = frame.node, frame.data
        node.end_line, node.end_column = _span(event)[2:]
        if frame.flow and node.end_line > node.line and not (self.stack and self.stack[-1].flow):
            self.strict.indented(node.line - 1, node.end_line - 1, _block_column(self.stack))
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
            raise _Limit(_span(event), "alias-loop", {"name": name})
        if name not in self.anchors:
            raise yaml.composer.ComposerError(
                None, None, f"found undefined alias `*{name}` (no `&{name}` before it)",
                _mark(event))
        node, data = self.anchors[name]
        self.height = self.heights.get(name, 0)
        if len(self.stack) + self.height > MAX_DEPTH:
            raise _Limit(_span(event), "deep", {"limit": MAX_DEPTH})
        self.extra += node.size
        total = self.own + self.extra
        if total > ALIAS_EXPANSION_MIN and total > min(
                ALIAS_EXPANSION_FACTOR * self.own, self.own + ALIAS_EXPANSION_MAX):
            raise _Limit(_span(event), "alias-bomb")
        return node, data, _span(event)

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

    def pair(self, frame: _Frame, key: Node, key_span: Span, node: Node, data: Any) -> None:
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

    def merge_source(self, frame: _Frame, node: Node, data: Any) -> None:
        """``<<: *defaults`` or ``<<: [*a, *b]``: mappings whose keys this one takes."""
        if isinstance(node, MappingNode):
            frame.merges.append((node, data))
        elif isinstance(node, SequenceNode) and all(
                isinstance(n, MappingNode) for n in node.value):
            frame.merges.extend(zip(node.value, data, strict=True))  # type: ignore[arg-type]
        else:
            self.doc.add("S001", Problem(self.path(), mark=node_span(node), msgid="merge",
                                         args={}))

    def merge(self, frame: _Frame) -> dict[str, Any]:
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


_GLUED = re.compile(r"(?<=\S)#")
_LINE_END = re.compile(r"[\r\n]")
# A block text's header, after its tag or anchor: `|`, `>-`, `|2+`...
_HEADER = re.compile(r"(?:(?:!<[^>]*>|[!&]\S*)\s+)*[|>]([1-9][+-]?|[+-][1-9]?)?")


class _Strict:
    """What the YAML specification forbids and libyaml reads anyway.

    These are the yaml-test-suite's invalid inputs that libyaml accepts: a
    comment glued to what comes before it (``]#``), lines that continue a
    quoted text or a bracketed list without being indented under their key,
    blank lines deeper than a block text's first line, a bare ``-`` inside
    brackets, a directive after a document that did not end with ``...``.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.glued = [m.start() for m in _GLUED.finditer(text)]  # a `#` right after text
        self.at = 0  # the first of them not yet accounted for
        self.last_end = 0  # where the last node ended
        self.starts: list[int] = []  # where each line starts, built when first needed
        self.breaks: list[int] = []  # every \r and \n, built when first needed
        self.scan: tuple[int, int, bool] | None = None  # (from, scanned to, comment found)

    @property
    def pending(self) -> bool:
        return self.at < len(self.glued)

    def cover(self, event: ev.Event) -> None:
        self.covered(_mark(event).index, _mark(event, end=True).index)

    def covered(self, start: int, end: int) -> None:
        """A node (or its start) from here to there: glued `#` before it must be comments."""
        while self.at < len(self.glued) and self.glued[self.at] < end:
            where = self.glued[self.at]
            if where < start and not self.in_comment(where):
                raise self.error(where, "a comment needs a space before its `#`")
            self.at += 1
        self.last_end = max(self.last_end, end)

    def finish(self) -> None:
        self.covered(len(self.text), len(self.text))

    def in_comment(self, where: int) -> bool:
        """Is the `#` at ``where`` inside a comment that started earlier on its line?

        Glued `#` come in order, so the scan of a line resumes where the last
        one stopped: a line of ``x#x#x...`` costs its length once, not its
        length per `#` (issue 17).
        """
        if not self.breaks:
            self.breaks = [-1] + [m.start() for m in _LINE_END.finditer(self.text)]
        line_start = self.breaks[bisect.bisect_left(self.breaks, where) - 1] + 1
        low = max(line_start, self.last_end)
        if self.scan is None or self.scan[0] != low:
            head = self.text[low:where].lstrip(" \t")
            self.scan = (low, low, line_start >= self.last_end and head.startswith("#"))
        _, scanned, found = self.scan
        if not found:
            piece = self.text[max(low, scanned - 1):where]
            found = " #" in piece or "\t#" in piece
        self.scan = (low, max(scanned, where), found)
        return found

    def scalar(self, event: ev.ScalarEvent, stack: list[_Frame]) -> None:
        if self.pending:
            self.cover(event)
        start, end = _mark(event), _mark(event, end=True)
        if event.style in ("|", ">"):
            self.block_text(start.index, _block_column(stack))
        elif event.style and end.line > start.line and not (stack and stack[-1].flow):
            self.indented(start.line, end.line, _block_column(stack))
        elif event.value == "-" and not event.style and stack and stack[-1].flow:
            raise self.error(start.index, "a `-` alone inside brackets is not a value: "
                             "quote it (\"-\") or remove it")

    def block_text(self, start: int, column: int) -> None:
        """A `|` or `>` text: a glued comment in its header, or blank lines too deep."""
        header = _HEADER.match(self.text, start)
        if header is None:
            return
        if self.text[header.end():header.end() + 1] == "#":
            raise self.error(header.end(), "a comment needs a space before its `#`")
        if any(c.isdigit() for c in header.group(1) or ""):
            return  # an explicit indentation: no guessing from the first line
        blank = 0
        for number in range(self.line_of(start) + 1, len(self.lines())):
            line = self.line(number)
            spaces = len(line) - len(line.lstrip(" "))
            if line.strip():
                if spaces > column and blank > spaces:
                    raise self.error(self.starts[number], "the blank lines at the start of "
                                     "this block text hold more spaces than its first line")
                return
            blank = max(blank, spaces)

    def indented(self, first: int, last: int, column: int) -> None:
        """Lines 2.. of a quoted text or bracketed list go deeper than the key they belong to."""
        if column < 0:
            return  # at the top of the file: any indentation will do
        for number in range(first + 1, last + 1):
            line = self.line(number)
            content = line.lstrip(" ")
            if content.strip() and content.lstrip()[:1] not in ("]", "}") and \
                    len(line) - len(content) <= column:
                raise self.error(self.starts[number] + len(line) - len(content),
                                 "this line continues the value above, so it must be indented "
                                 f"by at least {column + 1} space{'s' * bool(column)} (tabs "
                                 "do not count)")

    def lines(self) -> list[int]:
        if not self.starts:
            self.starts = [0] + [m.end() for m in _BREAK.finditer(self.text)]
        return self.starts

    def line(self, number: int) -> str:
        starts = self.lines()
        end = starts[number + 1] if number + 1 < len(starts) else len(self.text)
        return self.text[starts[number]:end].rstrip("\r\n\x85\u2028\u2029")

    def line_of(self, index: int) -> int:
        return bisect.bisect_right(self.lines(), index) - 1

    def error(self, index: int, problem: str) -> yaml.MarkedYAMLError:
        line = self.line_of(index)
        mark = yaml.Mark("<text>", index, line, index - self.starts[line], "", 0)
        return yaml.MarkedYAMLError(problem=problem, problem_mark=mark)


def _block_column(stack: list[_Frame]) -> int:
    """The column of the block collection around the node (-1 at the top)."""
    for frame in reversed(stack):
        if not frame.flow:
            return frame.node.column - 1
    return -1


def _span(event: ev.Event) -> Span:
    s: Any = event.start_mark
    e: Any = event.end_mark
    return (s.line + 1, s.column + 1, e.line + 1, e.column + 1)


def _mark(event: ev.Event, end: bool = False) -> Any:
    return event.end_mark if end else event.start_mark


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
