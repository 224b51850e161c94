"""The composed YAML tree: nodes that know their tag, span and size.

A canvas of 10,000 items per block is millions of nodes, so they are slotted
and small. A mapping remembers its pairs as written and, with merge keys,
as merged; a look-up by key is a scan for a sticky note's few keys and an
index for a block's many.
"""

from __future__ import annotations

import re

TAG = "tag:yaml.org,2002:"
STR, MERGE = TAG + "str", TAG + "merge"
Span = tuple[int, int, int, int]
# Every line break YAML knows.
BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


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
