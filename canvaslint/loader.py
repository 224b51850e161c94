"""Read a canvas file into YAML nodes (with positions) and plain data.

Only PyYAML's safe composer is used: nodes are composed, never constructed
by PyYAML, so no tag can run code. We turn nodes into plain data ourselves,
which is where the file-level problems are found: duplicate keys (Y002),
unknown tags (Y005) and the bounds on alias expansion and nesting (Y006).
A second document is Y004; anything libyaml rejects is Y001. Problems are
data, never exceptions, so one broken file never stops a run.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from canvaslint.finding import DataPath, Problem
from canvaslint.textio import decode_bytes

try:  # libyaml is the fast path; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_CONTAINER_TAGS = {TAG + "map", TAG + "seq"}
MAX_DEPTH = 100
# Aliases let a small file describe a huge structure ("billion laughs"). We
# allow a generous multiple of the file's own size and no more.
ALIAS_EXPANSION_FACTOR = 10
ALIAS_EXPANSION_MIN = 100_000

_constructor = yaml.constructor.SafeConstructor()


class _Limit(Exception):
    """Raised inside conversion when a bound is hit; reported as Y006."""

    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


Span = tuple[int, int, int, int]


def node_span(node: Node) -> Span:
    """1-based (line, column, end line, end column) of a node."""
    s, e = node.start_mark, node.end_mark
    return (s.line + 1, s.column + 1, e.line + 1, e.column + 1)


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
            return problem.mark
        node = self.node_at(problem.path, problem.at_key)
        if node is None:
            return (1, 1, 1, 1)
        return node_span(node)

    def is_plain_scalar(self, path: DataPath) -> bool:
        """True when the value at ``path`` is an unquoted, untagged scalar."""
        node = self.node_at(path)
        if not isinstance(node, ScalarNode) or node.style:
            return False
        start = node.start_mark.index
        return self.text[start : start + 1] != "!"

    def source(self, path: DataPath) -> str:
        """The text of the scalar at ``path`` as the user wrote it."""
        node = self.node_at(path)
        return str(node.value) if isinstance(node, ScalarNode) else ""


def _mapping_pairs(node: MappingNode) -> list[tuple[Node, Node]]:
    """The pairs of a mapping, merge keys (``<<``) expanded, later keys winning."""
    own: list[tuple[Node, Node]] = []
    merged: list[tuple[Node, Node]] = []
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.tag == TAG + "merge":
            sources = value.value if isinstance(value, SequenceNode) else [value]
            for source in sources:
                if isinstance(source, MappingNode):
                    merged.extend(_mapping_pairs(source))
        else:
            own.append((key, value))
    return merged + own


def _child(
    node: Node, part: str | int, want_key: bool, alias: dict[str, str] | None = None
) -> Node | None:
    if isinstance(node, SequenceNode) and isinstance(part, int):
        return node.value[part] if 0 <= part < len(node.value) else None
    if isinstance(node, MappingNode) and isinstance(part, str):
        found: Node | None = None
        for key, value in _mapping_pairs(node):
            if isinstance(key, ScalarNode) and (
                key.value == part or (alias is not None and alias.get(key.value) == part)
            ):
                found = key if want_key else value
        return found
    return None


def load(name: str, raw: bytes) -> Document:
    """Decode, compose and convert one file; never raises for bad input."""
    text, error = decode_bytes(raw)
    doc = Document(name=name, text=text)
    if error is not None:
        doc.add("Y001", Problem((), error[2], mark=(error[0], error[1], error[0], error[1])))
        return doc
    loader = _Loader(text)
    try:
        if not loader.check_node():
            return doc  # an empty file or only comments: the schema says what is missing
        doc.root = loader.get_node()
        following = loader.peek_event()
        if isinstance(following, yaml.DocumentStartEvent):
            m = following.start_mark
            assert m is not None
            doc.add(
                "Y004",
                Problem(
                    (),
                    "this file holds a second YAML document after `---`; a canvas is one "
                    "document per file: move it to its own file or remove the `---` line",
                    mark=(m.line + 1, m.column + 1, m.line + 1, m.column + 4), args={},
                ),
            )
    except yaml.MarkedYAMLError as exc:
        doc.add("Y001", _syntax_problem(exc))
        return doc
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        message = f"the file could not be read as YAML: {exc}"
        doc.add("Y001", Problem((), message, mark=(1, 1, 1, 1)))
        return doc
    finally:
        loader.dispose()
    budget = max(ALIAS_EXPANSION_MIN, ALIAS_EXPANSION_FACTOR * len(text))
    try:
        doc.data = _Converter(doc, budget).convert(doc.root, (), 0)
    except _Limit as exc:
        line, col, end_line, end_col = node_span(exc.node)
        doc.add("Y006", Problem((), exc.message, mark=(line, col, end_line, end_col),
                                args={"detail": exc.message}))
        doc.data = None
    return doc


def _syntax_problem(exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    what = exc.problem or "invalid YAML"
    context = f" ({exc.context} at line {exc.context_mark.line + 1})" if (
        exc.context and exc.context_mark is not None and exc.context_mark is not mark
    ) else ""
    message = f"this is not valid YAML: {what}{context}; check the indentation and quotes here"
    return Problem((), message, mark=(line, col, line, col), args={"problem": what})


class _Converter:
    """Turns composed nodes into plain data while checking the bounds."""

    def __init__(self, doc: Document, budget: int) -> None:
        self.doc = doc
        self.budget = budget

    def convert(self, node: Node | None, path: DataPath, depth: int) -> Any:
        assert node is not None
        self.budget -= 1
        if self.budget < 0:
            raise _Limit(
                node,
                "aliases in this file expand to far more data than the file holds "
                "(an alias bomb?); canvaslint stopped reading it: remove the nested aliases",
            )
        if depth > MAX_DEPTH:
            raise _Limit(
                node,
                f"the file nests deeper than {MAX_DEPTH} levels, which no canvas needs; "
                "canvaslint stopped reading it",
            )
        if node.tag not in _PLAIN_TAGS and node.tag not in _CONTAINER_TAGS:
            self._unknown_tag(node, path)
        if isinstance(node, MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, SequenceNode):
            return [self.convert(c, (*path, i), depth + 1) for i, c in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return _scalar(node)

    def _unknown_tag(self, node: Node, path: DataPath) -> None:
        self.doc.add(
            "Y005",
            Problem(
                path,
                f"the tag `{node.tag}` is not allowed in a canvas and was ignored "
                "(canvaslint never runs code from a file): remove the tag",
                mark=node_span(node), args={"tag": str(node.tag)},
            ),
        )

    def _mapping(self, node: MappingNode, path: DataPath, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        for key_node, value_node in _mapping_pairs(node):
            key = self._key(key_node, path)
            if key in seen and _own_key(node, seen[key]) and _own_key(node, key_node):
                first = seen[key].start_mark.line + 1
                self.doc.add(
                    "Y002",
                    Problem(
                        (*path, key),
                        f"the key `{key}` appears twice in the same mapping (lines {first} "
                        f"and {key_node.start_mark.line + 1}); YAML keeps only the last one, "
                        "so the first is silently lost: merge them or remove one",
                        mark=node_span(key_node),
                        args={"key": key, "first": first,
                              "second": key_node.start_mark.line + 1},
                    ),
                )
            seen[key] = key_node
            out[key] = self.convert(value_node, (*path, key), depth + 1)
        return out

    def _key(self, key_node: Node, path: DataPath) -> str:
        if isinstance(key_node, ScalarNode):
            return str(key_node.value)
        self.doc.add(
            "S001",
            Problem(path, "a key here is a list or mapping; keys must be plain words",
                    mark=node_span(key_node)),
        )
        return f"<key at line {key_node.start_mark.line + 1}>"


def _own_key(mapping: MappingNode, key_node: Node) -> bool:
    """Merged keys may be overridden silently; only the user's own repeats count."""
    return any(k is key_node for k, _ in mapping.value)


def _scalar(node: ScalarNode) -> Any:
    if node.tag == TAG + "str" or node.tag not in _PLAIN_TAGS:
        return node.value
    try:
        value = _constructor.yaml_constructors[node.tag](_constructor, node)
    except (yaml.YAMLError, ValueError, OverflowError):
        return node.value
    if isinstance(value, float) and value != value:  # NaN never equals itself
        return node.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value  # kept as a date so the schema, expecting text, reports Y003
    return value
