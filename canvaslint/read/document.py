"""One linted file: its text, its composed tree, its data and the problems met reading it.

Rules report data paths; the document maps a path to the node and its span
(through the user's own localized keys), kept inside the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from canvaslint.finding import DataPath, Problem
from canvaslint.read.nodes import (
    BREAK,
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    Span,
    node_span,
)


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
            self._widths = [len(line) for line in BREAK.split(self.text)]
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
            self._starts = [0] + [m.end() for m in BREAK.finditer(self.text)]
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
